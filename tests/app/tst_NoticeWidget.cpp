#include "ScriptedUserPrompts.h"
#include "ThemePalettes.h"
#include "app/forms/DeleteForm.h"
#include "app/style/StatePalette.h"
#include "app/widgets/NoticeWidget.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

Q_DECLARE_METATYPE(NoticeWidget::Kind)

namespace {
StatePalette::Role roleOf(NoticeWidget::Kind kind)
{
    return kind == NoticeWidget::Danger    ? StatePalette::Role::Error
           : kind == NoticeWidget::Warning ? StatePalette::Role::Warning
                                           : StatePalette::Role::Neutral;
}

// A point inside the box, left of the icon: where only the fill is drawn.
QPoint fillPoint(const NoticeWidget& notice)
{
    return {3, notice.height() / 2};
}
} // namespace

// The notice box the forms and dialogs warn in: its kind's colours in light and dark themes, readable text, an
// icon, and a name for screen readers.
class tst_NoticeWidget : public QObject
{
    Q_OBJECT

private slots:
    void init() { ThemePalettes::use(ThemePalettes::light()); }
    void cleanup() { ThemePalettes::use(ThemePalettes::light()); }
    void kindsDrawTheirColours_data();
    void kindsDrawTheirColours();
    void textIsNamedForScreenReaders();
    void formsWarnInNotices();
};

void tst_NoticeWidget::kindsDrawTheirColours_data()
{
    QTest::addColumn<NoticeWidget::Kind>("kind");
    QTest::addColumn<bool>("dark");
    for (const bool dark : {false, true}) {
        QTest::addRow("info %s", dark ? "dark" : "light") << NoticeWidget::Info << dark;
        QTest::addRow("warning %s", dark ? "dark" : "light") << NoticeWidget::Warning << dark;
        QTest::addRow("danger %s", dark ? "dark" : "light") << NoticeWidget::Danger << dark;
    }
}

void tst_NoticeWidget::kindsDrawTheirColours()
{
    QFETCH(NoticeWidget::Kind, kind);
    QFETCH(bool, dark);
    NoticeWidget notice;
    notice.setKind(kind);
    notice.setText(QStringLiteral("Deleting a user is permanent."));
    notice.resize(400, notice.heightForWidth(400));
    // Switched after the notice exists, as when the desktop changes theme.
    const QPalette platform = dark ? ThemePalettes::dark() : ThemePalettes::light();
    ThemePalettes::use(platform);
    const StatePalette colours(platform);

    QCOMPARE(notice.grab().toImage().pixelColor(fillPoint(notice)), colours.fill(roleOf(kind)));
    auto* text = notice.findChild<QLabel*>(QStringLiteral("noticeText"));
    QVERIFY(text);
    QCOMPARE(text->palette().color(QPalette::WindowText), colours.onFill(roleOf(kind)));
    const double contrast = StatePalette::contrast(text->palette().color(QPalette::WindowText),
                                                   notice.grab().toImage().pixelColor(fillPoint(notice)));
    QVERIFY2(contrast >= 4.5, qPrintable(QString::number(contrast)));
    auto* icon = notice.findChild<QLabel*>(QStringLiteral("noticeIcon"));
    QVERIFY(icon && !icon->pixmap().isNull());
}

void tst_NoticeWidget::textIsNamedForScreenReaders()
{
    NoticeWidget notice;
    notice.setText(QStringLiteral("Alias merges two users."));
    QCOMPARE(notice.text(), QStringLiteral("Alias merges two users."));
    QCOMPARE(notice.accessibleName(), notice.text());
    notice.setTextFormat(Qt::RichText);
    QCOMPARE(notice.textFormat(), Qt::RichText);
}

/// Seen: the delete form's warning was a label with a fixed pink style sheet, the same in a dark theme (light
/// pink box among dark widgets).
void tst_NoticeWidget::formsWarnInNotices()
{
    ThemePalettes::use(ThemePalettes::dark());
    ScriptedUserPrompts prompts;
    DeleteForm form(&prompts);
    auto* danger = form.findChild<NoticeWidget*>(QStringLiteral("dangerLabel"));
    QVERIFY(danger);
    QCOMPARE(danger->kind(), NoticeWidget::Danger);
    QVERIFY(danger->text().contains(QStringLiteral("permanent")));
    QVERIFY(danger->styleSheet().isEmpty());
    danger->resize(400, danger->heightForWidth(400));
    QCOMPARE(danger->grab().toImage().pixelColor(fillPoint(*danger)),
             StatePalette(ThemePalettes::dark()).fill(StatePalette::Role::Error));
}

QTEST_MAIN(tst_NoticeWidget)
#include "tst_NoticeWidget.moc"
