#include "ui/RegistrySession.h"

#include "model/db/RegistryOpenJob.h"
#include "model/db/RegistryWatcher.h"

namespace fd {

RegistrySession::RegistrySession(QObject *parent)
    : QObject(parent)
{
}

RegistrySession::~RegistrySession()
{
    m_pool.waitForDone();
    delete m_watcher; // before the registry whose connection it watches
    m_watcher = nullptr;
}

void RegistrySession::openInBackground(const QString &locationText, bool create)
{
    Registry::OpenOptions options;
    options.createIfMissing = create;
    auto *job = new RegistryOpenJob(locationText, options, this);
    m_opening = true;
    Q_EMIT openStarted(locationText);
    connect(job, &RegistryOpenJob::succeeded, this,
            [this, job, create](const QString &location, const QStringList &notes) {
                job->deleteLater();
                m_opening = false;
                // Checked and migrated by the job: this connection opens at once.
                if (Status opened = open(location, create); !opened)
                    Q_EMIT openFailed(location, opened.error());
                else if (!notes.isEmpty())
                    Q_EMIT migrated(notes);
            });
    connect(job, &RegistryOpenJob::failed, this,
            [this, job](const QString &location, const fd::Error &error) {
                job->deleteLater();
                m_opening = false;
                Q_EMIT openFailed(location, error);
            });
    m_pool.start(job);
}

Status RegistrySession::open(const QString &locationText, bool create)
{
    const Result<RegistryLocation> location = RegistryLocation::parse(locationText);
    if (!location)
        return location.error();
    Registry::OpenOptions options;
    options.createIfMissing = create;
    Result<std::unique_ptr<Registry>> opened = Registry::open(*location, options);
    if (!opened)
        return opened.error();
    Q_EMIT aboutToChangeRegistry();
    delete m_watcher;
    m_watcher = nullptr;
    m_registry = std::move(opened).value();
    connect(m_registry.get(), &Registry::recordsChanged, this, &RegistrySession::recordsChanged);
    watch();
    Q_EMIT registryChanged(m_registry.get());
    if (!m_registry->migrationNotes().isEmpty())
        Q_EMIT migrated(m_registry->migrationNotes());
    return {};
}

void RegistrySession::watch()
{
    // What other workstations (or programs) write shows up here within seconds.
    m_watcher = new RegistryWatcher(m_registry.get(), 3000, this);
    connect(m_watcher, &RegistryWatcher::changed, this, [this](const QList<RegistryTable> &tables) {
        for (RegistryTable table : tables)
            Q_EMIT recordsChanged(table);
    });
    connect(m_watcher, &RegistryWatcher::connectionLost, this, &RegistrySession::connectionLost);
    connect(m_watcher, &RegistryWatcher::reconnected, this, &RegistrySession::reconnected);
}

std::optional<RegistryLocation> RegistrySession::location() const
{
    if (!m_registry)
        return std::nullopt;
    return m_registry->location();
}

bool RegistrySession::isReadOnly() const
{
    return m_registry && m_registry->isReadOnly();
}

QString RegistrySession::readOnlyReason() const
{
    return m_registry ? m_registry->readOnlyReason() : QString();
}

QString RegistrySession::userHandle() const
{
    return m_registry ? m_registry->userHandle() : QString();
}

int RegistrySession::schemaVersion() const
{
    return m_registry ? m_registry->schemaVersion() : 0;
}

void RegistrySession::announceChanged(RegistryTable table)
{
    if (m_registry)
        Q_EMIT recordsChanged(table);
}

bool RegistrySession::isConnected() const
{
    return !m_watcher || m_watcher->isConnected();
}

void RegistrySession::close()
{
    if (!m_registry)
        return;
    Q_EMIT aboutToChangeRegistry();
    delete m_watcher;
    m_watcher = nullptr;
    m_registry.reset();
    Q_EMIT registryChanged(nullptr);
}

} // namespace fd
