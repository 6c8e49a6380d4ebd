#include "core/api/Redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

namespace {

// Tokens with the characters every encoding treats differently: / + = % and non-ASCII (two- and three-byte
// UTF-8, and one outside the BMP, a surrogate pair in JSON), and " and \ that JSON escapes.
const QStringList Tokens {
    QStringLiteral("ab/cd+ef=="),
    QStringLiteral("p%41ss/w\u00f6rd+1="),
    QStringLiteral("tok\u20acn/\U0001F600+=x"),
    QStringLiteral("q\"uo\\te/=+"),
    QStringLiteral("0123456789abcdef0123456789abcdef"),
};

// PHP's json_encode: escapes / as \/, and every non-ASCII character as \uXXXX (lower-case hex).
QString phpJson(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c == u'/') {
            out += QStringLiteral("\\/");
        } else if (c == u'"' || c == u'\\') {
            out += QLatin1Char('\\') + c;
        } else if (c.unicode() > 0x7E) {
            out += QStringLiteral("\\u") + QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}

QString upperHexEscapes(QString json)
{
    static const QRegularExpression escape(QStringLiteral("\\\\u([0-9a-f]{4})"));
    QRegularExpressionMatchIterator matches = escape.globalMatch(json);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        json.replace(match.capturedStart(1), 4, match.captured(1).toUpper());
    }
    return json;
}

QString qtJson(const QString& text)
{
    const QByteArray quoted = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(quoted.mid(2, quoted.size() - 4));
}

QString percent(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString html(const QString& text)
{
    QString out;
    for (const uint c : text.toUcs4()) {
        out += c > 0x7E || c == u'/' || c == u'=' ? QStringLiteral("&#%1;").arg(c)
               : c == u'"'                        ? QStringLiteral("&quot;")
                                                  : QString(QChar(char16_t(c)));
    }
    return out;
}

} // namespace

// The one function that hides the credential in what a server sent back: every encoding a server or proxy may
// echo it in, alone or mixed, and nothing else touched.
class tst_Redaction : public QObject
{
    Q_OBJECT
private slots:
    void hidesEveryEncoding_data();
    void hidesEveryEncoding();
    void hidesBase64InsideLongerBase64_data();
    void hidesBase64InsideLongerBase64();
    void leavesOtherTextAlone();
    void bytesThatAreNotUtf8();
    void shortSecretsAreNotMasked();
    void manyNearMatchesFinish();
};

void tst_Redaction::hidesEveryEncoding_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("form");
    for (const QString& token : Tokens) {
        const QByteArray utf8 = token.toUtf8();
        const auto row = [&](const char* encoding, const QString& form) {
            QTest::addRow("%s %s", qPrintable(token), encoding) << token << form;
        };
        row("raw", token);
        row("percent upper", percent(token));
        row("percent lower", percent(token).toLower()); // the tokens' own letters are lower case
        row("percent twice", percent(percent(token)));
        row("form encoding", QString::fromLatin1(QUrl::toPercentEncoding(token, "/=")));
        row("json (Qt)", qtJson(token));
        row("json (PHP, \\/ and \\u)", phpJson(token));
        row("json upper hex", upperHexEscapes(phpJson(token)));
        row("json in json", phpJson(phpJson(token)));
        row("html references", html(token));
        row("base64", QString::fromLatin1(utf8.toBase64()));
        row("base64 unpadded", QString::fromLatin1(utf8.toBase64(QByteArray::OmitTrailingEquals)));
        row("base64url", QString::fromLatin1(utf8.toBase64(QByteArray::Base64UrlEncoding)));
        row("base64url unpadded",
            QString::fromLatin1(utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        row("base64 in PHP json", phpJson(QString::fromLatin1(utf8.toBase64())));
        row("base64 percent-encoded", percent(QString::fromLatin1(utf8.toBase64())));
        // One token, several encodings at once: a server that decoded part of a query and re-encoded the rest.
        row("mixed", percent(token.left(3)) + phpJson(token.mid(3, 3)) + token.mid(6));
    }
}

void tst_Redaction::hidesEveryEncoding()
{
    QFETCH(QString, secret);
    QFETCH(QString, form);
    const QString text = QStringLiteral("{\"error\":\"bad request: auth_token=") + form + QStringLiteral("&x=1\"}");
    const QString redacted = Redaction::redact(text, secret);
    QCOMPARE(redacted, QStringLiteral("{\"error\":\"bad request: auth_token=***&x=1\"}"));
    QVERIFY(Redaction::contains(text, secret));
    QVERIFY(!Redaction::contains(redacted, secret));
    // The same through the bytes a reply carries.
    QCOMPARE(Redaction::redact(text.toUtf8(), secret), redacted.toUtf8());
}

void tst_Redaction::hidesBase64InsideLongerBase64_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    // An echoed Authorization: Basic header, or a body that is Base64 as a whole: the secret's bytes start at any
    // of the three offsets of a Base64 group, with anything around them.
    QTest::newRow("basic auth") << QByteArray("user:") << QByteArray();
    QTest::newRow("offset 1") << QByteArray("x") << QByteArray("tail");
    QTest::newRow("offset 2") << QByteArray("xy") << QByteArray("t");
    QTest::newRow("offset 0") << QByteArray("xyz") << QByteArray("tail!");
}

