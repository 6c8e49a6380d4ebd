#pragma once

#include "core/bulk/BulkJob.h"
#include "core/bulk/BulkSource.h"
#include "core/bulk/BulkValidation.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

// The slow half of a bulk run, off the GUI thread: reading a whole CSV to validate it, and writing its rows
// into the outbox. A million-row file takes seconds; the window stays responsive and shows progress. One task
// at a time; results arrive as signals on the object's own thread.
class BulkPreparation : public QObject
{
    Q_OBJECT
public:
    static constexpr int PreviewRows = 3;
    struct Checked
    {
        QString error; // the file cannot be used at all (cannot be read, header not usable)
        CsvFormat format;
        QStringList header;
        QList<BulkMapping::Property> properties;
        QMap<QString, int> columns; // field -> column
        QList<QStringList> preview; // the first rows' cells as read, for the mapping table
        BulkValidation report;
    };

    explicit BulkPreparation(const QString& outboxPath, QObject* parent = nullptr);
    ~BulkPreparation() override;

    bool isBusy() const { return m_thread != nullptr; }
    // Validates the file; emits checked().
    void check(const QString& file, const BulkSource::Options& options);
    // Writes the file's rows into a new job of the outbox; emits created() or failed().
    void create(const QString& file,
                const BulkSource::Options& options,
                const QString& workspace,
                const QJsonObject& jobOptions);
    // Stops the task in progress at its next row (checked() then reports it stopped; create() fails).
    void stop() { m_stop = true; }

signals:
    void progress(qint64 bytesRead, qint64 fileSize);
    void checked(const BulkPreparation::Checked& result);
    void created(const BulkJob& job);
    void failed(const QString& message);
    // The task's thread has ended: isBusy() is false from here on (a result may arrive just before).
    void idle();

private:
    void startTask(std::function<void()> task);

    QString m_outboxPath;
    QThread* m_thread = nullptr;
    std::atomic_bool m_stop = false;
};
