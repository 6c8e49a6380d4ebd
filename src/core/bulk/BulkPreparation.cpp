#include "core/bulk/BulkPreparation.h"

#include "core/bulk/BulkOutbox.h"

BulkPreparation::BulkPreparation(const QString& outboxPath, QObject* parent)
    : QObject(parent)
    , m_outboxPath(outboxPath)
{
}

BulkPreparation::~BulkPreparation()
{
    if (m_thread) {
        m_stop = true;
        m_thread->wait();
        delete m_thread;
    }
}

void BulkPreparation::startTask(std::function<void()> task)
{
    Q_ASSERT(!m_thread);
    m_stop = false;
    m_thread = QThread::create(std::move(task));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit idle();
    });
    m_thread->start();
}

void BulkPreparation::check(const QString& file, const BulkSource::Options& options)
{
    if (isBusy())
        return;
    QPointer<BulkPreparation> self(this);
    startTask([this, self, file, options] {
        Checked result;
        auto source = BulkSource::open(file, options);
        if (!source) {
            result.error = source.error();
        } else {
            const BulkMapping& mapping = source.value()->mapping();
            result.format = source.value()->format();
            result.header = mapping.header();
            result.properties = mapping.properties();
            for (const QString& field : BulkMapping::fields(mapping.operation())) {
                if (mapping.column(field) >= 0)
                    result.columns.insert(field, mapping.column(field));
            }
            // A second reader for the preview, so the validation below still sees every row from the first.
            if (auto peek = BulkSource::open(file, options)) {
                BulkRowBuilder::Row row;
                while (result.preview.size() < PreviewRows && peek.value()->next(&row))
                    result.preview.append(row.cells);
            }
            const qint64 size = source.value()->fileSize();
            result.report = BulkValidation::run(*source.value(), [&](qint64 bytes) {
                QMetaObject::invokeMethod(this, [this, bytes, size] { emit progress(bytes, size); });
                return !m_stop.load();
            });
        }
        // Delivered on the object's thread; `self` guards against the object being gone by then.
        QMetaObject::invokeMethod(this, [self, result] {
            if (self)
                emit self->checked(result);
        });
    });
}

void BulkPreparation::create(const QString& file,
                             const BulkSource::Options& options,
                             const QString& workspace,
                             const QJsonObject& jobOptions)
{
    if (isBusy())
        return;
    QPointer<BulkPreparation> self(this);
    startTask([this, self, file, options, workspace, jobOptions] {
        // The outbox's connection belongs to this thread: opened and closed here.
        BulkOutbox outbox(m_outboxPath);
        QString error;
        BulkJob job;
        if (auto opened = outbox.open(); !opened) {
            error = opened.error();
        } else if (auto source = BulkSource::open(file, options); !source) {
            error = source.error();
        } else {
            const qint64 size = source.value()->fileSize();
            auto made = outbox.createJob(*source.value(), workspace, jobOptions, [&](qint64 bytes) {
                QMetaObject::invokeMethod(this, [this, bytes, size] { emit progress(bytes, size); });
            });
            if (made)
                job = made.value();
            else
                error = made.error();
        }
        QMetaObject::invokeMethod(this, [self, job, error] {
            if (!self)
                return;
            if (error.isEmpty())
                emit self->created(job);
            else
                emit self->failed(error);
        });
    });
}
