#include "app/widgets/UserFieldsNotice.h"

#include "ui_UserFieldsNotice.h"

#include <QStyle>

namespace {
constexpr int IconSize = 16;
} // namespace

UserFieldsNotice::UserFieldsNotice(QWidget* parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::UserFieldsNotice>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(IconSize, IconSize));
    connect(m_ui->clearOtherUserFieldsButton, &QPushButton::clicked, this, &UserFieldsNotice::clearRequested);
    setNotice(QString());
}

UserFieldsNotice::~UserFieldsNotice() = default;

void UserFieldsNotice::setNotice(const QString& text)
{
    m_ui->noticeLabel->setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
}

QString UserFieldsNotice::notice() const
{
    return m_ui->noticeLabel->text();
}
