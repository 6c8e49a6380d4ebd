#include "core/history/HistoryStore.h"

#include "core/api/EventName.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>

#include <atomic>

namespace {

// SQLite result codes (sqlite3.h) that Qt reports as QSqlError::nativeErrorCode().
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADatabase = 26;

int nativeCode(const QSqlError& error)
{
    // Extended codes carry the primary code in the low byte.
    return error.nativeErrorCode().toInt() & 0xff;
}

// Columns of the table view and filters; the bodies and the form input are only read when asked for.
const QString SummaryColumns = QStringLiteral(
    "id, time_ms, workspace, operator, source, operation, method, url, user_id, new_user_id, email, event_name, "
    "dedup_key, status_class, http_status, message, response_truncated, response_size, elapsed_ms, network_error");
const QString BodyColumns = QStringLiteral(", request_body, response_body, input_json");

HistoryEntry entryFromQuery(const QSqlQuery& query, bool withBodies)
{
    HistoryEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    entry.workspace = query.value(2).toString();
    entry.operatorName = query.value(3).toString();
    entry.source = HistoryEntry::sourceFromKey(query.value(4).toString());
    entry.operation = Operations::fromKey(query.value(5).toString()).value_or(Operation::Identify);
    entry.method = query.value(6).toString();
    entry.url = query.value(7).toString();
    entry.userId = query.value(8).toString();
    entry.newUserId = query.value(9).toString();
    entry.email = query.value(10).toString();
    entry.eventName = query.value(11).toString();
    entry.dedupKey = query.value(12).toString();
    entry.statusClass = HistoryEntry::StatusClass(query.value(13).toInt());
    entry.httpStatus = query.value(14).toInt();
    entry.message = query.value(15).toString();
    entry.responseTruncated = query.value(16).toBool();
    entry.responseSize = query.value(17).toLongLong();
    entry.elapsedMs = query.value(18).toLongLong();
    entry.networkError = query.value(19).toString();
    if (withBodies) {
        entry.requestBody = query.value(20).toString();
        entry.responseBody = query.value(21).toString();
        entry.input = QJsonDocument::fromJson(query.value(22).toString().toUtf8()).object();
    }
    return entry;
}

// A null QString binds as SQL NULL, which the NOT NULL DEFAULT '' text columns refuse: an identify without an
// email would go unrecorded. Bind an empty string instead.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// One row of the requests table, in the column order of insertStatement().
QString insertStatement()
{
    return QStringLiteral(
        "INSERT INTO requests (time_ms, workspace, operator, source, operation, method, url, request_body, "
        "user_id, new_user_id, email, event_name, dedup_key, status_class, http_status, message, response_body, "
        "response_truncated, response_size, elapsed_ms, network_error, input_json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

QVariantList insertValues(const HistoryEntry& entry)
{
    return {entry.time.toMSecsSinceEpoch(),
            text(entry.workspace),
            text(entry.operatorName),
            HistoryEntry::sourceKey(entry.source),
            Operations::key(entry.operation),
            text(entry.method),
            text(entry.url),
            text(entry.requestBody),
            text(entry.userId),
            text(entry.newUserId),
            text(entry.email),
            text(entry.eventName),
            text(entry.dedupKey),
            int(entry.statusClass),
            entry.httpStatus,
            text(entry.message),
            text(entry.responseBody),
            entry.responseTruncated,
            entry.responseSize,
            entry.elapsedMs,
            text(entry.networkError),
            QString::fromUtf8(QJsonDocument(entry.input).toJson(QJsonDocument::Compact))};
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString statusClassKey(HistoryEntry::StatusClass statusClass)
{
    switch (statusClass) {
        case HistoryEntry::StatusClass::Pending:
            return QStringLiteral("pending");
        case HistoryEntry::StatusClass::Success:
            return QStringLiteral("success");
        case HistoryEntry::StatusClass::Rejected:
            return QStringLiteral("rejected");
        case HistoryEntry::StatusClass::Failed:
            return QStringLiteral("failed");
        case HistoryEntry::StatusClass::NotSent:
            return QStringLiteral("not_sent");
    }
    return {};
}

QJsonObject entryToJson(const HistoryEntry& entry)
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), entry.id);
    json.insert(QStringLiteral("time"), entry.time.toString(Qt::ISODateWithMs));
    json.insert(QStringLiteral("workspace"), entry.workspace);
    json.insert(QStringLiteral("operator"), entry.operatorName);
    json.insert(QStringLiteral("source"), HistoryEntry::sourceKey(entry.source));
    json.insert(QStringLiteral("operation"), Operations::key(entry.operation));
    json.insert(QStringLiteral("method"), entry.method);
    json.insert(QStringLiteral("url"), entry.url);
    json.insert(QStringLiteral("user_id"), entry.userId);
    json.insert(QStringLiteral("new_user_id"), entry.newUserId);
    json.insert(QStringLiteral("email"), entry.email);
    json.insert(QStringLiteral("event_name"), entry.eventName);
    json.insert(QStringLiteral("status_class"), statusClassKey(entry.statusClass));
    json.insert(QStringLiteral("http_status"), entry.httpStatus);
    json.insert(QStringLiteral("message"), entry.message);
    json.insert(QStringLiteral("elapsed_ms"), entry.elapsedMs);
    json.insert(QStringLiteral("network_error"), entry.networkError);
    const QJsonDocument body = QJsonDocument::fromJson(entry.requestBody.toUtf8());
    json.insert(QStringLiteral("request_body"),
                body.isObject() ? QJsonValue(body.object()) : QJsonValue(entry.requestBody));
    json.insert(QStringLiteral("response_body"), entry.responseBody);
    json.insert(QStringLiteral("response_truncated"), entry.responseTruncated);
    json.insert(QStringLiteral("response_size"), entry.responseSize);
    json.insert(QStringLiteral("input"), entry.input);
    return json;
}

const QStringList CsvColumns {
    QStringLiteral("id"),
    QStringLiteral("time"),
    QStringLiteral("workspace"),
    QStringLiteral("operator"),
    QStringLiteral("source"),
    QStringLiteral("operation"),
    QStringLiteral("method"),
    QStringLiteral("url"),
    QStringLiteral("user_id"),
    QStringLiteral("new_user_id"),
    QStringLiteral("email"),
    QStringLiteral("event_name"),
    QStringLiteral("status_class"),
    QStringLiteral("http_status"),
    QStringLiteral("message"),
    QStringLiteral("elapsed_ms"),
    QStringLiteral("network_error"),
    QStringLiteral("request_body"),
    QStringLiteral("response_body"),
    QStringLiteral("response_truncated"),
};

QStringList csvRow(const HistoryEntry& entry)
{
    return {QString::number(entry.id),
            entry.time.toString(Qt::ISODateWithMs),
            entry.workspace,
            entry.operatorName,
            HistoryEntry::sourceKey(entry.source),
            Operations::key(entry.operation),
            entry.method,
            entry.url,
            entry.userId,
            entry.newUserId,
            entry.email,
            entry.eventName,
            statusClassKey(entry.statusClass),
            QString::number(entry.httpStatus),
            entry.message,
            QString::number(entry.elapsedMs),
            entry.networkError,
            entry.requestBody,
            entry.responseBody,
            entry.responseTruncated ? QStringLiteral("true") : QStringLiteral("false")};
}

void mergeChannels(QJsonArray& channels, const QJsonArray& incoming)
{
    for (const QJsonValue& value : incoming) {
        const QString address = value.toObject().value(QLatin1String("address")).toString();
        bool replaced = false;
        for (qsizetype i = 0; i < channels.size(); ++i) {
            if (channels.at(i).toObject().value(QLatin1String("address")).toString() == address) {
                channels.replace(i, value);
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            channels.append(value);
        }
    }
}

QJsonObject parseObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
} // namespace

HistoryStore::HistoryStore(QObject* parent)
    : HistoryStore(defaultFilePath(), parent)
{
}

HistoryStore::HistoryStore(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_filePath(filePath)
{
    static std::atomic<int> counter {0};
    m_connectionName = QStringLiteral("vero-history-%1").arg(++counter);
}

HistoryStore::~HistoryStore()
{
    closeDatabase();
}

QString HistoryStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite");
}

QSqlDatabase HistoryStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

void HistoryStore::closeDatabase()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        return;
    }
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QStringList HistoryStore::schemaStatements(int version)
{
    if (version == 1) {
        return {QStringLiteral("CREATE TABLE requests ("
                               "id INTEGER PRIMARY KEY, "
                               "time_ms INTEGER NOT NULL, "
                               "workspace TEXT NOT NULL DEFAULT '', "
                               "operator TEXT NOT NULL DEFAULT '', "
                               "source TEXT NOT NULL DEFAULT 'gui', "
                               "operation TEXT NOT NULL, "
                               "method TEXT NOT NULL DEFAULT '', "
                               "url TEXT NOT NULL DEFAULT '', "
                               "request_body TEXT NOT NULL DEFAULT '', "
                               "user_id TEXT NOT NULL DEFAULT '', "
                               "email TEXT NOT NULL DEFAULT '', "
                               "event_name TEXT NOT NULL DEFAULT '', "
                               "http_status INTEGER NOT NULL DEFAULT 0, "
                               "message TEXT NOT NULL DEFAULT '', "
                               "response_body TEXT NOT NULL DEFAULT '', "
                               "elapsed_ms INTEGER NOT NULL DEFAULT 0, "
                               "network_error TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX requests_user_id ON requests(user_id)"),
                QStringLiteral("CREATE INDEX requests_time ON requests(time_ms)")};
    }
    if (version == 2) {
        // Version 2: status classes, alias targets, event dedup keys, response cut marks and the form input.
        return {
            QStringLiteral("ALTER TABLE requests ADD COLUMN status_class INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN new_user_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN dedup_key TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN response_truncated INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN response_size INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN input_json TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE requests SET status_class = CASE "
                           "WHEN http_status BETWEEN 200 AND 299 THEN 1 "
                           "WHEN http_status BETWEEN 400 AND 499 THEN 2 "
                           "WHEN http_status > 0 OR network_error != '' THEN 3 ELSE 0 END, "
                           "response_size = length(CAST(response_body AS BLOB))"),
            // Every filter the pane offers is an index lookup; the rowid in each index keeps id order.
            QStringLiteral("CREATE INDEX requests_email ON requests(email COLLATE NOCASE)"),
            QStringLiteral("CREATE INDEX requests_new_user_id ON requests(new_user_id)"),
            QStringLiteral("CREATE INDEX requests_operation ON requests(operation)"),
            QStringLiteral("CREATE INDEX requests_status_class ON requests(status_class)"),
            QStringLiteral("CREATE INDEX requests_dedup ON requests(dedup_key, time_ms)"),
        };
    }
    return {};
}

