#include "FormDriver.h"

#include "app/widgets/ChannelsEditor.h"
#include "app/widgets/TagListEditor.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

QWidget* FormDriver::openEditor(QAbstractItemView* view)
{
    // Closed editors are deleted later; let that happen so only the open one is left.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const QList<QWidget*> children = view->viewport()->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
    for (auto it = children.crbegin(); it != children.crend(); ++it) {
        if (!(*it)->isHidden()) {
            return *it;
        }
    }
    return nullptr;
}

bool FormDriver::addProperty(PropertyEditor* editor,
                             const QString& key,
                             PropertyEditor::Type type,
                             const QString& value)
{
    auto* table = child<QTableWidget>(editor, "propertyTable");
    auto* addButton = child<QPushButton>(editor, "addPropertyButton");
    if (!table || !addButton) {
        return false;
    }
    QTest::mouseClick(addButton, Qt::LeftButton);
    auto* keyEdit = qobject_cast<QLineEdit*>(openEditor(table));
    if (!keyEdit) {
        return false;
    }
    QTest::keyClicks(keyEdit, key);
    QTest::keyClick(keyEdit, Qt::Key_Tab);
    auto* typeCombo = qobject_cast<QComboBox*>(openEditor(table));
    if (!typeCombo) {
        return false;
    }
    // Keyboard search, as a user choosing from the list by typing its name.
    QTest::keyClicks(typeCombo, PropertyEditor::typeName(type));
    if (typeCombo->currentData().toInt() != int(type)) {
        return false;
    }
    QTest::keyClick(typeCombo, Qt::Key_Tab);
    QWidget* valueEditor = openEditor(table);
    if (auto* combo = qobject_cast<QComboBox*>(valueEditor)) {
        QTest::keyClicks(combo, value);
    } else if (auto* line = qobject_cast<QLineEdit*>(valueEditor)) {
        QTest::keyClicks(line, value);
    } else {
        return false;
    }
    QTest::keyClick(valueEditor, Qt::Key_Return);
    QCoreApplication::processEvents(); // Enter commits through a queued call
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return true;
}

bool FormDriver::typeRawJson(PropertyEditor* editor, const QString& json)
{
    auto* tabs = child<QTabWidget>(editor, "propertyTabs");
    auto* raw = child<QPlainTextEdit>(editor, "rawJsonEdit");
    if (!tabs || !raw) {
        return false;
    }
    tabs->setCurrentIndex(1); // Raw JSON
    raw->selectAll();
    QTest::keyClick(raw, Qt::Key_Delete);
    QTest::keyClicks(raw, json);
    return true;
}

bool FormDriver::addChannel(ChannelsEditor* editor, const QString& address, const QString& platform)
{
    auto* table = child<QTableWidget>(editor, "channelsTable");
    auto* addButton = child<QPushButton>(editor, "addChannelButton");
    if (!table || !addButton) {
        return false;
    }
    QTest::mouseClick(addButton, Qt::LeftButton);
    auto* addressEdit = qobject_cast<QLineEdit*>(openEditor(table));
    if (!addressEdit) {
        return false;
    }
    QTest::keyClicks(addressEdit, address);
    QTest::keyClick(addressEdit, Qt::Key_Tab);
    auto* platformEdit = qobject_cast<QLineEdit*>(openEditor(table));
    if (!platformEdit) {
        return false;
    }
    QTest::keyClicks(platformEdit, platform);
    QTest::keyClick(platformEdit, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return true;
}

bool FormDriver::addTag(TagListEditor* editor, const QString& tag)
{
    auto* entry = child<QLineEdit>(editor, "tagEdit");
    if (!entry) {
        return false;
    }
    QTest::keyClicks(entry, tag);
    QTest::keyClick(entry, Qt::Key_Return);
    return true;
}
