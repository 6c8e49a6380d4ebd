#include "app/widgets/DeleteConfirmationDialog.h"

#include "core/workspace/WorkspaceService.h"
#include "ui_DeleteConfirmationDialog.h"

#include <QApplication>
#include <QFocusFrame>
#include <QLayout>
#include <QPushButton>

DeleteConfirmationDialog::DeleteConfirmationDialog(const UserPrompts::Confirmation& confirmation, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeleteConfirmationDialog>())
    , m_textToType(confirmation.typeToConfirm)
{
    m_ui->setupUi(this);
    setWindowTitle(confirmation.title);
    m_ui->questionLabel->setText(confirmation.question);
    m_ui->consequencesLabel->setText(confirmation.consequences);
    m_ui->consequencesLabel->setVisible(!confirmation.consequences.isEmpty());
    m_ui->detailsLabel->setText(confirmation.details);
    m_ui->detailsLabel->setVisible(!confirmation.details.isEmpty());
    m_ui->typeToConfirmLabel->setText(confirmation.typeToConfirmLabel);
    m_ui->confirmEdit->setAccessibleName(confirmation.typeToConfirmLabel);

    // The workspace, marked as the main window marks it: nobody deletes from production thinking it is a test.
    if (confirmation.workspace) {
        m_ui->workspaceBanner->showWorkspace(*confirmation.workspace,
                                             WorkspaceService::isSandboxName(confirmation.workspace->name));
    }
    // In a dialog this narrow the banner wraps: it takes the height its width needs, as the other labels do.
    QSizePolicy bannerPolicy = m_ui->workspaceBanner->sizePolicy();
    bannerPolicy.setHeightForWidth(true);
    m_ui->workspaceBanner->setSizePolicy(bannerPolicy);

    const QString acceptLabel = confirmation.acceptLabel.isEmpty() ? tr("&Delete") : confirmation.acceptLabel;
    m_deleteButton = m_ui->buttonBox->addButton(acceptLabel, QDialogButtonBox::DestructiveRole);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setAccessibleName(confirmation.acceptAccessibleName.isEmpty() ? acceptLabel
                                                                                  : confirmation.acceptAccessibleName);
    m_deleteButton->setAccessibleDescription(tr("Goes ahead once the text asked for is typed above"));
    m_deleteButton->setEnabled(false);
    // Enter in the id field presses Delete, which is enabled only by the exact id: anything else typed, and Enter
    // does nothing. Tabbed to, Cancel takes Enter itself.
    m_deleteButton->setDefault(true);
    cancelButton()->setObjectName(QStringLiteral("cancelButton"));
    cancelButton()->setAccessibleName(tr("Cancel, change nothing"));
    cancelButton()->setAccessibleDescription(tr("Closes this window; nothing is changed"));

    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &DeleteConfirmationDialog::updateDeleteButton);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (m_ui->confirmEdit->text() == m_textToType) {
            accept();
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Under Fusion the default button looks like the focused one: a frame around the button with the focus
    // shows which one Enter or Space answers, in every style.
    m_focusFrame = new QFocusFrame(this);
    m_focusFrame->setObjectName(QStringLiteral("buttonFocusFrame"));
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        auto* button = qobject_cast<QPushButton*>(now);
        m_focusFrame->setWidget(button && button->window() == this ? button : nullptr);
    });
    m_ui->confirmEdit->setFocus();
    // Tall enough for every wrapped line at the dialog's width: nothing overlaps or is cut off.
    layout()->activate();
    resize(width(), qMax(height(), layout()->totalHeightForWidth(width())));
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
    m_deleteButton->setEnabled(!m_textToType.isEmpty() && m_ui->confirmEdit->text() == m_textToType);
}
