#pragma once

#include "core/api/OperationInput.h"

#include <QCoreApplication>
#include <QStringList>

// What Vero recommends but does not enforce (docs/vero-api.md): the request is valid and is sent, but the user
// should hear about it. Shared by bulk validation and, later, the forms.
class VeroRecommendations
{
    Q_DECLARE_TR_FUNCTIONS(VeroRecommendations)
public:
    // Warnings in words for one input: tags outside letters, digits, "-" and "_"; a phone number that is not
    // E.164 ("+61412345678"), which SMS needs; an identify with an id and no email (Vero cannot email them).
    static QStringList check(const OperationInput& input);

    static bool isRecommendedTag(const QString& tag);
    static bool isE164(const QString& phone);
};
