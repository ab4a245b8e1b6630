#pragma once

#include <QString>

#include <functional>

class QSqlDatabase;
class QThread;

namespace fd {

// The guard that keeps SQL off the window's thread: while a thread is watched, every use of a
// registry connection on it (Registry::database()) and, on SQLite, every statement that connection
// runs is reported. The window tests watch the GUI thread and fail on any report, so that no
// change can bring a query back onto it. A connection opened with
// Registry::OpenOptions::mayRunOnWatchedThread (a test's own, to set up and check records) is not
// reported.
namespace QueryThreadCheck {

using Report = std::function<void(const QString &what)>;

// Watches thread (nullptr: none) and reports there through report; one watcher at a time.
void watch(QThread *thread, Report report);
// Whether the calling thread is the watched one.
bool onWatchedThread();
// Reports what when the calling thread is watched.
void note(const QString &what);
// Reports every statement the SQLite connection db runs on the watched thread, unless exempt says
// it may. Call once, after the connection opened; exempt must live as long as the connection.
void traceSqlite(const QSqlDatabase &db, const QString &connectionName, const bool *exempt);

} // namespace QueryThreadCheck

} // namespace fd
