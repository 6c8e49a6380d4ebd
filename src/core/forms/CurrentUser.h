#pragma once

#include "core/forms/PerUserFields.h"

#include <QObject>

// The user support is working on: the id and email typed in one form (or chosen from the history, its timeline
// or the sandbox) are the user of every form, so nobody retypes the id form after form. Each change has a new
// revision, so a form hidden while it changed can tell, when it is shown, that it has to follow.
//
// It moves only the identity: the per-user fields a form holds (PerUserFields) stay with the user they were
// typed for, and a form that follows another user empties them.
class CurrentUser : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    PerUserFields::Identity identity() const { return m_identity; }
    bool isEmpty() const { return m_identity.isEmpty(); }
    quint64 revision() const { return m_revision; }
    // "42 · a@b.c", "42", "a@b.c"; empty when there is none.
    QString description() const;

    // Trimmed; a change only when it differs from what is current.
    void set(const PerUserFields::Identity& identity);
    void clear() { set({}); }

signals:
    void changed(const PerUserFields::Identity& identity);

private:
    PerUserFields::Identity m_identity;
    quint64 m_revision = 0;
};
