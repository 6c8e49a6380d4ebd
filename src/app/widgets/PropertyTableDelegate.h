#pragma once

#include <QStyledItemDelegate>

// Editors for the property table: a type chooser in the type column, and in the value column a true/false
// chooser for booleans or a line edit whose hint matches the row's type.
class PropertyTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};
