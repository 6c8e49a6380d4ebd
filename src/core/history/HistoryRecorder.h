#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/OperationInput.h"
#include "core/api/VeroClient.h"
#include "core/api/Workspace.h"
#include "core/history/HistoryEntry.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class HistoryStore;

// Records the requests a VeroClient sends: a pending row when the request goes out (VeroClient::started), completed
// when the reply comes (VeroClient::finished). Only requests it is told about are recorded, because only the caller
// knows the form input and the workspace. The app, veroctl and bulk runs each use one with their own source.
//
//     HistoryRecorder recorder(&store, &client, HistoryEntry::Source::Gui);
//     const VeroClient::RequestId id = recorder.send(input, request, workspace, credential);
//
// or, for code that calls client.send() itself, recorder.track(id, input, workspace, credential) right after it
// (before control returns to the event loop).
class HistoryRecorder : public QObject
{
    Q_OBJECT
public:
    HistoryRecorder(HistoryStore* store, VeroClient* client, HistoryEntry::Source source, QObject* parent = nullptr);
    // Writes what a batched recorder still holds.
    ~HistoryRecorder() override;

    HistoryEntry::Source source() const { return m_source; }
    // Every request recorded from now on carries bulk job `id` (a bulk run's recorder).
    void setBulkJob(const QString& id) { m_bulkJob = id; }
    // Batched (a bulk run's recorder): a request is written once, whole, when its reply has come, together with
    // the others answered since the last flush(), in one transaction. A pending row and its completion cost two
    // transactions and two updates of the search index per request, most of a bulk run's time at thousands of
    // requests a second. Until it is answered and flushed, a request has no row (a bulk job's outbox says what
    // is in flight); the caller flushes before it records the rows as done, so a row done is in the history.
    void setBatched(bool batched) { m_batched = batched; }
    // Writes the rows a batched recorder holds. False (after writeFailed) when they could not be written: they
    // are not kept, as a single row that cannot be written is not.
    bool flush();
    int unflushedCount() const { return int(m_unflushed.size()); }

    // Sends `request` (built from `input`) through the client and records it. Returns the client's request id.
    VeroClient::RequestId
    send(const OperationInput& input, const ApiRequest& request, const Workspace& workspace, const QString& credential);
    // Records request `id`, already handed to the client. `credential` is only used to make sure it is masked
    // wherever it might appear (a server echoing it back); it is forgotten when the reply is recorded.
    void track(VeroClient::RequestId id,
               const OperationInput& input,
               const Workspace& workspace,
               const QString& credential = QString());
    // The same for callers that only have the request: the form input is rebuilt from its body.
    void track(VeroClient::RequestId id,
               const ApiRequest& request,
               const Workspace& workspace,
               const QString& credential = QString());

    // The history row of request `id`, 0 before it is written or when writing failed (always 0 when batched: a
    // bulk run of a million requests keeps no id of each).
    qint64 rowId(VeroClient::RequestId id) const { return m_rows.value(id); }
    int pendingCount() const { return int(m_tracked.size()); }

signals:
    // The pending row of request `id` was written.
    void recorded(VeroClient::RequestId id, qint64 rowId);
    // The row was completed with the reply (or written whole, for a request refused before sending).
    void completed(VeroClient::RequestId id, qint64 rowId);
    // A row could not be written or completed; `message` says why, for the status bar or stderr.
    void writeFailed(const QString& message);

private:
    struct Tracked
    {
        OperationInput input;
        ApiRequest request;
        Workspace workspace;
        QString credential;
        WireRequest redacted; // batched: what went out and when, written with the reply
        QString sentHeaders;  // batched: VeroClient::started's
        QDateTime startedAt;
        qint64 rowId = 0;
        bool started = false;
    };
    struct Unflushed
    {
        VeroClient::RequestId id = 0;
        HistoryEntry entry; // the credential masked already
    };

    void onStarted(VeroClient::RequestId id, const WireRequest& redacted, const QString& sentHeaders);
    void onFinished(VeroClient::RequestId id, const ApiResult& result);
    HistoryEntry entryFor(const Tracked& tracked, const WireRequest& redacted) const;

    QPointer<HistoryStore> m_store;
    QPointer<VeroClient> m_client;
    HistoryEntry::Source m_source;
    QString m_bulkJob;
    QString m_operator;
    bool m_batched = false;
    QList<Unflushed> m_unflushed;
    QHash<VeroClient::RequestId, Tracked> m_tracked;
    QHash<VeroClient::RequestId, qint64> m_rows; // finished requests too, so rowId() answers after the reply
};
