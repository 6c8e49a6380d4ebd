#include "app/widgets/DeleteConfirmationDialog.h"
#include "app/widgets/WidgetUserPrompts.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

// The questions as the user sees them: a message box whose safe answer is the default, the typed confirmation
// for destructive ones, the labelled choices, and the suffix a saved file gets from the format chosen.
class tst_WidgetUserPrompts : public QObject
{
    Q_OBJECT

private slots:
    void yesNoDefaultsToNo();
    void yesNoAnswersYes();
    void labelledConfirmationEscapesToCancel();
    void typedConfirmationUsesTheDeleteDialog();
    void choiceReturnsTheButtonPressed_data();
    void choiceReturnsTheButtonPressed();
    void savedNameGetsTheChosenFormatsSuffix_data();
    void savedNameGetsTheChosenFormatsSuffix();

private:
    // Runs `answer` on the modal dialog as soon as it is open (exec() blocks until it is answered).
    static void whenModalOpens(std::function<void(QWidget*)> answer);
    static QPushButton* buttonLabelled(QWidget* dialog, const QString& text);
    static UserPrompts::Choice duplicateChoice();

    WidgetUserPrompts m_prompts;
};

void tst_WidgetUserPrompts::whenModalOpens(std::function<void(QWidget*)> answer)
{
    auto* poll = new QTimer(qApp);
    poll->setInterval(10);
    connect(poll, &QTimer::timeout, poll, [poll, answer] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            answer(modal);
            if (QTest::currentTestFailed() && modal->isVisible()) {
                modal->close(); // a failed check must not leave exec() waiting forever
            }
        }
    });
    poll->start();
}

QPushButton* tst_WidgetUserPrompts::buttonLabelled(QWidget* dialog, const QString& text)
{
    for (QPushButton* button : dialog->findChildren<QPushButton*>()) {
        if (button->text().remove(QLatin1Char('&')) == text) {
            return button;
        }
    }
    return nullptr;
}

UserPrompts::Choice tst_WidgetUserPrompts::duplicateChoice()
{
    UserPrompts::Choice choice;
    choice.title = QStringLiteral("Possible duplicate event");
    choice.question = QStringLiteral("u-1 got this event 3 seconds ago.");
    choice.options
        = {QStringLiteral("Add timestamp and send"), QStringLiteral("Send anyway"), QStringLiteral("Cancel")};
    choice.defaultOption = 0;
    choice.destructiveOption = 1;
    choice.cancelOption = 2;
    return choice;
}

void tst_WidgetUserPrompts::yesNoDefaultsToNo()
{
    UserPrompts::Confirmation confirmation;
    confirmation.title = QStringLiteral("Unsaved changes");
    confirmation.question = QStringLiteral("Discard the changes you made to \"Staging\"?");
    QString shownText;
    whenModalOpens([&shownText](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        shownText = box->text();
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
        QTest::keyClick(box, Qt::Key_Return); // a reflex Enter keeps the changes
    });
    QVERIFY(!m_prompts.confirm(nullptr, confirmation));
    QCOMPARE(shownText, confirmation.question);
}

