#include "core/api/JsonNumbers.h"
#include "core/api/RequestBuilder.h"

#include <QJsonDocument>
#include <QTest>

// Numbers typed in JSON fields go out as typed, or are refused with a message naming them: never rounded on
// the way.
class tst_JsonNumbers : public QObject
{
    Q_OBJECT
private slots:
    void keptExactly_data();
    void keptExactly();
    void wouldBeRounded_data();
    void wouldBeRounded();
    void refusedWithTheValueNamed();
};

void tst_JsonNumbers::keptExactly_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("small") << QStringLiteral(R"({"a":1,"b":-2,"c":0})");
    QTest::newRow("2^53 + 1") << QStringLiteral(R"({"a":9007199254740993})");
    QTest::newRow("int64 max") << QStringLiteral(R"({"a":9223372036854775807})");
    QTest::newRow("int64 min") << QStringLiteral(R"({"a":-9223372036854775808})");
    QTest::newRow("decimal") << QStringLiteral(R"({"a":1.5,"b":0.1,"c":-2.25e-3})");
    QTest::newRow("same value, other spelling") << QStringLiteral(R"({"a":1.50,"b":1E2,"c":-0,"d":0.0})");
    QTest::newRow("large double") << QStringLiteral(R"({"a":1e19,"b":1.7976931348623157e308})");
    QTest::newRow("digits in strings") << QStringLiteral(R"({"a":"18446744073709551616","b":"\"1e999"})");
    QTest::newRow("nested") << QStringLiteral(R"({"a":[1,{"b":[9223372036854775807]}]})");
}

void tst_JsonNumbers::keptExactly()
{
    QFETCH(QString, json);
    const std::optional<JsonNumbers::Inexact> inexact = JsonNumbers::firstInexact(json);
    QVERIFY2(!inexact, inexact ? qPrintable(inexact->typed + QStringLiteral(" -> ") + inexact->sent) : "");
}

void tst_JsonNumbers::wouldBeRounded_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("sent");
    QTest::newRow("2^63") << QStringLiteral(R"({"a":9223372036854775808})") << QStringLiteral("9223372036854775808")
                          << QStringLiteral("9223372036854776000");
    QTest::newRow("2^64") << QStringLiteral(R"({"x":"1","a":[18446744073709551616]})")
                          << QStringLiteral("18446744073709551616") << QStringLiteral("18446744073709552000");
    QTest::newRow("below int64 min") << QStringLiteral(R"({"a":-9223372036854775809})")
                                     << QStringLiteral("-9223372036854775809")
                                     << QStringLiteral("-9223372036854775808");
    QTest::newRow("2^53 + 1 through a double")
        << QStringLiteral(R"({"a":9007199254740993.0})") << QStringLiteral("9007199254740993.0")
        << QStringLiteral("9007199254740992");
    QTest::newRow("exponent") << QStringLiteral(R"({"a":12345678901234567891e3})")
                              << QStringLiteral("12345678901234567891e3") << QStringLiteral("1.2345678901234568e+22");
    QTest::newRow("too many digits") << QStringLiteral(R"({"a":0.10000000000000000555})")
                                     << QStringLiteral("0.10000000000000000555") << QStringLiteral("0.1");
}

void tst_JsonNumbers::wouldBeRounded()
{
    QFETCH(QString, json);
    QFETCH(QString, typed);
    QFETCH(QString, sent);
    const std::optional<JsonNumbers::Inexact> inexact = JsonNumbers::firstInexact(json);
    QVERIFY(inexact);
    QCOMPARE(inexact->typed, typed);
    QCOMPARE(inexact->sent, sent);
}

void tst_JsonNumbers::refusedWithTheValueNamed()
{
    // The check sits in the request builder, so the app's JSON fields and veroctl's --data, --changes and
    // --extras all refuse alike.
    OperationInput input;
    input.operation = Operation::TrackEvent;
    input.id = QStringLiteral("1");
    input.eventName = QStringLiteral("Bought");
    input.data = QStringLiteral(R"({"order":18446744073709551616})");
    const RequestBuilder::Result built = RequestBuilder::build(input);
    QCOMPARE(built.errors.size(), 1);
    QCOMPARE(built.errors.first().field, QStringLiteral("data"));
    QCOMPARE(built.errors.first().message,
             QStringLiteral("data holds the number 18446744073709551616, which cannot be sent exactly: it would go "
                            "out as 18446744073709552000. Put it in quotes to send it as text."));

    input.data = QStringLiteral(R"({"order":9223372036854775807})");
    const RequestBuilder::Result exact = RequestBuilder::build(input);
    QVERIFY(exact.ok());
    QCOMPARE(QJsonDocument(exact.request.body.value(QLatin1String("data")).toObject()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"order":9223372036854775807})"));

    input.data.clear();
    // 10^60 goes out as 1e+60, the same decimal value; sixty significant digits do not.
    input.extras = QStringLiteral("{\"check_id\":1") + QString(60, QLatin1Char('0')) + QLatin1Char('}');
    QVERIFY(RequestBuilder::build(input).ok());
    input.extras = QStringLiteral("{\"check_id\":1") + QString(60, QLatin1Char('2')) + QLatin1Char('}');
    const RequestBuilder::Result huge = RequestBuilder::build(input);
    QCOMPARE(huge.errors.size(), 1);
    QVERIFY2(huge.errors.first().message.startsWith(QStringLiteral("extras holds the number 1")
                                                    + QString(39, QLatin1Char('2')) + QChar(0x2026)),
             qPrintable(huge.errors.first().message));
}

QTEST_GUILESS_MAIN(tst_JsonNumbers)
#include "tst_JsonNumbers.moc"
