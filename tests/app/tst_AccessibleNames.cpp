#include "app/forms/OperationForm.h"
#include "app/shell/AppController.h"
#include "app/shell/MainWindow.h"
#include "app/workspace/WorkspaceDialog.h"
#include "core/platform/AppSettings.h"
#include "core/platform/Bootstrap.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

// Every input a user can reach (in the main window, every form and the workspace dialog) has an objectName,
// for tests and automation, and a non-empty accessible name, for screen readers.
class tst_AccessibleNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindowAndForms();
    void workspaceDialog();

private:
    static bool isInput(const QWidget* widget);
    // Qt's own parts of a composite widget (a spin box's line edit, a view's viewport) are named by it.
    static bool isInternal(const QWidget* widget);
    static QStringList problems(const QWidget* root);
};

void tst_AccessibleNames::initTestCase()
{
    Bootstrap::setUpApplication();
    AppSettings().clear();
}

bool tst_AccessibleNames::isInput(const QWidget* widget)
{
    return qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QTextEdit*>(widget)
           || qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QComboBox*>(widget)
           || qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QAbstractButton*>(widget)
           || qobject_cast<const QAbstractItemView*>(widget)
           || (qobject_cast<const QAbstractSlider*>(widget) && !qobject_cast<const QScrollBar*>(widget));
}

bool tst_AccessibleNames::isInternal(const QWidget* widget)
{
    if (widget->objectName().startsWith(QLatin1String("qt_"))) {
        return true;
    }
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent)
            || qobject_cast<const QLineEdit*>(parent) || qobject_cast<const QAbstractItemView*>(parent)
            || qobject_cast<const QTabBar*>(parent)) {
            return true;
        }
    }
    return false;
}

QStringList tst_AccessibleNames::problems(const QWidget* root)
{
    QStringList found;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    int checked = 0;
    for (const QWidget* widget : widgets) {
        if (!isInput(widget) || isInternal(widget)) {
            continue;
        }
        ++checked;
        QString path;
        for (const QObject* object = widget; object && object != root; object = object->parent()) {
            path.prepend(QLatin1Char('/') + object->objectName());
        }
        const QString what = QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()), path);
        if (widget->objectName().isEmpty()) {
            found.append(what + QStringLiteral(": no objectName"));
        }
        if (widget->accessibleName().trimmed().isEmpty()) {
            found.append(what + QStringLiteral(": no accessibleName"));
        }
    }
    if (checked == 0) {
        found.append(QStringLiteral("no input widgets found at all"));
    }
    return found;
}

void tst_AccessibleNames::mainWindowAndForms()
{
    AppController::Options options;
    options.manageSandbox = false;
    AppController controller(options);
    MainWindow window(&controller);
    window.show();
    QCOMPARE(window.forms().size(), 8);
    // Each form also on its own, so a form that hides a widget until used is still walked.
    for (OperationForm* form : window.forms()) {
        QVERIFY(!form->objectName().isEmpty());
        const QStringList formProblems = problems(form);
        QVERIFY2(formProblems.isEmpty(), qPrintable(formProblems.join(QLatin1Char('\n'))));
    }
    const QStringList windowProblems = problems(&window);
    QVERIFY2(windowProblems.isEmpty(), qPrintable(windowProblems.join(QLatin1Char('\n'))));
}

void tst_AccessibleNames::workspaceDialog()
{
    AppController::Options options;
    options.manageSandbox = false;
    options.credentialService = QStringLiteral("vero-admin-tests");
    AppController controller(options);
    WorkspaceDialog dialog(&controller);
    dialog.show();
    const QStringList dialogProblems = problems(&dialog);
    QVERIFY2(dialogProblems.isEmpty(), qPrintable(dialogProblems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_AccessibleNames)
#include "tst_AccessibleNames.moc"
