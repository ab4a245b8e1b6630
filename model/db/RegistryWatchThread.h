#pragma once

#include "model/db/RegistryLocation.h"
#include "model/db/RegistryTable.h"

#include <QThread>

#include <atomic>

namespace fd {

class RegistryWatcher;

// A RegistryWatcher on a thread of its own, over a connection of its own: the window keeps its
// registry current and hears of a lost connection without ever waiting for the server. Its
// signals arrive on the thread that made it.
class RegistryWatchThread final : public QThread
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryWatchThread)

public:
    RegistryWatchThread(RegistryLocation location, int intervalMs, QObject *parent = nullptr);
    // Waits for the watcher to stop: use release() where a server may not answer.
    ~RegistryWatchThread() override;

    // Stops thread and deletes it once it has ended: at once, or, when a server that does not
    // answer holds up its watcher, as soon as the connection's timeouts end that wait; nobody
    // waits for it meanwhile.
    static void release(RegistryWatchThread *thread);

    const RegistryLocation &location() const { return m_location; }
    // While the connection is lost: try again now.
    void retryNow();

Q_SIGNALS:
    void changed(const QList<fd::RegistryTable> &tables);
    void connectionLost(const QString &message);
    void reconnected();
    void answered();
    void retrying(int ms);

protected:
    void run() override;

private:
    RegistryLocation m_location;
    int m_intervalMs;
    std::atomic<RegistryWatcher *> m_watcher {nullptr};
};

} // namespace fd
