#include "core/forms/PerUserFields.h"

#include "core/history/DuplicateEvent.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// "a", "a and b", "a, b and c".
QString sentenceList(const QStringList& items)
{
    if (items.size() <= 1) {
        return items.value(0);
    }
    return PerUserFields::tr("%1 and %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.constLast());
}

} // namespace

PerUserFields::Identity PerUserFields::identityOf(const OperationInput& input)
{
    return {input.id.trimmed(), input.email.trimmed()};
}

bool PerUserFields::sameUser(const Identity& a, const Identity& b)
{
    if (a.isEmpty() || b.isEmpty()) {
        return false;
    }
    if (!a.id.isEmpty() && !b.id.isEmpty()) {
        return a.id == b.id;
    }
    return !a.email.isEmpty() && a.email.compare(b.email, Qt::CaseInsensitive) == 0;
}

bool PerUserFields::isPerUserField(const QString& apiField)
{
    static const QStringList fields {QStringLiteral("phone_number"),
                                     QStringLiteral("channels"),
                                     QStringLiteral("data"),
                                     QStringLiteral("changes"),
                                     QStringLiteral("extras"),
                                     QStringLiteral("add"),
                                     QStringLiteral("remove")};
    for (const QString& field : fields) {
        if (apiField == field || apiField.startsWith(field + QLatin1Char('['))
            || apiField.startsWith(field + QLatin1Char('.'))) {
            return true;
        }
    }
    return false;
}

bool PerUserFields::isEmptyObjectText(const QString& text, const QStringList& ignoredKeys)
{
    if (text.trimmed().isEmpty()) {
        return true;
    }
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject()) {
        return false; // half-typed JSON is something the user typed
    }
    const QStringList keys = document.object().keys();
    return std::all_of(keys.cbegin(), keys.cend(), [&](const QString& key) { return ignoredKeys.contains(key); });
}

QString PerUserFields::filledDescription(const OperationInput& input)
{
    QStringList names;
    if (!input.phone.trimmed().isEmpty()) {
        names << tr("the phone number");
    }
    if (!input.channels.isEmpty()) {
        names << tr("the channels");
    }
    const bool event = input.operation == Operation::TrackEvent;
    if (!isEmptyObjectText(input.data, event ? QStringList {DuplicateEvent::uniqueTimestampKey()} : QStringList())) {
        names << (event ? tr("the event data") : tr("the properties"));
    }
    if (!isEmptyObjectText(input.changes)) {
        names << tr("the property changes");
    }
    if (!isEmptyObjectText(input.extras)) {
        names << tr("the event extras");
    }
    if (!input.tagsAdd.isEmpty() || !input.tagsRemove.isEmpty()) {
        names << tr("the tags");
    }
    return sentenceList(names);
}

OperationInput PerUserFields::withoutPerUserFields(const OperationInput& input)
{
    OperationInput cleared = input;
    cleared.phone.clear();
    cleared.channels = {};
    cleared.data.clear();
    cleared.changes.clear();
    cleared.extras.clear();
    cleared.tagsAdd.clear();
    cleared.tagsRemove.clear();
    return cleared;
}

void PerUserFields::filled(const OperationInput& input)
{
    reset();
    if (hasAny(input)) {
        m_owner = identityOf(input);
        m_ownerFilled = true;
    }
}

void PerUserFields::edited(const OperationInput& current, bool perUserField)
{
    if (!hasAny(current)) {
        reset();
    } else if (perUserField && m_owner.isEmpty()) {
        m_owner = identityOf(current);
        m_ownerFilled = false;
    }
}

void PerUserFields::adopt(const OperationInput& current)
{
    reset();
    if (hasAny(current)) {
        m_owner = identityOf(current);
    }
}

void PerUserFields::restore(const Identity& owner, bool filled)
{
    m_owner = owner;
    m_ownerFilled = filled && !owner.isEmpty();
}

void PerUserFields::reset()
{
    m_owner = {};
    m_ownerFilled = false;
}

std::optional<PerUserFields::Identity> PerUserFields::otherOwner(const OperationInput& current) const
{
    const Identity user = identityOf(current);
    if (m_owner.isEmpty() || user.isEmpty() || sameUser(m_owner, user) || !hasAny(current)) {
        return std::nullopt;
    }
    return m_owner;
}

QString PerUserFields::notice(const OperationInput& current) const
{
    const std::optional<Identity> owner = otherOwner(current);
    if (!owner) {
        return {};
    }
    QString fields = filledDescription(current);
    // One field named in the singular ("the phone number", "the event data") takes "was".
    const bool singular = fields == tr("the phone number") || fields == tr("the event data");
    fields[0] = fields.at(0).toUpper();
    QString text;
    if (singular) {
        text = m_ownerFilled ? tr("%1 below was filled for %2, not for %3.")
                             : tr("%1 below was entered for %2, not for %3.");
    } else {
        text = m_ownerFilled ? tr("%1 below were filled for %2, not for %3.")
                             : tr("%1 below were entered for %2, not for %3.");
    }
    return text.arg(fields, owner->label(), identityOf(current).label());
}

QString PerUserFields::question(const OperationInput& current) const
{
    const std::optional<Identity> owner = otherOwner(current);
    if (!owner) {
        return {};
    }
    const QString text = m_ownerFilled ? tr("Send %1 filled for %2 to %3?") : tr("Send %1 entered for %2 to %3?");
    return text.arg(filledDescription(current), owner->label(), identityOf(current).label());
}
