#pragma once

#include "core/api/ValidationError.h"

#include <QJsonArray>
#include <QList>
#include <QWidget>

class QPushButton;
class QTableWidget;

// A user's channels (device tokens for push) as a table: type, address, platform; one row per channel.
// Rows left completely empty are not sent, so an added-but-unused row never blocks the form.
class ChannelsEditor : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        TypeColumn,
        AddressColumn,
        PlatformColumn,
    };

    explicit ChannelsEditor(QWidget* parent = nullptr);

    QJsonArray channels() const;
    void setChannels(const QJsonArray& channels);
    // Marks the cells named by errors such as "channels[1].platform" (indexes into channels()).
    void markErrors(const ValidationErrors& errors);
    int rowCount() const;

signals:
    void changed();

private:
    void addRowAndEdit();
    void removeSelectedRows();
    QString cellText(int row, int column) const;
    // Table rows with anything typed in them; entry i is the row of channels()[i].
    QList<int> nonBlankRows() const;
    void appendRow(const QString& type, const QString& address, const QString& platform);

    QTableWidget* m_table = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    bool m_updating = false;
};
