#include "app/history/HistoryFilterBar.h"

#include "ui_HistoryFilterBar.h"

#include <QResizeEvent>
#include <QSignalBlocker>
#include <QToolButton>

#include <algorithm>
#include <utility>

namespace {
// Wide: `widgets` go into `wideRow` from position `at`. Narrow: onto `narrowRow`, a row of their own, with a
// trailing stretch.
void placeWidgets(const QList<QWidget*>& widgets, bool wide, QBoxLayout* wideRow, int at, QBoxLayout* narrowRow)
{
    for (QWidget* widget : widgets) {
        (wide ? narrowRow : wideRow)->removeWidget(widget);
    }
    if (wide) {
        for (QWidget* widget : widgets) {
            wideRow->insertWidget(at++, widget);
        }
        while (QLayoutItem* item = narrowRow->takeAt(0)) {
            delete item; // the narrow layout's trailing stretch
        }
    } else {
        for (QWidget* widget : widgets) {
            narrowRow->addWidget(widget);
        }
        narrowRow->addStretch(1);
    }
}
} // namespace

HistoryFilterBar::HistoryFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::HistoryFilterBar)
{
    m_ui->setupUi(this);

    m_ui->operationCombo->addItem(tr("All operations"));
    for (Operation operation : Operations::all()) {
        m_ui->operationCombo->addItem(Operations::displayName(operation), Operations::key(operation));
    }
    m_ui->statusCombo->addItem(tr("Any status"), int(HistoryStore::StatusFilter::Any));
    m_ui->statusCombo->addItem(tr("Success"), int(HistoryStore::StatusFilter::Success));
    m_ui->statusCombo->addItem(tr("Rejected"), int(HistoryStore::StatusFilter::Rejected));
    m_ui->statusCombo->addItem(tr("Failed"), int(HistoryStore::StatusFilter::Failed));
    m_ui->statusCombo->addItem(tr("Pending"), int(HistoryStore::StatusFilter::Pending));
    m_ui->statusCombo->addItem(tr("Unknown"), int(HistoryStore::StatusFilter::Unknown));
    m_ui->statusCombo->addItem(tr("Cancelled"), int(HistoryStore::StatusFilter::Cancelled));
    const auto explain = [this](HistoryStore::StatusFilter status, const QString& tip) {
        m_ui->statusCombo->setItemData(m_ui->statusCombo->findData(int(status)), tip, Qt::ToolTipRole);
    };
    explain(HistoryStore::StatusFilter::Success, tr("Accepted by the service (2xx)"));
    explain(HistoryStore::StatusFilter::Rejected, tr("Refused by the service (4xx): bad data or credential"));
    explain(HistoryStore::StatusFilter::Failed,
            tr("No usable answer: connection refused, server not found, 5xx, or never sent"));
    explain(HistoryStore::StatusFilter::Pending, tr("Sent, no reply recorded"));
    explain(HistoryStore::StatusFilter::Unknown,
            tr("No answer after the request may have arrived (timeout, dropped connection): it may have been applied"));
    explain(HistoryStore::StatusFilter::Cancelled,
            tr("Cancelled while waiting for the answer: it may have reached the service"));

    // Shown once the history holds a bulk run's requests.
    m_ui->jobCombo->addItem(tr("Any bulk job"), QString());
    m_ui->jobCombo->setVisible(false);
    // Job ids are long: the box takes the room of a short one (the list shows them whole), so it never widens
    // the dock.
    m_ui->jobCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->jobCombo->setMinimumContentsLength(12);

    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addDays(-DefaultRangeDays));
    m_ui->toDateEdit->setDate(today);
    m_ui->fromDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_ui->toDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    m_ui->allWorkspacesCheck->setChecked(true);
    m_ui->workspaceFilterCombo->setEnabled(false);

    // The line edits' clear buttons are inputs too: name them for screen readers and tests.
    for (QLineEdit* edit : {m_ui->userEdit, m_ui->textEdit}) {
        for (QToolButton* button : edit->findChildren<QToolButton*>()) {
            button->setObjectName(edit->objectName() + QStringLiteral("ClearButton"));
            button->setAccessibleName(tr("Clear: %1").arg(edit->accessibleName()));
        }
    }

    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(TypingDelayMs);
    connect(&m_typingTimer, &QTimer::timeout, this, &HistoryFilterBar::applyNow);

    connect(m_ui->userEdit, &QLineEdit::textEdited, this, &HistoryFilterBar::scheduleApply);
    connect(m_ui->textEdit, &QLineEdit::textEdited, this, &HistoryFilterBar::scheduleApply);
    connect(m_ui->userEdit, &QLineEdit::textChanged, this, &HistoryFilterBar::updateTimelineButton);
    // The clear buttons change the text without textEdited.
    connect(m_ui->userEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) {
            scheduleApply();
        }
    });
    connect(m_ui->textEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) {
            scheduleApply();
        }
    });
    connect(m_ui->userEdit, &QLineEdit::returnPressed, this, &HistoryFilterBar::applyNow);
    connect(m_ui->textEdit, &QLineEdit::returnPressed, this, &HistoryFilterBar::applyNow);
    connect(m_ui->workspaceFilterCombo, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::applyNow);
    connect(m_ui->allWorkspacesCheck, &QCheckBox::toggled, this, [this](bool all) {
        m_ui->workspaceFilterCombo->setEnabled(!all && m_ui->workspaceFilterCombo->count() > 0);
        applyNow();
    });
    connect(m_ui->operationCombo, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::applyNow);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::applyNow);
    connect(m_ui->jobCombo, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::applyNow);
    connect(m_ui->dateRangeCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->fromDateEdit->setEnabled(on);
        m_ui->toDateEdit->setEnabled(on);
        applyNow();
    });
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, [this](QDate date) {
        // Keep the range the right way round: moving one end past the other moves both.
        if (m_ui->toDateEdit->date() < date) {
            QSignalBlocker blocker(m_ui->toDateEdit);
            m_ui->toDateEdit->setDate(date);
        }
        applyNow();
    });
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_ui->fromDateEdit->date() > date) {
            QSignalBlocker blocker(m_ui->fromDateEdit);
            m_ui->fromDateEdit->setDate(date);
        }
        applyNow();
    });
    connect(m_ui->timelineButton, &QPushButton::clicked, this, [this] {
        m_typingTimer.stop();
        emit timelineRequested(userText());
    });
    connect(m_ui->resetButton, &QPushButton::clicked, this, &HistoryFilterBar::reset);
    updateTimelineButton();
}