/// Opens the file at m_filePath; on failure moves it aside and starts a new one; as a last resort keeps the
/// history in memory so the app runs on.
bool HistoryStore::open()
{
    closeDatabase();
    m_notice.clear();
    m_lastError.clear();
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());

    QString reason;
    switch (openFile(m_filePath, &reason)) {
        case OpenResult::Ok:
            m_persistent = true;
            return true;
        case OpenResult::Busy:
            openInMemory(tr("The history file %1 is locked by another program (%2). This session's requests are "
                            "kept in memory only.")
                             .arg(QDir::toNativeSeparators(m_filePath), reason));
            return false;
        case OpenResult::TooNew:
            openInMemory(tr("The history file %1 was written by a newer version of Vero Admin and is left "
                            "untouched. This session's requests are kept in memory only.")
                             .arg(QDir::toNativeSeparators(m_filePath)));
            return false;
        case OpenResult::Broken:
            break;
    }
    closeDatabase();
    if (!moveAside(reason)) {
        return false;
    }
    QString secondReason;
    if (openFile(m_filePath, &secondReason) == OpenResult::Ok) {
        m_persistent = true;
        emit recovered(m_notice);
        return true;
    }
    closeDatabase();
    openInMemory(tr("A new history file could not be created at %1 (%2). This session's requests are kept in "
                    "memory only.")
                     .arg(QDir::toNativeSeparators(m_filePath), secondReason));
    return false;
}

