#include "core/forms/FormDraftStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// Drafts kept across restarts: one per form, never a credential, nothing kept for an empty form.
class tst_FormDraftStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips();
    void neverKeepsACredential();
    void emptyIsNoDraft();
};

namespace {
OperationInput identify()
{
    OperationInput input;
    input.operation = Operation::Identify;
    input.id = QStringLiteral("draft-1");
    input.phone = QStringLiteral("+61 400 000 001");
    input.data = QStringLiteral(R"({"plan":"gold"})");
    return input;
}
} // namespace

void tst_FormDraftStore::roundTrips()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("drafts.ini")), QSettings::IniFormat);
    FormDraftStore drafts(settings);
    QVERIFY(!drafts.load(QStringLiteral("identify")));
    drafts.save(QStringLiteral("identify"), {identify(), {QStringLiteral("cust-42"), {}}, true});
    const std::optional<FormDraftStore::Draft> loaded = drafts.load(QStringLiteral("identify"));
    QVERIFY(loaded);
    QCOMPARE(loaded->input, identify());
    QCOMPARE(loaded->owner.id, QStringLiteral("cust-42")); // whose the fields were survives the restart
    QVERIFY(loaded->ownerFilled);
    QVERIFY(!drafts.load(QStringLiteral("alias")));
    drafts.remove(QStringLiteral("identify"));
    QVERIFY(!drafts.load(QStringLiteral("identify")));
}

void tst_FormDraftStore::neverKeepsACredential()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("drafts.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        FormDraftStore drafts(settings);
        OperationInput input = identify();
        input.data = QStringLiteral(R"({"plan":"gold","auth_token":"secret-in-draft"})");
        drafts.save(QStringLiteral("identify"), {input, {}, false});
        OperationInput unreadable = identify();
        unreadable.data = QStringLiteral(R"({"tracking_api_key": "secret-in-half-typed)");
        drafts.save(QStringLiteral("track"), {unreadable, {}, false});
        QCOMPARE(drafts.load(QStringLiteral("identify"))->input.data, QStringLiteral(R"({"plan":"gold"})"));
        QVERIFY(drafts.load(QStringLiteral("track"))->input.data.isEmpty());
    }
    QFile stored(file);
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QVERIFY(!stored.readAll().contains("secret-in"));
}

void tst_FormDraftStore::emptyIsNoDraft()
{
    OperationInput blank;
    blank.operation = Operation::TrackEvent;
    QVERIFY(FormDraftStore::isEmpty(blank));
    blank.data = QStringLiteral(R"({"unique_timestamp":"2026-12-01T10:00:00.000Z"})");
    QVERIFY(FormDraftStore::isEmpty(blank));
    QVERIFY(!FormDraftStore::isEmpty(identify()));
}

QTEST_GUILESS_MAIN(tst_FormDraftStore)
#include "tst_FormDraftStore.moc"
