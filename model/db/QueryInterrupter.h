#pragma once

#include <QMutex>

#include <atomic>
#include <memory>

struct sqlite3;
struct pg_cancel;

namespace fd {

class Registry;

// Stops the statement a worker's connection is running, from any thread: sqlite3_interrupt() on
// SQLite, PQcancel() on PostgreSQL. The mutex keeps the handle from closing meanwhile. A view's
// PagedQueryWorker stops an older generation's query with it, a window's write (RegistryWrites)
// its statements when Cancel is pressed.
class QueryInterrupter final
{
public:
    QueryInterrupter() = default;
    ~QueryInterrupter();
    Q_DISABLE_COPY_MOVE(QueryInterrupter)

    // The worker's side: the connection opened or about to close, a request of a generation
    // started or ended (interrupt() only stops requests of older generations).
    void attach(Registry &registry);
    void detach();
    void begin(quint64 generation);
    void end();
    // How often interrupt() stopped something: a request that failed after that was interrupted.
    int interrupts() const { return m_interrupts.load(); }

    // Stops the running statement if it serves a generation older than generation. On PostgreSQL
    // this opens a connection to the server: call it off the GUI thread (interruptSoon()).
    // Returns whether such a statement was running.
    bool interrupt(quint64 generation);
    // The generation of the request running, 0 when idle (for tests).
    quint64 runningGeneration() const;
    static void interruptSoon(const std::shared_ptr<QueryInterrupter> &self, quint64 generation);

private:
    mutable QMutex m_mutex;
    sqlite3 *m_sqlite = nullptr;
    pg_cancel *m_pgCancel = nullptr;
    quint64 m_running = 0; // the generation of the running request, 0 when idle
    std::atomic<int> m_interrupts {0};
};

} // namespace fd
