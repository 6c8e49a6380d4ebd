#include "ThemePalettes.h"
#include "app/widgets/FieldErrorLabel.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

// The message under one field: readable in light and dark themes, and announced through the field's
// accessible description without losing the description the field had.
class tst_FieldErrorLabel : public QObject
{
    Q_OBJECT

private slots:
    void init() { ThemePalettes::use(ThemePalettes::light()); }
    void cleanup() { ThemePalettes::use(ThemePalettes::light()); }
    void readableInBothThemes();
    void fieldKeepsItsDescription();
};

/// Seen: the message under a field was a fixed red (0xc62828), about 2.6:1 on a dark window.
void tst_FieldErrorLabel::readableInBothThemes()
{
    QWidget window;
    auto* label = new FieldErrorLabel(&window);
    label->setMessages({QStringLiteral("Enter a user id")});
    QVERIFY2(ThemePalettes::textContrast(label) >= 4.5,
             qPrintable(QString::number(ThemePalettes::textContrast(label))));
    ThemePalettes::use(ThemePalettes::dark());
    QVERIFY2(ThemePalettes::textContrast(label) >= 4.5,
             qPrintable(QString::number(ThemePalettes::textContrast(label))));
    // Made under the dark theme, as when the app starts in one.
    FieldErrorLabel started(&window);
    started.setMessages({QStringLiteral("Enter a user id")});
    QVERIFY2(ThemePalettes::textContrast(&started) >= 4.5,
             qPrintable(QString::number(ThemePalettes::textContrast(&started))));
}

/// Seen: a field's accessible description was replaced by the message and left empty once it was fixed.
void tst_FieldErrorLabel::fieldKeepsItsDescription()
{
    QWidget window;
    auto* edit = new QLineEdit(&window);
    edit->setAccessibleDescription(QStringLiteral("The id your systems use for the user"));
    auto* label = new FieldErrorLabel(&window);
    label->setField(edit);
    label->setMessages({QStringLiteral("Enter a user id")});
    QCOMPARE(edit->accessibleDescription(), QStringLiteral("Enter a user id\nThe id your systems use for the user"));
    label->clearMessages();
    QCOMPARE(edit->accessibleDescription(), QStringLiteral("The id your systems use for the user"));
}

QTEST_MAIN(tst_FieldErrorLabel)
#include "tst_FieldErrorLabel.moc"