HistoryFilterBar::~HistoryFilterBar()
{
    delete m_ui;
}

QString HistoryFilterBar::userText() const
{
    return m_ui->userEdit->text().trimmed();
}

/// The filter the widgets show. The date range is in local days; "to" is the first moment after the last day.
HistoryStore::Filter HistoryFilterBar::filter() const
{
    HistoryStore::Filter filter;
    filter.user = userText();
    filter.text = m_ui->textEdit->text().trimmed();
    const QString operationKey = m_ui->operationCombo->currentData().toString();
    if (!operationKey.isEmpty()) {
        filter.operation = Operations::fromKey(operationKey);
    }
    filter.status = HistoryStore::StatusFilter(m_ui->statusCombo->currentData().toInt());
    filter.bulkJob = m_ui->jobCombo->currentData().toString();
    if (!m_ui->allWorkspacesCheck->isChecked() && m_ui->workspaceFilterCombo->currentIndex() >= 0) {
        filter.workspace = m_ui->workspaceFilterCombo->currentData().toString();
    }
    if (m_ui->dateRangeCheck->isChecked()) {
        filter.from = m_ui->fromDateEdit->date().startOfDay().toUTC();
        filter.to = m_ui->toDateEdit->date().addDays(1).startOfDay().toUTC();
    }
    return filter;
}

