#include "model/browse/PagedTableModel.h"

#include "model/browse/PagedQueryWorker.h"
#include "model/db/Registry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QThread>

namespace fd {

PagedTableModel::PagedTableModel(TableSpec spec, QObject *parent)
    : QAbstractTableModel(parent)
    , m_spec(std::move(spec))
    , m_sortColumn(m_spec.defaultSortColumn)
    , m_interrupter(std::make_shared<QueryInterrupter>())
    , m_currentGeneration(std::make_shared<std::atomic<quint64>>(0))
{
}

PagedTableModel::~PagedTableModel()
{
    if (!m_thread)
        return;
    // Nothing queued runs any more, and the statement running stops.
    m_currentGeneration->store(++m_generation);
    QueryInterrupter::interruptSoon(m_interrupter, m_generation);
    m_thread->quit();
    m_thread->wait(); // the worker, deleted on its thread when it finishes, closes its connection
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_sparse ? m_shownRows : int(m_rows.size());
}

const QVariantList *PagedTableModel::rowAt(int row) const
{
    if (row < m_rows.size())
        return &m_rows.at(row);
    const auto page = m_pages.constFind(row / PageSize);
    if (page == m_pages.cend() || row % PageSize >= page->size())
        return nullptr;
    return &page->at(row % PageSize);
}

bool PagedTableModel::isRowLoaded(int row) const
{
    return row >= 0 && row < rowCount() && rowAt(row) != nullptr;
}

QList<std::pair<int, int>> PagedTableModel::loadedRowRanges() const
{
    QList<std::pair<int, int>> ranges;
    const int shown = rowCount();
    const int head = std::min(int(m_rows.size()), shown);
    if (head > 0)
        ranges.append({0, head - 1});
    QList<int> pages = m_pages.keys();
    std::sort(pages.begin(), pages.end());
    for (const int page : std::as_const(pages)) {
        const int first = std::max(page * PageSize, head);
        const int last = std::min(page * PageSize + int(m_pages.value(page).size()), shown) - 1;
        if (last < first)
            continue;
        if (!ranges.isEmpty() && ranges.constLast().second + 1 >= first)
            ranges.last().second = std::max(ranges.constLast().second, last);
        else
            ranges.append({first, last});
    }
    return ranges;
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spec.columns.size());
}

QVariant PagedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList *loaded = rowAt(index.row());
    if (!loaded) {
        wantPage(index.row() / PageSize);
        if (role == Qt::DisplayRole)
            return index.column() == 0 ? QStringLiteral("…") : QString();
        return role == UidRole ? QVariant(QString()) : QVariant();
    }
    const QVariantList &row = *loaded;
    const ColumnSpec &column = m_spec.columns.at(index.column());
    const QVariant &value = row.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (value.isNull())
            return QString();
        if (column.timestamp) {
            const QDateTime when = value.toDateTime();
            return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                                  : value.toString();
        }
        if (column.numeric)
            return QLocale().toString(value.toLongLong());
        return value.toString();
    case Qt::ToolTipRole:
        return value.isNull() ? QVariant() : QVariant(value.toString());
    case Qt::TextAlignmentRole:
        return column.numeric ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortValueRole:
        return value;
    case UidRole: {
        const int uidColumn = m_spec.columnIndex(QStringLiteral("uid"));
        return uidColumn >= 0 ? row.at(uidColumn) : QVariant();
    }
    case RecordRole: {
        QVariantMap record;
        for (int i = 0; i < m_spec.columns.size(); ++i)
            record.insert(m_spec.columns.at(i).key, row.at(i));
        return record;
    }
    default:
        return {};
    }
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_spec.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return QCoreApplication::translate("RegistryTables", m_spec.columns.at(section).header);
    return {};
}

QHash<int, QByteArray> PagedTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(UidRole, "uid");
    names.insert(RecordRole, "record");
    names.insert(SortValueRole, "sortValue");
    return names;
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    // True while the next page is on its way (fetchMore then waits for it), so that a view
    // scrolled to the end keeps asking; not while the rows shown are about to be replaced.
    return !parent.isValid() && !m_exhausted && !m_busy && !m_firstPagePending && !m_sparse;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_pagePending)
        return; // one page at a time
    m_pagePending = true;
    PagedRequest request;
    request.afterKey = m_lastKey;
    request.offset = m_rows.size();
    post(std::move(request));
    updateLoading();
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_spec.columns.size())
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload(false); // the order changes, the count does not
}

void PagedTableModel::setFilter(const RecordFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload(true);
}

