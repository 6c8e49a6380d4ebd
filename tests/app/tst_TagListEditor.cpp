#include "FormDriver.h"
#include "app/widgets/TagListEditor.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// Enter adds, duplicates are not added twice, tags can be edited in place and removed with Delete or Remove.
class tst_TagListEditor : public QObject
{
    Q_OBJECT

private slots:
    void enterAddsTrimmedTags();
    void addButtonAddsToo();
    void editInPlace();
    void removeButtonRemovesSelected();
};

void tst_TagListEditor::enterAddsTrimmedTags()
{
    TagListEditor editor;
    editor.show();
    QSignalSpy changed(&editor, &TagListEditor::changed);
    QVERIFY(FormDriver::addTag(&editor, QStringLiteral("  vip ")));
    QVERIFY(FormDriver::addTag(&editor, QStringLiteral("vip")));
    QVERIFY(FormDriver::addTag(&editor, QStringLiteral("   ")));
    QCOMPARE(editor.tags(), QStringList {QStringLiteral("vip")});
    QVERIFY(changed.size() > 0);
    QVERIFY(editor.pendingText().isEmpty());
}

void tst_TagListEditor::addButtonAddsToo()
{
    TagListEditor editor;
    editor.show();
    auto* add = editor.findChild<QPushButton*>(QStringLiteral("addTagButton"));
    QVERIFY(!add->isEnabled());
    QTest::keyClicks(editor.findChild<QLineEdit*>(QStringLiteral("tagEdit")), QStringLiteral("trial"));
    QCOMPARE(editor.pendingText(), QStringLiteral("trial"));
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(editor.tags(), QStringList {QStringLiteral("trial")});
}

void tst_TagListEditor::editInPlace()
{
    TagListEditor editor;
    editor.setTags({QStringLiteral("prospct")});
    auto* list = editor.findChild<QListWidget*>(QStringLiteral("tagList"));
    list->item(0)->setText(QStringLiteral("prospect")); // what the in-place editor commits
    QCOMPARE(editor.tags(), QStringList {QStringLiteral("prospect")});
}

void tst_TagListEditor::removeButtonRemovesSelected()
{
    TagListEditor editor;
    editor.show();
    editor.setTags({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    auto* list = editor.findChild<QListWidget*>(QStringLiteral("tagList"));
    auto* remove = editor.findChild<QPushButton*>(QStringLiteral("removeTagButton"));
    QVERIFY(!remove->isEnabled());
    list->item(0)->setSelected(true);
    list->item(2)->setSelected(true);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(editor.tags(), QStringList {QStringLiteral("b")});
}

QTEST_MAIN(tst_TagListEditor)
#include "tst_TagListEditor.moc"
