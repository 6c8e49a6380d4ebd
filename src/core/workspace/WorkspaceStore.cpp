#include "core/workspace/WorkspaceStore.h"

#include "core/platform/AppSettings.h"

namespace {
const QString Group = QStringLiteral("workspaces");
const QString CurrentKey = QStringLiteral("current_workspace");

Workspace readWorkspace(QSettings& settings, const QString& name)
{
    Workspace workspace;
    workspace.name = name;
    settings.beginGroup(Group + QLatin1Char('/') + name);
    workspace.baseUrl
        = QUrl(settings.value(QStringLiteral("base_url"), Workspace::defaultBaseUrl().toString()).toString());
    workspace.credentialName = settings.value(QStringLiteral("credential_name"), workspace.credentialName).toString();
    if (!Workspace::placementFromKey(settings.value(QStringLiteral("credential_in")).toString(),
                                     &workspace.credentialPlacement)) {
        // Not written by an earlier version, or edited by hand: the reference's place, the body.
        workspace.credentialPlacement = Workspace::CredentialPlacement::Body;
    }
    workspace.timeoutSeconds = settings.value(QStringLiteral("timeout"), Workspace::DefaultTimeoutSeconds).toInt();
    workspace.caFile = settings.value(QStringLiteral("ca_file")).toString();
    settings.endGroup();
    return workspace;
}
} // namespace

WorkspaceStore::WorkspaceStore()
    : m_settings(std::make_unique<AppSettings>())
{
}

WorkspaceStore::WorkspaceStore(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

QList<Workspace> WorkspaceStore::list() const
{
    QList<Workspace> workspaces;
    m_settings->beginGroup(Group);
    const QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString& name : names) {
        workspaces.append(readWorkspace(*m_settings, name));
    }
    return workspaces;
}

std::optional<Workspace> WorkspaceStore::find(const QString& name) const
{
    m_settings->beginGroup(Group);
    const bool exists = !name.isEmpty() && m_settings->childGroups().contains(name);
    m_settings->endGroup();
    if (!exists) {
        return std::nullopt;
    }
    return readWorkspace(*m_settings, name);
}

void WorkspaceStore::save(const Workspace& workspace)
{
    m_settings->beginGroup(Group + QLatin1Char('/') + workspace.name);
    m_settings->setValue(QStringLiteral("base_url"), workspace.baseUrl.toString());
    m_settings->setValue(QStringLiteral("credential_name"), workspace.credentialName);
    m_settings->setValue(QStringLiteral("credential_in"), Workspace::placementKey(workspace.credentialPlacement));
    m_settings->setValue(QStringLiteral("timeout"), workspace.timeoutSeconds);
    m_settings->setValue(QStringLiteral("ca_file"), workspace.caFile);
    m_settings->endGroup();
}

bool WorkspaceStore::remove(const QString& name)
{
    if (!find(name)) {
        return false;
    }
    m_settings->remove(Group + QLatin1Char('/') + name);
    if (current() == name) {
        m_settings->remove(CurrentKey);
    }
    return true;
}

QString WorkspaceStore::current() const
{
    return m_settings->value(CurrentKey).toString();
}

void WorkspaceStore::setCurrent(const QString& name)
{
    m_settings->setValue(CurrentKey, name);
}

bool WorkspaceStore::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}