HistoryStore::OpenResult HistoryStore::openFile(const QString& path, QString* reason)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    const auto classify = [reason](const QSqlError& error) {
        *reason = error.text();
        const int code = nativeCode(error);
        return code == SqliteBusy || code == SqliteLocked ? OpenResult::Busy : OpenResult::Broken;
    };
    if (QFileInfo(path).isDir()) {
        *reason = tr("it is a folder, not a file");
        return OpenResult::Broken;
    }
    if (!db.open()) {
        return classify(db.lastError());
    }
    QSqlQuery query(db);
    // WAL: readers (the pane) never wait for the writer (a bulk run), and a crash loses no committed row.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        || !query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        || !query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return classify(query.lastError());
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version > SchemaVersion) {
        return OpenResult::TooNew;
    }
    if (version < SchemaVersion && !migrate(version, reason)) {
        return OpenResult::Broken;
    }
    // Reads a page of the table, so a file whose header is fine but whose table is not is caught here.
    if (!query.exec(QStringLiteral("SELECT id, time_ms, status_class FROM requests ORDER BY id DESC LIMIT 1"))) {
        return classify(query.lastError());
    }
    return OpenResult::Ok;
}

bool HistoryStore::migrate(int from, QString* reason)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    // IMMEDIATE: a second process opening the same file at the same moment waits instead of migrating twice.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *reason = query.lastError().text();
        return false;
    }
    const auto fail = [&](const QSqlError& error) {
        *reason = error.text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return fail(query.lastError());
    }
    int version = query.value(0).toInt();
    query.finish();
    version = std::max(version, from);
    for (int next = version + 1; next <= SchemaVersion; ++next) {
        const QStringList statements = schemaStatements(next);
        for (const QString& statement : statements) {
            if (!query.exec(statement)) {
                return fail(query.lastError());
            }
        }
        if (next == 2 && !migrateTo2(reason)) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(next))) {
            return fail(query.lastError());
        }
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        return fail(query.lastError());
    }
    return true;
}