void tst_Redaction::hidesBase64InsideLongerBase64()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    for (const QString& token : Tokens) {
        for (const auto alphabet : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            const QString encoded = QString::fromLatin1(QByteArray(before + token.toUtf8() + after).toBase64(alphabet));
            const QString redacted = Redaction::redact(encoded, token);
            QVERIFY2(redacted.contains(QLatin1String("***")), qPrintable(token + QLatin1Char(' ') + encoded));
            QVERIFY2(!Redaction::contains(redacted, token), qPrintable(redacted));
        }
    }
}

void tst_Redaction::leavesOtherTextAlone()
{
    const QString secret = QStringLiteral("ab/cd+ef==");
    const QString text = QStringLiteral("ab/cd+ef= is close, ab%2Fcd and \\/ and &amp; and %41 are not it; caf\u00e9");
    QCOMPARE(Redaction::redact(text, secret), text);
    const QByteArray bytes = "plain \xff\xfe bytes ab/cd+e";
    QCOMPARE(Redaction::redact(bytes, secret), bytes);
    QCOMPARE(Redaction::redact(QString(), secret), QString());
    QCOMPARE(Redaction::redact(QStringLiteral("text ***"), QStringLiteral("***")), QStringLiteral("text ***"));
}

void tst_Redaction::bytesThatAreNotUtf8()
{
    const QString secret = QStringLiteral("w\u00f6rd+secret/1");
    // Latin-1 junk around the raw UTF-8 secret and a percent-encoded copy: both hidden, every other byte kept.
    const QByteArray bytes = QByteArray("\xff junk ") + secret.toUtf8() + QByteArray(" \xfe ")
                             + QUrl::toPercentEncoding(secret) + QByteArray(" \x80");
    QCOMPARE(Redaction::redact(bytes, secret), QByteArray("\xff junk *** \xfe *** \x80"));
}

void tst_Redaction::shortSecretsAreNotMasked()
{
    // A three-character "credential" would turn every "abc" in a text into ***; no real one is that short.
    QCOMPARE(Redaction::redact(QStringLiteral("abc abc"), QStringLiteral("abc")), QStringLiteral("abc abc"));
    QCOMPARE(Redaction::redact(QStringLiteral("abcd abcd"), QStringLiteral("abcd")), QStringLiteral("*** ***"));
}

void tst_Redaction::manyNearMatchesFinish()
{
    // A hostile body full of almost-matches: every position starts a match that fails late.
    const QString secret = QStringLiteral("%%%%%%%%%%%%%%%%x");
    QString text;
    for (int i = 0; i < 200000; ++i) {
        text += QStringLiteral("%25%");
    }
    // Finishing at all is the check here (a backtracking matcher would not, within ctest's timeout); how fast is
    // measured in bench/, never asserted in a test on a busy machine.
    QCOMPARE(Redaction::redact(text, secret), text);
}

QTEST_GUILESS_MAIN(tst_Redaction)
#include "tst_Redaction.moc"
