#pragma once

#include <QtGlobal>

class QSqlDatabase;

namespace fd {

// Cuts a PostgreSQL connection whose server has left a request unanswered for longer than the
// connection's deadline, so that a link that acknowledges but never answers (a stuck proxy, a VPN
// or Wi-Fi hiccup) ends a waiting statement with the usual connection-lost error instead of
// holding its thread until the link comes back. Neither tcp_user_timeout (the data are
// acknowledged) nor statement_timeout (the server may never see the statement, or its answer is
// held) can tell that case.
//
// A request waits for its answer while the connection has sent bytes since libpq last made a
// result: an event procedure registered on the connection notes the socket's bytes sent at each
// result that ends a statement, on the connection's own thread, so the query path needs no
// change and pays a getsockopt() per statement. One thread of the process looks at every watched
// socket a few times a second (the kernel's TCP_INFO); when a request waits and no data moved
// either way for the deadline, it shuts the socket down (shutdown(), never PQfinish(), which
// belongs to the connection's own thread), and libpq's blocking read ends at once with "server
// closed the connection unexpectedly". The connection then reconnects as after any loss.
//
// A statement whose answer streams in is never cut, nor one still being sent (a COPY): only a
// link that went silent while a request waits. Linux only (other systems keep the server's and
// the kernel's timeouts).
namespace ConnectionWatchdog {

// Watches db's connection (PostgreSQL, open) with deadlineMs > 0, until unwatch(ticket). Call on
// the connection's thread after it opened. Returns 0 when nothing is watched (SQLite, no deadline,
// no socket).
quint64 watch(const QSqlDatabase &db, int deadlineMs);
// Stops watching; afterwards the watchdog no longer touches that socket. Call before the
// connection closes (the watchdog holds the socket open until then). 0 is ignored.
void unwatch(quint64 ticket);
// How many connections the watchdog has cut since the program started (for tests).
int cuts();

} // namespace ConnectionWatchdog

} // namespace fd
