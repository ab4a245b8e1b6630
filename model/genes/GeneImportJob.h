#pragma once

#include "model/Result.h"
#include "model/db/RegistryLocation.h"
#include "model/genes/GeneRecord.h"
#include "model/genes/GeneStore.h"

#include <QMutex>
#include <QObject>
#include <QRunnable>
#include <QWaitCondition>

#include <atomic>

class QThreadPool;

namespace fd {

// Imports a gene table on a thread pool thread, over a Registry connection of its own opened there
// (a connection never crosses threads). Progress, a cooperative cancel and the result come back by
// signal, queued to the thread the job lives in. A cancelled or failed import leaves the registry
// as it was (one transaction). The job is not deleted by the pool; its owner keeps it, and deleting
// it cancels the work and waits for the pool thread to let go of it.
//
// The worker's notifyChanged() tells other workstations, not the window that started the job: on
// finished(), its owner tells its own views that the genes changed.
class GeneImportJob final : public QObject, public QRunnable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneImportJob)

public:
    GeneImportJob(RegistryLocation location, QString path, GeneStore::ImportOptions options,
                  QObject *parent = nullptr);
    ~GeneImportJob() override;

    const QString &path() const { return m_path; }

    void start(QThreadPool *pool = nullptr);
    // Thread-safe; the job then ends soon with failed(error), error.code == Error::Code::Cancelled.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    void run() override;

    // The whole import on one scale: reading the file 0–400, matching 400–450, writing 450–1000.
    static constexpr qint64 ProgressTotal = 1000;

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    void stageChanged(fd::GeneStore::Stage stage);
    void finished(const fd::GeneImportReport &report);
    void failed(const fd::Error &error);

private:
    RegistryLocation m_location;
    QString m_path;
    GeneStore::ImportOptions m_options;
    std::atomic<bool> m_cancelled {false};
    QMutex m_mutex;
    QWaitCondition m_stopped;
    bool m_running = false;
};

} // namespace fd

Q_DECLARE_METATYPE(fd::GeneStore::Stage)
