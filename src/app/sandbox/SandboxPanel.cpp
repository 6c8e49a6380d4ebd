#include "app/sandbox/SandboxPanel.h"

#include "ui_SandboxPanel.h"

#include <QAction>
#include <QDateTime>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

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
    auto* cell = new QTableWidgetItem(text);
    cell->setToolTip(text);
    return cell;
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
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &SandboxPanel::refresh);
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
            const QTableWidgetItem* email = m_ui->usersTable->item(selected.first()->row(), 1);
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
    m_ui->statusLabel->setText(message);
}

QString SandboxPanel::selectedUserId() const
{
    const QList<QTableWidgetItem*> selected = m_ui->usersTable->selectedItems();
    if (selected.isEmpty()) {
        return {};
    }
    const QTableWidgetItem* idItem = m_ui->usersTable->item(selected.first()->row(), 0);
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
        table->setItem(row, 0, item(id));
        table->setItem(row, 1, item(field(user, {QLatin1String("email")})));
        table->setItem(row, 2, item(subscribed ? tr("yes") : tr("no")));
        table->setItem(row, 3, item(tags.join(QStringLiteral(", "))));
        table->setItem(row, 4, item(field(user, {QLatin1String("event_count")})));
        table->setItem(row, 5, item(field(user, {QLatin1String("properties"), QLatin1String("data")})));
        if (!selected.isEmpty() && id == selected) {
            table->selectRow(row);
        }
        ++row;
    }
    table->resizeColumnsToContents();
}

void SandboxPanel::showEvents(const QJsonArray& events)
{
    QTableWidget* table = m_ui->eventsTable;
    table->setRowCount(int(events.size()));
    int row = 0;
    for (const QJsonValue& value : events) {
        const QJsonObject event = value.toObject();
        QString user = field(event, {QLatin1String("user_id"), QLatin1String("user")});
        if (user.isEmpty()) {
            user = field(event.value(QLatin1String("identity")).toObject(),
                         {QLatin1String("id"), QLatin1String("email")});
        }
        const QString receivedAt = field(event, {QLatin1String("received_at"), QLatin1String("created_at")});
        const QDateTime time = QDateTime::fromString(receivedAt, Qt::ISODateWithMs);
        QTableWidgetItem* timeItem
            = item(time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : receivedAt);
        timeItem->setToolTip(receivedAt);
        table->setItem(row, 0, timeItem);
        table->setItem(row, 1, item(user));
        table->setItem(row, 2, item(field(event, {QLatin1String("event_name"), QLatin1String("name")})));
        table->setItem(row, 3, item(field(event, {QLatin1String("data")})));
        ++row;
    }
    table->resizeColumnsToContents();
}
