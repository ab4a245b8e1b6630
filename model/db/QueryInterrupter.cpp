#include "model/db/QueryInterrupter.h"

#include "model/WorkerPool.h"
#include "model/db/Registry.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace fd {

QueryInterrupter::~QueryInterrupter()
{
    detach();
}

void QueryInterrupter::attach(Registry &registry)
{
    const QSqlDatabase db = registry.database();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    const QMutexLocker locker(&m_mutex);
    if (!handle.isValid())
        return;
    const char *type = handle.typeName();
    if (qstrcmp(type, "sqlite3*") == 0) {
        // Only a handle of the library linked here (see SqliteTriggersOff): a Qt with its own
        // copy of SQLite hands over a handle this one must not touch; then nothing is stopped.
        QSqlQuery version(db);
        if (!version.exec(QStringLiteral("SELECT sqlite_version()")) || !version.next()
            || version.value(0).toString() != QString::fromLatin1(sqlite3_libversion()))
            return;
        m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    } else if (qstrcmp(type, "PGconn*") == 0 || qstrcmp(type, "pg_conn*") == 0) {
        if (PGconn *connection = *static_cast<PGconn *const *>(handle.constData()))
            m_pgCancel = PQgetCancel(connection);
    }
}

void QueryInterrupter::detach()
{
    const QMutexLocker locker(&m_mutex);
    m_sqlite = nullptr;
    if (m_pgCancel)
        PQfreeCancel(m_pgCancel);
    m_pgCancel = nullptr;
}

void QueryInterrupter::begin(quint64 generation)
{
    const QMutexLocker locker(&m_mutex);
    m_running = generation;
}

void QueryInterrupter::end()
{
    const QMutexLocker locker(&m_mutex);
    m_running = 0;
}

bool QueryInterrupter::interrupt(quint64 generation)
{
    const QMutexLocker locker(&m_mutex);
    if (m_running == 0 || m_running >= generation)
        return false;
    if (m_sqlite) {
        sqlite3_interrupt(m_sqlite);
        ++m_interrupts;
    } else if (m_pgCancel) {
        char message[256];
        if (PQcancel(m_pgCancel, message, int(sizeof message)))
            ++m_interrupts;
    }
    return true;
}

quint64 QueryInterrupter::runningGeneration() const
{
    const QMutexLocker locker(&m_mutex);
    return m_running;
}

void QueryInterrupter::interruptSoon(const std::shared_ptr<QueryInterrupter> &self,
                                     quint64 generation)
{
    {
        // SQLite's interrupt only sets a flag: at once. PostgreSQL's talks to the server.
        const QMutexLocker locker(&self->m_mutex);
        if (self->m_running == 0 || self->m_running >= generation)
            return;
        if (self->m_sqlite) {
            sqlite3_interrupt(self->m_sqlite);
            ++self->m_interrupts;
        }
    }
    // A statement that had not quite started (SQLite ignores an interrupt then, and a cancel may
    // reach the server before the query) is stopped again, for a short while.
    workerPool().start([self, generation] {
        for (int attempt = 0; attempt < 10; ++attempt) {
            if (attempt > 0)
                QThread::msleep(50);
            if (!self->interrupt(generation))
                return;
        }
    });
}

} // namespace fd
