#pragma once

#include "core/api/OperationInput.h"

#include <QCoreApplication>
#include <QStringList>

// What Vero recommends but does not enforce (docs/vero-api.md): the request is valid and is sent, but the user
// should hear about it. Shared by bulk validation, the forms and the sandbox.
class VeroRecommendations
{
    Q_DECLARE_TR_FUNCTIONS(VeroRecommendations)
public:
    // Warnings in words for one input: tags outside letters, digits, "-" and "_"; adding the reserved tag
    // "unsubscribed"; a phone number that is not E.164 ("+61412345678"), which SMS needs; an identify with an id
    // and no email (Vero cannot email them).
    static QStringList check(const OperationInput& input);

    // The warning for one phone number; empty when it is E.164 or blank.
    static QString phoneWarning(const QString& phone);
    // The warnings for tags about to be added (`adding`) or removed; empty when there are none.
    static QStringList tagWarnings(const QStringList& tags, bool adding);
    // "trial, churned" typed as one tag: the tags it holds, split on commas and semicolons (Vero's CSV import
    // separates tags with semicolons); the text itself when there is nothing to split.
    static QStringList splitTags(const QString& text);

    static bool isRecommendedTag(const QString& tag);
    static bool isE164(const QString& phone);
    // The tag Vero treats as an unsubscribe when it is added.
    static QString unsubscribeTag() { return QStringLiteral("unsubscribed"); }
    static bool isUnsubscribeTag(const QString& tag);
};
