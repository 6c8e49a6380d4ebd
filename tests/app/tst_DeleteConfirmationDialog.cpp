#include "app/forms/DeleteForm.h"
#include "app/widgets/DeleteConfirmationDialog.h"
#include "app/widgets/NoticeWidget.h"
#include "app/workspace/WorkspaceBanner.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

namespace {

Workspace workspaceAt(const QString& name, const QString& url)
{
    Workspace workspace;
    workspace.name = name;
    workspace.baseUrl = QUrl(url);
    return workspace;
}

const Workspace Production
    = workspaceAt(QStringLiteral("Production"), QStringLiteral("https://api.getvero.com/api/v2"));
const Workspace Staging = workspaceAt(QStringLiteral("Staging"), QStringLiteral("https://staging.example.com/api/v2"));

} // namespace

// The confirmation itself: it names the workspace and its host, Delete is enabled by the exact id only, Enter
// deletes only then, and every other way out is a cancel.
class tst_DeleteConfirmationDialog : public QObject
{
    Q_OBJECT

private slots:
    void saysWhereAndWhatIsLost();
    void productionIsMarkedAsTheWindowMarksIt();
    void wrappedTextNeverOverlaps();
    void onlyTheExactIdEnablesDelete_data();
    void onlyTheExactIdEnablesDelete();
    void deleteAccepts();
    void disabledDeleteIsIgnored();
    void enterDeletesOnlyWithTheExactId_data();
    void enterDeletesOnlyWithTheExactId();
    void escapeCancels();
    void enterOnTheFocusedCancelCancels();
    void theFocusedButtonIsVisible_data();
    void theFocusedButtonIsVisible();
    void wordingComesFromTheQuestion();

private:
    static QLineEdit* confirmEdit(const DeleteConfirmationDialog& dialog)
    {
        return dialog.findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
    }
    static QString labelText(const DeleteConfirmationDialog& dialog, const char* name)
    {
        // The consequences are a notice box, not a label.
        if (const auto* notice = dialog.findChild<NoticeWidget*>(QLatin1String(name))) {
            return notice->text();
        }
        const auto* label = dialog.findChild<QLabel*>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("(no %1)").arg(QLatin1String(name));
    }
};

void tst_DeleteConfirmationDialog::saysWhereAndWhatIsLost()
{
    DeleteConfirmationDialog dialog(DeleteForm::confirmation(QStringLiteral("cust-4242"), Production));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Delete user permanently?"));
    QCOMPARE(labelText(dialog, "questionLabel"), QStringLiteral("Delete cust-4242 from Production (api.getvero.com)?"));
    const QString consequences = labelText(dialog, "consequencesLabel");
    QVERIFY(consequences.contains(QStringLiteral("permanent")));
    QVERIFY(consequences.contains(QStringLiteral("properties and activity on Production are lost")));
    // What Vero documents about a deleted user identified again.
    const QString details = labelText(dialog, "detailsLabel");
    QVERIFY2(details.contains(QStringLiteral("comes back as a new profile, subscribed by default")),
             qPrintable(details));
    QVERIFY(labelText(dialog, "typeToConfirmLabel").contains(QStringLiteral("cust-4242")));
    QVERIFY(confirmEdit(dialog));
    QVERIFY(!confirmEdit(dialog)->accessibleName().isEmpty());
    QCOMPARE(dialog.deleteButton()->accessibleName(), QStringLiteral("Delete cust-4242 from Production permanently"));

    DeleteConfirmationDialog staging(DeleteForm::confirmation(QStringLiteral("u-1"), Staging));
    QCOMPARE(labelText(staging, "questionLabel"), QStringLiteral("Delete u-1 from Staging (staging.example.com)?"));
}

void tst_DeleteConfirmationDialog::productionIsMarkedAsTheWindowMarksIt()
{
    DeleteConfirmationDialog production(DeleteForm::confirmation(QStringLiteral("cust-4242"), Production));
    production.show();
    auto* banner = production.findChild<WorkspaceBanner*>(QStringLiteral("workspaceBanner"));
    QVERIFY(banner);
    QCOMPARE(banner->kind(), WorkspaceBanner::Kind::Production);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("PRODUCTION")));

    Workspace sandbox;
    sandbox.name = QStringLiteral("Sandbox");
    DeleteConfirmationDialog onSandbox(DeleteForm::confirmation(QStringLiteral("u-1"), sandbox));
    onSandbox.show();
    QCOMPARE(onSandbox.findChild<WorkspaceBanner*>(QStringLiteral("workspaceBanner"))->kind(),
             WorkspaceBanner::Kind::Sandbox);

    DeleteConfirmationDialog staging(DeleteForm::confirmation(QStringLiteral("u-1"), Staging));
    staging.show();
    auto* stagingBanner = staging.findChild<WorkspaceBanner*>(QStringLiteral("workspaceBanner"));
    QCOMPARE(stagingBanner->kind(), WorkspaceBanner::Kind::Other);
    QVERIFY(stagingBanner->isVisible());
    QVERIFY(stagingBanner->text().contains(QStringLiteral("staging.example.com")));
}