void HistoryFilterBar::setFilter(const HistoryStore::Filter& filter)
{
    m_typingTimer.stop();
    m_updating = true;
    m_ui->userEdit->setText(filter.user);
    m_ui->textEdit->setText(filter.text);
    const int operationIndex
        = filter.operation ? m_ui->operationCombo->findData(Operations::key(*filter.operation)) : 0;
    m_ui->operationCombo->setCurrentIndex(qMax(0, operationIndex));
    m_ui->statusCombo->setCurrentIndex(qMax(0, m_ui->statusCombo->findData(int(filter.status))));
    selectBulkJob(filter.bulkJob);
    if (filter.workspace) {
        selectWorkspace(*filter.workspace);
    }
    m_ui->allWorkspacesCheck->setChecked(!filter.workspace);
    const bool dated = filter.from.isValid() || filter.to.isValid();
    m_ui->dateRangeCheck->setChecked(dated);
    if (filter.from.isValid()) {
        m_ui->fromDateEdit->setDate(filter.from.toLocalTime().date());
    }
    if (filter.to.isValid()) {
        // `to` is exclusive: the last day shown is the day before.
        m_ui->toDateEdit->setDate(filter.to.toLocalTime().addMSecs(-1).date());
    }
    m_updating = false;
    m_applied = this->filter();
}

HistoryStore::Filter HistoryFilterBar::defaultFilter() const
{
    HistoryStore::Filter filter;
    filter.workspace = m_currentWorkspace;
    return filter;
}

void HistoryFilterBar::selectWorkspace(const QString& name)
{
    QComboBox* combo = m_ui->workspaceFilterCombo;
    if (combo->findData(name) < 0) {
        // A row's workspace that is no longer saved can still be looked at.
        combo->addItem(name.isEmpty() ? tr("(no workspace recorded)") : name, name);
    }
    combo->setCurrentIndex(combo->findData(name));
}

void HistoryFilterBar::setWorkspaces(const QStringList& names)
{
    const bool wasUpdating = std::exchange(m_updating, true);
    const std::optional<QString> shown = filter().workspace;
    QComboBox* combo = m_ui->workspaceFilterCombo;
    combo->clear();
    for (const QString& name : names) {
        if (combo->findData(name) < 0) {
            combo->addItem(name.isEmpty() ? tr("(no workspace recorded)") : name, name);
        }
    }
    if (shown) {
        selectWorkspace(*shown);
    }
    combo->setEnabled(!m_ui->allWorkspacesCheck->isChecked() && combo->count() > 0);
    m_updating = wasUpdating;
}

void HistoryFilterBar::selectBulkJob(const QString& id)
{
    QComboBox* combo = m_ui->jobCombo;
    if (combo->findData(id) < 0) {
        combo->addItem(id, id); // a job older than those offered can still be looked at
    }
    combo->setCurrentIndex(combo->findData(id));
    combo->setVisible(combo->count() > 1);
}

void HistoryFilterBar::setBulkJobs(const QStringList& ids)
{
    const bool wasUpdating = std::exchange(m_updating, true);
    const QString shown = m_ui->jobCombo->currentData().toString();
    QComboBox* combo = m_ui->jobCombo;
    while (combo->count() > 1) {
        combo->removeItem(1);
    }
    for (const QString& id : ids) {
        combo->addItem(id, id);
        combo->setItemData(combo->count() - 1, id, Qt::ToolTipRole);
    }
    if (shown.isEmpty()) {
        combo->setCurrentIndex(0);
        combo->setVisible(combo->count() > 1);
    } else {
        selectBulkJob(shown);
    }
    m_updating = wasUpdating;
}

void HistoryFilterBar::setCurrentWorkspace(const QString& name)
{
    const std::optional<QString> shown = filter().workspace;
    // Follow the switch from the workspace shown, or start on it; another workspace chosen, or all, stays.
    const bool follow = !m_currentWorkspace || shown == m_currentWorkspace;
    const bool comboWasCurrent = m_ui->workspaceFilterCombo->currentData().toString() == m_currentWorkspace;
    m_currentWorkspace = name;
    if (!follow) {
        if (!shown && comboWasCurrent) {
            // All workspaces shown: the greyed choice still names the current one, for when the box is unticked.
            const bool wasUpdating = std::exchange(m_updating, true);
            selectWorkspace(name);
            m_updating = wasUpdating;
        }
        return;
    }
    m_updating = true;
    selectWorkspace(name);
    m_ui->allWorkspacesCheck->setChecked(false);
    m_updating = false;
    applyNow();
}

