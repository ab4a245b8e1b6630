#include "model/db/RegistryOpenJob.h"
#include "model/WorkerPool.h"

namespace fd {

RegistryOpenJob::RegistryOpenJob(QString locationText, Registry::OpenOptions options,
                                 QObject *parent)
    : QObject(parent)
    , m_locationText(std::move(locationText))
    , m_options(std::move(options))
{
    setAutoDelete(false);
    qRegisterMetaType<fd::Error>();
    qRegisterMetaType<fd::OpenedRegistry>();
}

Result<OpenedRegistry> RegistryOpenJob::openAndClose(const QString &locationText,
                                                     const Registry::OpenOptions &options)
{
    const Result<RegistryLocation> location = RegistryLocation::parse(locationText);
    if (!location)
        return location.error();
    Registry::OpenOptions own = options;
    own.connectionName.clear(); // a name of its own, on this thread
    const Result<std::unique_ptr<Registry>> registry = Registry::open(*location, own);
    if (!registry)
        return registry.error();
    const Registry &opened = **registry;
    return OpenedRegistry {opened.location(),   opened.schemaVersion(),
                           opened.isReadOnly(), opened.readOnlyReason(),
                           opened.userHandle(), opened.migrationNotes()};
}

void RegistryOpenJob::run()
{
    yieldToTheWindow();
    const Result<OpenedRegistry> opened = openAndClose(m_locationText, m_options);
    if (!opened)
        Q_EMIT failed(m_locationText, opened.error());
    else
        Q_EMIT succeeded(m_locationText, *opened);
}

} // namespace fd
