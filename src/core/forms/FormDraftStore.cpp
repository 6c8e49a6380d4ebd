#include "core/forms/FormDraftStore.h"

#include "core/api/Workspace.h"
#include "core/forms/PerUserFields.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace {

// JSON object text without credential-named keys. Text that is not an object and names a credential is dropped
// whole: there is no telling which part is the secret.
QString withoutCredentialKeys(const QString& text)
{
    const QStringList names = Workspace::credentialNames();
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject()) {
        const bool mentionsOne = std::any_of(names.cbegin(), names.cend(), [&](const QString& name) {
            return text.contains(name, Qt::CaseInsensitive);
        });
        return mentionsOne ? QString() : text;
    }
    QJsonObject object = document.object();
    bool changed = false;
    for (const QString& key : object.keys()) {
        if (names.contains(key, Qt::CaseInsensitive)) {
            object.remove(key);
            changed = true;
        }
    }
    return changed ? QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) : text;
}

} // namespace

FormDraftStore::FormDraftStore(QSettings& settings)
    : m_settings(settings)
{
}

QString FormDraftStore::key(const QString& form)
{
    return QStringLiteral("drafts/") + form;
}

void FormDraftStore::save(const QString& form, const OperationInput& input)
{
    const OperationInput stored = withoutCredentials(input);
    m_settings.setValue(key(form), QString::fromUtf8(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact)));
}

std::optional<OperationInput> FormDraftStore::load(const QString& form) const
{
    const QJsonDocument document = QJsonDocument::fromJson(m_settings.value(key(form)).toString().toUtf8());
    if (!document.isObject()) {
        return std::nullopt;
    }
    const OperationInput input = withoutCredentials(OperationInput::fromJson(document.object()));
    return isEmpty(input) ? std::nullopt : std::optional<OperationInput>(input);
}

void FormDraftStore::remove(const QString& form)
{
    m_settings.remove(key(form));
}

bool FormDraftStore::isEmpty(const OperationInput& input)
{
    OperationInput blank;
    blank.operation = input.operation;
    return PerUserFields::withoutPerUserFields(input) == blank && !PerUserFields::hasAny(input);
}

OperationInput FormDraftStore::withoutCredentials(const OperationInput& input)
{
    OperationInput stored = input;
    stored.data = withoutCredentialKeys(input.data);
    stored.changes = withoutCredentialKeys(input.changes);
    stored.extras = withoutCredentialKeys(input.extras);
    return stored;
}
