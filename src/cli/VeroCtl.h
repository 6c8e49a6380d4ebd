#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/Operation.h"
#include "core/api/Workspace.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>

// veroctl: every Vero operation from the command line, over the same core as the app.
// Exit codes are a contract that scripts rely on; see ExitCode and the --help text.
class VeroCtl
{
public:
    enum ExitCode
    {
        Accepted = 0, // 2xx
        Rejected = 1, // 4xx
        BadInput = 2, // nothing was sent
        Failed = 3,   // network failure, timeout or 5xx
    };

    VeroCtl();
    int run(const QStringList& arguments);

private:
    int runOperation(Operation operation, const QCommandLineParser& parser);
    int runWorkspace(const QCommandLineParser& parser);
    int send(const ApiRequest& request, const Workspace& workspace, const QString& credential, bool json);
    bool confirmDelete(const QString& id);

    std::optional<Workspace> resolveWorkspace(const QCommandLineParser& parser, bool forAdd);
    std::optional<QString> resolveCredential(const QCommandLineParser& parser, const Workspace& workspace);

    QString generalHelp() const;
    int fail(const QString& message, int code = BadInput);

    QTextStream m_out;
    QTextStream m_err;
};
