#include "app/forms/DeleteConfirmationDialog.h"

#include "ui_DeleteConfirmationDialog.h"

#include <QPushButton>
#include <QTimer>

DeleteConfirmationDialog::ShowHook DeleteConfirmationDialog::s_nextShowHook;

DeleteConfirmationDialog::DeleteConfirmationDialog(const QString& userId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeleteConfirmationDialog>())
    , m_userId(userId)
{
    m_ui->setupUi(this);
    m_ui->questionLabel->setText(tr("Delete the user \"%1\"?").arg(userId));
    m_ui->typeIdLabel->setText(tr("To confirm, type the user id (%1):").arg(userId));
    m_deleteButton = m_ui->buttonBox->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setAccessibleName(tr("Delete the user permanently"));
    m_deleteButton->setAutoDefault(false);
    m_deleteButton->setEnabled(false);
    cancelButton()->setObjectName(QStringLiteral("cancelButton"));
    cancelButton()->setAccessibleName(tr("Cancel, send nothing"));
    cancelButton()->setDefault(true);

    connect(m_ui->confirmIdEdit, &QLineEdit::textChanged, this, &DeleteConfirmationDialog::updateDeleteButton);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (m_ui->confirmIdEdit->text() == m_userId) {
            accept();
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->confirmIdEdit->setFocus();
}

DeleteConfirmationDialog::~DeleteConfirmationDialog() = default;

QPushButton* DeleteConfirmationDialog::deleteButton() const
{
    return m_deleteButton;
}

QPushButton* DeleteConfirmationDialog::cancelButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Cancel);
}

void DeleteConfirmationDialog::updateDeleteButton()
{
    // Exact match, so a typo or a different user's id can never confirm.
    m_deleteButton->setEnabled(m_ui->confirmIdEdit->text() == m_userId);
}

void DeleteConfirmationDialog::setNextShowHook(ShowHook hook)
{
    s_nextShowHook = std::move(hook);
}

void DeleteConfirmationDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (s_nextShowHook) {
        ShowHook hook = std::move(s_nextShowHook);
        s_nextShowHook = nullptr;
        QTimer::singleShot(0, this, [this, hook] { hook(*this); });
    }
}
