#include "core/api/VeroRecommendations.h"

#include <QRegularExpression>

bool VeroRecommendations::isRecommendedTag(const QString& tag)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\p{L}\\p{N}_-]+$"));
    return pattern.match(tag).hasMatch();
}

bool VeroRecommendations::isE164(const QString& phone)
{
    // A plus, a country code that does not start with 0, and at most 15 digits in all.
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return pattern.match(phone).hasMatch();
}

bool VeroRecommendations::isUnsubscribeTag(const QString& tag)
{
    return tag.trimmed().compare(unsubscribeTag(), Qt::CaseInsensitive) == 0;
}

QString VeroRecommendations::phoneWarning(const QString& phone)
{
    if (phone.trimmed().isEmpty() || isE164(phone.trimmed())) {
        return {};
    }
    return tr("Phone number \"%1\" is not in E.164 form (like +61412345678); Vero needs that for SMS.").arg(phone);
}

QStringList VeroRecommendations::tagWarnings(const QStringList& tags, bool adding)
{
    QStringList warnings;
    for (const QString& tag : tags) {
        if (adding && isUnsubscribeTag(tag)) {
            warnings.append(
                tr("Adding the tag \"%1\" unsubscribes the user: Vero treats it as an unsubscribe.").arg(tag));
        } else if (!isRecommendedTag(tag)) {
            warnings.append(tr("Tag \"%1\" has characters other than letters, digits, - and _, which Vero advises "
                               "against.")
                                .arg(tag));
        }
    }
    return warnings;
}

QStringList VeroRecommendations::splitTags(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    QStringList tags;
    for (const QString& part : text.split(separators)) {
        if (const QString tag = part.trimmed(); !tag.isEmpty() && !tags.contains(tag)) {
            tags.append(tag);
        }
    }
    return tags.isEmpty() ? QStringList {text.trimmed()} : tags;
}

QStringList VeroRecommendations::check(const OperationInput& input)
{
    QStringList warnings = tagWarnings(input.tagsAdd, true) + tagWarnings(input.tagsRemove, false);
    if (const QString phone = phoneWarning(input.phone); !phone.isEmpty()) {
        warnings.append(phone);
    }
    if (input.operation == Operation::Identify && !input.id.isEmpty() && input.email.isEmpty()) {
        warnings.append(tr("User %1 has no email: Vero cannot send them email.").arg(input.id));
    }
    return warnings;
}
