#include "app/sandbox/SandboxPanel.h"

#include "app/sandbox/NaturalSortItem.h"
#include "ui_SandboxPanel.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <array>

namespace {

// Compact rows: the dock is narrow and a newcomer should see many users at once.
constexpr int RowPadding = 6;

// The first of `keys` that `object` has, as text; JSON objects and arrays compactly.
QString field(const QJsonObject& object, std::initializer_list<QLatin1String> keys)
{
    for (const QLatin1String key : keys) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            continue;
        }
        if (value.isString()) {
            return value.toString();
        }
        if (value.isObject()) {
            return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        }
        if (value.isArray()) {
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        }
        return value.toVariant().toString();
    }
    return {};
}

QTableWidgetItem* item(const QString& text)
{
    return new NaturalSortItem(text);
}

// The users table's columns, as in SandboxPanel.ui.
enum UserColumn
{
    IdColumn,
    EmailColumn,
    PhoneColumn,
    ChannelsColumn,
    SubscribedColumn,
    TagsColumn,
    EventsColumn,
    PropertiesColumn,
};
// What the filter looks in.
constexpr std::array<int, 4> FilteredColumns = {IdColumn, EmailColumn, PhoneColumn, TagsColumn};

// "push (ios), email": each channel's type, with its platform when it has one.
QString channelsText(const QJsonArray& channels)
{
    QStringList parts;
    for (const QJsonValue& value : channels) {
        const QJsonObject channel = value.toObject();
        const QString type = channel.value(QLatin1String("type")).toString();
        const QString platform = channel.value(QLatin1String("platform")).toString();
        parts.append(platform.isEmpty() ? type : QStringLiteral("%1 (%2)").arg(type, platform));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

SandboxPanel::SandboxPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::SandboxPanel)
{
    m_ui->setupUi(this);
    m_ui->usersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->eventsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    for (QTableWidget* table : {m_ui->usersTable, m_ui->eventsTable}) {
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + RowPadding);
    }
    m_ui->usersTable->setSortingEnabled(true);
    m_ui->usersTable->sortByColumn(IdColumn, Qt::AscendingOrder);
    m_ui->restartButton->hide();
    m_ui->copyTokenButton->setEnabled(false);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &SandboxPanel::refresh);
    connect(m_ui->restartButton, &QPushButton::clicked, this, &SandboxPanel::restartRequested);
    connect(m_ui->copyTokenButton, &QPushButton::clicked, this, &SandboxPanel::copyToken);
    connect(m_ui->userFilterEdit, &QLineEdit::textChanged, this, &SandboxPanel::applyUserFilter);
    connect(m_ui->usersTable, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* activated) {
        const int row = activated->row();
        const QTableWidgetItem* id = m_ui->usersTable->item(row, IdColumn);
        const QTableWidgetItem* email = m_ui->usersTable->item(row, EmailColumn);
        if (id) {
            emit userActivated(id->text(), email ? email->text() : QString());
            emit makeCurrentUser({id->text(), email ? email->text() : QString()});
        }
    });
    connect(m_ui->showAllEventsButton, &QPushButton::clicked, this, [this] { m_ui->usersTable->clearSelection(); });
    connect(m_ui->usersTable, &QTableWidget::itemSelectionChanged, this, [this] {
        if (selectedUserId() != m_eventsUser) {
            dropPendingAnswers();
            refreshEvents();
        }
    });
    auto* makeCurrent = new QAction(tr("Make current user"), m_ui->usersTable);
    makeCurrent->setObjectName(QStringLiteral("makeCurrentUserAction"));
    makeCurrent->setStatusTip(tr("Fill every form with this user's id and email"));
    m_ui->usersTable->addAction(makeCurrent);
    m_ui->usersTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(makeCurrent, &QAction::triggered, this, [this] {
        const QList<QTableWidgetItem*> selected = m_ui->usersTable->selectedItems();
        if (!selected.isEmpty()) {
            const QTableWidgetItem* email = m_ui->usersTable->item(selected.first()->row(), EmailColumn);
            emit makeCurrentUser({selectedUserId(), email ? email->text() : QString()});
        }
    });
    showRootUrl();
}

SandboxPanel::~SandboxPanel()
{
    delete m_ui;
}

