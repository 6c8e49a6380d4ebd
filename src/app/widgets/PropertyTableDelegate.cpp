#include "app/widgets/PropertyTableDelegate.h"

#include "app/widgets/PropertyEditor.h"

#include <QComboBox>
#include <QLineEdit>

namespace {
PropertyEditor::Type rowType(const QModelIndex& index)
{
    const QModelIndex typeIndex = index.siblingAtColumn(PropertyEditor::TypeColumn);
    return PropertyEditor::Type(typeIndex.data(PropertyEditor::TypeRole).toInt());
}
} // namespace

QWidget*
PropertyTableDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() == PropertyEditor::TypeColumn) {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("propertyTypeCombo"));
        combo->setAccessibleName(tr("Property type"));
        for (PropertyEditor::Type type : PropertyEditor::types()) {
            combo->addItem(PropertyEditor::typeName(type), int(type));
        }
        return combo;
    }
    if (index.column() == PropertyEditor::ValueColumn && rowType(index) == PropertyEditor::Type::Boolean) {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("propertyBooleanCombo"));
        combo->setAccessibleName(tr("Property value"));
        combo->addItem(QStringLiteral("true"));
        combo->addItem(QStringLiteral("false"));
        return combo;
    }
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* lineEdit = qobject_cast<QLineEdit*>(editor)) {
        if (index.column() == PropertyEditor::KeyColumn) {
            lineEdit->setObjectName(QStringLiteral("propertyKeyEdit"));
            lineEdit->setAccessibleName(tr("Property name"));
            lineEdit->setPlaceholderText(tr("e.g. first_name"));
        } else {
            lineEdit->setObjectName(QStringLiteral("propertyValueEdit"));
            lineEdit->setAccessibleName(tr("Property value"));
            lineEdit->setPlaceholderText(PropertyEditor::placeholder(rowType(index)));
        }
    }
    return editor;
}

void PropertyTableDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (index.column() == PropertyEditor::TypeColumn) {
            combo->setCurrentIndex(combo->findData(index.data(PropertyEditor::TypeRole)));
        } else {
            const int found = combo->findText(index.data(Qt::EditRole).toString().trimmed().toLower());
            combo->setCurrentIndex(found >= 0 ? found : 0);
        }
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PropertyTableDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (index.column() == PropertyEditor::TypeColumn) {
            // The role first: the editor reacts to the text change and must already see the new type.
            model->setData(index, combo->currentData(), PropertyEditor::TypeRole);
            model->setData(index, combo->currentText(), Qt::EditRole);
        } else {
            model->setData(index, combo->currentText(), Qt::EditRole);
        }
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
