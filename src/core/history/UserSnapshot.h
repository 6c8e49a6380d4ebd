#pragma once

#include "core/api/OperationInput.h"
#include "core/history/HistoryEntry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The last known state of one user, rebuilt from the accepted requests in the history (the Track API has no
// read endpoint). Used to restore a deleted user: it becomes an identify and a tags edit for review. Events
// cannot be restored; eventCount says how many are lost.
struct UserSnapshot
{
    QString userId;
    QStringList previousIds; // ids this user had before an alias, oldest first
    QString email;
    QString phone;
    QJsonObject properties; // identify data and edit changes, later values winning
    QJsonArray channels;    // one per address, latest wins
    QStringList tags;       // after every add and remove
    bool unsubscribed = false;
    bool deleted = false; // the last thing the history knows is a delete
    QDateTime deletedAt;
    QDateTime lastChange; // time of the last accepted request that changed the state
    int requestCount = 0; // accepted requests the state was rebuilt from
    int eventCount = 0;   // events sent: they cannot be restored

    // The state of `userId` after `rows`, oldest first: the user's requests and those about ids it had before an
    // alias. Only accepted rows count; the others never changed the user. No database: the store reads the rows.
    static UserSnapshot rebuild(const QString& userId, const QList<HistoryEntry>& rows);

    bool isEmpty() const { return requestCount == 0; }
    // An identify that recreates the user: id, email, phone, channels and properties.
    OperationInput identifyInput() const;
    // A tags edit that adds the tags back; empty operation input (no tags) when there are none.
    OperationInput tagsInput() const;
};
