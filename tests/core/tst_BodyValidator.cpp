#include "core/api/BodyValidator.h"

#include <QJsonArray>
#include <QTest>

// Messages a support person reads: each names the field as the forms label it, in words; the API path stays in
// ValidationError::field.
class tst_BodyValidator : public QObject
{
    Q_OBJECT

private slots:
    void messagesNameTheFormsField_data();
    void messagesNameTheFormsField();
};

void tst_BodyValidator::messagesNameTheFormsField_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    auto s = [](const char* text) { return QString::fromUtf8(text); };
    QTest::newRow("email") << Operation::Identify << QJsonObject {{s("email"), s("john@")}} << s("email")
                           << s("Email is not a valid address.");
    QTest::newRow("channel platform")
        << Operation::Identify
        << QJsonObject {{s("id"), s("1")},
                        {s("channels"), QJsonArray {QJsonObject {{s("type"), s("push")}, {s("address"), s("t")}}}}}
        << s("channels[0].platform") << s("Channel 1: choose a platform");
    QTest::newRow("alias to itself") << Operation::Alias << QJsonObject {{s("id"), s("1")}, {s("new_id"), s("1")}}
                                     << s("new_id") << s("The new id must differ from the current id.");
    QTest::newRow("no tags") << Operation::TagsEdit << QJsonObject {{s("id"), s("1")}} << s("add")
                             << s("Tags to add: give at least one tag (or one to remove).");
    QTest::newRow("no user") << Operation::Identify << QJsonObject {} << s("id")
                             << s("Give the user id or the email (or both).");
    QTest::newRow("event email") << Operation::TrackEvent
                                 << QJsonObject {{s("identity"), QJsonObject {{s("email"), s("a@b")}}},
                                                 {s("event_name"), s("x")}}
                                 << s("identity.email") << s("Email is not a valid address.");
    QTest::newRow("event data") << Operation::TrackEvent
                                << QJsonObject {{s("identity"), QJsonObject {{s("id"), s("1")}}},
                                                {s("event_name"), s("x")},
                                                {s("data"), 5}}
                                << s("data") << s("Data must be a JSON object, like {\"plan\": \"pro\"}.");
    QTest::newRow("delete without id") << Operation::Delete << QJsonObject {} << s("id") << s("User id is required.");
}

void tst_BodyValidator::messagesNameTheFormsField()
{
    QFETCH(Operation, operation);
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const ValidationErrors errors = BodyValidator::validate(operation, body);
    QCOMPARE(errors, (ValidationErrors {{field, message}}));
}

QTEST_GUILESS_MAIN(tst_BodyValidator)
#include "tst_BodyValidator.moc"