void HistoryFilterBar::setCountText(const QString& text)
{
    m_ui->countLabel->setText(text);
}

void HistoryFilterBar::setUser(const QString& userIdOrEmail)
{
    m_ui->userEdit->setText(userIdOrEmail.trimmed());
    applyNow();
}

void HistoryFilterBar::reset()
{
    setFilter(defaultFilter());
    emit filterChanged(m_applied);
}

void HistoryFilterBar::focusText()
{
    m_ui->textEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->textEdit->selectAll();
}

void HistoryFilterBar::scheduleApply()
{
    if (!m_updating) {
        m_typingTimer.start();
    }
}

void HistoryFilterBar::applyNow()
{
    m_typingTimer.stop();
    if (m_updating) {
        return;
    }
    const HistoryStore::Filter current = filter();
    if (current == m_applied) {
        return;
    }
    m_applied = current;
    emit filterChanged(current);
}

void HistoryFilterBar::updateTimelineButton()
{
    m_ui->timelineButton->setEnabled(!userText().isEmpty());
}

QSize HistoryFilterBar::minimumSizeHint() const
{
    QSize size = QWidget::minimumSizeHint();
    if (!m_wide) {
        return size;
    }
    const auto rowWidth = [this](const QList<QWidget*>& widgets) {
        int width = 0;
        for (const QWidget* widget : widgets) {
            width += qMax(widget->minimumSizeHint().width(), widget->minimumWidth());
        }
        return width + int(widgets.size() - 1) * qMax(0, m_ui->criteriaRow->spacing());
    };
    QList<QWidget*> workspaceRow {m_ui->workspaceFilterCombo, m_ui->allWorkspacesCheck};
    if (!m_ui->jobCombo->isHidden()) {
        workspaceRow.append(m_ui->jobCombo);
    }
    const int narrow
        = std::max({rowWidth(workspaceRow),
                    rowWidth({m_ui->userEdit, m_ui->timelineButton, m_ui->textEdit}),
                    rowWidth({m_ui->operationCombo, m_ui->statusCombo, m_ui->countLabel, m_ui->resetButton}),
                    rowWidth({m_ui->dateRangeCheck, m_ui->fromDateEdit, m_ui->dateSeparatorLabel, m_ui->toDateEdit})});
    size.setWidth(qMin(size.width(), narrow));
    return size;
}

void HistoryFilterBar::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const bool wide = event->size().width() >= WideLayoutMinimumWidth;
    if (wide != m_wide) {
        arrange(wide);
    }
}

/// Wide: two rows. Narrow: the workspace gets a row of its own above and the date range one below, so nothing is
/// cut off in a side dock.
void HistoryFilterBar::arrange(bool wide)
{
    m_wide = wide;
    // The job filter: in the criteria row when wide; narrow, beside the workspace, where there is room.
    if (wide) {
        m_ui->workspaceRow->removeWidget(m_ui->jobCombo);
        m_ui->criteriaRow->insertWidget(2, m_ui->jobCombo);
    }
    placeWidgets({m_ui->workspaceFilterCombo, m_ui->allWorkspacesCheck}, wide, m_ui->searchRow, 0, m_ui->workspaceRow);
    // Wide: back between the status combo and the spacer that pushes Reset to the right.
    placeWidgets({m_ui->dateRangeCheck, m_ui->fromDateEdit, m_ui->dateSeparatorLabel, m_ui->toDateEdit},
                 wide,
                 m_ui->criteriaRow,
                 3,
                 m_ui->dateRow);
    if (!wide) {
        m_ui->criteriaRow->removeWidget(m_ui->jobCombo);
        m_ui->workspaceRow->insertWidget(2, m_ui->jobCombo);
    }
}
