#include "app/bulk/BulkMappingTable.h"

#include <QComboBox>
#include <QHeaderView>
#include <QStyledItemDelegate>

namespace {

constexpr int TypeRole = Qt::UserRole + 1;
const QList<BulkMapping::PropertyType> Types {BulkMapping::PropertyType::Inferred,
                                              BulkMapping::PropertyType::Text,
                                              BulkMapping::PropertyType::Number,
                                              BulkMapping::PropertyType::Boolean};

// The Type column's editor: a combo box of the four types, committed on Return, Tab or leaving the cell.
class PropertyTypeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("propertyTypeCombo"));
        combo->setAccessibleName(BulkMappingTable::tr("Property type"));
        for (const BulkMapping::PropertyType type : Types)
            combo->addItem(BulkMapping::propertyTypeDisplayName(type), int(type));
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(TypeRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        model->setData(index, combo->currentData(), TypeRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
    }
};

} // namespace

BulkMappingTable::BulkMappingTable(QWidget* parent)
    : QTableView(parent)
{
    m_model.setHorizontalHeaderLabels({tr("Column"), tr("Used as"), tr("Type"), tr("First values")});
    setModel(&m_model);
    setItemDelegateForColumn(Type, new PropertyTypeDelegate(this));
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                    | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setWordWrap(false);
    connect(&m_model, &QStandardItemModel::itemChanged, this, &BulkMappingTable::onItemChanged);
}

void BulkMappingTable::clearMapping()
{
    m_filling = true;
    m_model.removeRows(0, m_model.rowCount());
    m_filling = false;
}

void BulkMappingTable::showMapping(const BulkPreparation::Checked& checked)
{
    clearMapping();
    if (!checked.error.isEmpty())
        return;
    m_filling = true;
    QMap<int, QString> fieldOf;
    for (auto it = checked.columns.cbegin(); it != checked.columns.cend(); ++it)
        fieldOf.insert(it.value(), it.key());
    QMap<int, BulkMapping::Property> propertyOf;
    for (const BulkMapping::Property& property : checked.properties)
        propertyOf.insert(property.column, property);
    QMap<QString, BulkMapping::PropertyType> stillChosen;
    for (int column = 0; column < checked.header.size(); ++column) {
        auto* name = new QStandardItem(checked.header.at(column));
        auto* usedAs = new QStandardItem;
        auto* type = new QStandardItem;
        for (QStandardItem* item : {name, usedAs, type})
            item->setEditable(false);
        if (fieldOf.contains(column)) {
            usedAs->setText(fieldOf.value(column));
        } else if (propertyOf.contains(column)) {
            const QString key = propertyOf.value(column).name;
            usedAs->setText(tr("property \"%1\"").arg(key));
            const BulkMapping::PropertyType chosen = m_chosen.value(key, BulkMapping::PropertyType::Inferred);
            if (m_chosen.contains(key))
                stillChosen.insert(key, chosen);
            type->setText(BulkMapping::propertyTypeDisplayName(chosen));
            type->setData(int(chosen), TypeRole);
            type->setData(key, Qt::UserRole);
            type->setEditable(true);
            type->setToolTip(tr("Press F2 or double-click to choose how this column's cells are sent."));
        } else {
            usedAs->setText(tr("not sent"));
        }
        QStringList values;
        for (const QStringList& row : checked.preview)
            values.append(row.value(column));
        auto* first = new QStandardItem(values.join(QStringLiteral(" · ")));
        first->setEditable(false);
        first->setToolTip(values.join(u'\n'));
        m_model.appendRow({name, usedAs, type, first});
    }
    m_chosen = stillChosen; // a column gone from the file takes its choice with it
    m_filling = false;
    resizeColumnToContents(ColumnName);
    resizeColumnToContents(UsedAs);
    setColumnWidth(Type, std::max(columnWidth(Type), fontMetrics().horizontalAdvance(tr("Detect per cell")) + 48));
}

void BulkMappingTable::onItemChanged(QStandardItem* item)
{
    if (m_filling || item->column() != Type || !item->isEditable())
        return;
    const QString key = item->data(Qt::UserRole).toString();
    const auto type = BulkMapping::PropertyType(item->data(TypeRole).toInt());
    if (type == BulkMapping::PropertyType::Inferred)
        m_chosen.remove(key);
    else
        m_chosen.insert(key, type);
    emit typesChanged();
}
