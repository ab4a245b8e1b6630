#include "model/browse/PagedQuery.h"

#include "model/db/Registry.h"
#include "model/db/SqlErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace fd {

namespace {

QString doingRead(const TableSpec &spec)
{
    return QCoreApplication::translate("fd::PagedTableModel", "read the %1")
        .arg(registryTableKey(spec.id));
}

} // namespace

PagedSql::PagedSql(PagedQuery query)
    : m_query(std::move(query))
{
}

Status PagedSql::prepare(Registry &registry)
{
    const TableSpec &spec = m_query.spec;
    QList<RecordFilter::Column> filterable;
    for (const ColumnSpec &column : spec.columns)
        if (column.filterable)
            filterable.append({column.expression, column.filterCondition,
                               column.filterConditionWithoutSlashOnly});
    m_where = m_query.filter.where(filterable, registry.dialect());
    for (auto it = m_query.columnFilters.cbegin(); it != m_query.columnFilters.cend(); ++it) {
        const QString condition
            = spec.columns.at(spec.columnIndex(it.key())).expression + QStringLiteral(" = ?");
        m_where.clause = m_where.clause.isEmpty()
            ? condition
            : m_where.clause + QStringLiteral(" AND ") + condition;
        m_where.values.append(it.value());
    }
    m_relationCount = -1;
    m_walkSortIndex = false;
    const RelationSpec *relation = spec.relation(m_query.relationKey);
    if (!relation || m_query.relationUid.isEmpty())
        return {};
    const bool alone = m_where.clause.isEmpty();
    QVariant bound = m_query.relationUid;
    QString condition = relation->condition;
    Status prepared = prepareRelation(registry, *relation, alone, bound, condition);
    // Most rows match (more than FewRows): walking the sort index and probing each row's link
    // finds a page at once, where scanning and sorting would test every row first.
    m_walkSortIndex = alone && !relation->fewCondition.isEmpty() && condition == relation->condition
        && m_relationCount > RelationSpec::FewRows;
    m_where.clause = alone ? condition : m_where.clause + QStringLiteral(" AND ") + condition;
    m_where.values.append(bound);
    return prepared;
}

QString PagedSql::countSql() const
{
    // Without a filter the joins cannot change the count (they follow NOT NULL keys): count the
    // base table alone, which reads its smallest index instead of joining a million rows.
    const TableSpec &spec = m_query.spec;
    if (m_where.clause.isEmpty())
        return QStringLiteral("SELECT COUNT(*) FROM ")
            + (spec.countFrom.isEmpty() ? spec.from : spec.countFrom);
    return QStringLiteral("SELECT COUNT(*) FROM ") + spec.from + QStringLiteral(" WHERE ")
        + m_where.clause;
}

bool PagedSql::usesKeyset() const
{
    const ColumnSpec &column = m_query.spec.columns.at(m_query.sortColumn);
    return column.notNull || column.sortsById || !column.sortExpressions.isEmpty();
}

QStringList PagedSql::sortKeys() const
{
    const ColumnSpec &column = m_query.spec.columns.at(m_query.sortColumn);
    if (column.sortsById)
        return {};
    return column.sortExpressions.isEmpty() ? QStringList {column.expression}
                                            : column.sortExpressions;
}

