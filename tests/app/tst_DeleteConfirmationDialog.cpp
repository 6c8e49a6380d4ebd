#include "app/forms/DeleteForm.h"
#include "app/widgets/DeleteConfirmationDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The confirmation itself: Delete is enabled by the exact id only, and every other way out is a cancel.
class tst_DeleteConfirmationDialog : public QObject
{
    Q_OBJECT

private slots:
    void saysWhatIsLost();
    void onlyTheExactIdEnablesDelete_data();
    void onlyTheExactIdEnablesDelete();
    void deleteAccepts();
    void disabledDeleteIsIgnored();
    void enterAndEscapeCancel_data();
    void enterAndEscapeCancel();
    void wordingComesFromTheQuestion();

private:
    static QLineEdit* confirmEdit(const DeleteConfirmationDialog& dialog)
    {
        return dialog.findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
    }
    static QString labelText(const DeleteConfirmationDialog& dialog, const char* name)
    {
        const auto* label = dialog.findChild<QLabel*>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("(no %1)").arg(QLatin1String(name));
    }
};

void tst_DeleteConfirmationDialog::saysWhatIsLost()
{
    DeleteConfirmationDialog dialog(DeleteForm::confirmation(QStringLiteral("u-42")));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Delete user permanently?"));
    QCOMPARE(labelText(dialog, "questionLabel"), QStringLiteral("Delete the user \"u-42\"?"));
    const QString consequences = labelText(dialog, "consequencesLabel");
    QVERIFY(consequences.contains(QStringLiteral("permanent")));
    QVERIFY(consequences.contains(QStringLiteral("properties and activity are lost")));
    QVERIFY(labelText(dialog, "detailsLabel").contains(QStringLiteral("creates the user again")));
    QVERIFY(labelText(dialog, "typeToConfirmLabel").contains(QStringLiteral("u-42")));
    QVERIFY(confirmEdit(dialog));
    QVERIFY(!confirmEdit(dialog)->accessibleName().isEmpty());
    QCOMPARE(dialog.deleteButton()->accessibleName(), QStringLiteral("Delete the user permanently"));
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
    DeleteConfirmationDialog dialog(DeleteForm::confirmation(QStringLiteral("u-42")));
    dialog.show();
    QVERIFY(confirmEdit(dialog));
    QTest::keyClicks(confirmEdit(dialog), typed);
    QCOMPARE(dialog.deleteButton()->isEnabled(), enabled);
}

void tst_DeleteConfirmationDialog::deleteAccepts()
{
    DeleteConfirmationDialog dialog(DeleteForm::confirmation(QStringLiteral("u-42")));
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
    DeleteConfirmationDialog dialog(DeleteForm::confirmation(QStringLiteral("del-1")));
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

void tst_DeleteConfirmationDialog::enterAndEscapeCancel_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("Enter") << int(Qt::Key_Return);
    QTest::newRow("Escape") << int(Qt::Key_Escape);
}

void tst_DeleteConfirmationDialog::enterAndEscapeCancel()
{
    QFETCH(int, key);
    DeleteConfirmationDialog dialog(DeleteForm::confirmation(QStringLiteral("u-42")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QLineEdit* confirm = confirmEdit(dialog);
    QVERIFY(confirm);
    QTest::keyClicks(confirm, QStringLiteral("u-42"));
    // Even with the right id typed, a reflex Enter never deletes: Delete must be pressed on purpose.
    QTest::keyClick(confirm, Qt::Key(key));
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(rejected.size(), 1);
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
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("consequencesLabel"))->isVisible());
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("detailsLabel"))->isVisible());
    QCOMPARE(confirmEdit(dialog)->accessibleName(), QStringLiteral("Type archive-7:"));
    QTest::keyClicks(confirmEdit(dialog), QStringLiteral("archive-7"));
    QVERIFY(dialog.deleteButton()->isEnabled());
}

QTEST_MAIN(tst_DeleteConfirmationDialog)
#include "tst_DeleteConfirmationDialog.moc"
