#include "model/genes/GeneIndexJob.h"

#include "model/WorkerPool.h"
#include "model/db/Registry.h"

namespace fd {

GeneIndexJob::GeneIndexJob(RegistryLocation location, QString organism, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_organism(std::move(organism))
{
    // The pool deletes the job after run(); its signals are queued to the receivers' threads.
    setAutoDelete(true);
    qRegisterMetaType<std::shared_ptr<const fd::GeneIndex>>();
    qRegisterMetaType<fd::Error>();
}

void GeneIndexJob::run()
{
    yieldToTheWindow();
    Registry::OpenOptions options;
    options.migrate = false;
    Result<std::unique_ptr<Registry>> registry = Registry::open(m_location, options);
    if (!registry) {
        Q_EMIT failed(registry.error());
        return;
    }
    Result<GeneIndex> index = GeneIndex::build(**registry, m_organism);
    if (!index) {
        Q_EMIT failed(index.error());
        return;
    }
    Q_EMIT built(std::make_shared<const GeneIndex>(std::move(index).value()), m_organism);
}

} // namespace fd
