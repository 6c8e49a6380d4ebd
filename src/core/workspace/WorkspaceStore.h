#pragma once

#include "core/api/Workspace.h"

#include <QList>
#include <QSettings>

#include <memory>
#include <optional>

// Workspaces persisted in QSettings under "workspaces/<name>/...". No secret is ever written here.
class WorkspaceStore
{
public:
    // The application's own settings (QSettings' default location for the organisation and app name).
    WorkspaceStore();
    // An isolated store, for tests and for `--config` style overrides.
    explicit WorkspaceStore(const QString& iniFile);

    QList<Workspace> list() const;
    std::optional<Workspace> find(const QString& name) const;
    // Adds or replaces the workspace with the same name. The caller validates first.
    void save(const Workspace& workspace);
    [[nodiscard]] bool remove(const QString& name);
    // The workspace the app opened last; empty when none.
    QString current() const;
    void setCurrent(const QString& name);
    // Writes pending changes and reports whether the settings file could be written.
    [[nodiscard]] bool sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
