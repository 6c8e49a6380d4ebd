#include "cli/TerminalText.h"

#include <QTest>

// Server text on a terminal: whatever could act (clear the screen, move the cursor, forge a line) is shown.
class tst_TerminalText : public QObject
{
    Q_OBJECT
private slots:
    void escapes_data();
    void escapes();
};

void tst_TerminalText::escapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("id is invalid, caf\u00e9 \u20ac \\x1b %1")
                           << QStringLiteral("id is invalid, caf\u00e9 \u20ac \\x1b %1");
    QTest::newRow("clear screen") << QStringLiteral("\x1b[2J\x1b[H") << QStringLiteral("\\x1b[2J\\x1b[H");
    QTest::newRow("forged line") << QStringLiteral("boom\r\n200 Success.")
                                 << QStringLiteral("boom\\x0d\\x0a200 Success.");
    QTest::newRow("bell backspace tab") << QStringLiteral("a\x07\x08\tb") << QStringLiteral("a\\x07\\x08\\x09b");
    QTest::newRow("DEL and C1") << QStringLiteral("a") + QChar(0x7F) + QChar(0x9B) + QStringLiteral("31m")
                                << QStringLiteral("a\\x7f\\x9b31m");
    QTest::newRow("window title (OSC)") << QStringLiteral("\x1b]0;pwned\x07") << QStringLiteral("\\x1b]0;pwned\\x07");
    QTest::newRow("bidi override") << QStringLiteral("abc") + QChar(0x202E) + QStringLiteral("fed")
                                   << QStringLiteral("abc\\u202efed");
}

void tst_TerminalText::escapes()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(TerminalText::escaped(text), shown);
}

QTEST_GUILESS_MAIN(tst_TerminalText)
#include "tst_TerminalText.moc"