/// Seen under Xvfb: on production the banner wrapped to two lines in a box of one, and the labels below it ran
/// into each other.
void tst_DeleteConfirmationDialog::wrappedTextNeverOverlaps()
{
    DeleteConfirmationDialog dialog(DeleteForm::confirmation(QStringLiteral("cust-4242"), Production));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QWidget* previous = nullptr;
    for (const char* name : {"workspaceBanner",
                             "questionLabel",
                             "consequencesLabel",
                             "detailsLabel",
                             "typeToConfirmLabel",
                             "confirmEdit"}) {
        auto* widget = dialog.findChild<QWidget*>(QLatin1String(name));
        QVERIFY2(widget && widget->isVisible(), name);
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            QVERIFY2(label->height() >= label->heightForWidth(label->width()), name);
        }
        if (previous) {
            QVERIFY2(previous->geometry().bottom() < widget->geometry().top(), name);
        }
        previous = widget;
    }
}

void tst_DeleteConfirmationDialog::onlyTheExactIdEnablesDelete_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("nothing") << QString() << false;
    QTest::newRow("prefix") << QStringLiteral("u-4") << false;
    QTest::newRow("other user") << QStringLiteral("u-43") << false;
    QTest::newRow("other case") << QStringLiteral("U-42") << false;
    QTest::newRow("trailing space") << QStringLiteral("u-42 ") << false;
    QTest::newRow("exact") << QStringLiteral("u-42") << true;
}

void tst_DeleteConfirmationDialog::onlyTheExactIdEnablesDelete()
{
    QFETCH(QString, typed);
    QFETCH(bool, enabled);
    DeleteConfirmationDialog dialog(DeleteForm::confirmation(QStringLiteral("u-42"), Staging));
    dialog.show();
    QVERIFY(confirmEdit(dialog));
    QTest::keyClicks(confirmEdit(dialog), typed);
    QCOMPARE(dialog.deleteButton()->isEnabled(), enabled);
}

void tst_DeleteConfirmationDialog::deleteAccepts()
{
    DeleteConfirmationDialog dialog(DeleteForm::confirmation(QStringLiteral("u-42"), Staging));
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QVERIFY(confirmEdit(dialog));
    QTest::keyClicks(confirmEdit(dialog), QStringLiteral("u-42"));
    QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_DeleteConfirmationDialog::disabledDeleteIsIgnored()
{
    DeleteConfirmationDialog dialog(DeleteForm::confirmation(QStringLiteral("del-1"), Staging));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QVERIFY(confirmEdit(dialog));
    QTest::keyClicks(confirmEdit(dialog), QStringLiteral("del-2"));
    QVERIFY(!dialog.deleteButton()->isEnabled());
    QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton); // disabled: ignored
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(rejected.size(), 0);
    QVERIFY(dialog.isVisible());
}

void tst_DeleteConfirmationDialog::enterDeletesOnlyWithTheExactId_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("deletes");
    QTest::newRow("exact id, Return") << QStringLiteral("u-42") << int(Qt::Key_Return) << true;
    QTest::newRow("exact id, keypad Enter") << QStringLiteral("u-42") << int(Qt::Key_Enter) << true;
    QTest::newRow("nothing typed") << QString() << int(Qt::Key_Return) << false;
    QTest::newRow("another id") << QStringLiteral("u-43") << int(Qt::Key_Return) << false;
    QTest::newRow("a prefix") << QStringLiteral("u-4") << int(Qt::Key_Return) << false;
}

