#include "app/shell/AboutDialog.h"

#include "core/platform/BuildInfo.h"
#include "ui_AboutDialog.h"

#include <QPushButton>

namespace {
// The icon's edge, in device-independent pixels.
constexpr int IconSize = 64;
} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::AboutDialog)
{
    m_ui->setupUi(this);
    const QString name = QString::fromLatin1(BuildInfo::DisplayName);
    const QString version = QString::fromLatin1(BuildInfo::Version);
    setWindowTitle(tr("About %1").arg(name));
    // The main window's icon (or the application's), which the app takes from its resources.
    const QIcon icon = windowIcon();
    m_ui->iconLabel->setPixmap(icon.pixmap(QSize(IconSize, IconSize), devicePixelRatioF()));
    m_ui->iconLabel->setAccessibleName(tr("%1 icon").arg(name));
    m_ui->iconLabel->setVisible(!icon.isNull());
    QFont title = m_ui->nameLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.5);
    m_ui->nameLabel->setFont(title);
    m_ui->nameLabel->setText(name);
    m_ui->versionLabel->setText(tr("Version %1").arg(version));
    m_ui->buildLabel->setText(
        tr("Application id %1, built with Qt %2, running on Qt %3.")
            .arg(QLatin1String(BuildInfo::AppId), QStringLiteral(QT_VERSION_STR), QLatin1String(qVersion())));
    QPushButton* close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close the About window"));
    close->setAccessibleDescription(tr("Returns to the main window"));
    close->setDefault(true);
}

AboutDialog::~AboutDialog() = default;
