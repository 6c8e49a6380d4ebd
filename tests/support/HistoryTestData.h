#pragma once

#include "core/api/OperationInput.h"
#include "core/api/RequestBuilder.h"
#include "core/api/WireRequest.h"
#include "core/api/Workspace.h"
#include "core/history/HistoryEntry.h"
#include "core/history/HistorySchema.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

// Builds history rows the way the recorder does, for tests that write straight to the store.
namespace HistoryTestData {

inline Workspace workspace(const QString& name = QStringLiteral("test"))
{
    Workspace workspace;
    workspace.name = name;
    workspace.baseUrl = QUrl(QStringLiteral("https://api.example.test/api/v2"));
    return workspace;
}

inline HistoryEntry entry(const OperationInput& input,
                          const QDateTime& time,
                          HistoryEntry::StatusClass statusClass = HistoryEntry::StatusClass::Success,
                          const QString& workspaceName = QStringLiteral("test"))
{
    const ApiRequest request = RequestBuilder::build(input).request;
    const WireRequest wire = WireRequest::redacted(request, workspace(workspaceName));
    HistoryEntry entry;
    entry.time = time;
    entry.workspace = workspaceName;
    entry.operatorName = QStringLiteral("tester");
    entry.setRequest(input, wire.method, wire.url, wire.body);
    entry.statusClass = statusClass;
    switch (statusClass) {
        case HistoryEntry::StatusClass::Success:
            entry.httpStatus = 200;
            entry.message = QStringLiteral("Success.");
            entry.responseBody = QStringLiteral(R"({"status":200,"message":"Success."})");
            break;
        case HistoryEntry::StatusClass::Rejected:
            entry.httpStatus = 400;
            entry.message = QStringLiteral("Bad request.");
            break;
        case HistoryEntry::StatusClass::Failed:
            entry.networkError = QStringLiteral("The connection to api.example.test was refused.");
            break;
        case HistoryEntry::StatusClass::NotSent:
            entry.networkError = QStringLiteral("Plain http:// is not allowed.");
            break;
        case HistoryEntry::StatusClass::Cancelled:
            entry.networkError = QStringLiteral("Cancelled while waiting for the answer from api.example.test.");
            break;
        case HistoryEntry::StatusClass::Unknown:
            entry.networkError = QStringLiteral("No answer from api.example.test within 30 seconds.");
            break;
        case HistoryEntry::StatusClass::Pending:
            break;
    }
    entry.elapsedMs = 42;
    return entry;
}

inline OperationInput identify(const QString& id, const QString& email = QString(), const QString& data = QString())
{
    OperationInput input;
    input.operation = Operation::Identify;
    input.id = id;
    input.email = email;
    input.data = data;
    return input;
}

inline OperationInput
trackEvent(const QString& id, const QString& name, const QString& data = QString(), const QString& extras = QString())
{
    OperationInput input;
    input.operation = Operation::TrackEvent;
    input.id = id;
    input.eventName = name;
    input.data = data;
    input.extras = extras;
    return input;
}

inline OperationInput tags(const QString& id, const QStringList& add, const QStringList& remove = {})
{
    OperationInput input;
    input.operation = Operation::TagsEdit;
    input.id = id;
    input.tagsAdd = add;
    input.tagsRemove = remove;
    return input;
}

inline OperationInput simple(Operation operation, const QString& id)
{
    OperationInput input;
    input.operation = operation;
    input.id = id;
    return input;
}

// `count` accepted identifies of users prefix0, prefix1, ... sent at `time`, for tests that need many rows.
inline QList<HistoryEntry> identifies(int count, const QDateTime& time, const QString& prefix = QStringLiteral("u"))
{
    QList<HistoryEntry> rows;
    for (int i = 0; i < count; ++i) {
        rows << entry(identify(prefix + QString::number(i)), time);
    }
    return rows;
}

inline QByteArray readAll(const QString& fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Not a database at all: what a disk error or a stray program can leave where the history should be.
inline QByteArray writeGarbage(const QString& fileName)
{
    QByteArray garbage;
    for (int i = 0; i < 500; ++i) {
        garbage += "this is not an SQLite database, it was damaged by a disk error\n";
    }
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(garbage) == garbage.size() ? garbage : QByteArray();
}

// Keeps the header page (4 KiB) of a database file and overwrites everything after it: the file still opens,
// its tables cannot be read. False when the file is too small to have pages past the header.
inline bool wreckAfterHeader(const QString& fileName)
{
    constexpr qint64 HeaderPage = 4096;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadWrite) || file.size() <= 2 * HeaderPage) {
        return false;
    }
    const qint64 size = file.size();
    return file.seek(HeaderPage) && file.write(QByteArray(size - HeaderPage, '\xA5')) == size - HeaderPage;
}

// Overwrites the root page of index `index` in a closed database file with garbage: the file opens and its
// table reads, but the next write that updates the index finds the damage (SQLITE_CORRUPT).
inline bool wreckIndex(const QString& fileName, const QString& index)
{
    const QString connection = QStringLiteral("wreck-index");
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(fileName);
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))
            && query.exec(QStringLiteral("PRAGMA page_size")) && query.next()) {
            pageSize = query.value(0).toLongLong();
            query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
            query.addBindValue(index);
            page = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    QFile file(fileName);
    return page > 1 && pageSize > 0 && file.open(QIODevice::ReadWrite) && file.seek((page - 1) * pageSize)
           && file.write(QByteArray(pageSize, '\xA5')) == pageSize;
}

// A sound history (in WAL mode, as every history is) at version 2 with `events` track events whose dedup keys version 3
// computes: migrating it must write more pages than it has. Returns its page count, 0 on failure.
inline int writeVersion2History(const QString& fileName, int events)
{
    const QString connection = QStringLiteral("version-2");
    int pages = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(fileName);
        bool done = db.open() && db.transaction();
        QSqlQuery query(db);
        for (int version = 1; version <= 2 && done; ++version) {
            for (const QString& statement : HistorySchema::statements(version)) {
                done = done && query.exec(statement);
            }
        }
        query.prepare(QStringLiteral("INSERT INTO requests (time_ms, operation, user_id, event_name, input_json) "
                                     "VALUES (1, ?, ?, 'Viewed product', ?)"));
        for (int i = 0; i < events && done; ++i) {
            const OperationInput input = trackEvent(QStringLiteral("user-%1").arg(i),
                                                    QStringLiteral("Viewed product"),
                                                    QStringLiteral("{\"sku\":%1}").arg(i));
            query.addBindValue(Operations::key(Operation::TrackEvent));
            query.addBindValue(input.id);
            query.addBindValue(QString::fromUtf8(QJsonDocument(input.toJson()).toJson(QJsonDocument::Compact)));
            done = query.exec();
        }
        done = done && db.commit() && query.exec(QStringLiteral("PRAGMA user_version = 2"))
               && query.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
               && query.exec(QStringLiteral("PRAGMA page_count")) && query.next();
        pages = done ? query.value(0).toInt() : 0;
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return pages;
}

// Sets PRAGMA user_version of a closed database file, as a newer (or older) program would have left it.
inline bool setUserVersion(const QString& fileName, int version)
{
    const QString connection = QStringLiteral("set-user-version");
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(fileName);
        done = db.open() && QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return done;
}

} // namespace HistoryTestData
