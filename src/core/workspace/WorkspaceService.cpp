#include "core/workspace/WorkspaceService.h"

#include "core/api/CredentialText.h"

WorkspaceService::WorkspaceService(QObject* parent)
    : WorkspaceService(std::make_unique<WorkspaceStore>(), CredentialStore::defaultService(), parent)
{
}

WorkspaceService::WorkspaceService(std::unique_ptr<WorkspaceStore> store,
                                   const QString& credentialService,
                                   QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_credentials(credentialService)
{
}

WorkspaceService::~WorkspaceService() = default;

bool WorkspaceService::isSandboxName(const QString& name)
{
    return name.trimmed().compare(sandboxName(), Qt::CaseInsensitive) == 0;
}

bool WorkspaceService::setCurrent(const QString& name)
{
    m_store->setCurrent(isSandboxName(name) ? QString() : name);
    return m_store->sync();
}

void WorkspaceService::reload()
{
    // QSettings picks up changes other processes made on its next sync. Nothing is pending here, so a failure
    // can only be an unreadable file: what was read before stays (see the header).
    (void)m_store->sync();
}

ValidationErrors WorkspaceService::validate(const Workspace& workspace, bool isNew) const
{
    ValidationErrors errors = workspace.validate();
    if (isSandboxName(workspace.name)) {
        errors.append({QStringLiteral("name"),
                       tr("\"%1\" is the built-in sandbox workspace; choose another name.").arg(workspace.name)});
    } else if (isNew && m_store->find(workspace.name)) {
        errors.append({QStringLiteral("name"), tr("A workspace named \"%1\" already exists.").arg(workspace.name)});
    }
    return errors;
}

WorkspaceService::Outcome WorkspaceService::writeSettings(const Workspace& workspace, bool isNew)
{
    Outcome outcome;
    outcome.errors = validate(workspace, isNew);
    if (!outcome.errors.isEmpty()) {
        return outcome;
    }
    m_store->save(workspace);
    if (!m_store->sync()) {
        outcome.settingsError = tr("The settings file could not be written.");
        return outcome;
    }
    outcome.settingsWritten = true;
    return outcome;
}

WorkspaceService::Outcome WorkspaceService::removeSettings(const QString& name)
{
    Outcome outcome;
    if (!m_store->remove(name)) {
        outcome.settingsError = tr("There is no workspace named \"%1\".").arg(name);
        return outcome;
    }
    m_session.remove(name);
    if (!m_store->sync()) {
        outcome.settingsError = tr("The settings file could not be written.");
        return outcome;
    }
    outcome.settingsWritten = true;
    return outcome;
}

std::optional<WorkspaceService::Outcome> WorkspaceService::refusedCredential(const QString& secret)
{
    const QString problem = CredentialText::problem(secret);
    if (problem.isEmpty()) {
        return std::nullopt;
    }
    Outcome outcome;
    outcome.errors.append({QStringLiteral("credential"), problem});
    outcome.settingsError = tr("%1 Nothing was saved.").arg(problem);
    outcome.credentialError = problem;
    return outcome;
}

WorkspaceService::Outcome WorkspaceService::credentialOutcome(const CredentialStore::Result& result, bool removal)
{
    Outcome outcome;
    if (result.ok || (removal && result.notFound)) {
        outcome.credentialChanged = result.ok;
    } else {
        outcome.credentialError = result.error;
    }
    return outcome;
}

void WorkspaceService::save(const Workspace& workspace,
                            bool isNew,
                            const QString& secret,
                            QObject* context,
                            Callback done)
{
    if (!secret.isEmpty()) {
        if (const std::optional<Outcome> refused = refusedCredential(secret)) {
            done(*refused);
            return;
        }
    }
    const Outcome written = writeSettings(workspace, isNew);
    if (!written.ok() || secret.isEmpty()) {
        done(written);
        return;
    }
    const QString name = workspace.name;
    m_credentials.write(name, secret, context, [this, name, written, done](const CredentialStore::Result& result) {
        Outcome outcome = credentialOutcome(result, false);
        outcome.settingsWritten = written.settingsWritten;
        if (outcome.credentialChanged) {
            m_session.remove(name);
        }
        done(outcome);
    });
}

WorkspaceService::Outcome WorkspaceService::saveNow(const Workspace& workspace, bool isNew, const QString& secret)
{
    if (!secret.isEmpty()) {
        if (const std::optional<Outcome> refused = refusedCredential(secret)) {
            return *refused;
        }
    }
    const Outcome written = writeSettings(workspace, isNew);
    if (!written.ok() || secret.isEmpty()) {
        return written;
    }
    Outcome outcome = setCredentialNow(workspace.name, secret);
    outcome.settingsWritten = written.settingsWritten;
    return outcome;
}

void WorkspaceService::remove(const QString& name, QObject* context, Callback done)
{
    const Outcome removed = removeSettings(name);
    if (!removed.ok()) {
        done(removed);
        return;
    }
    m_credentials.remove(name, context, [removed, done](const CredentialStore::Result& result) {
        Outcome outcome = credentialOutcome(result, true);
        outcome.settingsWritten = removed.settingsWritten;
        done(outcome);
    });
}

WorkspaceService::Outcome WorkspaceService::removeNow(const QString& name)
{
    const Outcome removed = removeSettings(name);
    if (!removed.ok()) {
        return removed;
    }
    Outcome outcome = credentialOutcome(m_credentials.removeNow(name), true);
    outcome.settingsWritten = removed.settingsWritten;
    return outcome;
}

void WorkspaceService::setCredential(const QString& name, const QString& secret, QObject* context, Callback done)
{
    if (const std::optional<Outcome> refused = refusedCredential(secret)) {
        done(*refused);
        return;
    }
    m_credentials.write(name, secret, context, [this, name, done](const CredentialStore::Result& result) {
        const Outcome outcome = credentialOutcome(result, false);
        if (outcome.credentialChanged) {
            m_session.remove(name);
        }
        done(outcome);
    });
}

WorkspaceService::Outcome WorkspaceService::setCredentialNow(const QString& name, const QString& secret)
{
    if (const std::optional<Outcome> refused = refusedCredential(secret)) {
        return *refused;
    }
    const Outcome outcome = credentialOutcome(m_credentials.writeNow(name, secret), false);
    if (outcome.credentialChanged) {
        m_session.remove(name);
    }
    return outcome;
}

void WorkspaceService::forgetCredential(const QString& name, QObject* context, Callback done)
{
    m_session.remove(name);
    m_credentials.remove(
        name, context, [done](const CredentialStore::Result& result) { done(credentialOutcome(result, true)); });
}

void WorkspaceService::setSessionCredential(const QString& name, const QString& secret)
{
    m_session.insert(name, secret);
}

void WorkspaceService::readCredential(const QString& name, QObject* context, CredentialCallback done)
{
    const auto session = m_session.constFind(name);
    if (session != m_session.cend()) {
        done({true, true, session.value(), {}});
        return;
    }
    m_credentials.read(name, context, [done](const CredentialStore::Result& result) {
        Credential credential;
        credential.found = result.ok && !result.secret.isEmpty();
        credential.secret = result.secret;
        if (!result.ok && !result.notFound) {
            credential.error = result.error;
            credential.noKeychain = result.noKeychain;
        }
        done(credential);
    });
}

WorkspaceService::Credential WorkspaceService::readCredentialNow(const QString& name)
{
    const auto session = m_session.constFind(name);
    if (session != m_session.cend()) {
        return {true, true, session.value(), {}};
    }
    const CredentialStore::Result result = m_credentials.readNow(name);
    Credential credential;
    credential.found = result.ok && !result.secret.isEmpty();
    credential.secret = result.secret;
    if (!result.ok && !result.notFound) {
        credential.error = result.error;
        credential.noKeychain = result.noKeychain;
    }
    return credential;
}
