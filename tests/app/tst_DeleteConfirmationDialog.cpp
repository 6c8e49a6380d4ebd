#include "app/forms/DeleteConfirmationDialog.h"

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
    void enterAndEscapeCancel_data();
    void enterAndEscapeCancel();
    void showHookRunsOnce();
};

void tst_DeleteConfirmationDialog::saysWhatIsLost()
{
    DeleteConfirmationDialog dialog(QStringLiteral("u-42"));
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("questionLabel"))->text(),
             QStringLiteral("Delete the user \"u-42\"?"));
    const QString consequences = dialog.findChild<QLabel*>(QStringLiteral("consequencesLabel"))->text();
    QVERIFY(consequences.contains(QStringLiteral("permanent")));
    QVERIFY(consequences.contains(QStringLiteral("properties and activity are lost")));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("recreateLabel"))
                ->text()
                .contains(QStringLiteral("creates the user again")));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("typeIdLabel"))->text().contains(QStringLiteral("u-42")));
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
    DeleteConfirmationDialog dialog(QStringLiteral("u-42"));
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("confirmIdEdit")), typed);
    QCOMPARE(dialog.deleteButton()->isEnabled(), enabled);
}

void tst_DeleteConfirmationDialog::deleteAccepts()
{
    DeleteConfirmationDialog dialog(QStringLiteral("u-42"));
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("confirmIdEdit")), QStringLiteral("u-42"));
    QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
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
    DeleteConfirmationDialog dialog(QStringLiteral("u-42"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    auto* confirm = dialog.findChild<QLineEdit*>(QStringLiteral("confirmIdEdit"));
    QTest::keyClicks(confirm, QStringLiteral("u-42"));
    // Even with the right id typed, a reflex Enter never deletes: Delete must be pressed on purpose.
    QTest::keyClick(confirm, Qt::Key(key));
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(rejected.size(), 1);
}

void tst_DeleteConfirmationDialog::showHookRunsOnce()
{
    int runs = 0;
    DeleteConfirmationDialog::setNextShowHook([&](DeleteConfirmationDialog& dialog) {
        ++runs;
        QCOMPARE(dialog.userId(), QStringLiteral("first"));
        dialog.reject();
    });
    DeleteConfirmationDialog first(QStringLiteral("first"));
    first.show();
    QTRY_COMPARE(runs, 1);
    DeleteConfirmationDialog second(QStringLiteral("second"));
    second.show();
    QCoreApplication::processEvents();
    QCOMPARE(runs, 1);
}

QTEST_MAIN(tst_DeleteConfirmationDialog)
#include "tst_DeleteConfirmationDialog.moc"