void tst_WidgetUserPrompts::yesNoAnswersYes()
{
    UserPrompts::Confirmation confirmation;
    confirmation.question = QStringLiteral("Discard?");
    whenModalOpens([](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QVERIFY(m_prompts.confirm(nullptr, confirmation));
}

void tst_WidgetUserPrompts::labelledConfirmationEscapesToCancel()
{
    UserPrompts::Confirmation confirmation;
    confirmation.title = QStringLiteral("Clear history");
    confirmation.question = QStringLiteral("Remove all 3 requests from the history on this computer?");
    confirmation.consequences = QStringLiteral("This cannot be undone.");
    confirmation.acceptLabel = QStringLiteral("Clear history");
    confirmation.destructive = true;
    QString informative;
    whenModalOpens([&informative](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        informative = box->informativeText();
        QVERIFY(buttonLabelled(box, QStringLiteral("Clear history")));
        QCOMPARE(box->buttonRole(buttonLabelled(box, QStringLiteral("Clear history"))), QMessageBox::DestructiveRole);
        QTest::keyClick(box, Qt::Key_Escape);
    });
    QVERIFY(!m_prompts.confirm(nullptr, confirmation));
    QCOMPARE(informative, confirmation.consequences);

    whenModalOpens([](QWidget* modal) {
        QPushButton* clear = buttonLabelled(modal, QStringLiteral("Clear history"));
        QVERIFY(clear);
        QTest::mouseClick(clear, Qt::LeftButton);
    });
    QVERIFY(m_prompts.confirm(nullptr, confirmation));
}

void tst_WidgetUserPrompts::typedConfirmationUsesTheDeleteDialog()
{
    UserPrompts::Confirmation confirmation;
    confirmation.title = QStringLiteral("Delete user permanently?");
    confirmation.question = QStringLiteral("Delete the user \"u-42\"?");
    confirmation.acceptLabel = QStringLiteral("&Delete");
    confirmation.destructive = true;
    confirmation.typeToConfirm = QStringLiteral("u-42");
    confirmation.typeToConfirmLabel = QStringLiteral("To confirm, type the user id (u-42):");
    whenModalOpens([](QWidget* modal) {
        auto* dialog = qobject_cast<DeleteConfirmationDialog*>(modal);
        QVERIFY(dialog);
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
        QVERIFY(edit);
        QTest::keyClicks(edit, QStringLiteral("u-42"));
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    });
    QVERIFY(m_prompts.confirm(nullptr, confirmation));

    whenModalOpens([](QWidget* modal) {
        QVERIFY(qobject_cast<DeleteConfirmationDialog*>(modal));
        QTest::keyClick(modal, Qt::Key_Escape);
    });
    QVERIFY(!m_prompts.confirm(nullptr, confirmation));
}

void tst_WidgetUserPrompts::choiceReturnsTheButtonPressed_data()
{
    QTest::addColumn<QString>("press"); // a button's label, or a key
    QTest::addColumn<int>("expected");
    QTest::newRow("add timestamp") << QStringLiteral("Add timestamp and send") << 0;
    QTest::newRow("send anyway") << QStringLiteral("Send anyway") << 1;
    QTest::newRow("cancel") << QStringLiteral("Cancel") << 2;
    QTest::newRow("Enter is the default") << QStringLiteral("<Enter>") << 0;
    QTest::newRow("Escape is cancel") << QStringLiteral("<Escape>") << 2;
}

void tst_WidgetUserPrompts::choiceReturnsTheButtonPressed()
{
    QFETCH(QString, press);
    QFETCH(int, expected);
    whenModalOpens([press](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        QCOMPARE(box->buttonRole(buttonLabelled(box, QStringLiteral("Send anyway"))), QMessageBox::DestructiveRole);
        if (press == QLatin1String("<Enter>")) {
            QTest::keyClick(box, Qt::Key_Return);
        } else if (press == QLatin1String("<Escape>")) {
            QTest::keyClick(box, Qt::Key_Escape);
        } else {
            QPushButton* button = buttonLabelled(box, press);
            QVERIFY(button);
            QTest::mouseClick(button, Qt::LeftButton);
        }
    });
    QCOMPARE(m_prompts.choose(nullptr, duplicateChoice()), expected);
}

void tst_WidgetUserPrompts::savedNameGetsTheChosenFormatsSuffix_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("chosenFilter");
    QTest::addColumn<QString>("saved");
    QTest::newRow("no suffix, JSON chosen") << QStringLiteral("/tmp/export") << 1 << QStringLiteral("/tmp/export.json");
    QTest::newRow("no suffix, CSV chosen") << QStringLiteral("/tmp/export") << 0 << QStringLiteral("/tmp/export.csv");
    QTest::newRow("a known suffix is kept")
        << QStringLiteral("/tmp/export.json") << 0 << QStringLiteral("/tmp/export.json");
    QTest::newRow("any case") << QStringLiteral("/tmp/EXPORT.CSV") << 1 << QStringLiteral("/tmp/EXPORT.CSV");
    QTest::newRow("an unknown suffix gets one")
        << QStringLiteral("/tmp/export.txt") << 0 << QStringLiteral("/tmp/export.txt.csv");
}

/// The dialog itself is Qt's; what the app adds is the suffix of the format chosen in it.
void tst_WidgetUserPrompts::savedNameGetsTheChosenFormatsSuffix()
{
    QFETCH(QString, typed);
    QFETCH(int, chosenFilter);
    QFETCH(QString, saved);
    const QStringList filters {QStringLiteral("CSV files (*.csv)"), QStringLiteral("JSON files (*.json)")};
    QCOMPARE(WidgetUserPrompts::withSuffixOfFilter(typed, filters, filters.at(chosenFilter)), saved);
    // "All files (*)" offers no suffix to add.
    QCOMPARE(WidgetUserPrompts::withSuffixOfFilter(
                 QStringLiteral("/tmp/ca"), {QStringLiteral("All files (*)")}, QStringLiteral("All files (*)")),
             QStringLiteral("/tmp/ca"));
}

QTEST_MAIN(tst_WidgetUserPrompts)
#include "tst_WidgetUserPrompts.moc"