/// Fills the version 2 columns of rows written by version 1 from their request bodies.
bool HistoryStore::migrateTo2(QString* reason)
{
    QSqlDatabase db = database();
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, operation, workspace, request_body FROM requests"))) {
        *reason = rows.lastError().text();
        return false;
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE requests SET input_json = ?, new_user_id = ?, dedup_key = ? WHERE id = ?"));
    while (rows.next()) {
        const Operation operation = Operations::fromKey(rows.value(1).toString()).value_or(Operation::Identify);
        const OperationInput input = HistoryEntry::inputFromBody(operation, parseObject(rows.value(3).toString()));
        update.addBindValue(QString::fromUtf8(QJsonDocument(input.toJson()).toJson(QJsonDocument::Compact)));
        update.addBindValue(text(operation == Operation::Alias ? input.newId : QString()));
        update.addBindValue(text(dedupKey(rows.value(2).toString(), input)));
        update.addBindValue(rows.value(0));
        if (!update.exec()) {
            *reason = update.lastError().text();
            return false;
        }
    }
    return true;
}

/// Renames the database (and its -wal/-shm companions) with a timestamp, so nothing is lost and a new file
/// can take its place.
bool HistoryStore::moveAside(const QString& reason)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = m_filePath + QStringLiteral(".broken-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n) {
        target = m_filePath + QStringLiteral(".broken-") + stamp + QLatin1Char('-') + QString::number(n);
    }
    if (QFileInfo::exists(m_filePath) && !QDir().rename(m_filePath, target)) {
        openInMemory(tr("The history file %1 could not be read (%2) and could not be moved aside. This session's "
                        "requests are kept in memory only.")
                         .arg(QDir::toNativeSeparators(m_filePath), reason));
        return false;
    }
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString companion = m_filePath + QLatin1String(suffix);
        if (QFileInfo::exists(companion) && !QDir().rename(companion, target + QLatin1String(suffix))) {
            QFile::remove(companion);
        }
    }
    m_notice = tr("The history file could not be read (%1). It was moved to %2 and a new, empty history was "
                  "started.")
                   .arg(reason, QDir::toNativeSeparators(target));
    return true;
}

void HistoryStore::openInMemory(const QString& reason)
{
    closeDatabase();
    m_persistent = false;
    m_notice = reason;
    QString ignored;
    if (openFile(QStringLiteral(":memory:"), &ignored) != OpenResult::Ok) {
        m_notice += QLatin1Char(' ') + tr("History is not available: %1").arg(ignored);
    }
    emit recovered(m_notice);
}

bool HistoryStore::recoverIfCorrupt(const QSqlError& error)
{
    const int code = nativeCode(error);
    if (!m_persistent || (code != SqliteCorrupt && code != SqliteNotADatabase && code != SqliteCantOpen)) {
        return false;
    }
    closeDatabase();
    if (!moveAside(error.text())) {
        emit rowsRemoved();
        return false;
    }
    QString reason;
    if (openFile(m_filePath, &reason) != OpenResult::Ok) {
        openInMemory(tr("A new history file could not be created at %1 (%2). This session's requests are kept in "
                        "memory only.")
                         .arg(QDir::toNativeSeparators(m_filePath), reason));
    } else {
        emit recovered(m_notice);
    }
    emit rowsRemoved();
    return true;
}

bool HistoryStore::recoverAfterRead(const QSqlError& error) const
{
    // Reads are const for their callers; a damaged file is replaced all the same, so the next read works.
    return const_cast<HistoryStore*>(this)->recoverIfCorrupt(error);
}

void HistoryStore::reportWriteFailure(const QString& what, const QSqlError& error)
{
    m_lastError = tr("%1 could not be written to the history file %2: %3")
                      .arg(what, QDir::toNativeSeparators(m_filePath), error.text());
    emit writeFailed(m_lastError);
}

QString HistoryStore::normalisedEventName(const QString& name)
{
    return EventName::normalised(name);
}

QString HistoryStore::dedupKey(const QString& workspace, const OperationInput& input)
{
    if (input.operation != Operation::TrackEvent) {
        return {};
    }
    const QString user = !input.id.trimmed().isEmpty()      ? QStringLiteral("id:") + input.id.trimmed()
                         : !input.email.trimmed().isEmpty() ? QStringLiteral("email:") + input.email.trimmed().toLower()
                                                            : QString();
    if (user.isEmpty()) {
        return {};
    }
    QString part;
    const QJsonObject data = parseObject(input.data);
    if (!data.isEmpty()) {
        // QJsonObject keeps keys sorted, so the compact text is the same for the same properties.
        part = QStringLiteral("data:") + QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    } else {
        const QJsonValue checkId = parseObject(input.extras).value(QLatin1String("check_id"));
        if (!checkId.isUndefined() && !checkId.isNull()) {
            part = QStringLiteral("check_id:") + checkId.toVariant().toString();
        }
    }
    const QString key
        = workspace + QChar(0x1f) + user + QChar(0x1f) + normalisedEventName(input.eventName) + QChar(0x1f) + part;
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex());
}

