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

QStringList VeroRecommendations::check(const OperationInput& input)
{
    QStringList warnings;
    for (const QString& tag : input.tagsAdd + input.tagsRemove) {
        if (!isRecommendedTag(tag))
            warnings.append(tr("Tag \"%1\" has characters other than letters, digits, - and _, which Vero advises "
                               "against.")
                                .arg(tag));
    }
    if (!input.phone.isEmpty() && !isE164(input.phone))
        warnings.append(tr("Phone number \"%1\" is not in E.164 form (like +61412345678); Vero needs that for SMS.")
                            .arg(input.phone));
    if (input.operation == Operation::Identify && !input.id.isEmpty() && input.email.isEmpty())
        warnings.append(tr("User %1 has no email: Vero cannot send them email.").arg(input.id));
    return warnings;
}
