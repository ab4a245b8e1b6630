#pragma once

#include "model/csv/CsvError.h"
#include "model/csv/CsvInspection.h"
#include "model/csv/CsvOptions.h"

#include <QMutex>
#include <QObject>
#include <QRunnable>
#include <QWaitCondition>

#include <atomic>

class QThreadPool;

namespace fd {

// Inspects a file on a thread pool thread: progress, a cooperative cancel and the result come back
// by signal, queued to the thread the job lives in. The job is not deleted by the pool; its owner
// keeps it, and deleting it cancels the work and waits for the pool thread to let go of it.
class CsvInspectJob final : public QObject, public QRunnable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvInspectJob)

public:
    CsvInspectJob(QString path, CsvOptions options, QObject *parent = nullptr);
    ~CsvInspectJob() override;

    const QString &path() const { return m_path; }

    // Runs the job on pool (the global one by default).
    void start(QThreadPool *pool = nullptr);

    // Thread-safe; the job then ends soon with failed(error) where error.status is Cancelled.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    void run() override;

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    void finished(const fd::CsvInspection &result);
    void failed(const fd::CsvError &error);

private:
    QString m_path;
    CsvOptions m_options;
    std::atomic<bool> m_cancelled {false};
    QMutex m_mutex;
    QWaitCondition m_stopped;
    bool m_running = false;
};

} // namespace fd
