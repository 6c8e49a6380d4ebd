#include "HistoryTestData.h"
#include "core/history/InverseOperation.h"

#include <QTest>

Q_DECLARE_METATYPE(OperationInput)

// Undo where the Track API has an inverse: tags, subscription and alias are turned around; everything else has
// none, and rows the service refused changed nothing to undo.
class tst_InverseOperation : public QObject
{
    Q_OBJECT

private slots:
    void inverseOfInput_data();
    void inverseOfInput();
    void inverseIsItsOwnInverse_data();
    void inverseIsItsOwnInverse();
    void entryStatusDecides_data();
    void entryStatusDecides();
    void operationsWithoutInverseSayWhy_data();
    void operationsWithoutInverseSayWhy();
};

namespace {
OperationInput input(Operation operation,
                     const QString& id,
                     const QString& email = QString(),
                     const QString& newId = QString(),
                     const QStringList& add = {},
                     const QStringList& remove = {})
{
    OperationInput result;
    result.operation = operation;
    result.id = id;
    result.email = email;
    result.newId = newId;
    result.tagsAdd = add;
    result.tagsRemove = remove;
    return result;
}
} // namespace

void tst_InverseOperation::inverseOfInput_data()
{
    QTest::addColumn<OperationInput>("original");
    QTest::addColumn<bool>("hasInverse");
    QTest::addColumn<OperationInput>("expected");

    const QStringList vip {QStringLiteral("vip")};
    const QStringList trial {QStringLiteral("trial"), QStringLiteral("beta")};
    QTest::newRow("tags added are removed") << input(Operation::TagsEdit, QStringLiteral("u1"), {}, {}, vip) << true
                                            << input(Operation::TagsEdit, QStringLiteral("u1"), {}, {}, {}, vip);
    QTest::newRow("tags removed are added back")
        << input(Operation::TagsEdit, QStringLiteral("u1"), {}, {}, {}, trial) << true
        << input(Operation::TagsEdit, QStringLiteral("u1"), {}, {}, trial);
    QTest::newRow("tags both ways swap") << input(Operation::TagsEdit, QStringLiteral("u1"), {}, {}, vip, trial) << true
                                         << input(Operation::TagsEdit, QStringLiteral("u1"), {}, {}, trial, vip);
    QTest::newRow("tags edit with no tags has none")
        << input(Operation::TagsEdit, QStringLiteral("u1")) << false << OperationInput();
    QTest::newRow("unsubscribe -> resubscribe") << input(Operation::Unsubscribe, QStringLiteral("u2")) << true
                                                << input(Operation::Resubscribe, QStringLiteral("u2"));
    QTest::newRow("resubscribe -> unsubscribe") << input(Operation::Resubscribe, QStringLiteral("u2")) << true
                                                << input(Operation::Unsubscribe, QStringLiteral("u2"));
    QTest::newRow("unsubscribe by email keeps the email")
        << input(Operation::Unsubscribe, {}, QStringLiteral("a@example.com")) << true
        << input(Operation::Resubscribe, {}, QStringLiteral("a@example.com"));
    QTest::newRow("alias goes back to the old id")
        << input(Operation::Alias, QStringLiteral("old"), {}, QStringLiteral("new")) << true
        << input(Operation::Alias, QStringLiteral("new"), {}, QStringLiteral("old"));
    QTest::newRow("alias without new id has none")
        << input(Operation::Alias, QStringLiteral("old")) << false << OperationInput();
    QTest::newRow("identify has none") << input(Operation::Identify, QStringLiteral("u3")) << false << OperationInput();
    QTest::newRow("edit has none") << input(Operation::EditProperties, QStringLiteral("u3")) << false
                                   << OperationInput();
    QTest::newRow("delete has none") << input(Operation::Delete, QStringLiteral("u3")) << false << OperationInput();
    QTest::newRow("event has none") << input(Operation::TrackEvent, QStringLiteral("u3")) << false << OperationInput();
    QTest::newRow("heartbeat has none") << input(Operation::Heartbeat, {}) << false << OperationInput();
}