qint64 HistoryStore::insert(HistoryEntry entry, const QString& secret)
{
    entry.redact(secret);
    if (!entry.time.isValid()) {
        entry.time = QDateTime::currentDateTimeUtc();
    }
    if (entry.operatorName.isEmpty()) {
        entry.operatorName = HistoryEntry::currentOperator();
    }
    entry.dedupKey = dedupKey(entry.workspace, entry.operationInput());
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery query(database());
        query.prepare(insertStatement());
        for (const QVariant& value : insertValues(entry)) {
            query.addBindValue(value);
        }
        if (query.exec()) {
            const qint64 id = query.lastInsertId().toLongLong();
            emit rowInserted(id);
            return id;
        }
        const QSqlError error = query.lastError();
        query.finish();
        if (attempt == 0 && recoverIfCorrupt(error)) {
            continue; // a new database is in place: write the row there
        }
        reportWriteFailure(tr("The request to %1").arg(entry.url), error);
        return 0;
    }
    return 0;
}

bool HistoryStore::complete(qint64 id, const ApiResult& result, const QString& secret)
{
    HistoryEntry reply;
    reply.setResult(result);
    reply.redact(secret);
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE requests SET status_class = ?, http_status = ?, message = ?, "
                                 "response_body = ?, response_truncated = ?, response_size = ?, elapsed_ms = ?, "
                                 "network_error = ? WHERE id = ?"));
    for (const QVariant& value : QVariantList {int(reply.statusClass),
                                               reply.httpStatus,
                                               text(reply.message),
                                               text(reply.responseBody),
                                               reply.responseTruncated,
                                               reply.responseSize,
                                               reply.elapsedMs,
                                               text(reply.networkError),
                                               id}) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        recoverIfCorrupt(error);
        reportWriteFailure(tr("The reply to request %1").arg(id), error);
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_lastError = tr("The reply to request %1 could not be recorded: its history row is gone (history cleared "
                         "or replaced while the request was under way).")
                          .arg(id);
        emit writeFailed(m_lastError);
        return false;
    }
    emit rowCompleted(id);
    return true;
}

qint64 HistoryStore::insertMany(const QList<HistoryEntry>& entries)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        reportWriteFailure(tr("%n request(s)", nullptr, int(entries.size())), db.lastError());
        return 0;
    }
    QSqlQuery query(db);
    query.prepare(insertStatement());
    qint64 written = 0;
    for (HistoryEntry entry : entries) {
        entry.redact();
        entry.dedupKey = dedupKey(entry.workspace, entry.operationInput());
        const QVariantList values = insertValues(entry);
        for (int i = 0; i < values.size(); ++i) {
            query.bindValue(i, values.at(i));
        }
        if (!query.exec()) {
            reportWriteFailure(tr("%n request(s)", nullptr, int(entries.size())), query.lastError());
            db.rollback();
            return 0;
        }
        ++written;
    }
    if (!db.commit()) {
        reportWriteFailure(tr("%n request(s)", nullptr, int(entries.size())), db.lastError());
        db.rollback();
        return 0;
    }
    emit rowsRemoved(); // many rows changed at once: views reload
    return written;
}

