#include "core/api/SafeJson.h"

#include <QJsonObject>
#include <QTest>

// JSON veroctl prints and sends: characters that could act on a terminal written as \uXXXX, the value the same.
class tst_SafeJson : public QObject
{
    Q_OBJECT
private slots:
    void escapesWhatCouldAct();
};

void tst_SafeJson::escapesWhatCouldAct()
{
    const QString text = QStringLiteral("a\x1b[2J b") + QChar(0x7F) + QChar(0x9B) + QChar(0x202E) + QChar(0x2028)
                         + QStringLiteral(" caf\u00e9 \u20ac /");
    const QJsonDocument document(QJsonObject {{QStringLiteral("m"), text}});
    const QByteArray json = SafeJson::compact(document);
    QCOMPARE(json, QByteArray("{\"m\":\"a\\u001b[2J b\\u007f\\u009b\\u202e\\u2028 caf\xc3\xa9 \xe2\x82\xac /\"}"));
    QCOMPARE(QJsonDocument::fromJson(json), document);
    // Nothing to escape: Qt's own bytes.
    const QJsonDocument plain(QJsonObject {{QStringLiteral("m"), QStringLiteral("caf\u00e9")}});
    QCOMPARE(SafeJson::compact(plain), plain.toJson(QJsonDocument::Compact));
}

QTEST_GUILESS_MAIN(tst_SafeJson)
#include "tst_SafeJson.moc"
