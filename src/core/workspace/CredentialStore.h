#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Workspace credentials in the OS keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Store)
// through QtKeychain (the vero-keychain module, loaded on first use: KeychainModule). Never falls back to a plain-text
// file: when no keychain is available the caller is told, and decides (the app offers a session-only credential).
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        bool notFound = false;   // the keychain works but holds nothing for this workspace
        QString secret;          // for reads
        QString error;           // translated; never contains the secret
        bool noKeychain = false; // this system has no keychain at all: nothing can be stored in one
    };
    using Callback = std::function<void(const Result&)>;

    static QString defaultService() { return QStringLiteral("vero-admin"); }

    explicit CredentialStore(const QString& service = defaultService(), QObject* parent = nullptr);

    // What a keychain manager (Seahorse, KWallet, Keychain Access) shows for a workspace's entry: "Vero Admin —
    // Production". QtKeychain labels an entry with its service name, so each workspace's entry has its own.
    QString entryLabel(const QString& workspace) const;

    // Asynchronous: the callback runs on the event loop, with `context` as its guard.
    void read(const QString& workspace, QObject* context, Callback callback);
    void write(const QString& workspace, const QString& secret, QObject* context, Callback callback);
    void remove(const QString& workspace, QObject* context, Callback callback);

    // Blocking forms, for WorkspaceService's *Now calls (veroctl has nothing else to do meanwhile) and tests.
    [[nodiscard]] Result readNow(const QString& workspace);
    [[nodiscard]] Result writeNow(const QString& workspace, const QString& secret);
    [[nodiscard]] Result removeNow(const QString& workspace);

private:
    Result wait(const std::function<void(Callback)>& start);

    QString m_service;
};
