#include "model/import/H5adSummaryJob.h"

#include "model/WorkerPool.h"
#include "model/anndata/H5adReader.h"

#include <QMetaObject>
#include <QMutex>
#include <QThreadPool>

namespace fd {

// The pool thread posts its result to the job only while the job lives: the job's destructor
// takes the job out under the lock, so a post never races the deletion, and a result posted just
// before it is discarded by Qt with the job's other pending events.
struct H5adSummaryJob::Link
{
    QMutex mutex;
    H5adSummaryJob *job = nullptr;
};

H5adSummaryJob::H5adSummaryJob(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_link(std::make_shared<Link>())
{
    m_link->job = this;
    qRegisterMetaType<fd::H5adSummary>();
    qRegisterMetaType<fd::Error>();
}

H5adSummaryJob::~H5adSummaryJob()
{
    const QMutexLocker locker(&m_link->mutex);
    m_link->job = nullptr;
}

void H5adSummaryJob::start(QThreadPool *pool)
{
    if (m_running)
        return;
    m_running = true;
    (pool ? pool : &workerPool())->start([link = m_link, path = m_path] {
        Result<H5adSummary> result = H5adReader(path).summary();
        const QMutexLocker locker(&link->mutex);
        if (!link->job)
            return; // let go of: nobody waits for this file any more
        QMetaObject::invokeMethod(
            link->job, [job = link->job, result = std::move(result)] { job->deliver(result); },
            Qt::QueuedConnection);
    });
}

void H5adSummaryJob::deliver(const Result<H5adSummary> &result)
{
    m_running = false;
    if (result)
        Q_EMIT finished(*result);
    else
        Q_EMIT failed(result.error());
}

} // namespace fd
