#include "model/browse/PagedQueryWorker.h"

#include "model/db/Registry.h"

#include <QCoreApplication>
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
    QThreadPool::globalInstance()->start([self, generation] {
        for (int attempt = 0; attempt < 10; ++attempt) {
            if (attempt > 0)
                QThread::msleep(50);
            if (!self->interrupt(generation))
                return;
        }
    });
}

PagedQueryWorker::PagedQueryWorker(std::shared_ptr<QueryInterrupter> interrupter,
                                   std::shared_ptr<std::atomic<quint64>> generation)
    : m_interrupter(std::move(interrupter))
    , m_generation(std::move(generation))
{
}

PagedQueryWorker::~PagedQueryWorker()
{
    close();
}

void PagedQueryWorker::setLocation(const std::optional<RegistryLocation> &location)
{
    close();
    m_location = location;
}

Status PagedQueryWorker::open()
{
    if (m_registry)
        return {};
    if (!m_location)
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("fd::PagedTableModel", "No registry is open."));
    Registry::OpenOptions options;
    options.migrate = false;
    Result<std::unique_ptr<Registry>> opened = Registry::open(*m_location, options);
    if (!opened)
        return opened.error();
    m_registry = std::move(opened).value();
    m_interrupter->attach(*m_registry);
    return {};
}

void PagedQueryWorker::close()
{
    m_sql.reset();
    m_sqlGeneration = 0;
    if (!m_registry)
        return;
    m_interrupter->detach();
    m_registry.reset();
}

void PagedQueryWorker::run(const PagedRequest &request)
{
    if (isStale(request.generation))
        return;
    QString error;
    const int interruptsBefore = m_interrupter->interrupts();
    m_interrupter->begin(request.generation);
    bool done = execute(request, error);
    // An interrupt meant for an older request that landed on this one: once more.
    if (!done && !isStale(request.generation) && m_interrupter->interrupts() != interruptsBefore)
        done = execute(request, error);
    // A connection the server dropped (a restart, a network cut): once more over a new one.
    if (!done && !isStale(request.generation) && m_registry && !m_registry->ping()) {
        close();
        done = execute(request, error);
    }
    m_interrupter->end();
    if (done)
        return;
    if (isStale(request.generation)) {
        ++m_interrupted; // stopped for a newer request: not an error to show
        return;
    }
    close(); // opened again for the next request, in case the connection was lost
    Q_EMIT failed(request.generation, request.kind == PagedRequest::Kind::Count, error);
}

bool PagedQueryWorker::execute(const PagedRequest &request, QString &error)
{
    if (Status opened = open(); !opened) {
        error = opened.error().message;
        return false;
    }
    if (isStale(request.generation))
        return true; // replaced while the connection opened: nothing to run
    if (!m_sql || m_sqlGeneration != request.generation) {
        m_sql.emplace(request.query);
        m_sqlGeneration = request.generation;
        if (Status prepared = m_sql->prepare(*m_registry); !prepared) {
            m_sql.reset();
            error = prepared.error().message;
            return false;
        }
    }
    if (request.kind == PagedRequest::Kind::Count) {
        const Result<qint64> count = m_sql->count(*m_registry);
        if (!count) {
            error = count.error().message;
            return false;
        }
        if (!isStale(request.generation))
            Q_EMIT counted(request.generation, *count);
        return true;
    }
    const Result<PagedRows> page = request.fromEnd
        ? m_sql->readPage(*m_registry, {}, request.fromEndOffset, request.limit, true)
        : m_sql->readPage(*m_registry, request.afterKey, request.offset, request.limit);
    if (!page) {
        error = page.error().message;
        return false;
    }
    if (!isStale(request.generation))
        Q_EMIT pageRead(request.generation, request.offset, *page);
    return true;
}

} // namespace fd
