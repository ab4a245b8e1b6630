#include "model/db/ConnectionWatchdog.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-events.h>
#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <linux/tcp.h> // the kernel's tcp_info, with the byte counts glibc's lacks
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace fd::ConnectionWatchdog {

namespace {

#ifdef Q_OS_LINUX

constexpr int TcpEstablished = 1; // the kernel's TCP_ESTABLISHED

// What the kernel knows of a socket's traffic: bytes sent so far, and how long since data last
// went out and last came in (milliseconds, in ticks of a few).
struct Traffic
{
    quint64 bytesSent = 0;
    quint32 sinceSent = 0;
    quint32 sinceReceived = 0;
};

// Nothing when the socket is closed by either side or the kernel does not tell.
std::optional<Traffic> traffic(int socket)
{
    tcp_info info {};
    socklen_t size = sizeof info;
    if (getsockopt(socket, IPPROTO_TCP, TCP_INFO, &info, &size) != 0
        || size < offsetof(tcp_info, tcpi_bytes_sent) + sizeof info.tcpi_bytes_sent
        || info.tcpi_state != TcpEstablished)
        return std::nullopt;
    return Traffic {info.tcpi_bytes_sent, info.tcpi_last_data_sent, info.tcpi_last_data_recv};
}

struct Watched
{
    const PGconn *connection = nullptr;
    // A duplicate of the connection's socket, the watchdog's own: libpq closes its descriptor of
    // a connection it found broken, and that number may then soon name another file; this one
    // names the same socket until the watchdog closes it.
    int socket = -1;
    int deadlineMs = 0;
    // Bytes sent when the last answer was complete: more sent since means a request waits.
    quint64 sentWhenAnswered = 0;
};

int onEvent(PGEventId event, void *info, void *passThrough);

class Watchdog
{
public:
    quint64 watch(Watched watched)
    {
        const std::lock_guard lock(m_mutex);
        const quint64 ticket = ++m_lastTicket;
        m_watched.emplace(ticket, watched);
        if (!m_started) {
            // Detached: the watchdog lives as long as the program (see watchdog()).
            std::thread([this] { run(); }).detach();
            m_started = true;
        }
        m_wake.notify_all();
        return ticket;
    }

    void unwatch(quint64 ticket)
    {
        const std::lock_guard lock(m_mutex);
        if (const auto it = m_watched.find(ticket); it != m_watched.end())
            forget(it);
    }

    // On the connection's thread, when libpq made a result: every request the connection sent
    // so far is answered (a synchronous client sends the next one only after this).
    void answered(const PGconn *connection)
    {
        const std::lock_guard lock(m_mutex);
        for (auto &[ticket, watched] : m_watched) {
            if (watched.connection != connection)
                continue;
            if (const std::optional<Traffic> now = traffic(watched.socket))
                watched.sentWhenAnswered = now->bytesSent;
        }
    }

    int cuts() const { return m_cuts.load(); }

private:
    using Entry = std::map<quint64, Watched>::iterator;

    Entry forget(Entry it)
    {
        ::close(it->second.socket);
        return m_watched.erase(it);
    }

    // A few looks per deadline, not more often than every 50 ms nor less than every 250 ms.
    std::chrono::milliseconds interval() const
    {
        int shortest = 250 * 5;
        for (const auto &entry : m_watched)
            shortest = std::min(shortest, entry.second.deadlineMs);
        return std::chrono::milliseconds(std::clamp(shortest / 5, 50, 250));
    }

    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            if (m_watched.empty()) {
                m_wake.wait(lock, [this] { return !m_watched.empty(); });
                continue;
            }
            m_wake.wait_for(lock, interval());
            for (auto it = m_watched.begin(); it != m_watched.end();) {
                const Watched &watched = it->second;
                const std::optional<Traffic> now = traffic(watched.socket);
                if (!now) {
                    it = forget(it); // closed: nothing left to cut
                    continue;
                }
                // A request waits, and nothing moved either way for the deadline (a statement
                // whose answer streams in is not cut, nor one that is still being sent).
                const quint32 deadline = quint32(watched.deadlineMs);
                if (now->bytesSent > watched.sentWhenAnswered && now->sinceSent >= deadline
                    && now->sinceReceived >= deadline) {
                    ++m_cuts; // first: the connection's thread may look as soon as it wakes
                    // The socket itself, shared with libpq's descriptor: its blocking read ends.
                    ::shutdown(watched.socket, SHUT_RDWR);
                    it = forget(it);
                    continue;
                }
                ++it;
            }
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::map<quint64, Watched> m_watched; // guarded by m_mutex
    quint64 m_lastTicket = 0;
    bool m_started = false;
    std::atomic<int> m_cuts {0};
};

// Never destroyed: a connection may close (and unwatch) during the program's exit, after a static
// watchdog would have gone; its thread then simply ends with the process.
Watchdog &watchdog()
{
    static Watchdog *const instance = new Watchdog;
    return *instance;
}

int onEvent(PGEventId event, void *info, void *passThrough)
{
    Q_UNUSED(passThrough)
    if (event != PGEVT_RESULTCREATE)
        return 1;
    const auto *created = static_cast<const PGEventResultCreate *>(info);
    // A row of a statement read row by row (Qt does so for a forward-only query) is not its end:
    // the result that ends it follows, and a link that hangs between rows is cut as well.
    if (PQresultStatus(created->result) != PGRES_SINGLE_TUPLE)
        watchdog().answered(created->conn);
    return 1; // never fails a result or the registration
}

#endif

} // namespace

quint64 watch(const QSqlDatabase &db, int deadlineMs)
{
#ifdef Q_OS_LINUX
    if (deadlineMs <= 0 || !db.isOpen() || !db.driver())
        return 0;
    const QVariant handle = db.driver()->handle();
    const char *type = handle.typeName();
    if (!type || (qstrcmp(type, "PGconn*") != 0 && qstrcmp(type, "pg_conn*") != 0))
        return 0;
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    if (!connection || PQstatus(connection) != CONNECTION_OK || PQsocket(connection) < 0)
        return 0;
    // Once per connection (a second registration of the same procedure is refused, harmlessly).
    PQregisterEventProc(connection, onEvent, "featuredesk-watchdog", nullptr);
    Watched watched;
    watched.connection = connection;
    watched.deadlineMs = deadlineMs;
    watched.socket = fcntl(PQsocket(connection), F_DUPFD_CLOEXEC, 0);
    if (watched.socket < 0)
        return 0;
    // Called between statements: whatever was sent so far is answered.
    const std::optional<Traffic> now = traffic(watched.socket);
    if (!now) {
        ::close(watched.socket);
        return 0;
    }
    watched.sentWhenAnswered = now->bytesSent;
    return watchdog().watch(watched);
#else
    Q_UNUSED(db)
    Q_UNUSED(deadlineMs)
    return 0;
#endif
}

void unwatch(quint64 ticket)
{
#ifdef Q_OS_LINUX
    if (ticket != 0)
        watchdog().unwatch(ticket);
#else
    Q_UNUSED(ticket)
#endif
}

int cuts()
{
#ifdef Q_OS_LINUX
    return watchdog().cuts();
#else
    return 0;
#endif
}

} // namespace fd::ConnectionWatchdog