QString PagedSql::pageSql(const Registry &registry, bool afterLastKey, bool fromEnd) const
{
    const TableSpec &spec = m_query.spec;
    const ColumnSpec &sortColumn = spec.columns.at(m_query.sortColumn);
    QStringList expressions;
    for (const ColumnSpec &column : spec.columns)
        expressions.append(column.expression);
    expressions.append(spec.idExpression); // the tie-breaker, for keyset paging
    expressions += sortColumn.sortExpressions; // the last row's key, when it is not what is shown
    QString sql = QStringLiteral("SELECT ") + expressions.join(QStringLiteral(", "))
        + QStringLiteral(" FROM ") + spec.from;
    const QStringList keys = sortKeys();
    const bool ascending = (m_query.sortOrder == Qt::AscendingOrder) != fromEnd;
    QStringList conditions;
    if (!m_where.clause.isEmpty())
        conditions.append(QLatin1Char('(') + m_where.clause + QLatin1Char(')'));
    if (afterLastKey) {
        // The next page starts after the last row fetched: an index seek, however deep the page.
        const QStringList row = keys + QStringList {spec.idExpression};
        const QString after = ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
        conditions.append(
            row.size() == 1
                ? row.constFirst() + after + QLatin1Char('?')
                : QStringLiteral("(%1)%2(%3)")
                      .arg(
                          row.join(QStringLiteral(", ")), after,
                          QStringList(row.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
    }
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    // While filtering, SQLite would walk the sort index and test every row it points to, at random;
    // "+" (SqlDialect::unindexed) keeps it from using that index, so it scans the table once and
    // sorts the few matches. Not when most rows match a relation: then the walk finds a page in its
    // first rows. (Rows in id order come from the table itself.)
    const bool unindexed = !m_where.clause.isEmpty() && !m_walkSortIndex;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList orderBy;
    for (const QString &key : keys)
        orderBy.append((unindexed ? registry.dialect().unindexed(key) : key) + direction);
    orderBy.append(spec.idExpression + direction);
    sql += QStringLiteral(" ORDER BY ") + orderBy.join(QStringLiteral(", "))
        + QStringLiteral(" LIMIT ?");
    if (!afterLastKey)
        sql += QStringLiteral(" OFFSET ?");
    return sql;
}

Result<PagedRows> PagedSql::readPage(Registry &registry, const QVariantList &afterKey,
                                     qint64 offset, int limit, bool fromEnd) const
{
    QSqlQuery query(registry.database());
    query.setForwardOnly(true);
    const bool afterLastKey = !fromEnd && usesKeyset() && !afterKey.isEmpty();
    if (!query.prepare(registry.dialect().expand(pageSql(registry, afterLastKey, fromEnd))))
        return sqlError(query, doingRead(m_query.spec));
    for (const QVariant &value : std::as_const(m_where.values))
        query.addBindValue(value);
    if (afterLastKey) {
        for (const QVariant &value : afterKey)
            query.addBindValue(value);
    }
    query.addBindValue(limit);
    if (!afterLastKey)
        query.addBindValue(offset);
    if (!query.exec())
        return sqlError(query, doingRead(m_query.spec));
    PagedRows page;
    page.rows.reserve(limit);
    const int columns = int(m_query.spec.columns.size());
    const ColumnSpec &sortColumn = m_query.spec.columns.at(m_query.sortColumn);
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(query.value(i));
        page.lastKey.clear();
        if (!sortColumn.sortExpressions.isEmpty()) {
            for (int i = 0; i < sortColumn.sortExpressions.size(); ++i)
                page.lastKey.append(query.value(columns + 1 + i));
        } else if (!sortColumn.sortsById) {
            page.lastKey.append(row.at(m_query.sortColumn));
        }
        page.lastKey.append(query.value(columns)); // the id
        page.rows.append(std::move(row));
    }
    if (query.lastError().isValid())
        return sqlError(query, doingRead(m_query.spec));
    if (fromEnd) {
        std::reverse(page.rows.begin(), page.rows.end());
        page.lastKey.clear(); // not the key of the page's last row: no keyset paging after it
    }
    return page;
}

Status PagedSql::prepareRelation(Registry &registry, const RelationSpec &relation, bool alone,
                                 QVariant &bound, QString &condition)
{
    QSqlQuery query(registry.database());
    query.setForwardOnly(true);
    const QString doing = QCoreApplication::translate("fd::PagedTableModel", "find the related %1")
                              .arg(registryTableKey(m_query.spec.id));
    if (!relation.resolve.isEmpty()) {
        if (!query.prepare(registry.dialect().expand(relation.resolve)))
            return sqlError(query, doing);
        query.addBindValue(m_query.relationUid);
        if (!query.exec())
            return sqlError(query, doing);
        bound = query.next() ? query.value(0) : QVariant(qint64(-1)); // gone: nothing is related
        query.finish();
    }
    if (!alone || relation.count.isEmpty())
        return {};
    if (!query.prepare(registry.dialect().expand(relation.count)))
        return sqlError(query, doing);
    query.addBindValue(bound);
    if (!query.exec() || !query.next())
        return sqlError(query, doing);
    m_relationCount = query.value(0).toLongLong();
    if (!relation.fewCondition.isEmpty() && m_relationCount <= RelationSpec::FewRows)
        condition = relation.fewCondition;
    return {};
}

Result<qint64> PagedSql::count(Registry &registry) const
{
    if (m_relationCount >= 0)
        return m_relationCount; // counted from its index while the relation was prepared
    QSqlQuery query(registry.database());
    query.setForwardOnly(true);
    bool ok = query.prepare(registry.dialect().expand(countSql()));
    if (ok) {
        for (const QVariant &value : std::as_const(m_where.values))
            query.addBindValue(value);
        ok = query.exec() && query.next();
    }
    if (!ok)
        return sqlError(query,
                        QCoreApplication::translate("fd::PagedTableModel", "count the %1")
                            .arg(registryTableKey(m_query.spec.id)));
    return query.value(0).toLongLong();
}

} // namespace fd
