#include "ThemePalettes.h"
#include "app/style/StatePalette.h"

#include <QTest>

Q_DECLARE_METATYPE(StatePalette::Role)

namespace {
const char* nameOf(StatePalette::Role role)
{
    switch (role) {
        case StatePalette::Role::Error:
            return "error";
        case StatePalette::Role::Warning:
            return "warning";
        case StatePalette::Role::Success:
            return "success";
        case StatePalette::Role::Sandbox:
            return "sandbox";
        case StatePalette::Role::Production:
            return "production";
        case StatePalette::Role::Neutral:
            break;
    }
    return "neutral";
}

// A palette whose window and view base are the same grey, of HSL lightness `lightness`.
QPalette greyPalette(int lightness)
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor::fromHsl(0, 0, lightness));
    palette.setColor(QPalette::Base, QColor::fromHsl(0, 0, lightness));
    return palette;
}

// The WCAG minimum for normal text (level AA).
constexpr double MinimumContrast = 4.5;
} // namespace

// The colour roles: light and dark values chosen by the window colour, and every text colour readable (WCAG
// 4.5:1) on the backgrounds it is drawn on, in both themes.
class tst_StatePalette : public QObject
{
    Q_OBJECT

private slots:
    void contrastIsWcags();
    void darkFollowsTheWindowColour();
    void textRolesAreReadable_data();
    void textRolesAreReadable();
    void fillsCarryReadableText_data();
    void fillsCarryReadableText();
};

/// The formula against WCAG's own reference points.
void tst_StatePalette::contrastIsWcags()
{
    QCOMPARE(qRound(StatePalette::contrast(Qt::black, Qt::white)), 21);
    QCOMPARE(StatePalette::contrast(Qt::white, Qt::black), StatePalette::contrast(Qt::black, Qt::white));
    QCOMPARE(StatePalette::contrast(Qt::gray, Qt::gray), 1.0);
    // 0x767676 is the lightest grey with 4.5:1 on white.
    QVERIFY(StatePalette::contrast(QColor::fromRgb(0x767676), Qt::white) >= 4.5);
    QVERIFY(StatePalette::contrast(QColor::fromRgb(0x777777), Qt::white) < 4.5);
}

void tst_StatePalette::darkFollowsTheWindowColour()
{
    QVERIFY(!StatePalette::isDark(ThemePalettes::light()));
    QVERIFY(StatePalette::isDark(ThemePalettes::dark()));
    QVERIFY(StatePalette(ThemePalettes::dark()).isDark());
    // The same role differs between the themes.
    QVERIFY(StatePalette(ThemePalettes::light()).text(StatePalette::Role::Error)
            != StatePalette(ThemePalettes::dark()).text(StatePalette::Role::Error));
}

void tst_StatePalette::textRolesAreReadable_data()
{
    QTest::addColumn<StatePalette::Role>("role");
    QTest::addColumn<int>("lightness");
    // Light windows from a greyish 220 to white, dark ones from black to 60 (0x3c3c3c).
    for (const StatePalette::Role role : StatePalette::roles()) {
        for (const int lightness : {220, 239, 255, 0, 30, 42, 53, 60}) {
            QTest::addRow("%s on %d", nameOf(role), lightness) << role << lightness;
        }
    }
}

void tst_StatePalette::textRolesAreReadable()
{
    QFETCH(StatePalette::Role, role);
    QFETCH(int, lightness);
    const QPalette palette = greyPalette(lightness);
    const QColor text = StatePalette(palette).text(role);
    const double contrast = StatePalette::contrast(text, palette.color(QPalette::Window));
    QVERIFY2(
        contrast >= MinimumContrast,
        qPrintable(
            QStringLiteral("%1 on %2: %3:1").arg(text.name(), palette.color(QPalette::Window).name()).arg(contrast)));
}

void tst_StatePalette::fillsCarryReadableText_data()
{
    QTest::addColumn<StatePalette::Role>("role");
    QTest::addColumn<QPalette>("palette");
    for (const StatePalette::Role role : StatePalette::roles()) {
        QTest::addRow("%s light", nameOf(role)) << role << ThemePalettes::light();
        QTest::addRow("%s dark", nameOf(role)) << role << ThemePalettes::dark();
    }
}

/// A banner's or notice's text on its fill; and a view's own text on a cell marked wrong (the error fill).
void tst_StatePalette::fillsCarryReadableText()
{
    QFETCH(StatePalette::Role, role);
    QFETCH(QPalette, palette);
    const StatePalette colours(palette);
    const double onFill = StatePalette::contrast(colours.onFill(role), colours.fill(role));
    QVERIFY2(onFill >= MinimumContrast, qPrintable(QStringLiteral("%1:1").arg(onFill)));
    if (role == StatePalette::Role::Error) {
        const double cell = StatePalette::contrast(palette.color(QPalette::Text), colours.fill(role));
        QVERIFY2(cell >= MinimumContrast, qPrintable(QStringLiteral("marked cell %1:1").arg(cell)));
    }
}

QTEST_MAIN(tst_StatePalette)
#include "tst_StatePalette.moc"