void PagedTableModel::setColumnFilter(const QString &key, const QString &value)
{
    if (m_spec.columnIndex(key) < 0 || m_columnFilters.value(key) == value)
        return;
    if (value.isEmpty())
        m_columnFilters.remove(key);
    else
        m_columnFilters.insert(key, value);
    reload(true);
}

void PagedTableModel::setRelation(const QString &key, const QString &uid)
{
    const bool lifted = uid.isEmpty();
    if (!lifted && !m_spec.relation(key))
        return;
    if (lifted ? m_relationUid.isEmpty() : (m_relationKey == key && m_relationUid == uid))
        return;
    m_relationKey = lifted ? QString() : key;
    m_relationUid = uid;
    reload(true);
}

void PagedTableModel::setLocation(const std::optional<RegistryLocation> &location)
{
    if (location && !m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("PagedQueryWorker"));
        m_worker = new PagedQueryWorker(m_interrupter, m_currentGeneration);
        m_worker->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        connect(m_worker, &PagedQueryWorker::pageRead, this, &PagedTableModel::takePage);
        connect(m_worker, &PagedQueryWorker::counted, this, &PagedTableModel::takeCount);
        connect(m_worker, &PagedQueryWorker::failed, this, &PagedTableModel::takeFailure);
        m_thread->start();
    }
    m_location = location;
    if (m_worker) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, location] { worker->setLocation(location); },
            Qt::QueuedConnection);
    }
    clearRows(); // another registry's rows: not even for a moment
    setTotalCount(-1);
    reload(true);
}

void PagedTableModel::refresh()
{
    reload(true, true);
}

PagedTableModel::Query PagedTableModel::currentQuery() const
{
    return {m_spec,        m_filter,     m_columnFilters, m_relationKey,
            m_relationUid, m_sortColumn, m_sortOrder};
}

bool PagedTableModel::isQueryRunning() const
{
    return m_interrupter->runningGeneration() == m_generation;
}

int PagedTableModel::interruptedQueries() const
{
    return m_worker ? m_worker->interruptedQueries() : 0;
}

void PagedTableModel::clearRows()
{
    m_busy = true;
    beginResetModel();
    m_rows.clear();
    m_lastKey.clear();
    m_exhausted = true;
    m_sparse = false;
    m_growing = false;
    m_refreshInPlace = false;
    m_pages.clear();
    m_pagesInFlight.clear();
    m_wantedPages.clear();
    endResetModel();
    m_busy = false;
}

void PagedTableModel::setPlaceholderRows(bool on)
{
    m_placeholderRows = on;
}

void PagedTableModel::wantPage(int page) const
{
    if (!m_sparse || m_firstPagePending || m_sparseFailed || m_pagesInFlight.contains(page))
        return;
    // The latest asked first; a view scrolled on supersedes what it asked for before.
    constexpr int MaxWanted = 16;
    m_wantedPages.removeOne(page);
    m_wantedPages.append(page);
    while (m_wantedPages.size() > MaxWanted)
        m_wantedPages.removeFirst();
    if (m_wantedScheduled)
        return;
    m_wantedScheduled = true;
    // Asked from data(), while a view paints: the requests go once it is done.
    QMetaObject::invokeMethod(const_cast<PagedTableModel *>(this),
                              &PagedTableModel::requestWantedPages, Qt::QueuedConnection);
}

void PagedTableModel::requestWantedPages()
{
    m_wantedScheduled = false;
    constexpr int MaxInFlight = 2; // the worker takes them one by one; the rest may still change
    while (m_pagesInFlight.size() < MaxInFlight && !m_wantedPages.isEmpty()) {
        const int page = m_wantedPages.takeLast();
        if (!m_sparse || m_firstPagePending || m_sparseFailed) {
            m_wantedPages.clear();
            break;
        }
        const qint64 first = qint64(page) * PageSize;
        if (m_pages.contains(page) || m_pagesInFlight.contains(page) || first >= m_totalCount)
            continue;
        PagedRequest request;
        request.offset = first;
        request.limit = int(std::min<qint64>(PageSize, m_totalCount - first));
        // In the second half, counted from the end: Ctrl+End on a million rows is one short
        // walk of the index backwards, not an OFFSET over all the rows before.
        if (first > m_totalCount / 2) {
            request.fromEnd = true;
            request.fromEndOffset = m_totalCount - first - request.limit;
        }
        m_pagesInFlight.insert(page);
        post(std::move(request));
    }
    updateLoading();
}

