#pragma once

#include "model/db/RegistryTable.h"

#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QTimer>

namespace fd {

class Registry;

// Keeps a window's registry current while other people (or other programs) write to it, and
// notices a lost connection:
// - PostgreSQL: listens on Registry::ChangeChannel, which every writer's notifyChanged() notifies
//   with the table it changed: other workstations refresh at once;
// - SQLite: asks `PRAGMA data_version` every few seconds, which changes when another connection
//   has committed;
// - PostgreSQL: pings the server every few seconds; a failed ping reports the connection lost and
//   reconnects as soon as it can (listening again), then reports it back.
// Works on the registry's own connection, so it lives on the thread that opened it.
class RegistryWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryWatcher)

public:
    explicit RegistryWatcher(Registry *registry, int intervalMs = 3000, QObject *parent = nullptr);

    bool isConnected() const { return m_connected; }
    // One round of checks now (the timer's work), for tests.
    void checkNow();

Q_SIGNALS:
    // Another connection changed these tables (all of them when it is not known which).
    void changed(const QList<fd::RegistryTable> &tables);
    void connectionLost(const QString &message);
    void reconnected();

private:
    void listen();
    void onProbed(bool answers);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);

    QPointer<Registry> m_registry;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
    bool m_connected = true;
    bool m_probing = false;
};

} // namespace fd
