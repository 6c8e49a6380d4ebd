#pragma once

#include "core/bulk/BulkPreparation.h"

#include <QStandardItemModel>
#include <QTableView>

// The mapping of a checked file, one line per CSV column: what the column feeds (a field of the operation, a
// property, or nothing), the type a property is sent as, and the first rows' values, so a marketer sees that
// "plan" really holds plan names before thousands of rows go out. The type is chosen here (a combo box in the
// Type column); the choice is kept by column name across checks of the same file.
class BulkMappingTable : public QTableView
{
    Q_OBJECT
public:
    enum Column
    {
        ColumnName,
        UsedAs,
        Type,
        FirstValues,
    };

    explicit BulkMappingTable(QWidget* parent = nullptr);

    // Shows the mapping of a check; an empty result clears the table.
    void showMapping(const BulkPreparation::Checked& checked);
    void clearMapping();
    // The types chosen for property columns, by column name (only those not left to detection).
    QMap<QString, BulkMapping::PropertyType> chosenTypes() const { return m_chosen; }

signals:
    // A type was chosen: the file needs a new check before a run.
    void typesChanged();

private:
    void onItemChanged(QStandardItem* item);

    QStandardItemModel m_model;
    QMap<QString, BulkMapping::PropertyType> m_chosen;
    bool m_filling = false;
};
