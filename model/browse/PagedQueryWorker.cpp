#include "model/browse/PagedQueryWorker.h"

#include "model/WorkerPool.h"
#include "model/db/Registry.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace fd {

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
    yieldToTheWindow();
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
