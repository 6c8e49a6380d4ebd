#pragma once

#include "core/api/OperationInput.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// The fields of an input that describe one user (phone number, channels, properties, property changes, tags,
// event data and extras), and whose they are in one form: the user the form was filled for (history, undo,
// restore), or the user in the form when they were first typed into. When the form's user id or email then
// names someone else, those fields are about to go to the wrong user: the form says so and asks before sending.
//
//     fields.filled(input);              // setInput
//     fields.edited(form.input(), true); // a per-user field was typed into
//     if (auto owner = fields.otherOwner(form.input())) { ... ask ... }
//     fields.adopt(form.input());        // sent, or the user said they are meant for this user
class PerUserFields
{
public:
    // Who a form is about: its user id and email, trimmed.
    struct Identity
    {
        QString id;
        QString email;

        bool isEmpty() const { return id.isEmpty() && email.isEmpty(); }
        // The id, or the email when there is none: how a sentence names the user.
        QString label() const { return id.isEmpty() ? email : id; }
        bool operator==(const Identity&) const = default;
    };

    static Identity identityOf(const OperationInput& input);
    // Vero matches users on the id: two ids decide; when either has none, the emails do (case-insensitively). An
    // empty identity is nobody yet, and matches nothing.
    static bool sameUser(const Identity& a, const Identity& b);

    // Whether the API field ("phone_number", "data", "channels[0].address", ...) holds per-user data.
    static bool isPerUserField(const QString& apiField);
    // The per-user fields of `input` that hold something, as a sentence's list ("the phone number and the
    // properties"); empty when there are none. An event's unique timestamp alone is not data about the user.
    static QString filledDescription(const OperationInput& input);
    static bool hasAny(const OperationInput& input) { return !filledDescription(input).isEmpty(); }
    // `input` with every per-user field emptied; the identity and the rest (event name, new id) stay.
    static OperationInput withoutPerUserFields(const OperationInput& input);

    // Whether JSON object text holds nothing (blank, or an object whose only keys are in `ignoredKeys`).
    static bool isEmptyObjectText(const QString& text, const QStringList& ignoredKeys = {});

    // The form was filled with `input`: its per-user fields are for the user it names.
    void filled(const OperationInput& input);
    // A field of the form changed; `perUserField` when it was one of the per-user fields. Typed into with no owner
    // yet, they become the current user's; emptied, they are nobody's.
    void edited(const OperationInput& current, bool perUserField);
    // The per-user fields of `current` are its user's now: sent, or confirmed for this user.
    void adopt(const OperationInput& current);
    void reset();
    // Whose they are, for a draft kept across a restart, and putting that back.
    Identity owner() const { return m_owner; }
    bool ownerFilled() const { return m_ownerFilled; }
    void restore(const Identity& owner, bool filled);

    // Whose the per-user fields of `current` are, when that is not the user `current` names; nullopt otherwise
    // (no per-user data, no owner, or no user named yet).
    std::optional<Identity> otherOwner(const OperationInput& current) const;
    // For the form, next to Send: "The phone number and the properties below were filled for cust-42, not for
    // cust-43." Empty when otherOwner is nullopt.
    QString notice(const OperationInput& current) const;
    // The question before such a send.
    QString question(const OperationInput& current) const;

private:
    Identity m_owner;
    bool m_ownerFilled = false; // filled in (history, undo, restore) rather than typed

    Q_DECLARE_TR_FUNCTIONS(PerUserFields) // last: the macro ends in `private:`
};