void SandboxPanel::setRootUrl(const QUrl& rootUrl, const QString& token)
{
    m_inspector.setToken(token);
    m_ui->tokenEdit->setText(rootUrl.isEmpty() ? QString() : token);
    m_ui->copyTokenButton->setEnabled(!m_ui->tokenEdit->text().isEmpty());
    m_ui->copyTokenButton->setText(tr("&Copy"));
    m_ui->restartButton->hide(); // shown again by showStopped()
    if (rootUrl == m_rootUrl) {
        return;
    }
    m_rootUrl = rootUrl;
    showRootUrl();
}

/// Starts over for m_rootUrl: empty tables, then a refresh when a sandbox runs there.
void SandboxPanel::showRootUrl()
{
    const QUrl rootUrl = m_rootUrl;
    dropPendingAnswers();
    m_inspector.setRootUrl(rootUrl);
    m_ui->usersTable->setRowCount(0);
    m_ui->eventsTable->setRowCount(0);
    m_ui->refreshButton->setEnabled(!rootUrl.isEmpty());
    m_ui->showAllEventsButton->setEnabled(!rootUrl.isEmpty());
    if (rootUrl.isEmpty()) {
        showMessage(tr("The sandbox is not running."));
    } else {
        showMessage(tr("Local sandbox at %1. Send something and watch it appear here.").arg(rootUrl.authority()));
        refresh();
    }
}

void SandboxPanel::showMessage(const QString& message)
{
    m_message = message;
    m_ui->statusLabel->setText(m_sandboxCurrent ? message
                                                : tr("The current workspace is not the sandbox: nothing here is "
                                                     "about it.\n%1")
                                                      .arg(message));
}

void SandboxPanel::showStopped(const QString& reason)
{
    setRootUrl(QUrl());
    showMessage(tr("The sandbox stopped: %1\nRestart sandbox tries again.").arg(reason));
    m_ui->restartButton->show();
}

void SandboxPanel::setSandboxCurrent(bool current)
{
    if (current == m_sandboxCurrent) {
        return;
    }
    m_sandboxCurrent = current;
    // Dimmed, not hidden: a developer may still look at what the sandbox holds.
    m_ui->tablesSplitter->setEnabled(current);
    m_ui->userFilterEdit->setEnabled(current);
    showMessage(m_message);
}

void SandboxPanel::copyToken()
{
    QGuiApplication::clipboard()->setText(m_ui->tokenEdit->text());
    m_ui->copyTokenButton->setText(tr("&Copied"));
}

void SandboxPanel::applyUserFilter()
{
    const QString filter = m_ui->userFilterEdit->text().trimmed();
    QTableWidget* table = m_ui->usersTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const bool shown
            = filter.isEmpty() || std::any_of(FilteredColumns.cbegin(), FilteredColumns.cend(), [&](int column) {
                  const QTableWidgetItem* cell = table->item(row, column);
                  return cell && cell->text().contains(filter, Qt::CaseInsensitive);
              });
        table->setRowHidden(row, !shown);
    }
}

int SandboxPanel::visibleUserCount() const
{
    int visible = 0;
    for (int row = 0; row < m_ui->usersTable->rowCount(); ++row) {
        visible += m_ui->usersTable->isRowHidden(row) ? 0 : 1;
    }
    return visible;
}

QString SandboxPanel::selectedUserId() const
{
    const QList<QTableWidgetItem*> selected = m_ui->usersTable->selectedItems();
    if (selected.isEmpty()) {
        return {};
    }
    const QTableWidgetItem* idItem = m_ui->usersTable->item(selected.first()->row(), IdColumn);
    return idItem ? idItem->text() : QString();
}

int SandboxPanel::userCount() const
{
    return m_ui->usersTable->rowCount();
}

int SandboxPanel::eventCount() const
{
    return m_ui->eventsTable->rowCount();
}

void SandboxPanel::dropPendingAnswers()
{
    m_inspector.abortAll();
    m_outstanding = 0;
}

void SandboxPanel::refresh()
{
    if (m_rootUrl.isEmpty()) {
        return;
    }
    dropPendingAnswers();
    m_error.clear();
    ++m_outstanding;
    m_inspector.users(this, [this](const SandboxInspector::Reply& reply) {
        answered(reply, &SandboxPanel::showUsers, QStringLiteral("users"));
    });
    refreshEvents();
}

void SandboxPanel::refreshEvents()
{
    if (m_rootUrl.isEmpty()) {
        return;
    }
    m_eventsUser = selectedUserId();
    m_ui->eventsLabel->setText(m_eventsUser.isEmpty() ? tr("&Events of all users")
                                                      : tr("&Events of %1").arg(m_eventsUser));
    ++m_outstanding;
    m_inspector.events(m_eventsUser, this, [this](const SandboxInspector::Reply& reply) {
        answered(reply, &SandboxPanel::showEvents, QStringLiteral("events"));
    });
}

