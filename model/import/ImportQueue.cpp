#include "model/import/ImportQueue.h"

#include "model/csv/CsvInspectJob.h"

namespace fd {

ImportQueue::ImportQueue(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

ImportQueue::~ImportQueue()
{
    m_waiting.clear();
    if (m_running)
        m_running->cancel();
    m_pool.waitForDone();
}

void ImportQueue::enqueue(CsvInspectJob *job)
{
    // The job is the context, so an end it had queued is dropped if the job is deleted first.
    connect(job, &CsvInspectJob::finished, job, [this, job] { onJobEnded(job); });
    connect(job, &CsvInspectJob::failed, job, [this, job] { onJobEnded(job); });
    // A page closed while its job waits or runs: the QPointers are null by now.
    connect(job, &QObject::destroyed, this, &ImportQueue::startNext);
    m_waiting.append(job);
    Q_EMIT queueChanged();
    if (!m_running)
        startNext();
}

void ImportQueue::withdraw(CsvInspectJob *job)
{
    if (m_waiting.removeAll(job) > 0) {
        Q_EMIT queueChanged();
        return;
    }
    if (m_running == job)
        job->cancel();
}

CsvInspectJob *ImportQueue::running() const
{
    return m_running;
}

bool ImportQueue::isWaiting(const CsvInspectJob *job) const
{
    return std::any_of(m_waiting.cbegin(), m_waiting.cend(),
                       [job](const QPointer<CsvInspectJob> &waiting) { return waiting == job; });
}

void ImportQueue::startNext()
{
    m_waiting.removeAll(nullptr);
    if (m_running || m_waiting.isEmpty())
        return;
    m_running = m_waiting.takeFirst();
    Q_EMIT jobStarted(m_running);
    Q_EMIT queueChanged();
    m_running->start(&m_pool);
}

void ImportQueue::onJobEnded(CsvInspectJob *job)
{
    if (m_running == job)
        m_running = nullptr;
    Q_EMIT queueChanged();
    startNext();
}

} // namespace fd