void tst_DeleteConfirmationDialog::enterDeletesOnlyWithTheExactId()
{
    QFETCH(QString, typed);
    QFETCH(int, key);
    QFETCH(bool, deletes);
    DeleteConfirmationDialog dialog(DeleteForm::confirmation(QStringLiteral("u-42"), Staging));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QLineEdit* confirm = confirmEdit(dialog);
    QVERIFY(confirm);
    QTest::keyClicks(confirm, typed);
    QTest::keyClick(confirm, Qt::Key(key));
    QCOMPARE(accepted.size(), deletes ? 1 : 0);
    // Anything but the id: Enter does nothing at all, and what was typed stays to be corrected.
    QCOMPARE(rejected.size(), 0);
    QCOMPARE(dialog.isVisible(), !deletes);
    QCOMPARE(confirm->text(), typed);
}

void tst_DeleteConfirmationDialog::escapeCancels()
{
    DeleteConfirmationDialog dialog(DeleteForm::confirmation(QStringLiteral("u-42"), Staging));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClicks(confirmEdit(dialog), QStringLiteral("u-42"));
    QTest::keyClick(confirmEdit(dialog), Qt::Key_Escape);
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(rejected.size(), 1);
}

void tst_DeleteConfirmationDialog::enterOnTheFocusedCancelCancels()
{
    DeleteConfirmationDialog dialog(DeleteForm::confirmation(QStringLiteral("u-42"), Staging));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClicks(confirmEdit(dialog), QStringLiteral("u-42"));
    // Tab past Delete to Cancel: Enter there is the answer of the button with the focus.
    while (QApplication::focusWidget() != dialog.cancelButton()) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QTest::keyClick(dialog.cancelButton(), Qt::Key_Return);
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(rejected.size(), 1);
}

void tst_DeleteConfirmationDialog::theFocusedButtonIsVisible_data()
{
    QTest::addColumn<QString>("style");
    QTest::newRow("Fusion") << QStringLiteral("Fusion");
    QTest::newRow("Windows") << QStringLiteral("Windows");
}

/// A keyboard user must see which button Enter or Space answers: the focused button looks different from the
/// same button without focus, in the styles the app runs under.
void tst_DeleteConfirmationDialog::theFocusedButtonIsVisible()
{
    QFETCH(QString, style);
    QStyle* previous = QApplication::style();
    const QString previousName = previous->name();
    QApplication::setStyle(QStyleFactory::create(style));
    {
        DeleteConfirmationDialog dialog(DeleteForm::confirmation(QStringLiteral("u-42"), Staging));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClicks(confirmEdit(dialog), QStringLiteral("u-42"));
        for (QPushButton* button : {dialog.deleteButton(), dialog.cancelButton()}) {
            // The button and a few pixels around it, where a focus frame is drawn.
            const auto around = [&dialog, button] {
                const QRect inDialog(button->mapTo(&dialog, QPoint(0, 0)), button->size());
                return dialog.grab(inDialog.adjusted(-4, -4, 4, 4)).toImage();
            };
            confirmEdit(dialog)->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(confirmEdit(dialog)->hasFocus());
            const QImage unfocused = around();
            while (QApplication::focusWidget() != button) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            }
            QVERIFY(button->hasFocus());
            QTRY_VERIFY2(around() != unfocused, qPrintable(button->objectName()));
        }
    }
    QApplication::setStyle(QStyleFactory::create(previousName));
}

void tst_DeleteConfirmationDialog::wordingComesFromTheQuestion()
{
    UserPrompts::Confirmation confirmation;
    confirmation.title = QStringLiteral("Erase the archive?");
    confirmation.question = QStringLiteral("Erase \"archive-7\"?");
    confirmation.acceptLabel = QStringLiteral("&Erase");
    confirmation.typeToConfirm = QStringLiteral("archive-7");
    confirmation.typeToConfirmLabel = QStringLiteral("Type archive-7:");
    DeleteConfirmationDialog dialog(confirmation);
    dialog.show();
    QCOMPARE(dialog.windowTitle(), confirmation.title);
    QCOMPARE(dialog.deleteButton()->text(), QStringLiteral("&Erase"));
    // No consequences or details given: their labels take no room.
    QVERIFY(!dialog.findChild<QWidget*>(QStringLiteral("consequencesLabel"))->isVisible());
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("detailsLabel"))->isVisible());
    QCOMPARE(confirmEdit(dialog)->accessibleName(), QStringLiteral("Type archive-7:"));
    QTest::keyClicks(confirmEdit(dialog), QStringLiteral("archive-7"));
    QVERIFY(dialog.deleteButton()->isEnabled());
}

QTEST_MAIN(tst_DeleteConfirmationDialog)
#include "tst_DeleteConfirmationDialog.moc"
