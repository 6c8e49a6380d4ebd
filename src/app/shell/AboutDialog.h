#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

// Help > About: the app's name, icon and version, all from the one generated header (core/platform/BuildInfo.h)
// that `vero-admin --version`, `veroctl --version` and the package read too, and the Qt it runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};
