#pragma once

#include "model/browse/PagedQuery.h"
#include "model/db/QueryInterrupter.h"
#include "model/db/RegistryLocation.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace fd {

class Registry;

// One request of a PagedTableModel: a page (after a key, or from an offset) or the count, for one
// generation of the model's query.
struct PagedRequest
{
    enum class Kind { Page, Count };
    quint64 generation = 0;
    Kind kind = Kind::Page;
    PagedQuery query;
    QVariantList afterKey;
    qint64 offset = 0; // of the first row, in the query's order
    int limit = 0;
    bool fromEnd = false; // read as the rows fromEndOffset back from the last one (PagedSql)
    qint64 fromEndOffset = 0;
};

// Runs a PagedTableModel's queries on the model's thread, over a registry connection of its own,
// opened there when first needed and again after a failure. Requests of a generation older than
// the model's current one are skipped; their results are never sent.
class PagedQueryWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedQueryWorker)

public:
    PagedQueryWorker(std::shared_ptr<QueryInterrupter> interrupter,
                     std::shared_ptr<std::atomic<quint64>> generation);
    ~PagedQueryWorker() override;

    // Both run on the worker's thread (queued by the model).
    void setLocation(const std::optional<RegistryLocation> &location);
    void run(const fd::PagedRequest &request);

    // Statements stopped by a newer request (any thread), for tests.
    int interruptedQueries() const { return m_interrupted.load(); }

Q_SIGNALS:
    void pageRead(quint64 generation, qint64 offset, const fd::PagedRows &rows);
    void counted(quint64 generation, qint64 count);
    void failed(quint64 generation, bool counting, const QString &message);

private:
    bool isStale(quint64 generation) const { return generation < m_generation->load(); }
    Status open();
    void close();
    // The request's outcome; false when it failed.
    bool execute(const PagedRequest &request, QString &error);

    std::shared_ptr<QueryInterrupter> m_interrupter;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    std::optional<RegistryLocation> m_location;
    std::unique_ptr<Registry> m_registry;
    std::optional<PagedSql> m_sql; // prepared for m_sqlGeneration
    quint64 m_sqlGeneration = 0;
    std::atomic<int> m_interrupted {0};
};

} // namespace fd
