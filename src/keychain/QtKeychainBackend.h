#pragma once

#include "core/workspace/KeychainBackend.h"

#include <QObject>

// The keychain module (vero-keychain.so): QtKeychain's jobs behind KeychainBackend. Only this module links
// QtKeychain and QtDBus; CredentialStore loads it the first time a credential is read, stored or removed.
class QtKeychainBackend : public QObject, public KeychainBackend
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VeroKeychainBackend_iid)
    Q_INTERFACES(KeychainBackend)
public:
    using QObject::QObject;

    void start(Job job, const QString& service, const QString& key, const QString& secret, QObject* context, Done done)
        override;
};
