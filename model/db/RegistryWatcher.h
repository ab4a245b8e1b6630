#pragma once

#include "model/db/RegistryLocation.h"
#include "model/db/RegistryTable.h"

#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QTimer>

#include <memory>

namespace fd {

class Registry;

// Keeps a window's registry current while other people (or other programs) write to it, and
// notices a lost connection:
// - PostgreSQL: listens on Registry::ChangeChannel, which every writer's notifyChanged() notifies
//   with the table it changed: other workstations refresh at once; what this program wrote (the
//   notification carries Registry::processToken()) is passed over, since the window tells its own
//   views;
// - SQLite: asks `PRAGMA data_version` every few seconds, which changes when another connection
//   has committed;
// - PostgreSQL: pings the server every few seconds; a ping that fails, or is not answered within
//   PingDeadlineMs (on a connection the watcher opened itself: ConnectionWatchdog cuts it),
//   reports the connection lost, then tries again after 0.5, 1, 2, 4 … seconds (at most
//   MaxRetryMs apart), listening again once it answers, and reports it back.
// Works on its registry's connection, so it lives on the thread that opened it; the window runs
// it on a thread of its own (RegistryWatchThread), where a server that does not answer holds up
// nothing but the watcher.
class RegistryWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryWatcher)

public:
    static constexpr int FirstRetryMs = 500;
    static constexpr int MaxRetryMs = 30'000;
    // How long a ping on the watcher's own connection may wait for its answer: a link that
    // acknowledges but never answers is reported lost after this, and the watcher is free to try
    // again (and to be asked to).
    static constexpr int PingDeadlineMs = 3000;

    // Watches registry (opened on this thread by the caller).
    explicit RegistryWatcher(Registry *registry, int intervalMs = 3000, QObject *parent = nullptr);
    // Opens a connection of its own to location (on this thread) and watches it; a location that
    // cannot be opened counts as a lost connection, tried again as one.
    explicit RegistryWatcher(const RegistryLocation &location, int intervalMs = 3000,
                             QObject *parent = nullptr);
    ~RegistryWatcher() override;

    bool isConnected() const { return m_connected; }
    // One round of checks now (the timer's work), for tests.
    void checkNow();
    // While the connection is lost: try again now, and start the backoff from the beginning.
    void retryNow();

Q_SIGNALS:
    // Another connection changed these tables (all of them when it is not known which).
    void changed(const QList<fd::RegistryTable> &tables);
    void connectionLost(const QString &message);
    void reconnected();
    // A round of checks was answered: the registry is there (the window's heartbeat).
    void answered();
    // The connection is lost and will be tried again in ms milliseconds.
    void retrying(int ms);

private:
    void setUpTimers(int intervalMs);
    void listen();
    void reportLost(const QString &detail);
    void probe();
    void onProbed(bool answers);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);

    RegistryLocation m_location;
    std::unique_ptr<Registry> m_owned; // when it opened its own connection
    QPointer<Registry> m_registry;
    QTimer m_timer;
    QTimer m_retry;
    int m_retryMs = FirstRetryMs;
    qint64 m_dataVersion = -1;
    bool m_connected = true;
    bool m_probing = false;
};

} // namespace fd