void tst_InverseOperation::inverseOfInput()
{
    QFETCH(OperationInput, original);
    QFETCH(bool, hasInverse);
    QFETCH(OperationInput, expected);

    QCOMPARE(InverseOperation::exists(original.operation),
             original.operation == Operation::TagsEdit || original.operation == Operation::Unsubscribe
                 || original.operation == Operation::Resubscribe || original.operation == Operation::Alias);
    const std::optional<OperationInput> inverse = InverseOperation::of(original);
    QCOMPARE(inverse.has_value(), hasInverse);
    if (hasInverse) {
        QCOMPARE(inverse->toJson(), expected.toJson());
    }
}

void tst_InverseOperation::inverseIsItsOwnInverse_data()
{
    QTest::addColumn<OperationInput>("original");
    QTest::newRow("tags") << input(Operation::TagsEdit,
                                   QStringLiteral("u1"),
                                   {},
                                   {},
                                   {QStringLiteral("a")},
                                   {QStringLiteral("b"), QStringLiteral("c")});
    QTest::newRow("unsubscribe") << input(Operation::Unsubscribe, QStringLiteral("u1"));
    QTest::newRow("alias") << input(Operation::Alias, QStringLiteral("x"), {}, QStringLiteral("y"));
}

void tst_InverseOperation::inverseIsItsOwnInverse()
{
    QFETCH(OperationInput, original);
    const std::optional<OperationInput> inverse = InverseOperation::of(original);
    QVERIFY(inverse);
    const std::optional<OperationInput> back = InverseOperation::of(*inverse);
    QVERIFY(back);
    QCOMPARE(back->toJson(), original.toJson());
}

void tst_InverseOperation::entryStatusDecides_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("undoable");
    QTest::addColumn<QString>("noteContains");

    QTest::newRow("accepted") << int(HistoryEntry::StatusClass::Success) << true << QStringLiteral("Resubscribes");
    QTest::newRow("pending may have been applied")
        << int(HistoryEntry::StatusClass::Pending) << true << QStringLiteral("may not have been applied");
    QTest::newRow("failed may have been applied")
        << int(HistoryEntry::StatusClass::Failed) << true << QStringLiteral("may not have been applied");
    QTest::newRow("rejected changed nothing")
        << int(HistoryEntry::StatusClass::Rejected) << false << QStringLiteral("refused");
    QTest::newRow("never sent changed nothing")
        << int(HistoryEntry::StatusClass::NotSent) << false << QStringLiteral("never sent");
}

void tst_InverseOperation::entryStatusDecides()
{
    QFETCH(int, status);
    QFETCH(bool, undoable);
    QFETCH(QString, noteContains);

    const HistoryEntry entry
        = HistoryTestData::entry(HistoryTestData::simple(Operation::Unsubscribe, QStringLiteral("u5")),
                                 QDateTime::currentDateTimeUtc(),
                                 HistoryEntry::StatusClass(status));
    const InverseOperation::Result result = InverseOperation::forEntry(entry);
    QCOMPARE(result.ok(), undoable);
    QVERIFY2(result.note.contains(noteContains), qPrintable(result.note));
    if (undoable) {
        QCOMPARE(result.input->operation, Operation::Resubscribe);
        QCOMPARE(result.input->id, QStringLiteral("u5"));
    }
}

void tst_InverseOperation::operationsWithoutInverseSayWhy_data()
{
    QTest::addColumn<OperationInput>("original");
    QTest::addColumn<QString>("noteContains");
    QTest::newRow("identify") << HistoryTestData::identify(QStringLiteral("u1")) << QStringLiteral("cannot be undone");
    QTest::newRow("delete") << HistoryTestData::simple(Operation::Delete, QStringLiteral("u1"))
                            << QStringLiteral("Restore deleted user");
    QTest::newRow("event") << HistoryTestData::trackEvent(QStringLiteral("u1"), QStringLiteral("signed_up"))
                           << QStringLiteral("remove an event");
}

void tst_InverseOperation::operationsWithoutInverseSayWhy()
{
    QFETCH(OperationInput, original);
    QFETCH(QString, noteContains);
    const InverseOperation::Result result
        = InverseOperation::forEntry(HistoryTestData::entry(original, QDateTime::currentDateTimeUtc()));
    QVERIFY(!result.ok());
    QVERIFY2(result.note.contains(noteContains), qPrintable(result.note));
}

QTEST_GUILESS_MAIN(tst_InverseOperation)
#include "tst_InverseOperation.moc"
