#include "model/db/RegistryOpenJob.h"

namespace fd {

RegistryOpenJob::RegistryOpenJob(QString locationText, Registry::OpenOptions options,
                                 QObject *parent)
    : QObject(parent)
    , m_locationText(std::move(locationText))
    , m_options(std::move(options))
{
    setAutoDelete(false);
    qRegisterMetaType<fd::Error>();
}

void RegistryOpenJob::run()
{
    const Result<RegistryLocation> location = RegistryLocation::parse(m_locationText);
    if (!location) {
        Q_EMIT failed(m_locationText, location.error());
        return;
    }
    Registry::OpenOptions options = m_options;
    options.connectionName.clear(); // a name of its own, on this thread
    Result<std::unique_ptr<Registry>> registry = Registry::open(*location, options);
    if (!registry) {
        Q_EMIT failed(m_locationText, registry.error());
        return;
    }
    const QStringList notes = registry.value()->migrationNotes();
    registry.value().reset();
    Q_EMIT succeeded(m_locationText, notes);
}

} // namespace fd
