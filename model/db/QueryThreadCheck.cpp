#include "model/db/QueryThreadCheck.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>

namespace fd::QueryThreadCheck {

namespace {

std::atomic<QThread *> watched {nullptr};
QMutex reportMutex;
Report reporter; // guarded by reportMutex

struct SqliteTraceContext
{
    QString connectionName;
    const bool *exempt = nullptr;
};

int traceStatement(unsigned type, void *context, void *statement, void *text)
{
    Q_UNUSED(statement)
    const auto *trace = static_cast<const SqliteTraceContext *>(context);
    if (type != SQLITE_TRACE_STMT || !onWatchedThread() || (trace->exempt && *trace->exempt))
        return 0;
    note(trace->connectionName + QStringLiteral(": ")
         + QString::fromUtf8(static_cast<const char *>(text)).simplified());
    return 0;
}

} // namespace

void watch(QThread *thread, Report report)
{
    const QMutexLocker locker(&reportMutex);
    reporter = thread ? std::move(report) : Report();
    watched.store(thread);
}

bool onWatchedThread()
{
    QThread *thread = watched.load();
    return thread && QThread::currentThread() == thread;
}

void note(const QString &what)
{
    if (!onWatchedThread())
        return;
    Report report;
    {
        const QMutexLocker locker(&reportMutex);
        report = reporter;
    }
    if (report)
        report(what);
}

void traceSqlite(const QSqlDatabase &db, const QString &connectionName, const bool *exempt)
{
    QSqlDriver *driver = db.driver();
    if (!driver)
        return;
    const QVariant handle = driver->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    auto *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return;
    // The context lives as long as the connection: SQLite's close event frees it.
    auto *context = new SqliteTraceContext {connectionName, exempt};
    sqlite3_trace_v2(
        connection, SQLITE_TRACE_STMT | SQLITE_TRACE_CLOSE,
        [](unsigned type, void *ctx, void *p, void *x) -> int {
            if (type == SQLITE_TRACE_CLOSE) {
                delete static_cast<SqliteTraceContext *>(ctx);
                return 0;
            }
            return traceStatement(type, ctx, p, x);
        },
        context);
}

} // namespace fd::QueryThreadCheck
