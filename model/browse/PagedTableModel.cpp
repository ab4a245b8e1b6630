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
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spec.columns.size());
}

QVariant PagedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &row = m_rows.at(index.row());
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
    return !parent.isValid() && !m_exhausted && !m_busy && !m_firstPagePending;
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
    refresh();
}

void PagedTableModel::setColumnFilter(const QString &key, const QString &value)
{
    if (m_spec.columnIndex(key) < 0 || m_columnFilters.value(key) == value)
        return;
    if (value.isEmpty())
        m_columnFilters.remove(key);
    else
        m_columnFilters.insert(key, value);
    refresh();
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
    refresh();
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
    refresh();
}

void PagedTableModel::refresh()
{
    reload(true);
}

PagedTableModel::Query PagedTableModel::currentQuery() const
{
    return {m_spec,        m_filter,     m_columnFilters, m_relationKey,
            m_relationUid, m_sortColumn, m_sortOrder};
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
    endResetModel();
    m_busy = false;
}

void PagedTableModel::reload(bool recount)
{
    // A new generation: the worker skips what older ones queued and stops what it runs for them.
    ++m_generation;
    m_currentGeneration->store(m_generation);
    QueryInterrupter::interruptSoon(m_interrupter, m_generation);
    m_lastError.clear();
    m_pagePending = false;
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
    if (request.kind == PagedRequest::Kind::Page)
        request.limit = PageSize;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request = std::move(request)] { worker->run(request); },
        Qt::QueuedConnection);
}

void PagedTableModel::takePage(quint64 generation, qint64 offset, const PagedRows &page)
{
    if (generation != m_generation)
        return;
    if (m_firstPagePending && offset == 0) {
        m_firstPagePending = false;
        // Whoever reacts to modelReset or rowsInserted (a view, a proxy, the model tester) may
        // ask for more rows at once; that has to wait until everyone has taken in the change.
        m_busy = true;
        beginResetModel();
        m_rows = page.rows;
        m_lastKey = page.lastKey;
        m_exhausted = page.rows.size() < PageSize;
        endResetModel();
        m_busy = false;
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
    } else {
        m_pagePending = false;
        m_exhausted = true;
    }
    Q_EMIT loadFailed(message);
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
    const bool loading = m_firstPagePending || m_pagePending || m_countPending;
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