QString HistoryStore::whereClause(const Filter& filter, QVariantList* values) const
{
    QStringList terms;
    const QString user = filter.user.trimmed();
    if (!user.isEmpty()) {
        terms << QStringLiteral("(user_id = ? OR new_user_id = ? OR email = ? COLLATE NOCASE)");
        *values << user << user << user;
    }
    if (filter.operation) {
        terms << QStringLiteral("operation = ?");
        *values << Operations::key(*filter.operation);
    }
    switch (filter.status) {
        case StatusFilter::Any:
            break;
        case StatusFilter::Success:
            terms << QStringLiteral("status_class = 1");
            break;
        case StatusFilter::Rejected:
            terms << QStringLiteral("status_class = 2");
            break;
        case StatusFilter::Failed:
            terms << QStringLiteral("status_class IN (3, 4)");
            break;
        case StatusFilter::Pending:
            terms << QStringLiteral("status_class = 0");
            break;
    }
    if (filter.from.isValid()) {
        terms << QStringLiteral("time_ms >= ?");
        *values << filter.from.toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        terms << QStringLiteral("time_ms < ?");
        *values << filter.to.toMSecsSinceEpoch();
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        const QStringList columns {QStringLiteral("user_id"),
                                   QStringLiteral("new_user_id"),
                                   QStringLiteral("email"),
                                   QStringLiteral("event_name"),
                                   QStringLiteral("message"),
                                   QStringLiteral("network_error"),
                                   QStringLiteral("url"),
                                   QStringLiteral("request_body"),
                                   QStringLiteral("response_body"),
                                   QStringLiteral("workspace"),
                                   QStringLiteral("operator")};
        QStringList likes;
        for (const QString& column : columns) {
            likes << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
            *values << likePattern(text);
        }
        terms << QLatin1Char('(') + likes.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return terms.join(QStringLiteral(" AND "));
}

QSqlQuery HistoryStore::prepareFetch(const Filter& filter, const Page& page) const
{
    QVariantList values;
    QString where = whereClause(filter, &values);
    const bool descending = page.order == Qt::DescendingOrder;
    if (page.after > 0) {
        where += (where.isEmpty() ? QString() : QStringLiteral(" AND "))
                 + (descending ? QStringLiteral("id < ?") : QStringLiteral("id > ?"));
        values << page.after;
    }
    QString sql = QStringLiteral("SELECT ") + SummaryColumns + (page.withBodies ? BodyColumns : QString())
                  + QStringLiteral(" FROM requests");
    if (!where.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + where;
    }
    sql += descending ? QStringLiteral(" ORDER BY id DESC") : QStringLiteral(" ORDER BY id ASC");
    if (page.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << page.limit;
    }
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : std::as_const(values)) {
        query.addBindValue(value);
    }
    return query;
}

QList<HistoryEntry> HistoryStore::fetch(const Filter& filter, const Page& page) const
{
    QList<HistoryEntry> entries;
    QSqlQuery query = prepareFetch(filter, page);
    if (!query.exec()) {
        recoverAfterRead(query.lastError());
        return entries;
    }
    while (query.next()) {
        entries.append(entryFromQuery(query, page.withBodies));
    }
    return entries;
}

QString HistoryStore::queryPlan(const Filter& filter, const Page& page) const
{
    QSqlQuery query = prepareFetch(filter, page);
    const QString sql = query.lastQuery();
    const QVariantList values = query.boundValues();
    QSqlQuery explain(database());
    explain.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    for (const QVariant& value : values) {
        explain.addBindValue(value);
    }
    if (!explain.exec()) {
        return explain.lastError().text();
    }
    QStringList lines;
    while (explain.next()) {
        lines << explain.value(3).toString();
    }
    return lines.join(QLatin1Char('\n'));
}

std::optional<HistoryEntry> HistoryStore::entry(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT ") + SummaryColumns + BodyColumns
                  + QStringLiteral(" FROM requests WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        recoverAfterRead(query.lastError());
        return std::nullopt;
    }
    if (!query.next()) {
        return std::nullopt;
    }
    return entryFromQuery(query, true);
}

qint64 HistoryStore::count(const Filter& filter) const
{
    QVariantList values;
    const QString where = whereClause(filter, &values);
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT count(*) FROM requests")
                  + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    for (const QVariant& value : std::as_const(values)) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        recoverAfterRead(query.lastError());
        return 0;
    }
    return query.value(0).toLongLong();
}

QList<HistoryEntry> HistoryStore::userTimeline(const QString& user) const
{
    if (user.trimmed().isEmpty()) {
        return {};
    }
    Filter filter;
    filter.user = user;
    Page page;
    page.limit = 0;
    page.order = Qt::AscendingOrder;
    page.withBodies = true;
    return fetch(filter, page);
}

