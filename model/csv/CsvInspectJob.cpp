#include "model/csv/CsvInspectJob.h"

#include "model/WorkerPool.h"
#include "model/csv/CsvInspector.h"
#include "model/csv/CsvProgress.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThreadPool>

namespace fd {

namespace {

// Turns the reader's per-buffer updates into at most ~20 signals a second, and passes cancel back.
class JobProgress final : public CsvProgress
{
public:
    explicit JobProgress(CsvInspectJob *job)
        : m_job(job)
    {
        m_timer.start();
    }

    bool update(qint64 done, qint64 total) override
    {
        if (m_timer.elapsed() >= 50) {
            m_timer.restart();
            Q_EMIT m_job->progressChanged(done, total);
        }
        return !m_job->isCancelled();
    }

private:
    CsvInspectJob *m_job;
    QElapsedTimer m_timer;
};

} // namespace

CsvInspectJob::CsvInspectJob(QString path, CsvOptions options, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_options(std::move(options))
{
    setAutoDelete(false);
    qRegisterMetaType<fd::CsvInspection>();
    qRegisterMetaType<fd::CsvError>();
}

CsvInspectJob::~CsvInspectJob()
{
    cancel();
    QMutexLocker locker(&m_mutex);
    while (m_running)
        m_stopped.wait(&m_mutex);
}

void CsvInspectJob::start(QThreadPool *pool)
{
    {
        QMutexLocker locker(&m_mutex);
        m_running = true;
    }
    (pool ? pool : &workerPool())->start(this);
}

void CsvInspectJob::cancel()
{
    m_cancelled.store(true, std::memory_order_relaxed);
}

void CsvInspectJob::run()
{
    yieldToTheWindow();
    {
        QMutexLocker locker(&m_mutex);
        m_running = true;
    }
    JobProgress progress(this);
    CsvInspector inspector(m_options);
    Result<CsvInspection> result = m_cancelled.load()
        ? Result<CsvInspection>(CsvError::make(CsvStatus::Cancelled, m_path).toError())
        : inspector.inspect(m_path, &progress);
    if (result) {
        const qint64 size = QFileInfo(m_path).size();
        Q_EMIT progressChanged(size, size);
        Q_EMIT finished(result.value());
    } else {
        const CsvError error = inspector.lastError().ok()
            ? CsvError::make(CsvStatus::Cancelled, m_path)
            : inspector.lastError();
        Q_EMIT failed(error);
    }
    QMutexLocker locker(&m_mutex);
    m_running = false;
    m_stopped.wakeAll();
}

} // namespace fd
