#include "core/workspace/CredentialStore.h"

#include "core/platform/BuildInfo.h"

#include "core/workspace/KeychainBackend.h"
#include "core/workspace/KeychainModule.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace {

CredentialStore::Result resultOf(const KeychainBackend::Answer& answer)
{
    CredentialStore::Result result;
    switch (answer.error) {
        case KeychainBackend::Error::None:
            result.ok = true;
            result.secret = answer.secret;
            break;
        case KeychainBackend::Error::EntryNotFound:
            result.notFound = true;
            result.error
                = QCoreApplication::translate("CredentialStore", "No credential is stored for this workspace.");
            break;
        case KeychainBackend::Error::AccessDenied:
            result.error = QCoreApplication::translate(
                "CredentialStore",
                "The system keychain did not let Vero Admin read or store the credential: it is locked, or the "
                "request was declined. Unlock the keychain (log in to the desktop again, or unlock it in your "
                "passwords manager) and try again.");
            break;
        case KeychainBackend::Error::NoBackend:
            result.noKeychain = true;
            result.error = QCoreApplication::translate("CredentialStore",
                                                       "No system keychain is available (on Linux: a Secret Service "
                                                       "such as GNOME Keyring or KWallet). Install and start one, or "
                                                       "use a credential for this session only.");
            break;
        case KeychainBackend::Error::NoSessionBus:
            result.error = QCoreApplication::translate(
                "CredentialStore",
                "The system keychain cannot be reached: this session has no D-Bus session bus, which the "
                "keychain (GNOME Keyring or KWallet) is reached through. Log in to a desktop session, or run "
                "Vero Admin inside one (dbus-run-session), then try again.");
            break;
        case KeychainBackend::Error::Other:
            result.error = QCoreApplication::translate("CredentialStore",
                                                       "The system keychain could not be used (%1). Check that it "
                                                       "is running and unlocked, then try again.")
                               .arg(answer.errorString);
            break;
    }
    return result;
}

void run(KeychainBackend::Job job,
         const QString& service,
         const QString& workspace,
         const QString& secret,
         QObject* context,
         const CredentialStore::Callback& callback)
{
    const Fallible<KeychainBackend*> backend = KeychainModule::backend();
    if (!backend) {
        // Answered on the event loop all the same, as a keychain job would be.
        CredentialStore::Result failed;
        failed.error = backend.error();
        QTimer::singleShot(0, context, [callback, failed] { callback(failed); });
        return;
    }
    (*backend)->start(job, service, workspace, secret, context, [callback](const KeychainBackend::Answer& answer) {
        callback(resultOf(answer));
    });
}

} // namespace

CredentialStore::CredentialStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
}

QString CredentialStore::entryLabel(const QString& workspace) const
{
    const QString product = m_service == defaultService() ? QString::fromUtf8(BuildInfo::DisplayName) : m_service;
    return product + QStringLiteral(" \u2014 ") + workspace;
}

/// An entry stored under the label, or else under the service name alone (before entries were labelled),
/// which is then moved under the label so the next read finds it at once.
void CredentialStore::read(const QString& workspace, QObject* context, Callback callback)
{
    const QString label = entryLabel(workspace);
    run(KeychainBackend::Job::Read, label, workspace, {}, context, [=, this](const Result& labelled) {
        if (!labelled.notFound) {
            callback(labelled);
            return;
        }
        run(KeychainBackend::Job::Read, m_service, workspace, {}, context, [=, this](const Result& legacy) {
            if (!legacy.ok) {
                callback(labelled);
                return;
            }
            write(workspace, legacy.secret, context, [=](const Result&) { callback(legacy); });
        });
    });
}

void CredentialStore::write(const QString& workspace, const QString& secret, QObject* context, Callback callback)
{
    run(KeychainBackend::Job::Write,
        entryLabel(workspace),
        workspace,
        secret,
        context,
        [=, this](const Result& written) {
            if (!written.ok) {
                callback(written);
                return;
            }
            // An older entry under the bare service name would otherwise outlive a new credential.
            run(KeychainBackend::Job::Delete, m_service, workspace, {}, context, [=](const Result&) {
                callback(written);
            });
        });
}

/// Both the labelled entry and one stored before entries were labelled: a removed credential is gone.
void CredentialStore::remove(const QString& workspace, QObject* context, Callback callback)
{
    const QString label = entryLabel(workspace);
    run(KeychainBackend::Job::Delete, label, workspace, {}, context, [=, this](const Result& labelled) {
        // Nothing under the label: the unlabelled entry's answer says whether there was one at all.
        run(KeychainBackend::Job::Delete, m_service, workspace, {}, context, [=](const Result& legacy) {
            callback(labelled.notFound ? legacy : labelled);
        });
    });
}

CredentialStore::Result CredentialStore::wait(const std::function<void(Callback)>& start)
{
    Result result;
    bool done = false;
    QEventLoop loop;
    start([&](const Result& r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done) {
        loop.exec();
    }
    return result;
}

CredentialStore::Result CredentialStore::readNow(const QString& workspace)
{
    return wait([&](Callback done) { read(workspace, this, done); });
}

CredentialStore::Result CredentialStore::writeNow(const QString& workspace, const QString& secret)
{
    return wait([&](Callback done) { write(workspace, secret, this, done); });
}

CredentialStore::Result CredentialStore::removeNow(const QString& workspace)
{
    return wait([&](Callback done) { remove(workspace, this, done); });
}