UserSnapshot HistoryStore::lastKnownState(const QString& userId) const
{
    UserSnapshot snapshot;
    snapshot.userId = userId.trimmed();
    if (snapshot.userId.isEmpty()) {
        return snapshot;
    }
    // Follow accepted aliases back: the user may have been known under older ids. The unary + keeps SQLite on the
    // id indexes: most rows are successes, so the status_class index would mean reading most of the table.
    QStringList ids {snapshot.userId};
    for (qsizetype i = 0; i < ids.size() && ids.size() < 50; ++i) {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("SELECT user_id FROM requests WHERE new_user_id = ? AND +operation = 'alias' "
                                     "AND +status_class = 1 ORDER BY id"));
        query.addBindValue(ids.at(i));
        if (!query.exec()) {
            break;
        }
        while (query.next()) {
            const QString older = query.value(0).toString();
            if (!older.isEmpty() && !ids.contains(older)) {
                ids.append(older);
            }
        }
    }

    QString placeholders = QStringLiteral("?");
    for (qsizetype i = 1; i < ids.size(); ++i) {
        placeholders += QStringLiteral(", ?");
    }
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT ") + SummaryColumns + BodyColumns
        + QStringLiteral(" FROM requests WHERE (user_id IN (%1) OR new_user_id IN (%1)) AND +status_class = 1 "
                         "ORDER BY id")
              .arg(placeholders));
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString& id : std::as_const(ids)) {
            query.addBindValue(id);
        }
    }
    if (!query.exec()) {
        recoverAfterRead(query.lastError());
        return snapshot;
    }
    QStringList tags;
    while (query.next()) {
        const HistoryEntry entry = entryFromQuery(query, true);
        const OperationInput input = entry.operationInput();
        ++snapshot.requestCount;
        snapshot.lastChange = entry.time;
        switch (entry.operation) {
            case Operation::Identify: {
                if (!input.email.trimmed().isEmpty()) {
                    snapshot.email = input.email.trimmed();
                }
                if (!input.phone.trimmed().isEmpty()) {
                    snapshot.phone = input.phone.trimmed();
                }
                const QJsonObject data = parseObject(input.data);
                for (auto it = data.begin(); it != data.end(); ++it) {
                    snapshot.properties.insert(it.key(), it.value());
                }
                mergeChannels(snapshot.channels, input.channels);
                snapshot.deleted = false;
                break;
            }
            case Operation::EditProperties: {
                const QJsonObject changes = parseObject(input.changes);
                for (auto it = changes.begin(); it != changes.end(); ++it) {
                    snapshot.properties.insert(it.key(), it.value());
                }
                break;
            }
            case Operation::Alias:
                if (!snapshot.previousIds.contains(entry.userId) && entry.userId != snapshot.userId) {
                    snapshot.previousIds.append(entry.userId);
                }
                break;
            case Operation::Unsubscribe:
                snapshot.unsubscribed = true;
                break;
            case Operation::Resubscribe:
                snapshot.unsubscribed = false;
                break;
            case Operation::Delete:
                // Keep what was known: that is what a restore rebuilds.
                snapshot.deleted = true;
                snapshot.deletedAt = entry.time;
                break;
            case Operation::TagsEdit:
                for (const QString& tag : input.tagsAdd) {
                    if (!tags.contains(tag.trimmed())) {
                        tags.append(tag.trimmed());
                    }
                }
                for (const QString& tag : input.tagsRemove) {
                    tags.removeAll(tag.trimmed());
                }
                break;
            case Operation::TrackEvent:
                ++snapshot.eventCount;
                if (snapshot.email.isEmpty() && !input.email.trimmed().isEmpty()) {
                    snapshot.email = input.email.trimmed();
                }
                break;
            case Operation::Heartbeat:
                break;
        }
    }
    snapshot.tags = tags;
    return snapshot;
}

std::optional<HistoryEntry>
HistoryStore::recentDuplicate(const QString& workspace, const OperationInput& input, const QDateTime& now) const
{
    const QString key = dedupKey(workspace, input);
    if (key.isEmpty()) {
        return std::nullopt;
    }
    // Rejected events never reached the dedup stage; pending and failed ones may have.
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT ") + SummaryColumns + BodyColumns
                  + QStringLiteral(" FROM requests WHERE dedup_key = ? AND time_ms >= ? AND time_ms <= ? "
                                   "AND +status_class IN (0, 1, 3) ORDER BY time_ms DESC LIMIT 1"));
    query.addBindValue(key);
    query.addBindValue(now.toMSecsSinceEpoch() - qint64(DuplicateWindowSeconds) * 1000);
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec()) {
        recoverAfterRead(query.lastError());
        return std::nullopt;
    }
    if (!query.next()) {
        return std::nullopt;
    }
    return entryFromQuery(query, true);
}

template <typename Writer>
qint64 HistoryStore::exportRows(const Filter& filter, const QString& fileName, QString* error, Writer writer) const
{
    QSaveFile file(fileName);
    const auto failWith = [&](const QString& message) -> qint64 {
        if (error) {
            *error = tr("The history could not be exported to %1: %2").arg(QDir::toNativeSeparators(fileName), message);
        }
        return -1;
    };
    if (!file.open(QIODevice::WriteOnly)) {
        return failWith(file.errorString());
    }
    qint64 written = 0;
    Page page;
    page.limit = 500;
    page.withBodies = true;
    bool first = true;
    for (;;) {
        const QList<HistoryEntry> entries = fetch(filter, page);
        for (const HistoryEntry& entry : entries) {
            writer(file, &entry, first);
            first = false;
            ++written;
        }
        if (entries.size() < page.limit) {
            break;
        }
        page.after = entries.last().id;
    }
    writer(file, nullptr, first);
    if (!file.commit()) {
        return failWith(file.errorString());
    }
    return written;
}