bool PagedTableModel::takePlaceholderPage(qint64 offset, const PagedRows &page)
{
    const int pageIndex = int(offset / PageSize);
    if (offset % PageSize != 0 || !m_pagesInFlight.remove(pageIndex))
        return false;
    m_pages.insert(pageIndex, page.rows);
    const int lastColumn = int(m_spec.columns.size()) - 1;
    // Rows the views have been told of only (placeholders may still be growing to the total).
    const auto changed = [this, lastColumn](int first, int count) {
        const int last = std::min(first + count, rowCount()) - 1;
        if (last >= first)
            Q_EMIT dataChanged(index(first, 0), index(last, lastColumn));
    };
    if (m_pages.size() > MaxPages) {
        // The page farthest from the one that came goes back to placeholders.
        int farthest = pageIndex;
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
            if (std::abs(it.key() - pageIndex) > std::abs(farthest - pageIndex))
                farthest = it.key();
        changed(farthest * PageSize, int(m_pages.take(farthest).size()));
    }
    changed(pageIndex * PageSize, int(page.rows.size()));
    requestWantedPages();
    return true;
}

void PagedTableModel::reload(bool recount, bool inPlace)
{
    // A new generation: the worker skips what older ones queued and stops what it runs for them.
    ++m_generation;
    m_currentGeneration->store(m_generation);
    QueryInterrupter::interruptSoon(m_interrupter, m_generation);
    m_lastError.clear();
    m_pagePending = false;
    m_pagesInFlight.clear();
    m_wantedPages.clear();
    m_sparseFailed = false;
    m_growing = false; // an older generation's placeholders stop growing
    // The same query read again (after a write): placeholder rows stay rows, their contents are
    // read again, and only the difference in the count is inserted or removed. A view of a
    // million rows does not take them all in again after every attach.
    m_refreshInPlace = inPlace && m_sparse;
    if (!m_location) {
        m_firstPagePending = false;
        m_countPending = false;
        clearRows();
        setTotalCount(-1);
        updateLoading();
        return;
    }
    // The rows shown stay until the new first page replaces them, so that a view never flashes
    // an empty table; they are not extended meanwhile (canFetchMore).
    m_firstPagePending = true;
    PagedRequest page;
    page.offset = 0;
    post(std::move(page));
    // A sort keeps the count, unless the count of the generation it replaces had not come yet.
    if (recount || m_countPending || m_totalCount < 0) {
        m_countPending = true;
        setTotalCount(-1);
        PagedRequest count;
        count.kind = PagedRequest::Kind::Count;
        post(std::move(count));
    }
    updateLoading();
}

void PagedTableModel::post(PagedRequest request)
{
    request.generation = m_generation;
    request.query = currentQuery();
    if (request.kind == PagedRequest::Kind::Page && request.limit == 0)
        request.limit = PageSize;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request = std::move(request)] { worker->run(request); },
        Qt::QueuedConnection);
}

void PagedTableModel::takePage(quint64 generation, qint64 offset, const PagedRows &page)
{
    if (generation != m_generation)
        return;
    if (m_firstPagePending && offset == 0 && m_refreshInPlace) {
        m_firstPagePending = false;
        m_rows = page.rows;
        m_lastKey = page.lastKey;
        m_exhausted = page.rows.size() < PageSize;
        m_pages.clear();
        m_pagesInFlight.clear();
        m_wantedPages.clear();
        if (m_shownRows < m_rows.size()) {
            m_busy = true;
            beginInsertRows({}, m_shownRows, int(m_rows.size()) - 1);
            m_shownRows = int(m_rows.size());
            endInsertRows();
            m_busy = false;
        }
        if (m_shownRows > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_shownRows - 1, columnCount() - 1));
        if (!m_countPending)
            fitRowsToCount();
    } else if (m_firstPagePending && offset == 0) {
        m_firstPagePending = false;
        // Whoever reacts to modelReset or rowsInserted (a view, a proxy, the model tester) may
        // ask for more rows at once; that has to wait until everyone has taken in the change.
        m_busy = true;
        beginResetModel();
        m_rows = page.rows;
        m_lastKey = page.lastKey;
        m_exhausted = page.rows.size() < PageSize;
        m_pages.clear();
        m_pagesInFlight.clear();
        m_wantedPages.clear();
        // A sort keeps the count: the rows it does not hold yet are placeholders at once.
        m_sparse = m_placeholderRows && !m_countPending && m_totalCount > m_rows.size();
        m_shownRows = int(m_rows.size());
        endResetModel();
        m_busy = false;
        if (m_sparse)
            growRows();
    } else if (m_sparse && !m_firstPagePending && takePlaceholderPage(offset, page)) {
        // a page asked for by data()
    } else if (m_pagePending && !m_firstPagePending && offset == m_rows.size()) {
        m_pagePending = false;
        m_exhausted = page.rows.size() < PageSize;
        if (!page.rows.isEmpty()) {
            m_lastKey = page.lastKey;
            const int first = int(m_rows.size());
            m_busy = true;
            beginInsertRows({}, first, first + int(page.rows.size()) - 1);
            m_rows.append(page.rows);
            endInsertRows();
            m_busy = false;
        }
    }
    updateLoading();
}

