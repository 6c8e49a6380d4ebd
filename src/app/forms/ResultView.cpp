#include "app/forms/ResultView.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace {
// Response bodies that are not JSON (HTML error pages) are cut to what fits in a few lines.
constexpr int MaxBodyPreview = 300;
// Room inside the frame and between its lines, in pixels.
constexpr int HorizontalMargin = 8;
constexpr int VerticalMargin = 6;
constexpr int LineSpacing = 2;

QLabel* makeValueLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ResultView::ResultView(QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Result of the last send"));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(HorizontalMargin, VerticalMargin, HorizontalMargin, VerticalMargin);
    layout->setVerticalSpacing(LineSpacing);

    m_headlineLabel = makeValueLabel(this, "resultHeadlineLabel");
    QFont bold = m_headlineLabel->font();
    bold.setBold(true);
    m_headlineLabel->setFont(bold);
    m_messageLabel = makeValueLabel(this, "resultMessageLabel");
    m_elapsedLabel = makeValueLabel(this, "resultElapsedLabel");
    m_errorLabel = makeValueLabel(this, "resultErrorLabel");
    m_noteLabel = makeValueLabel(this, "resultNoteLabel");
    QPalette notePalette = m_noteLabel->palette();
    notePalette.setColor(QPalette::WindowText, notePalette.color(QPalette::PlaceholderText));
    m_noteLabel->setPalette(notePalette);

    layout->addWidget(m_headlineLabel, 0, 0, 1, 2);
    layout->addWidget(m_elapsedLabel, 0, 2, Qt::AlignRight);
    layout->addWidget(m_messageLabel, 1, 0, 1, 3);
    layout->addWidget(m_errorLabel, 2, 0, 1, 3);
    layout->addWidget(m_noteLabel, 3, 0, 1, 3);
    layout->setColumnStretch(1, 1);
    clear();
}

void ResultView::setHeadline(const QString& text, const QColor& colour)
{
    m_headline = text;
    m_earlier = false;
    m_headlineLabel->setText(text);
    QPalette headlinePalette = palette();
    if (colour.isValid()) {
        headlinePalette.setColor(QPalette::WindowText, colour);
    }
    m_headlineLabel->setPalette(headlinePalette);
}

void ResultView::clear()
{
    setHeadline(tr("Nothing sent yet from this form."), {});
    for (QLabel* label : {m_messageLabel, m_elapsedLabel, m_errorLabel, m_noteLabel}) {
        label->clear();
        label->setVisible(false);
    }
    m_empty = true;
}

void ResultView::markEarlier(const QString& workspace)
{
    if (m_empty || m_earlier) {
        return;
    }
    m_earlier = true;
    m_headlineLabel->setText(workspace.isEmpty() ? tr("Earlier request: %1").arg(m_headline)
                                                 : tr("Earlier request, to %1: %2").arg(workspace, m_headline));
    QPalette greyed = palette();
    greyed.setColor(QPalette::WindowText, greyed.color(QPalette::PlaceholderText));
    m_headlineLabel->setPalette(greyed);
}

void ResultView::showMayHaveBeenApplied()
{
    // A support person must not resend an alias or an event blindly.
    m_noteLabel->setText(tr("No answer came, yet the request may have reached Vero and been applied: check the user "
                            "before sending it again (an alias or an event sent twice cannot be taken back)."));
}

void ResultView::showPending(const QString& operationName)
{
    clear();
    setHeadline(tr("Sending %1…").arg(operationName), {});
    m_empty = false;
}

void ResultView::showVerdict(const ApiResult& result)
{
    const QColor green(0x2e, 0x7d, 0x32);
    const QColor red(0xc6, 0x28, 0x28);
    const QColor amber(0xb2, 0x6a, 0x00);
    if (result.sent && result.cancelled) {
        setHeadline(tr("Cancelled while waiting for the answer"), amber);
        showMayHaveBeenApplied();
        return;
    }
    if (result.outcomeUnknown()) {
        setHeadline(tr("Outcome unknown: no answer"), amber);
        showMayHaveBeenApplied();
        return;
    }
    switch (result.outcome()) {
        case ApiResult::Outcome::Accepted:
            setHeadline(tr("Accepted (HTTP %1)").arg(result.status), green);
            // Every write endpoint is asynchronous; "accepted" is easy to misread as "done".
            m_noteLabel->setText(tr("Vero queues accepted requests and applies them shortly after; "
                                    "200 means the request was valid, not that it has been applied yet."));
            break;
        case ApiResult::Outcome::Rejected:
            setHeadline(tr("Rejected (HTTP %1)").arg(result.status), red);
            break;
        case ApiResult::Outcome::Failed:
            setHeadline(result.status > 0 ? tr("Failed (HTTP %1)").arg(result.status) : tr("Failed: no answer"), red);
            break;
        case ApiResult::Outcome::NotSent:
            setHeadline(tr("Not sent"), amber);
            break;
    }
}

void ResultView::showResult(const ApiResult& result)
{
    clear();
    m_empty = false;
    showVerdict(result);
    if (!result.message.isEmpty()) {
        m_messageLabel->setText(tr("Service message: %1").arg(result.message));
    } else if (result.sent && !result.body.isEmpty()) {
        QString body = QString::fromUtf8(result.body.left(MaxBodyPreview)).simplified();
        if (result.body.size() > MaxBodyPreview) {
            body += QStringLiteral("…");
        }
        m_messageLabel->setText(tr("The service answered without a message: %1").arg(body));
    } else if (result.sent && result.status > 0) {
        m_messageLabel->setText(tr("The service answered with an empty body."));
    }
    if (result.sent) {
        m_elapsedLabel->setText(tr("%1 ms").arg(QLocale().toString(result.elapsedMs)));
    }
    m_errorLabel->setText(result.error);
    for (QLabel* label : {m_messageLabel, m_elapsedLabel, m_errorLabel, m_noteLabel}) {
        label->setVisible(!label->text().isEmpty());
    }
}

QString ResultView::headline() const
{
    return m_headlineLabel->text();
}

QString ResultView::details() const
{
    QStringList lines;
    for (QLabel* label : {m_messageLabel, m_elapsedLabel, m_errorLabel, m_noteLabel}) {
        if (!label->text().isEmpty()) {
            lines.append(label->text());
        }
    }
    return lines.join(QLatin1Char('\n'));
}
