#pragma once

#include <QObject>
#include <QString>
#include <QtPlugin>

#include <functional>

// What CredentialStore asks of a system keychain. The one implementation (src/keychain, QtKeychain over D-Bus,
// KWallet, Keychain Access, the Windows Credential Store) is a module loaded on the first keychain job, so that
// a run which never needs the keychain (veroctl with $VERO_AUTH_TOKEN, the app on the sandbox) does not load
// QtKeychain, QtDBus and libdbus at start-up.
class KeychainBackend
{
public:
    enum class Job
    {
        Read,
        Write,
        Delete
    };
    enum class Error
    {
        None,
        EntryNotFound,
        AccessDenied, // locked, or the user declined
        NoBackend,    // this system has no keychain at all
        NoSessionBus, // a keychain reached through D-Bus, with no session bus to reach it
        Other,
    };
    struct Answer
    {
        Error error = Error::None;
        QString secret;      // for reads
        QString errorString; // the keychain's own words, for Error::Other
    };
    using Done = std::function<void(const Answer&)>;

    virtual ~KeychainBackend() = default;

    // One job on the entry `key` of `service` (the entry's label). `done` runs on the event loop once, unless
    // `context` is gone by then. `secret` is only used by Job::Write.
    virtual void
    start(Job job, const QString& service, const QString& key, const QString& secret, QObject* context, Done done)
        = 0;
};

#define VeroKeychainBackend_iid "com.getvero.VeroAdmin.KeychainBackend/1"
Q_DECLARE_INTERFACE(KeychainBackend, VeroKeychainBackend_iid)
