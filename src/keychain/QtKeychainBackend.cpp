#include "keychain/QtKeychainBackend.h"

#include <QDBusConnection>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace {

KeychainBackend::Answer answerOf(const QKeychain::Job* job)
{
    KeychainBackend::Answer answer;
    switch (job->error()) {
        case QKeychain::NoError:
            if (const auto* read = qobject_cast<const QKeychain::ReadPasswordJob*>(job)) {
                answer.secret = read->textData();
            }
            break;
        case QKeychain::EntryNotFound:
            answer.error = KeychainBackend::Error::EntryNotFound;
            break;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            answer.error = KeychainBackend::Error::AccessDenied;
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            answer.error = KeychainBackend::Error::NoBackend;
            break;
        default:
            // QtKeychain reports a missing session bus as an "other" error in GLib's or D-Bus's words.
            answer.error = QDBusConnection::sessionBus().isConnected() ? KeychainBackend::Error::Other
                                                                       : KeychainBackend::Error::NoSessionBus;
            answer.errorString = job->errorString();
            break;
    }
    return answer;
}

QKeychain::Job* makeJob(KeychainBackend::Job job, const QString& service, const QString& secret, QObject* parent)
{
    switch (job) {
        case KeychainBackend::Job::Read:
            return new QKeychain::ReadPasswordJob(service, parent);
        case KeychainBackend::Job::Write: {
            auto* write = new QKeychain::WritePasswordJob(service, parent);
            write->setTextData(secret);
            return write;
        }
        case KeychainBackend::Job::Delete:
            return new QKeychain::DeletePasswordJob(service, parent);
    }
    return nullptr;
}

} // namespace

void QtKeychainBackend::start(Job job,
                              const QString& service,
                              const QString& key,
                              const QString& secret,
                              QObject* context,
                              Done done)
{
    QKeychain::Job* keychainJob = makeJob(job, service, secret, this);
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(key);
    QPointer<QObject> guard(context);
    connect(keychainJob, &QKeychain::Job::finished, context, [done, guard](QKeychain::Job* finished) {
        if (guard) {
            done(answerOf(finished));
        }
    });
    keychainJob->start();
}
