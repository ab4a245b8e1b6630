#include "ui/RegistrySession.h"

#include "model/db/RegistryWatchThread.h"

#include <QThread>

namespace fd {

namespace {

// How often the watcher checks: a PostgreSQL server is pinged twice a second, so that one that
// stops answering is noticed within SilentAfterMs; an SQLite file's data_version once a second.
int watchIntervalMs(const RegistryLocation &location)
{
    return location.isPostgres() ? 500 : 1000;
}

} // namespace

RegistrySession::RegistrySession(QObject *parent)
    : QObject(parent)
{
    m_silence.setInterval(250);
    connect(&m_silence, &QTimer::timeout, this, &RegistrySession::checkSilence);
}

RegistrySession::~RegistrySession()
{
    m_pool.waitForDone();
    RegistryWatchThread::release(m_watcher);
    m_watcher = nullptr;
}

std::optional<RegistryLocation> RegistrySession::location() const
{
    return m_opened ? std::optional(m_opened->location) : std::nullopt;
}

bool RegistrySession::isReadOnly() const
{
    return m_opened && m_opened->readOnly;
}

QString RegistrySession::readOnlyReason() const
{
    return m_opened ? m_opened->readOnlyReason : QString();
}

QString RegistrySession::userHandle() const
{
    return m_opened ? m_opened->userHandle : QString();
}

int RegistrySession::schemaVersion() const
{
    return m_opened ? m_opened->schemaVersion : 0;
}

void RegistrySession::openInBackground(const QString &locationText, bool create)
{
    Registry::OpenOptions options;
    options.createIfMissing = create;
    auto *job = new RegistryOpenJob(locationText, options, this);
    m_opening = true;
    Q_EMIT openStarted(locationText);
    connect(job, &RegistryOpenJob::succeeded, this,
            [this, job](const QString &, const OpenedRegistry &opened) {
                job->deleteLater();
                m_opening = false;
                switchTo(opened);
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
    Registry::OpenOptions options;
    options.createIfMissing = create;
    Result<OpenedRegistry> opened = Error::make(Error::Code::Io, QString());
    // On a thread of its own, waited for: the window's thread runs no SQL, even here.
    std::unique_ptr<QThread> worker(
        QThread::create([&] { opened = RegistryOpenJob::openAndClose(locationText, options); }));
    worker->start();
    worker->wait();
    if (!opened)
        return opened.error();
    switchTo(std::move(opened).value());
    return {};
}

void RegistrySession::switchTo(OpenedRegistry opened)
{
    Q_EMIT aboutToChangeRegistry();
    RegistryWatchThread::release(m_watcher);
    m_watcher = nullptr;
    const QStringList notes = opened.migrationNotes;
    m_opened = std::move(opened);
    m_connected = true;
    m_watcherLost = false;
    watch();
    Q_EMIT registryChanged();
    if (!notes.isEmpty())
        Q_EMIT migrated(notes);
}

void RegistrySession::watch()
{
    // What other workstations (or programs) write shows up here within seconds.
    m_watcher
        = new RegistryWatchThread(m_opened->location, watchIntervalMs(m_opened->location), this);
    connect(m_watcher, &RegistryWatchThread::changed, this,
            [this](const QList<RegistryTable> &tables) {
                for (RegistryTable table : tables)
                    Q_EMIT recordsChanged(table);
            });
    connect(m_watcher, &RegistryWatchThread::answered, this, &RegistrySession::onAnswered);
    connect(m_watcher, &RegistryWatchThread::connectionLost, this, [this](const QString &message) {
        m_watcherLost = true;
        setConnected(false, message);
    });
    connect(m_watcher, &RegistryWatchThread::reconnected, this, [this] {
        m_watcherLost = false;
        onAnswered();
    });
    connect(m_watcher, &RegistryWatchThread::retrying, this, &RegistrySession::retryScheduled);
    m_lastAnswer.start();
    if (m_opened->location.isPostgres())
        m_silence.start();
    else
        m_silence.stop();
    m_watcher->start();
}

void RegistrySession::onAnswered()
{
    m_lastAnswer.start();
    if (!m_watcherLost)
        setConnected(true);
}

void RegistrySession::checkSilence()
{
    if (!m_connected || !m_opened || m_lastAnswer.elapsed() < SilentAfterMs)
        return;
    setConnected(false,
                 tr("The registry server at %1 does not answer; FeatureDesk keeps your work and "
                    "goes on as soon as it answers.")
                     .arg(m_opened->location.displayText()));
}

void RegistrySession::setConnected(bool connected, const QString &message)
{
    if (connected == m_connected) {
        if (!connected && !message.isEmpty())
            Q_EMIT connectionLost(message); // lost after not answering: the better reason
        return;
    }
    m_connected = connected;
    if (connected)
        Q_EMIT reconnected();
    else
        Q_EMIT connectionLost(message);
}

bool RegistrySession::isConnected() const
{
    return m_connected;
}

void RegistrySession::retryNow()
{
    if (m_watcher && !m_connected)
        m_watcher->retryNow();
}

void RegistrySession::announceChanged(RegistryTable table)
{
    if (m_opened)
        Q_EMIT recordsChanged(table);
}

void RegistrySession::close()
{
    if (!m_opened)
        return;
    Q_EMIT aboutToChangeRegistry();
    RegistryWatchThread::release(m_watcher);
    m_watcher = nullptr;
    m_silence.stop();
    m_opened.reset();
    m_connected = true;
    Q_EMIT registryChanged();
}

} // namespace fd
