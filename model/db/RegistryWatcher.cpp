#include "model/db/RegistryWatcher.h"

#include "model/db/Registry.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace fd {

RegistryWatcher::RegistryWatcher(Registry *registry, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_location(registry->location())
    , m_registry(registry)
{
    setUpTimers(intervalMs);
    listen();
    checkNow(); // the first data_version to compare with
    m_timer.start();
}

RegistryWatcher::RegistryWatcher(const RegistryLocation &location, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_location(location)
{
    setUpTimers(intervalMs);
    m_timer.start(); // the connection is opened by the first check, once the caller listens
}

RegistryWatcher::~RegistryWatcher() = default;

void RegistryWatcher::setUpTimers(int intervalMs)
{
    m_timer.setInterval(intervalMs);
    m_retry.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RegistryWatcher::checkNow);
    connect(&m_retry, &QTimer::timeout, this, &RegistryWatcher::probe);
}

void RegistryWatcher::listen()
{
    if (!m_registry || !m_location.isPostgres())
        return;
    QSqlDriver *driver = m_registry->database().driver();
    if (!driver)
        return;
    driver->subscribeToNotification(QString::fromLatin1(Registry::ChangeChannel));
    // One connection per driver: a reconnect keeps the driver, so connect once.
    connect(driver, &QSqlDriver::notification, this, &RegistryWatcher::onNotification,
            Qt::UniqueConnection);
}

void RegistryWatcher::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                     const QVariant &payload)
{
    if (name != QLatin1StringView(Registry::ChangeChannel) || source != QSqlDriver::OtherSource)
        return;
    // "table" or "table token" (Registry::notifyChanged).
    const QString text = payload.toString();
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    const QStringView key = space < 0 ? QStringView(text) : QStringView(text).left(space);
    // This program's own write: the window has told its views already (a second refresh
    // would only read the same rows again).
    if (space >= 0 && QStringView(text).mid(space + 1) == Registry::processToken())
        return;
    // A payload this version does not know (a newer writer's table): refresh everything.
    const std::optional<RegistryTable> table = parseRegistryTable(key);
    Q_EMIT changed(table ? QList<RegistryTable> {*table} : allRegistryTables());
}

void RegistryWatcher::checkNow()
{
    if (!m_connected)
        return; // the retry timer is on it
    if (!m_registry) {
        if (m_owned) // the watched registry went away
            return;
        Registry::OpenOptions options;
        options.migrate = false;
        options.clientWatchdogMs = PingDeadlineMs;
        Result<std::unique_ptr<Registry>> opened = Registry::open(m_location, options);
        if (!opened) {
            reportLost(opened.error().message);
            return;
        }
        m_owned = std::move(opened).value();
        m_registry = m_owned.get();
        listen();
    }
    if (m_location.isSqlite()) {
        QSqlQuery query(m_registry->database());
        if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next()) {
            const qint64 version = query.value(0).toLongLong();
            if (m_dataVersion >= 0 && version != m_dataVersion)
                Q_EMIT changed(allRegistryTables());
            m_dataVersion = version;
            Q_EMIT answered();
        }
        return;
    }
    if (m_registry->ping()) {
        Q_EMIT answered();
        return;
    }
    reportLost({});
}

void RegistryWatcher::reportLost(const QString &detail)
{
    m_connected = false;
    QString message
        = QCoreApplication::translate("fd::RegistryWatcher",
                                      "The connection to %1 was lost; FeatureDesk keeps your work "
                                      "and reconnects as soon as the server answers.")
              .arg(m_location.displayText());
    if (!detail.isEmpty())
        message += QLatin1Char(' ') + detail;
    Q_EMIT connectionLost(message);
    m_retryMs = FirstRetryMs;
    m_retry.start(m_retryMs);
    Q_EMIT retrying(m_retryMs);
}

void RegistryWatcher::retryNow()
{
    if (m_connected || m_probing)
        return;
    m_retry.stop();
    m_retryMs = FirstRetryMs;
    probe();
}

void RegistryWatcher::probe()
{
    // On the watcher's own thread: an unreachable server holds up only this thread, for at most
    // the connection's timeout.
    m_probing = true;
    bool answers = false;
    if (m_registry) {
        answers = bool(m_registry->reconnect()) && m_registry->ping();
    } else {
        Registry::OpenOptions options;
        options.migrate = false;
        options.clientWatchdogMs = PingDeadlineMs;
        Result<std::unique_ptr<Registry>> opened = Registry::open(m_location, options);
        if (opened) {
            m_owned = std::move(opened).value();
            m_registry = m_owned.get();
            answers = true;
        }
    }
    onProbed(answers);
}

void RegistryWatcher::onProbed(bool answers)
{
    m_probing = false;
    if (!answers) {
        m_retryMs = std::min(m_retryMs * 2, MaxRetryMs);
        m_retry.start(m_retryMs);
        Q_EMIT retrying(m_retryMs);
        return;
    }
    m_connected = true;
    listen();
    Q_EMIT reconnected();
    Q_EMIT answered();
    Q_EMIT changed(allRegistryTables()); // whatever happened meanwhile
}

} // namespace fd
