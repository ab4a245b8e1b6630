#include "model/artifacts/ArtifactRegistrationJob.h"

#include "model/WorkerPool.h"
#include "model/db/Registry.h"

namespace fd {

ArtifactRegistrationJob::ArtifactRegistrationJob(RegistryLocation location,
                                                 QList<ArtifactRegistration::Source> sources,
                                                 ArtifactRegistration::Options options,
                                                 QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_sources(std::move(sources))
    , m_options(std::move(options))
{
    setAutoDelete(true);
    qRegisterMetaType<fd::ArtifactRegistration::Outcome>();
    qRegisterMetaType<fd::Error>();
}

void ArtifactRegistrationJob::run()
{
    yieldToTheWindow();
    Registry::OpenOptions options;
    options.migrate = false;
    // Many files, their sets and links written in one go: no time limit on a statement.
    options.statementTimeoutMs = 0;
    Result<std::unique_ptr<Registry>> registry = Registry::open(m_location, options);
    if (!registry) {
        Q_EMIT failed(registry.error());
        return;
    }
    const Result<ArtifactRegistration::Outcome> outcome = ArtifactRegistration::run(
        **registry, m_sources, m_options, [this](qint64 done, qint64 total) {
            Q_EMIT progressed(done, total);
            return !m_cancelled.load();
        });
    if (outcome)
        Q_EMIT finished(*outcome);
    else
        Q_EMIT failed(outcome.error());
}

} // namespace fd
