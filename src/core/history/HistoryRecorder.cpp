#include "core/history/HistoryRecorder.h"

#include "core/api/RequestBuilder.h"
#include "core/history/HistoryStore.h"

#include <utility>

HistoryRecorder::HistoryRecorder(HistoryStore* store, VeroClient* client, HistoryEntry::Source source, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_source(source)
    , m_operator(HistoryEntry::currentOperator())
{
    connect(client, &VeroClient::started, this, &HistoryRecorder::onStarted);
    connect(client, &VeroClient::finished, this, &HistoryRecorder::onFinished);
}

HistoryRecorder::~HistoryRecorder()
{
    (void)flush(); // a failure was reported through writeFailed; nothing is left to tell it to
}

VeroClient::RequestId HistoryRecorder::send(const OperationInput& input,
                                            const ApiRequest& request,
                                            const Workspace& workspace,
                                            const QString& credential)
{
    const VeroClient::RequestId id = m_client->send(request, workspace, credential);
    Tracked tracked;
    tracked.input = input;
    tracked.request = request;
    tracked.workspace = workspace;
    tracked.credential = credential;
    m_tracked.insert(id, tracked);
    return id;
}

void HistoryRecorder::track(VeroClient::RequestId id,
                            const OperationInput& input,
                            const Workspace& workspace,
                            const QString& credential)
{
    Tracked tracked;
    tracked.input = input;
    tracked.request = RequestBuilder::build(input).request;
    tracked.workspace = workspace;
    tracked.credential = credential;
    m_tracked.insert(id, tracked);
}

void HistoryRecorder::track(VeroClient::RequestId id,
                            const ApiRequest& request,
                            const Workspace& workspace,
                            const QString& credential)
{
    Tracked tracked;
    tracked.input = HistoryEntry::inputFromBody(request.operation, request.body);
    tracked.request = request;
    tracked.workspace = workspace;
    tracked.credential = credential;
    m_tracked.insert(id, tracked);
}

HistoryEntry HistoryRecorder::entryFor(const Tracked& tracked, const WireRequest& redacted) const
{
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.workspace = tracked.workspace.name;
    entry.operatorName = m_operator;
    entry.source = m_source;
    entry.bulkJob = m_bulkJob;
    entry.setRequest(tracked.input, redacted.method, redacted.url, redacted.body);
    entry.operation = tracked.request.operation;
    return entry;
}

void HistoryRecorder::onStarted(VeroClient::RequestId id, const WireRequest& redacted, const QString& sentHeaders)
{
    const auto it = m_tracked.find(id);
    if (it == m_tracked.end() || !m_store) {
        return;
    }
    it->started = true;
    if (m_batched) {
        it->redacted = redacted;
        it->sentHeaders = sentHeaders;
        it->startedAt = QDateTime::currentDateTimeUtc();
        return;
    }
    HistoryEntry entry = entryFor(*it, redacted);
    entry.requestHeaders = sentHeaders;
    it->rowId = m_store->insert(entry, it->credential);
    if (it->rowId == 0) {
        emit writeFailed(m_store->lastError());
        return;
    }
    m_rows.insert(id, it->rowId);
    emit recorded(id, it->rowId);
}

void HistoryRecorder::onFinished(VeroClient::RequestId id, const ApiResult& result)
{
    const auto it = m_tracked.find(id);
    if (it == m_tracked.end()) {
        return;
    }
    const Tracked tracked = std::move(it.value());
    m_tracked.erase(it);
    if (!m_store) {
        return;
    }
    if (m_batched) {
        HistoryEntry entry = entryFor(
            tracked, tracked.started ? tracked.redacted : WireRequest::redacted(tracked.request, tracked.workspace));
        if (tracked.startedAt.isValid()) {
            entry.time = tracked.startedAt;
        }
        entry.requestHeaders = tracked.sentHeaders;
        entry.setResult(result);
        entry.redact(tracked.credential);
        m_unflushed.append(Unflushed {id, entry});
        return;
    }
    if (!tracked.started) {
        // Refused before sending (VeroClient emits no `started`): one whole row says what was tried and why not.
        HistoryEntry entry = entryFor(tracked, WireRequest::redacted(tracked.request, tracked.workspace));
        entry.setResult(result);
        const qint64 rowId = m_store->insert(entry, tracked.credential);
        if (rowId == 0) {
            emit writeFailed(m_store->lastError());
            return;
        }
        m_rows.insert(id, rowId);
        emit completed(id, rowId);
        return;
    }
    if (tracked.rowId == 0) {
        return; // the pending row could not be written; that was reported
    }
    if (!m_store->complete(tracked.rowId, result, tracked.credential)) {
        emit writeFailed(m_store->lastError());
        return;
    }
    emit completed(id, tracked.rowId);
}

bool HistoryRecorder::flush()
{
    if (m_unflushed.isEmpty() || !m_store) {
        m_unflushed.clear();
        return true;
    }
    QList<HistoryEntry> entries;
    entries.reserve(m_unflushed.size());
    for (const Unflushed& row : std::as_const(m_unflushed)) {
        entries.append(row.entry);
    }
    const QList<Unflushed> written = std::exchange(m_unflushed, {});
    const QList<qint64> ids = m_store->appendMany(entries);
    if (ids.size() != written.size()) {
        emit writeFailed(m_store->lastError());
        return false;
    }
    for (qsizetype i = 0; i < written.size(); ++i) {
        emit completed(written.at(i).id, ids.at(i));
    }
    return true;
}
