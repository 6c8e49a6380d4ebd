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

void FormDraftStore::save(const QString& form, const Draft& draft)
{
    const QJsonObject stored {{QStringLiteral("input"), withoutCredentials(draft.input).toJson()},
                              {QStringLiteral("owner_id"), draft.owner.id},
                              {QStringLiteral("owner_email"), draft.owner.email},
                              {QStringLiteral("owner_filled"), draft.ownerFilled}};
    m_settings.setValue(key(form), QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
}

std::optional<FormDraftStore::Draft> FormDraftStore::load(const QString& form) const
{
    const QJsonDocument document = QJsonDocument::fromJson(m_settings.value(key(form)).toString().toUtf8());
    if (!document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject stored = document.object();
    Draft draft;
    draft.input = withoutCredentials(OperationInput::fromJson(stored.value(QLatin1String("input")).toObject()));
    draft.owner.id = stored.value(QLatin1String("owner_id")).toString();
    draft.owner.email = stored.value(QLatin1String("owner_email")).toString();
    draft.ownerFilled = stored.value(QLatin1String("owner_filled")).toBool();
    return isEmpty(draft.input) ? std::nullopt : std::optional<Draft>(draft);
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
