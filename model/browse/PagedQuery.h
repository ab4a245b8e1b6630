#pragma once

#include "model/Result.h"
#include "model/browse/RecordFilter.h"
#include "model/browse/RegistryTables.h"

#include <QMap>
#include <QVariantList>
#include <QVector>

namespace fd {

class Registry;

// What a registry view asks of one table: the filters, the relation and the order. A plain value,
// so that it can cross to a worker thread and be asked again there (PagedTableModel::uidsInRows).
struct PagedQuery
{
    TableSpec spec;
    RecordFilter filter;
    QMap<QString, QString> columnFilters;
    QString relationKey;
    QString relationUid;
    int sortColumn = 0;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

// One page of rows, with the key of its last row (the sort keys and the id) for the next page.
struct PagedRows
{
    QVector<QVariantList> rows;
    QVariantList lastKey;
};

// The SQL of a PagedQuery over one registry connection: made once (prepare), then asked for
// pages and the count. Runs on whichever thread owns the registry.
class PagedSql
{
public:
    explicit PagedSql(PagedQuery query);

    const PagedQuery &query() const { return m_query; }
    // The filter's and the relation's conditions; resolves the related uid on the registry.
    Status prepare(Registry &registry);
    // limit rows after afterKey (keyset paging, when usesKeyset()), else from offset. fromEnd:
    // offset counts from the last row back (the order reversed, one short index walk for a page
    // near the end), the rows given back in the query's order.
    Result<PagedRows> readPage(Registry &registry, const QVariantList &afterKey, qint64 offset,
                               int limit, bool fromEnd = false) const;
    Result<qint64> count(Registry &registry) const;
    bool usesKeyset() const;

private:
    QString pageSql(const Registry &registry, bool afterLastKey, bool fromEnd) const;
    QString countSql() const;
    QStringList sortKeys() const; // what the rows are ordered by before the id
    // The relation's id and condition (see RelationSpec), and its count when the relation is the
    // only condition.
    Status prepareRelation(Registry &registry, const RelationSpec &relation, bool alone,
                           QVariant &bound, QString &condition);

    PagedQuery m_query;
    RecordFilter::SqlWhere m_where;
    qint64 m_relationCount = -1; // counted with the relation, or -1
    bool m_walkSortIndex = false; // a relation many rows match, nothing else filtering: pageSql
};

} // namespace fd
