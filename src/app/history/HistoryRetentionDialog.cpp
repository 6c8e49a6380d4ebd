#include "app/history/HistoryRetentionDialog.h"

#include "ui_HistoryRetentionDialog.h"

#include <QPushButton>

HistoryRetentionDialog::HistoryRetentionDialog(const HistoryStore::Retention& current, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HistoryRetentionDialog>())
{
    m_ui->setupUi(this);
    // The standard buttons, named for tests and for screen readers.
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setAccessibleName(tr("Apply the retention"));
    ok->setAccessibleDescription(tr("Requests beyond what is kept are removed after a question"));
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAccessibleDescription(tr("Closes this window; the history is not changed"));
    using Mode = HistoryStore::Retention::Mode;
    switch (current.mode) {
        case Mode::Days:
            m_ui->daysRadio->setChecked(true);
            m_ui->daysSpin->setValue(current.value);
            break;
        case Mode::Rows:
            m_ui->rowsRadio->setChecked(true);
            m_ui->rowsSpin->setValue(current.value);
            break;
        case Mode::KeepAll:
            m_ui->keepAllRadio->setChecked(true);
            break;
    }
    for (QRadioButton* radio : {m_ui->keepAllRadio, m_ui->daysRadio, m_ui->rowsRadio}) {
        connect(radio, &QRadioButton::toggled, this, &HistoryRetentionDialog::updateEnabled);
    }
    updateEnabled();
}

HistoryRetentionDialog::~HistoryRetentionDialog() = default;

HistoryStore::Retention HistoryRetentionDialog::retention() const
{
    using Mode = HistoryStore::Retention::Mode;
    if (m_ui->daysRadio->isChecked()) {
        return {Mode::Days, m_ui->daysSpin->value()};
    }
    if (m_ui->rowsRadio->isChecked()) {
        return {Mode::Rows, m_ui->rowsSpin->value()};
    }
    return {Mode::KeepAll, 0};
}

void HistoryRetentionDialog::updateEnabled()
{
    m_ui->daysSpin->setEnabled(m_ui->daysRadio->isChecked());
    m_ui->rowsSpin->setEnabled(m_ui->rowsRadio->isChecked());
}
