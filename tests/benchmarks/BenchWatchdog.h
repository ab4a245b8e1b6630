#pragma once

#include "model/Result.h"

#include <QElapsedTimer>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace fd {
class Registry;
}

namespace fd::bench {

// Stops the registry's statements once they have run longer than a cap, so that a query that
// would take hours ends as a figure "over N s" instead of hanging the benchmark. SQLite:
// sqlite3_interrupt() from a thread, repeated until disarmed (the model runs a page query and a
// count one after the other); PostgreSQL: statement_timeout on the connection.
//
// sqlite3_interrupt is looked up in the libsqlite3 that Qt's QSQLITE driver has loaded already
// (dlopen with RTLD_NOLOAD), so the benchmark needs no SQLite headers and calls the very library
// that owns the connection.
class BenchWatchdog
{
public:
    BenchWatchdog(Registry &registry, double capSeconds);
    ~BenchWatchdog();
    BenchWatchdog(const BenchWatchdog &) = delete;
    BenchWatchdog &operator=(const BenchWatchdog &) = delete;

    Status arm();
    void disarm();
    // Whether the last armed stretch hit the cap.
    bool fired() const { return m_fired; }
    double capSeconds() const { return m_capSeconds; }
    // False when statements cannot be stopped on this backend (no sqlite3_interrupt found).
    bool canStop() const { return m_postgres || m_interrupt; }

private:
    void watch();

    Registry &m_registry;
    double m_capSeconds;
    bool m_postgres;
    void *m_handle = nullptr; // sqlite3*
    void (*m_interrupt)(void *) = nullptr;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_armed = false;
    std::atomic<bool> m_fired {false};
    QElapsedTimer m_clock;
};

} // namespace fd::bench
