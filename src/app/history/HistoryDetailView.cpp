#include "app/history/HistoryDetailView.h"

#include "core/history/HistoryModel.h"
#include "core/history/HistoryRequestRenderer.h"
#include "ui_HistoryDetailView.h"

#include <QFontDatabase>
#include <QLocale>
#include <QResizeEvent>

HistoryDetailView::HistoryDetailView(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::HistoryDetailView)
{
    m_ui->setupUi(this);
    // Bodies are user data: never interpret them as markup.
    m_ui->summaryLabel->setTextFormat(Qt::PlainText);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->requestText->setFont(fixed);
    m_ui->responseText->setFont(fixed);
    clear();
}

HistoryDetailView::~HistoryDetailView()
{
    delete m_ui;
}

QString HistoryDetailView::sourceText(HistoryEntry::Source source)
{
    switch (source) {
        case HistoryEntry::Source::Gui:
            return tr("the app");
        case HistoryEntry::Source::Cli:
            return tr("veroctl");
        case HistoryEntry::Source::Bulk:
            return tr("a bulk run");
    }
    return {};
}

void HistoryDetailView::clear()
{
    m_entryId = 0;
    m_ui->summaryLabel->setText(tr("Select a request to see what was sent and what came back."));
    fitSummary();
    m_ui->requestText->clear();
    m_ui->responseText->clear();
    m_ui->detailTabs->setEnabled(false);
}

void HistoryDetailView::setEntry(const HistoryEntry& entry)
{
    m_entryId = entry.id;
    m_ui->detailTabs->setEnabled(true);

    QString what = Operations::displayName(entry.operation);
    if (!entry.eventName.isEmpty()) {
        what = tr("%1: %2").arg(what, entry.eventName);
    }
    const QString user = entry.userLabel();
    if (!user.isEmpty()) {
        what = tr("%1 for %2").arg(what, user);
    }
    QString status = HistoryModel::statusText(entry);
    // "200 Success., 7 ms" reads as a typo: the service's own full stop goes before the list goes on.
    while (status.endsWith(QLatin1Char('.'))) {
        status.chop(1);
    }
    QStringList outcome {status};
    if (!entry.isPending() && entry.statusClass != HistoryEntry::StatusClass::NotSent) {
        outcome << tr("%1 ms").arg(entry.elapsedMs);
    }
    const QString when = QLocale().toString(entry.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString who = tr("%1, workspace %2, sent by %3 from %4")
                            .arg(when,
                                 entry.workspace.isEmpty() ? tr("(none)") : entry.workspace,
                                 entry.operatorName.isEmpty() ? tr("(unknown)") : entry.operatorName,
                                 sourceText(entry.source));
    m_ui->summaryLabel->setText(what + QStringLiteral(" \u2014 ") + outcome.join(QStringLiteral(", "))
                                + QLatin1Char('\n') + who);
    fitSummary();

    QString request = entry.method + QLatin1Char(' ') + entry.url;
    if (!entry.requestHeaders.isEmpty()) {
        request += QLatin1Char('\n') + entry.requestHeaders;
    }
    if (!entry.requestBody.isEmpty()) {
        request += QStringLiteral("\n\n") + HistoryRequestRenderer::prettyJson(entry.requestBody);
    }
    m_ui->requestText->setPlainText(request);

    QStringList response;
    switch (entry.statusClass) {
        case HistoryEntry::StatusClass::Pending:
            response << tr("No reply was recorded. The request went out; if the app stopped before the reply "
                           "came, the service may still have applied it.");
            break;
        case HistoryEntry::StatusClass::NotSent:
            response << tr("Not sent: %1").arg(entry.networkError);
            break;
        case HistoryEntry::StatusClass::Cancelled:
        case HistoryEntry::StatusClass::Unknown:
            response << entry.networkError
                     << tr("No answer came, but the request may have reached the service and been applied. Check "
                           "the user before sending it again.");
            break;
        case HistoryEntry::StatusClass::Success:
        case HistoryEntry::StatusClass::Rejected:
        case HistoryEntry::StatusClass::Failed:
            if (entry.httpStatus != 0) {
                response << tr("HTTP %1").arg(entry.httpStatus);
            }
            if (!entry.networkError.isEmpty()) {
                response << entry.networkError;
            }
            if (!entry.responseHeaders.isEmpty()) {
                response << entry.responseHeaders << QString();
            }
            if (entry.responseBody.isEmpty()) {
                response << tr("(empty body)");
            } else {
                if (entry.responseHeaders.isEmpty()) {
                    response << QString();
                }
                response << HistoryRequestRenderer::prettyJson(entry.responseBody);
            }
            if (entry.responseTruncated) {
                response << QString()
                         << tr("[Only the first %1 are kept: the reply was %2.]")
                                .arg(QLocale().formattedDataSize(HistoryEntry::MaxResponseBytes),
                                     QLocale().formattedDataSize(entry.responseSize));
            }
            break;
    }
    m_ui->responseText->setPlainText(response.join(QLatin1Char('\n')));
}

void HistoryDetailView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitSummary();
}

/// A wrapping label in a splitter does not get the height its text needs: ask for it explicitly.
void HistoryDetailView::fitSummary()
{
    QLabel* label = m_ui->summaryLabel;
    const int width = qMax(1, this->width());
    label->setMinimumHeight(label->heightForWidth(width));
}

QString HistoryDetailView::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QString HistoryDetailView::requestText() const
{
    return m_ui->requestText->toPlainText();
}

QString HistoryDetailView::responseText() const
{
    return m_ui->responseText->toPlainText();
}
