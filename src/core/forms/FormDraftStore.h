#pragma once

#include "core/api/OperationInput.h"
#include "core/forms/PerUserFields.h"

#include <QString>

#include <optional>

class QSettings;

// What a form held, unsent, when the app was quit: one draft per form (named by the key of its first operation,
// "identify"), kept in the settings under "drafts/" so the next start brings it back. A draft never holds a
// credential: OperationInput has no field for one, and a property named like one (auth_token,
// tracking_api_key) is left out, as is JSON text that mentions one and cannot be read.
class FormDraftStore
{
public:
    // What a form held, and whose its per-user fields were: a warning that they belong to another user survives
    // the restart.
    struct Draft
    {
        OperationInput input;
        PerUserFields::Identity owner;
        bool ownerFilled = false;
    };

    explicit FormDraftStore(QSettings& settings);

    void save(const QString& form, const Draft& draft);
    std::optional<Draft> load(const QString& form) const;
    void remove(const QString& form);

    // Nothing worth keeping: every field empty (an event's unique timestamp alone counts as empty).
    static bool isEmpty(const OperationInput& input);
    // `input` as it is stored: without any credential-named property.
    static OperationInput withoutCredentials(const OperationInput& input);

private:
    static QString key(const QString& form);

    QSettings& m_settings;
};
