#include "app/history/RestoreUserDialog.h"

#include "ui_RestoreUserDialog.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPushButton>

RestoreUserDialog::RestoreUserDialog(const UserSnapshot& snapshot, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::RestoreUserDialog)
    , m_snapshot(snapshot)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Restore user %1").arg(snapshot.userId));
    const QLocale locale;
    const auto when = [&locale](const QDateTime& time) {
        return locale.toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    };

    QStringList state;
    if (snapshot.deleted) {
        state << tr("The history shows that user \"%1\" was deleted on %2.")
                     .arg(snapshot.userId, when(snapshot.deletedAt));
    } else {
        state << tr("The history does not show a deletion of user \"%1\": sending this identify updates the user "
                    "with what the history last knew.")
                     .arg(snapshot.userId);
    }
    state << tr("Rebuilt from %n accepted request(s), the last on %1.", nullptr, snapshot.requestCount)
                 .arg(when(snapshot.lastChange));
    if (!snapshot.previousIds.isEmpty()) {
        state << tr("Earlier ids of this user (before an alias): %1.")
                     .arg(snapshot.previousIds.join(QStringLiteral(", ")));
    }
    state << tr("Nothing is sent now: the identify and tags forms are filled for you to review and send.");
    m_ui->stateLabel->setText(state.join(QLatin1Char(' ')));

    // What the identify form will hold, in the API's field names.
    const OperationInput identify = snapshot.identifyInput();
    QJsonObject preview;
    preview.insert(QStringLiteral("id"), identify.id);
    if (!identify.email.isEmpty()) {
        preview.insert(QStringLiteral("email"), identify.email);
    }
    if (!identify.phone.isEmpty()) {
        preview.insert(QStringLiteral("phone_number"), identify.phone);
    }
    if (!identify.channels.isEmpty()) {
        preview.insert(QStringLiteral("channels"), identify.channels);
    }
    if (!snapshot.properties.isEmpty()) {
        preview.insert(QStringLiteral("data"), snapshot.properties);
    }
    m_ui->identifyPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->identifyPreview->setPlainText(QString::fromUtf8(QJsonDocument(preview).toJson(QJsonDocument::Indented)));

    m_ui->tagsLabel->setText(snapshot.tags.isEmpty()
                                 ? tr("No tags are known for this user.")
                                 : tr("Tags to add back: %1").arg(snapshot.tags.join(QStringLiteral(", "))));
    if (snapshot.unsubscribed) {
        m_ui->subscriptionLabel->setText(tr("The user had unsubscribed. A new identify does not unsubscribe them: "
                                            "send an unsubscribe too if that must be kept."));
    } else {
        m_ui->subscriptionLabel->hide();
    }
    m_ui->eventsWarningLabel->setText(
        tr("Past events cannot be restored. The Track API has no way to replay them with their original times: "
           "%n event(s) sent to this user are lost, with any activity recorded by Vero itself.",
           nullptr,
           snapshot.eventCount));
    QFont bold = m_ui->eventsWarningLabel->font();
    bold.setBold(true);
    m_ui->eventsWarningLabel->setFont(bold);

    m_fillButton = m_ui->buttonBox->addButton(tr("Fill the forms for review"), QDialogButtonBox::AcceptRole);
    m_fillButton->setObjectName(QStringLiteral("fillFormsButton"));
    m_fillButton->setAccessibleName(tr("Fill the identify and tags forms for review"));
    m_fillButton->setAccessibleDescription(tr("Nothing is sent: you review the forms and send them yourself"));
    m_fillButton->setDefault(true);
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAccessibleDescription(tr("Closes this window; the forms are not changed"));
}

RestoreUserDialog::~RestoreUserDialog()
{
    delete m_ui;
}

std::optional<OperationInput> RestoreUserDialog::tagsInput() const
{
    const OperationInput tags = m_snapshot.tagsInput();
    if (tags.tagsAdd.isEmpty()) {
        return std::nullopt;
    }
    return tags;
}
