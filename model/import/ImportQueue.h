#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

namespace fd {

class CsvInspectJob;

// Files dropped together are scanned one after another, not all at once: each scan reads a whole
// file, and several at a time would only compete for the disk and the two cores. A job waits here,
// not inside a thread pool, so that a waiting job can be withdrawn at once.
class ImportQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportQueue)

public:
    explicit ImportQueue(QObject *parent = nullptr);
    ~ImportQueue() override;

    void enqueue(CsvInspectJob *job);
    // Takes a job out: a waiting one never starts; a running one is cancelled.
    void withdraw(CsvInspectJob *job);

    int waitingCount() const { return int(m_waiting.size()); }
    CsvInspectJob *running() const;
    bool isWaiting(const CsvInspectJob *job) const;

Q_SIGNALS:
    void jobStarted(fd::CsvInspectJob *job);
    void queueChanged();

private:
    void startNext();
    void onJobEnded(CsvInspectJob *job);

    QThreadPool m_pool;
    QList<QPointer<CsvInspectJob>> m_waiting;
    QPointer<CsvInspectJob> m_running;
};

} // namespace fd