qint64 HistoryStore::exportCsv(const Filter& filter, const QString& fileName, QString* error) const
{
    return exportRows(filter, fileName, error, [](QSaveFile& file, const HistoryEntry* entry, bool first) {
        if (first) {
            // The byte order mark lets spreadsheet programs read the file as UTF-8.
            file.write("\xEF\xBB\xBF");
            file.write(CsvColumns.join(QLatin1Char(',')).toUtf8() + "\r\n");
        }
        if (!entry) {
            return;
        }
        QStringList fields = csvRow(*entry);
        for (QString& field : fields) {
            field = csvField(field);
        }
        file.write(fields.join(QLatin1Char(',')).toUtf8() + "\r\n");
    });
}

qint64 HistoryStore::exportJson(const Filter& filter, const QString& fileName, QString* error) const
{
    return exportRows(filter, fileName, error, [](QSaveFile& file, const HistoryEntry* entry, bool first) {
        if (!entry) {
            file.write(first ? "[]\n" : "\n]\n");
            return;
        }
        file.write(first ? "[\n" : ",\n");
        file.write(QJsonDocument(entryToJson(*entry)).toJson(QJsonDocument::Compact));
    });
}

qint64 HistoryStore::clear()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("DELETE FROM requests"))) {
        reportWriteFailure(tr("Clearing"), query.lastError());
        return -1;
    }
    const qint64 removed = query.numRowsAffected();
    // Rebuild the file and empty the WAL, so cleared requests are gone from the disk too.
    query.exec(QStringLiteral("VACUUM"));
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    emit rowsRemoved();
    return removed;
}

/// Deletes up to `batchSize` rows the policy does not keep, oldest first. Returns how many went.
qint64 HistoryStore::deleteBatch(const Retention& retention, int batchSize, bool* failed)
{
    *failed = false;
    QSqlQuery query(database());
    if (retention.mode == Retention::Mode::Days) {
        const qint64 cut = QDateTime::currentDateTimeUtc().addDays(-qMax(0, retention.value)).toMSecsSinceEpoch();
        query.prepare(QStringLiteral("DELETE FROM requests WHERE id IN "
                                     "(SELECT id FROM requests WHERE time_ms < ? ORDER BY time_ms LIMIT ?)"));
        query.addBindValue(cut);
        query.addBindValue(batchSize);
    } else if (retention.mode == Retention::Mode::Rows) {
        // Everything older than the N-th newest row.
        QSqlQuery boundary(database());
        boundary.prepare(QStringLiteral("SELECT id FROM requests ORDER BY id DESC LIMIT 1 OFFSET ?"));
        boundary.addBindValue(qMax(0, retention.value));
        if (!boundary.exec()) {
            *failed = true;
            reportWriteFailure(tr("Retention"), boundary.lastError());
            return 0;
        }
        if (!boundary.next()) {
            return 0;
        }
        const qint64 newestToDrop = boundary.value(0).toLongLong();
        query.prepare(QStringLiteral("DELETE FROM requests WHERE id IN "
                                     "(SELECT id FROM requests WHERE id <= ? ORDER BY id LIMIT ?)"));
        query.addBindValue(newestToDrop);
        query.addBindValue(batchSize);
    } else {
        return 0;
    }
    if (!query.exec()) {
        *failed = true;
        reportWriteFailure(tr("Retention"), query.lastError());
        return 0;
    }
    return query.numRowsAffected();
}

qint64 HistoryStore::applyRetention(const Retention& retention, int batchSize)
{
    qint64 removed = 0;
    for (;;) {
        bool failed = false;
        const qint64 batch = deleteBatch(retention, qMax(1, batchSize), &failed);
        if (failed) {
            return -1;
        }
        removed += batch;
        if (batch < batchSize) {
            break;
        }
    }
    if (removed > 0) {
        emit rowsRemoved();
    }
    emit retentionApplied(removed);
    return removed;
}

void HistoryStore::applyRetentionInBackground(const Retention& retention, int batchSize)
{
    m_backgroundRetention = retention;
    m_backgroundBatch = qMax(1, batchSize);
    if (m_retentionRunning) {
        return; // the running pass picks up the new policy at its next batch
    }
    m_retentionRunning = true;
    m_backgroundRemoved = 0;
    QTimer::singleShot(0, this, &HistoryStore::continueRetention);
}

void HistoryStore::continueRetention()
{
    bool failed = false;
    const qint64 batch = deleteBatch(m_backgroundRetention, m_backgroundBatch, &failed);
    m_backgroundRemoved += batch;
    if (!failed && batch >= m_backgroundBatch) {
        QTimer::singleShot(0, this, &HistoryStore::continueRetention);
        return;
    }
    m_retentionRunning = false;
    if (m_backgroundRemoved > 0) {
        emit rowsRemoved();
    }
    emit retentionApplied(failed ? -1 : m_backgroundRemoved);
}
