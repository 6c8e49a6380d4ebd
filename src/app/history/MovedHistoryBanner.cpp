#include "app/history/MovedHistoryBanner.h"

#include "ui_MovedHistoryBanner.h"

#include <QDir>

MovedHistoryBanner::MovedHistoryBanner(QWidget* parent)
    : QFrame(parent)
    , m_ui(new Ui::MovedHistoryBanner)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("movedHistoryBanner"));
    // The pane's problem lines use the palette's; the banner stands out by its frame and its place.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    connect(m_ui->openMovedButton, &QPushButton::clicked, this, [this] { emit openRequested(m_movedTo); });
    connect(m_ui->dismissMovedButton, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

MovedHistoryBanner::~MovedHistoryBanner()
{
    delete m_ui;
}

void MovedHistoryBanner::showMoved(const QString& movedTo)
{
    m_movedTo = movedTo;
    m_ui->movedLabel->setText(tr("The history file was damaged and was moved to %1. A new, empty history was "
                                 "started. Open the moved file to search and export what can still be read of it.")
                                  .arg(QDir::toNativeSeparators(movedTo)));
    m_ui->openMovedButton->setToolTip(tr("Open %1 read-only").arg(QDir::toNativeSeparators(movedTo)));
    show();
}

QString MovedHistoryBanner::text() const
{
    return m_ui->movedLabel->text();
}