void SandboxPanel::answered(const SandboxInspector::Reply& reply,
                            void (SandboxPanel::*showList)(const QJsonArray&),
                            const QString& key)
{
    if (reply.ok()) {
        (this->*showList)(SandboxInspector::listOf(reply, key));
    } else {
        m_error = reply.error;
    }
    if (--m_outstanding > 0) {
        return;
    }
    if (m_error.isEmpty()) {
        showMessage(tr("Local sandbox at %1. Users: %2. Events listed: %3.")
                        .arg(m_rootUrl.authority())
                        .arg(userCount())
                        .arg(eventCount()));
    } else {
        showMessage(m_error);
    }
    emit refreshed();
}

void SandboxPanel::showUsers(const QJsonArray& users)
{
    const QString selected = selectedUserId();
    QTableWidget* table = m_ui->usersTable;
    const QSignalBlocker blocker(table);
    table->clearSelection();
    // Filled unsorted, then sorted once (sorting while filling moves rows under the loop).
    table->setSortingEnabled(false);
    table->setRowCount(int(users.size()));
    int row = 0;
    for (const QJsonValue& value : users) {
        const QJsonObject user = value.toObject();
        const QString id = field(user, {QLatin1String("id"), QLatin1String("user_id")});
        bool subscribed = !user.value(QLatin1String("unsubscribed")).toBool(false);
        if (user.contains(QLatin1String("subscribed"))) {
            subscribed = user.value(QLatin1String("subscribed")).toBool();
        }
        QStringList tags;
        for (const QJsonValue& tag : user.value(QLatin1String("tags")).toArray()) {
            tags.append(tag.toString());
        }
        table->setItem(row, IdColumn, item(id));
        table->setItem(row, EmailColumn, item(field(user, {QLatin1String("email")})));
        table->setItem(row, PhoneColumn, item(field(user, {QLatin1String("phone_number")})));
        table->setItem(row, ChannelsColumn, item(channelsText(user.value(QLatin1String("channels")).toArray())));
        table->setItem(row, SubscribedColumn, item(subscribed ? tr("yes") : tr("no")));
        table->setItem(row, TagsColumn, item(tags.join(QStringLiteral(", "))));
        table->setItem(row, EventsColumn, item(field(user, {QLatin1String("event_count")})));
        table->setItem(row, PropertiesColumn, item(field(user, {QLatin1String("properties"), QLatin1String("data")})));
        ++row;
    }
    table->setSortingEnabled(true);
    for (row = 0; row < table->rowCount() && !selected.isEmpty(); ++row) {
        if (table->item(row, IdColumn)->text() == selected) {
            table->selectRow(row);
            break;
        }
    }
    applyUserFilter();
    table->resizeColumnsToContents();
}

void SandboxPanel::showEvents(const QJsonArray& events)
{
    // Newest first: what was just sent is at the top. ISO times in UTC sort as text.
    QList<QJsonObject> newestFirst;
    newestFirst.reserve(events.size());
    for (const QJsonValue& value : events) {
        newestFirst.append(value.toObject());
    }
    const auto receivedAt = [](const QJsonObject& event) {
        return field(event, {QLatin1String("received_at"), QLatin1String("created_at")});
    };
    std::stable_sort(newestFirst.begin(), newestFirst.end(), [&](const QJsonObject& a, const QJsonObject& b) {
        return receivedAt(a) > receivedAt(b);
    });
    QTableWidget* table = m_ui->eventsTable;
    table->setRowCount(int(newestFirst.size()));
    int row = 0;
    for (const QJsonObject& event : std::as_const(newestFirst)) {
        QString user = field(event, {QLatin1String("user_id"), QLatin1String("user")});
        if (user.isEmpty()) {
            user = field(event.value(QLatin1String("identity")).toObject(),
                         {QLatin1String("id"), QLatin1String("email")});
        }
        const QString received = receivedAt(event);
        const QDateTime time = QDateTime::fromString(received, Qt::ISODateWithMs);
        QTableWidgetItem* timeItem
            = item(time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : received);
        timeItem->setToolTip(received);
        table->setItem(row, 0, timeItem);
        table->setItem(row, 1, item(user));
        table->setItem(row, 2, item(field(event, {QLatin1String("event_name"), QLatin1String("name")})));
        table->setItem(row, 3, item(field(event, {QLatin1String("data")})));
        ++row;
    }
    table->resizeColumnsToContents();
}
