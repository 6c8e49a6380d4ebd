#include "app/widgets/ChannelsEditor.h"

#include "app/widgets/CellMarks.h"
#include "app/widgets/TableRows.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const char* const Parts[] = {"type", "address", "platform"};
// The table's height, in pixels: room for a couple of channels, and no more than a few before it scrolls.
constexpr int MinimumTableHeight = 80;
constexpr int MaximumTableHeight = 100; // a user has a device or two; the properties below need the height more
} // namespace

ChannelsEditor::ChannelsEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("channelsTable"));
    m_table->setAccessibleName(tr("Channels table"));
    m_table->setAccessibleDescription(tr("One channel a row: its type, its address and its platform"));
    m_table->setHorizontalHeaderLabels({tr("Type"), tr("Address (device token)"), tr("Platform")});
    m_table->horizontalHeaderItem(TypeColumn)->setToolTip(tr("The channel type, usually push."));
    m_table->horizontalHeaderItem(AddressColumn)->setToolTip(tr("The unique device token."));
    m_table->horizontalHeaderItem(PlatformColumn)->setToolTip(tr("The device platform: ios or android."));
    // The short columns as wide as their text, the address the rest: at 1024x700 the table is about 300 pixels.
    m_table->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AddressColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PlatformColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setMinimumHeight(MinimumTableHeight);
    m_table->setMaximumHeight(MaximumTableHeight);
    layout->addWidget(m_table);

    auto* buttons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("Add &channel"), this);
    m_addButton->setObjectName(QStringLiteral("addChannelButton"));
    m_addButton->setAccessibleName(tr("Add a channel"));
    m_addButton->setAccessibleDescription(tr("Adds an empty row to the channels table and starts editing it"));
    m_removeButton = new QPushButton(tr("Remove channel"), this);
    m_removeButton->setObjectName(QStringLiteral("removeChannelButton"));
    m_removeButton->setAccessibleName(tr("Remove the selected channel"));
    m_removeButton->setAccessibleDescription(tr("Removes the selected rows from the channels table"));
    m_removeButton->setEnabled(false);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    setFocusProxy(m_table);

    connect(m_addButton, &QPushButton::clicked, this, &ChannelsEditor::addRowAndEdit);
    connect(m_removeButton, &QPushButton::clicked, this, &ChannelsEditor::removeSelectedRows);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_removeButton->setEnabled(!m_table->selectedItems().isEmpty());
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating) {
            emit changed();
        }
    });
}

int ChannelsEditor::rowCount() const
{
    return m_table->rowCount();
}

QString ChannelsEditor::cellText(int row, int column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QList<int> ChannelsEditor::nonBlankRows() const
{
    QList<int> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!cellText(row, TypeColumn).isEmpty() || !cellText(row, AddressColumn).isEmpty()
            || !cellText(row, PlatformColumn).isEmpty()) {
            list.append(row);
        }
    }
    return list;
}

QJsonArray ChannelsEditor::channels() const
{
    QJsonArray array;
    for (int row : nonBlankRows()) {
        QJsonObject channel;
        for (int column = 0; column < 3; ++column) {
            const QString text = cellText(row, column);
            if (!text.isEmpty()) {
                channel.insert(QLatin1String(Parts[column]), text);
            }
        }
        array.append(channel);
    }
    return array;
}

void ChannelsEditor::setChannels(const QJsonArray& channels)
{
    m_updating = true;
    m_table->setRowCount(0);
    for (const QJsonValue& value : channels) {
        const QJsonObject channel = value.toObject();
        appendRow(channel.value(QLatin1String("type")).toString(),
                  channel.value(QLatin1String("address")).toString(),
                  channel.value(QLatin1String("platform")).toString());
    }
    m_updating = false;
    emit changed();
}

void ChannelsEditor::appendRow(const QString& type, const QString& address, const QString& platform)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, TypeColumn, new QTableWidgetItem(type));
    m_table->setItem(row, AddressColumn, new QTableWidgetItem(address));
    m_table->setItem(row, PlatformColumn, new QTableWidgetItem(platform));
}

void ChannelsEditor::markErrors(const ValidationErrors& errors)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^channels\[(\d+)\](?:\.(\w+))?$)"));
    const QList<int> rowForIndex = nonBlankRows();
    m_updating = true;
    CellMarks::clear(m_table);
    for (const ValidationError& error : errors) {
        const QRegularExpressionMatch match = pattern.match(error.field);
        if (!match.hasMatch()) {
            continue;
        }
        const int index = match.captured(1).toInt();
        if (index < 0 || index >= rowForIndex.size()) {
            continue;
        }
        const int row = rowForIndex.at(index);
        for (int column = 0; column < 3; ++column) {
            if (match.captured(2).isEmpty() || match.captured(2) == QLatin1String(Parts[column])) {
                CellMarks::mark(m_table->item(row, column), error.message);
            }
        }
    }
    m_updating = false;
}

void ChannelsEditor::addRowAndEdit()
{
    m_updating = true;
    // New rows default to push, the only channel type the reference shows.
    appendRow(QStringLiteral("push"), QString(), QString());
    m_updating = false;
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, AddressColumn);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, AddressColumn));
    emit changed();
}

void ChannelsEditor::removeSelectedRows()
{
    m_updating = true;
    TableRows::removeSelected(m_table);
    m_updating = false;
    emit changed();
}
