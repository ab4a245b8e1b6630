#include "model/db/RegistryWatcher.h"

#include "model/db/Registry.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThreadPool>
#include <QVariant>

namespace fd {

RegistryWatcher::RegistryWatcher(Registry *registry, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RegistryWatcher::checkNow);
    listen();
    checkNow(); // the first data_version to compare with
    m_timer.start();
}

void RegistryWatcher::listen()
{
    if (!m_registry || !m_registry->location().isPostgres())
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
    if (name == QLatin1StringView(Registry::ChangeChannel) && source == QSqlDriver::OtherSource) {
        // A payload this version does not know (a newer writer's table): refresh everything.
        const std::optional<RegistryTable> table = parseRegistryTable(payload.toString());
        Q_EMIT changed(table ? QList<RegistryTable> {*table} : allRegistryTables());
    }
}

void RegistryWatcher::checkNow()
{
    if (!m_registry)
        return;
    if (m_registry->location().isSqlite()) {
        QSqlQuery query(m_registry->database());
        if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next()) {
            const qint64 version = query.value(0).toLongLong();
            if (m_dataVersion >= 0 && version != m_dataVersion)
                Q_EMIT changed(allRegistryTables());
            m_dataVersion = version;
        }
        return;
    }
    if (m_connected) {
        if (m_registry->ping())
            return;
        m_connected = false;
        Q_EMIT connectionLost(QCoreApplication::translate(
                                  "fd::RegistryWatcher",
                                  "The connection to %1 was lost; FeatureDesk keeps your work "
                                  "and reconnects as soon as the server answers.")
                                  .arg(m_registry->location().displayText()));
    }
    // Whether the server answers again is asked on a pool thread: an unreachable server makes
    // a connection attempt wait for its timeout, which the window must not.
    if (m_probing)
        return;
    m_probing = true;
    const RegistryLocation location = m_registry->location();
    QPointer<RegistryWatcher> self(this);
    QThreadPool::globalInstance()->start([location, self] {
        bool answers = false;
        {
            Registry::OpenOptions options;
            options.migrate = false;
            answers = bool(Registry::open(location, options));
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, answers] {
                if (self)
                    self->onProbed(answers);
            },
            Qt::QueuedConnection);
    });
}

void RegistryWatcher::onProbed(bool answers)
{
    m_probing = false;
    if (!answers || !m_registry || !m_registry->reconnect())
        return;
    m_connected = true;
    listen();
    Q_EMIT reconnected();
    Q_EMIT changed(allRegistryTables()); // whatever happened meanwhile
}

} // namespace fd
