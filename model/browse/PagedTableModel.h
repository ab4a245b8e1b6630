#pragma once

#include "model/Result.h"
#include "model/browse/PagedQuery.h"
#include "model/browse/RecordFilter.h"
#include "model/browse/RegistryTables.h"
#include "model/db/RegistryLocation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QVariantList>
#include <QVector>

#include <algorithm>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace fd {

class PagedQueryWorker;
struct PagedRequest;
class QueryInterrupter;
class Registry;

// One registry table as an item model that fetches lazily, a page at a time (canFetchMore /
// fetchMore), so a million artifacts open at once. Sorting and filtering run in SQL: sort() orders
// by the column, setFilter() narrows with a RecordFilter, each starting again from the first page.
// Every query runs on a thread of the model's own over a connection of its own (PagedQueryWorker);
// rows and the count arrive later by signal. Each sort, filter or refresh is a new generation: it
// stops the query in flight, and nothing an older generation asked for is ever shown.
class PagedTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModel)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    enum Role {
        UidRole = Qt::UserRole, // the record's uid
        RecordRole, // the whole record, a QVariantMap keyed by column key
        SortValueRole, // the raw value, for proxies that sort in memory
    };
    // What the current generation asks: filters, relation and order.
    using Query = PagedQuery;

    explicit PagedTableModel(TableSpec spec, QObject *parent = nullptr);
    ~PagedTableModel() override;

    const TableSpec &spec() const { return m_spec; }
    static constexpr int PageSize = 256;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    // Asks the worker for the next page and returns at once; the rows come with rowsInserted.
    // While that page is on its way, asking again does nothing.
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    void setFilter(const RecordFilter &filter);
    // Only rows whose column (by key) equals value; an empty value lifts that condition.
    void setColumnFilter(const QString &key, const QString &value);
    QString columnFilter(const QString &key) const { return m_columnFilters.value(key); }
    // Only rows related to one record of another table (TableSpec::relations, by key), e.g. the
    // artifacts using a set; an empty uid lifts it. One relation at a time.
    void setRelation(const QString &key, const QString &uid);
    QString relationKey() const { return m_relationKey; }
    QString relationUid() const { return m_relationUid; }
    const RecordFilter &filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    Query currentQuery() const;

    // Rows matching the filter in the whole table (not just those fetched), -1 while counting
    // and before the first count.
    qint64 totalCount() const { return m_totalCount; }
    bool isCounting() const { return m_countPending; }
    // Whether a request of the current generation (first page, count, next page) is outstanding.
    bool isLoading() const { return m_loading; }
    // Placeholder rows (off by default): once the count is known, rowCount() is the total, and
    // rows not fetched yet show "…" until the page holding them comes; asking data() for one
    // asks for its page (the latest asked first; pages in the second half of the rows are read
    // from the end). At most MaxPages such pages are kept. Takes effect with the next reload.
    void setPlaceholderRows(bool on);
    static constexpr int MaxPages = 256;
    // How many placeholder rows a view is told of per turn of the event loop (for tests).
    void setGrowStep(int rows) { m_growStep = std::max(1, rows); }
    // Whether the row holds a record, not a placeholder.
    bool isRowLoaded(int row) const;
    // The rows that hold records, as (first, last) ranges in order: the first pages, then the
    // pages fetched for placeholders. A few hundred at most, however many rows the model has.
    QList<std::pair<int, int>> loadedRowRanges() const;
    QString lastError() const { return m_lastError; }
    // Queries the worker stopped because a newer request came (for tests).
    int interruptedQueries() const;
    // Whether the worker is running a request of the current generation (for tests).
    bool isQueryRunning() const;

    // Starts again from the first page, keeping sort and filter (after the registry changed).
    // With placeholder rows, the rows stay (no reset): their contents are read again, and the
    // rows the count gained or lost are inserted or removed.
    void refresh();
    // Points the model at another registry (or none: empty, no queries) and starts again.
    void setLocation(const std::optional<RegistryLocation> &location);
    const std::optional<RegistryLocation> &location() const { return m_location; }

    // The uids of the rows in rowRanges (first and last row, inclusive, in the query's order), on
    // any thread's registry: for a selection that holds rows no view has loaded.
    static Result<QStringList> uidsInRows(Registry &registry, const Query &query,
                                          const QList<std::pair<int, int>> &rowRanges);
    static Result<qint64> countRows(Registry &registry, const Query &query);

Q_SIGNALS:
    void totalCountChanged(qint64 count);
    void loadFailed(const QString &message);
    void loadingChanged(bool loading);

private:
    void reload(bool recount, bool inPlace = false);
    // Removes or adds placeholder rows to the count, after a refresh in place.
    void fitRowsToCount();
    void post(PagedRequest request);
    void takePage(quint64 generation, qint64 offset, const PagedRows &page);
    void takeCount(quint64 generation, qint64 count);
    void takeFailure(quint64 generation, bool counting, const QString &message);
    void setTotalCount(qint64 count);
    // Starts (or goes on) showing placeholder rows up to the total; see m_shownRows.
    void growRows();
    void updateLoading();
    void clearRows();
    const QVariantList *rowAt(int row) const; // nullptr for a placeholder
    void wantPage(int page) const;
    void requestWantedPages();
    bool takePlaceholderPage(qint64 offset, const PagedRows &page);

    TableSpec m_spec;
    RecordFilter m_filter;
    QMap<QString, QString> m_columnFilters;
    QString m_relationKey;
    QString m_relationUid;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::optional<RegistryLocation> m_location;

    QThread *m_thread = nullptr;
    PagedQueryWorker *m_worker = nullptr; // lives on m_thread
    std::shared_ptr<QueryInterrupter> m_interrupter;
    std::shared_ptr<std::atomic<quint64>> m_currentGeneration; // what the worker may skip
    quint64 m_generation = 0;

    QVector<QVariantList> m_rows;
    QVariantList m_lastKey; // sort keys and id of the last row fetched
    bool m_exhausted = true;
    bool m_busy = false; // inside a reset or an insertion: no nested fetches
    bool m_firstPagePending = false; // the old rows show until the new first page arrives
    bool m_pagePending = false;
    bool m_countPending = false;
    bool m_loading = false;
    qint64 m_totalCount = -1;
    QString m_lastError;

    // Placeholder rows: m_rows is then the first rows, fetched in order; the rest of the total
    // are pages by index, fetched as asked for.
    bool m_placeholderRows = false;
    bool m_sparse = false; // rowCount() is the total (once m_shownRows has grown to it)
    // Placeholder rows the views have been told of: they grow to the total m_growStep rows per turn
    // of the event loop, so that a view takes in a million rows in steps of a few milliseconds
    // rather than in one stall (a view's header alone takes ~60 ms for a million; a step of 131,072
    // took 8-11 ms beside the first page's paint while a registry opened).
    int m_shownRows = 0;
    bool m_growing = false;
    int m_growStep = 65'536;
    bool m_sparseFailed = false; // a page failed: no more asking until the next reload
    bool m_refreshInPlace = false; // see reload()
    QHash<int, QVector<QVariantList>> m_pages;
    QSet<int> m_pagesInFlight;
    mutable QList<int> m_wantedPages; // the latest asked last
    mutable bool m_wantedScheduled = false;
};

} // namespace fd
