#include "ThemePalettes.h"
#include "app/style/StateTextColour.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

// Text in a role's colour: set, cleared, and following the platform palette from light to dark and back, as the
// app follows the desktop's theme.
class tst_StateTextColour : public QObject
{
    Q_OBJECT

private slots:
    void init() { ThemePalettes::use(ThemePalettes::light()); }
    void cleanup() { ThemePalettes::use(ThemePalettes::light()); }
    void applyFollowsThePlatformPalette();
    void clearReturnsToThePalettesText();
};

void tst_StateTextColour::applyFollowsThePlatformPalette()
{
    QWidget window;
    auto* label = new QLabel(QStringLiteral("Refused"), &window);
    StateTextColour::apply(label, StatePalette::Role::Error);
    QCOMPARE(label->palette().color(QPalette::WindowText),
             StatePalette(ThemePalettes::light()).text(StatePalette::Role::Error));

    ThemePalettes::use(ThemePalettes::dark());
    QCOMPARE(label->palette().color(QPalette::WindowText),
             StatePalette(ThemePalettes::dark()).text(StatePalette::Role::Error));
    // The rest of the palette is still the platform's.
    QCOMPARE(label->palette().color(QPalette::Window), ThemePalettes::dark().color(QPalette::Window));

    ThemePalettes::use(ThemePalettes::light());
    QCOMPARE(label->palette().color(QPalette::WindowText),
             StatePalette(ThemePalettes::light()).text(StatePalette::Role::Error));

    // Another role replaces the first.
    StateTextColour::apply(label, StatePalette::Role::Warning);
    QCOMPARE(label->palette().color(QPalette::WindowText),
             StatePalette(ThemePalettes::light()).text(StatePalette::Role::Warning));
}

void tst_StateTextColour::clearReturnsToThePalettesText()
{
    QWidget window;
    auto* label = new QLabel(QStringLiteral("Fine"), &window);
    StateTextColour::apply(label, StatePalette::Role::Error);
    StateTextColour::clear(label);
    QCOMPARE(label->palette().color(QPalette::WindowText), ThemePalettes::light().color(QPalette::WindowText));
    ThemePalettes::use(ThemePalettes::dark());
    QCOMPARE(label->palette().color(QPalette::WindowText), ThemePalettes::dark().color(QPalette::WindowText));
}

QTEST_MAIN(tst_StateTextColour)
#include "tst_StateTextColour.moc"