void PagedTableModel::takeCount(quint64 generation, qint64 count)
{
    if (generation != m_generation)
        return;
    m_countPending = false;
    setTotalCount(count);
    if (m_refreshInPlace) {
        if (!m_firstPagePending)
            fitRowsToCount();
    } else if (m_placeholderRows && !m_firstPagePending && !m_sparse && count > m_rows.size()) {
        // The rows not fetched yet become placeholders; a page fetchMore asked for is one of
        // them now.
        if (m_pagePending) {
            m_pagePending = false;
            if (m_rows.size() % PageSize == 0)
                m_pagesInFlight.insert(int(m_rows.size() / PageSize));
        }
        m_sparse = true;
        m_shownRows = int(m_rows.size());
        growRows();
    }
    updateLoading();
}

void PagedTableModel::takeFailure(quint64 generation, bool counting, const QString &message)
{
    if (generation != m_generation)
        return;
    m_lastError = message;
    if (counting) {
        m_countPending = false;
    } else if (m_firstPagePending) {
        m_firstPagePending = false;
        clearRows();
    } else if (m_sparse) {
        m_pagesInFlight.clear();
        m_wantedPages.clear();
        m_sparseFailed = true; // until the next reload: no asking again at every repaint
    } else {
        m_pagePending = false;
        m_exhausted = true;
    }
    Q_EMIT loadFailed(message);
    updateLoading();
}

void PagedTableModel::fitRowsToCount()
{
    // A refresh in place, once both its first page and its count are in (a count that failed
    // leaves the rows as they are).
    m_refreshInPlace = false;
    if (m_totalCount < 0)
        return;
    const int target
        = int(std::max<qint64>(std::min<qint64>(m_totalCount, INT_MAX), m_rows.size()));
    if (m_shownRows > target) {
        m_busy = true;
        beginRemoveRows({}, target, m_shownRows - 1);
        m_shownRows = target;
        for (auto it = m_pages.begin(); it != m_pages.end();)
            it = qint64(it.key()) * PageSize >= target ? m_pages.erase(it) : std::next(it);
        endRemoveRows();
        m_busy = false;
    }
    // The placeholders beyond the first page ask for their pages now that the count is known.
    if (m_shownRows > m_rows.size())
        Q_EMIT dataChanged(index(int(m_rows.size()), 0), index(m_shownRows - 1, columnCount() - 1));
    growRows();
}

void PagedTableModel::growRows()
{
    const int total = int(std::min<qint64>(m_totalCount, INT_MAX));
    if (!m_sparse || m_shownRows >= total) {
        m_growing = false;
        updateLoading();
        return;
    }
    const int next = int(std::min<qint64>(qint64(m_shownRows) + m_growStep, total));
    m_busy = true;
    beginInsertRows({}, m_shownRows, next - 1);
    m_shownRows = next;
    endInsertRows();
    m_busy = false;
    m_growing = next < total;
    if (m_growing) {
        // The rest after the views have repainted and taken input; a newer query stops it.
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation] {
                if (generation == m_generation)
                    growRows();
            },
            Qt::QueuedConnection);
    }
    updateLoading();
}

void PagedTableModel::setTotalCount(qint64 count)
{
    if (count == m_totalCount)
        return;
    m_totalCount = count;
    Q_EMIT totalCountChanged(count);
}

void PagedTableModel::updateLoading()
{
    const bool loading = m_firstPagePending || m_pagePending || m_countPending || m_growing
        || !m_pagesInFlight.isEmpty();
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

Result<QStringList> PagedTableModel::uidsInRows(Registry &registry, const Query &query,
                                                const QList<std::pair<int, int>> &rowRanges)
{
    PagedSql sql(query);
    if (Status prepared = sql.prepare(registry); !prepared)
        return prepared.error();
    const int uidColumn = query.spec.columnIndex(QStringLiteral("uid"));
    QStringList uids;
    for (const auto &[first, last] : rowRanges) {
        if (uidColumn < 0 || first < 0 || last < first)
            continue;
        const Result<PagedRows> rows = sql.readPage(registry, {}, first, last - first + 1);
        if (!rows)
            return rows.error();
        for (const QVariantList &row : rows->rows)
            uids.append(row.at(uidColumn).toString());
    }
    return uids;
}

Result<qint64> PagedTableModel::countRows(Registry &registry, const Query &query)
{
    PagedSql sql(query);
    if (Status prepared = sql.prepare(registry); !prepared)
        return prepared.error();
    return sql.count(registry);
}

} // namespace fd
