#pragma once

#include <QTableWidgetItem>

// A table cell that sorts as people read numbers: "user-2" before "user-10" (the text between the numbers by
// QCollator, in the user's locale), so hundreds of numbered test users come in order.
class NaturalSortItem : public QTableWidgetItem
{
public:
    explicit NaturalSortItem(const QString& text);
    bool operator<(const QTableWidgetItem& other) const override;
    // Negative, zero or positive as `a` sorts before, with or after `b`.
    static int compare(const QString& a, const QString& b);
};
