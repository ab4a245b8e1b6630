#include "model/genes/GeneImportJob.h"

#include "model/WorkerPool.h"
#include "model/db/Registry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThreadPool>

namespace fd {

GeneImportJob::GeneImportJob(RegistryLocation location, QString path,
                             GeneStore::ImportOptions options, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_path(std::move(path))
    , m_options(std::move(options))
{
    setAutoDelete(false);
    qRegisterMetaType<fd::GeneImportReport>();
    qRegisterMetaType<fd::Error>();
    qRegisterMetaType<fd::GeneStore::Stage>();
}

GeneImportJob::~GeneImportJob()
{
    cancel();
    QMutexLocker locker(&m_mutex);
    while (m_running)
        m_stopped.wait(&m_mutex);
}

void GeneImportJob::start(QThreadPool *pool)
{
    {
        QMutexLocker locker(&m_mutex);
        m_running = true;
    }
    (pool ? pool : &workerPool())->start(this);
}

void GeneImportJob::cancel()
{
    m_cancelled.store(true, std::memory_order_relaxed);
}

void GeneImportJob::run()
{
    yieldToTheWindow();
    {
        QMutexLocker locker(&m_mutex);
        m_running = true;
    }
    Result<GeneImportReport> result = Error::make(
        Error::Code::Cancelled,
        QCoreApplication::translate("fd::GeneImportJob",
                                    "The import of %1 was cancelled; the registry is as it was.")
            .arg(m_path));
    if (!isCancelled()) {
        Registry::OpenOptions options;
        // A whole organism's genes copied, matched and updated, then VACUUM: no time limit.
        options.statementTimeoutMs = 0;
        Result<std::unique_ptr<Registry>> registry = Registry::open(m_location, options);
        if (!registry) {
            result = registry.error();
        } else {
            QElapsedTimer throttle;
            throttle.start();
            std::optional<GeneStore::Stage> lastStage;
            const GeneStore::Progress progress
                = [&](GeneStore::Stage stage, qint64 done, qint64 total) {
                      if (stage != lastStage) {
                          lastStage = stage;
                          Q_EMIT stageChanged(stage);
                      }
                      if (throttle.elapsed() >= 50 || done == total) {
                          throttle.restart();
                          const double fraction = total > 0 ? double(done) / double(total) : 1.0;
                          const auto [from, span] = stage == GeneStore::Stage::Reading
                              ? std::pair {0, 400}
                              : stage == GeneStore::Stage::Matching ? std::pair {400, 50}
                                                                    : std::pair {450, 550};
                          Q_EMIT progressChanged(from + qint64(span * fraction), ProgressTotal);
                      }
                      return !isCancelled();
                  };
            result = GeneStore(**registry).importFile(m_path, m_options, progress);
        }
    }
    if (result) {
        Q_EMIT progressChanged(ProgressTotal, ProgressTotal);
        Q_EMIT finished(result.value());
    } else {
        Q_EMIT failed(result.error());
    }
    QMutexLocker locker(&m_mutex);
    m_running = false;
    m_stopped.wakeAll();
}

} // namespace fd
