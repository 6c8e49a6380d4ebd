#include "AppUnderTest.h"
#include "app/shell/MainWindow.h"
#include "core/platform/AppSettings.h"
#include "core/platform/Bootstrap.h"
#include "core/platform/Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>

#include <memory>

namespace {

// Words that only English uses; a visible text with one of them was not translated. Short German words that
// look alike ("in", "an", "will") are not listed.
const QStringList& englishWords()
{
    static const QStringList words
        = QStringLiteral("the and with from this that which your you are not for were been has have into "
                         "request requests user users send sent sending delete deleted history workspace workspaces "
                         "add remove edit show hide open save cancel close clear choose select properties property "
                         "event events connection none copy file help about view new settings language "
                         "unsubscribe resubscribe identify search time result results error "
                         "failed waiting ready only all any when here there what who")
              .split(u' ', Qt::SkipEmptyParts);
    return words;
}

// Names that stay as they are in every language.
const QStringList& allowed()
{
    static const QStringList names = {
        QStringLiteral("Vero Admin"),
        QStringLiteral("Vero"),
        QStringLiteral("veroctl"),
        QStringLiteral("vero-sandbox"),
        QStringLiteral("English"),
        QStringLiteral("Track API"),
        QStringLiteral("JSON"),
        QStringLiteral("CSV"),
        QStringLiteral("curl"),
    };
    return names;
}

QString plain(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    text.remove(u'&');
    for (const QString& name : allowed()) {
        text.remove(name);
    }
    // API paths, field names, addresses and example values stay as the API spells them: "POST users/track",
    // event_name, ada@example.com.
    static const QRegularExpression apiTerm(QStringLiteral("\\S*[/_@]\\S*"));
    text.remove(apiTerm);
    return text;
}

QStringList englishIn(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
    QStringList found;
    for (auto it = word.globalMatch(plain(text)); it.hasNext();) {
        const QString candidate = it.next().captured().toLower();
        if (englishWords().contains(candidate)) {
            found << candidate;
        }
    }
    return found;
}

} // namespace

// The main window in German, every operation's form shown in turn: each label, button, tab, menu entry, column
// header, dock title and placeholder a user can see is checked for English words.
class tst_GermanMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void nothingVisibleIsEnglish();

private:
    void collect(const QString& where, const QString& text);
    void collectMenu(const QString& where, const QMenu* menu);
    void collectWindow(const QWidget* window);

    std::unique_ptr<Translations> m_translations;
    QStringList m_english;
};

void tst_GermanMainWindow::initTestCase()
{
    Bootstrap::setUpApplication();
    AppSettings().clear();
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    m_translations = std::make_unique<Translations>(QLocale(), QStringLiteral(VERO_QM_DIR));
    QVERIFY2(m_translations->loaded(), "no vero-admin_de.qm in " VERO_QM_DIR);
}

void tst_GermanMainWindow::cleanupTestCase()
{
    m_translations.reset();
    QLocale::setDefault(QLocale::c());
}

void tst_GermanMainWindow::collect(const QString& where, const QString& text)
{
    const QStringList words = englishIn(text);
    if (!words.isEmpty()) {
        const QString line = QStringLiteral("%1: \"%2\" (%3)").arg(where, text, words.join(u','));
        if (!m_english.contains(line)) {
            m_english << line;
        }
    }
}

void tst_GermanMainWindow::collectMenu(const QString& where, const QMenu* menu)
{
    collect(where, menu->title());
    for (const QAction* action : menu->actions()) {
        collect(where + QStringLiteral(" > ") + action->objectName(), action->text());
        collect(where + QStringLiteral(" > ") + action->objectName(), action->toolTip());
        if (action->menu() != nullptr) {
            collectMenu(where + QStringLiteral(" > ") + action->menu()->objectName(), action->menu());
        }
    }
}

void tst_GermanMainWindow::collectWindow(const QWidget* window)
{
    collect(QStringLiteral("window title"), window->windowTitle());
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        if (!widget->isVisibleTo(window)) {
            continue;
        }
        const QString name = widget->objectName();
        collect(name + QStringLiteral(" (tooltip)"), widget->toolTip());
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            collect(name, label->text());
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            collect(name, button->text());
        } else if (const auto* group = qobject_cast<const QGroupBox*>(widget)) {
            collect(name, group->title());
        } else if (const auto* tabs = qobject_cast<const QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                collect(name, tabs->tabText(i));
            }
        } else if (const auto* dock = qobject_cast<const QDockWidget*>(widget)) {
            collect(name, dock->windowTitle());
        } else if (const auto* edit = qobject_cast<const QLineEdit*>(widget)) {
            collect(name + QStringLiteral(" (placeholder)"), edit->placeholderText());
        } else if (const auto* text = qobject_cast<const QPlainTextEdit*>(widget)) {
            collect(name + QStringLiteral(" (placeholder)"), text->placeholderText());
        } else if (const auto* header = qobject_cast<const QHeaderView*>(widget)) {
            if (header->model() != nullptr) {
                for (int section = 0; section < header->count(); ++section) {
                    collect(name, header->model()->headerData(section, header->orientation()).toString());
                }
            }
        } else if (const auto* list = qobject_cast<const QListWidget*>(widget)) {
            for (int row = 0; row < list->count(); ++row) {
                collect(name, list->item(row)->text());
            }
        }
    }
}

void tst_GermanMainWindow::nothingVisibleIsEnglish()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const QMenu* menu : window.menuBar()->findChildren<QMenu*>(Qt::FindDirectChildrenOnly)) {
        collectMenu(menu->objectName(), menu);
    }
    auto* operations = window.findChild<QListWidget*>(QStringLiteral("operationList"));
    QVERIFY(operations != nullptr);
    QVERIFY(operations->count() > 5);
    for (int row = 0; row < operations->count(); ++row) {
        operations->setFocus();
        operations->setCurrentRow(row);
        collectWindow(&window);
    }
    QVERIFY2(m_english.isEmpty(),
             qPrintable(QStringLiteral("%1 texts in English:\n").arg(m_english.size())
                        + m_english.join(QStringLiteral("\n"))));
}

QTEST_MAIN(tst_GermanMainWindow)
#include "tst_GermanMainWindow.moc"
