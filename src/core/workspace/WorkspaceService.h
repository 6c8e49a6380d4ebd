#pragma once

#include "core/api/ValidationError.h"
#include "core/api/Workspace.h"
#include "core/workspace/CredentialStore.h"
#include "core/workspace/WorkspaceStore.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// What a user does with saved workspaces, for the workspace dialog and `veroctl workspace` alike: save (with
// the credential, if one was typed), remove (settings and keychain entry), set or forget the credential. Each
// call gives one Outcome that says what was written and what was not. The settings never hold a secret: the
// credential goes to the OS keychain, or, when the user chooses, into this process's memory only.
class WorkspaceService : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        // The workspace is invalid, or the credential cannot be sent (field "credential", CredentialText):
        // nothing was written.
        ValidationErrors errors;
        bool settingsWritten = false;   // the settings file took the change
        QString settingsError;          // why it did not
        bool credentialChanged = false; // the keychain took the credential (or its removal)
        QString credentialError;        // why it did not; empty when no credential was involved

        [[nodiscard]] bool ok() const
        {
            return errors.isEmpty() && settingsError.isEmpty() && credentialError.isEmpty();
        }
    };
    using Callback = std::function<void(const Outcome&)>;

    struct Credential
    {
        bool found = false; // a credential is there, from the keychain or the session
        bool fromSession = false;
        QString secret;
        QString error;           // the keychain could not be read (not: "there is none")
        bool noKeychain = false; // there is no keychain at all, so none can be stored
    };
    using CredentialCallback = std::function<void(const Credential&)>;

    // The built-in workspace served by the local vero-sandbox; never saved, and its name cannot be taken.
    static QString sandboxName() { return QStringLiteral("Sandbox"); }
    static bool isSandboxName(const QString& name);

    // The application's own settings and keychain service.
    explicit WorkspaceService(QObject* parent = nullptr);
    // Isolated ones, for tests.
    WorkspaceService(std::unique_ptr<WorkspaceStore> store,
                     const QString& credentialService,
                     QObject* parent = nullptr);
    ~WorkspaceService() override;

    QList<Workspace> saved() const { return m_store->list(); }
    std::optional<Workspace> find(const QString& name) const { return m_store->find(name); }
    QString current() const { return m_store->current(); }
    [[nodiscard]] bool setCurrent(const QString& name);
    // Re-reads the settings file (veroctl may have changed it). A file that cannot be read leaves what was read
    // before; the next write reports the problem.
    void reload();

    // The workspace's own problems, and its name against the others: `isNew` refuses a name already taken.
    [[nodiscard]] ValidationErrors validate(const Workspace& workspace, bool isNew) const;

    // Validates, writes the settings, then stores `secret` in the keychain when it is not empty. A secret that
    // cannot be sent (a space, a control character, a second line) is refused before anything is written.
    void save(const Workspace& workspace, bool isNew, const QString& secret, QObject* context, Callback done);
    [[nodiscard]] Outcome saveNow(const Workspace& workspace, bool isNew, const QString& secret);
    // Removes the settings and the keychain entry (and any session credential).
    void remove(const QString& name, QObject* context, Callback done);
    [[nodiscard]] Outcome removeNow(const QString& name);
    void setCredential(const QString& name, const QString& secret, QObject* context, Callback done);
    [[nodiscard]] Outcome setCredentialNow(const QString& name, const QString& secret);
    void forgetCredential(const QString& name, QObject* context, Callback done);

    // A credential kept in memory until the program quits (when no keychain is available).
    void setSessionCredential(const QString& name, const QString& secret);
    void forgetSessionCredential(const QString& name) { m_session.remove(name); }
    bool hasSessionCredential(const QString& name) const { return m_session.contains(name); }

    // The credential to send with: the session's, else the keychain's.
    void readCredential(const QString& name, QObject* context, CredentialCallback done);
    [[nodiscard]] Credential readCredentialNow(const QString& name);

private:
    // The outcome for a credential that cannot be sent (CredentialText); nothing when it can.
    static std::optional<Outcome> refusedCredential(const QString& secret);
    static Outcome credentialOutcome(const CredentialStore::Result& result, bool removal);
    Outcome writeSettings(const Workspace& workspace, bool isNew);
    Outcome removeSettings(const QString& name);

    std::unique_ptr<WorkspaceStore> m_store;
    CredentialStore m_credentials;
    QHash<QString, QString> m_session;
};
