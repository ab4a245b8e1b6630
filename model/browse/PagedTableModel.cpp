#include "model/browse/PagedTableModel.h"

#include "model/db/Registry.h"
#include "model/db/SqlErrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace fd {

PagedTableModel::PagedTableModel(Registry *registry, TableSpec spec, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
    , m_spec(std::move(spec))
    , m_sortColumn(m_spec.defaultSortColumn)
{
    refresh();
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
    return !parent.isValid() && !m_exhausted && !m_busy;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_busy)
        return;
    if (Status fetched = fetchPage(true); !fetched) {
        m_exhausted = true;
        m_lastError = fetched.error().message;
        Q_EMIT loadFailed(m_lastError);
    }
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

void PagedTableModel::setRegistry(Registry *registry)
{
    m_registry = registry;
    refresh();
}

void PagedTableModel::refresh()
{
    reload(true);
}

void PagedTableModel::reload(bool recount)
{
    // Whoever reacts to modelReset or rowsInserted (a view, a proxy, QAbstractItemModelTester) may
    // ask for more rows at once; that has to wait until everyone has taken in the change.
    m_busy = true;
    beginResetModel();
    m_rows.clear();
    m_lastKey.clear();
    m_lastError.clear();
    m_exhausted = m_registry.isNull();
    m_where = {};
    if (!m_registry.isNull()) {
        QList<RecordFilter::Column> filterable;
        for (const ColumnSpec &column : std::as_const(m_spec.columns))
            if (column.filterable)
                filterable.append({column.expression, column.filterCondition,
                                   column.filterConditionWithoutSlashOnly});
        m_where = m_filter.where(filterable, m_registry->dialect());
        for (auto it = m_columnFilters.cbegin(); it != m_columnFilters.cend(); ++it) {
            const QString condition = m_spec.columns.at(m_spec.columnIndex(it.key())).expression
                + QStringLiteral(" = ?");
            m_where.clause = m_where.clause.isEmpty()
                ? condition
                : m_where.clause + QStringLiteral(" AND ") + condition;
            m_where.values.append(it.value());
        }
        m_relationCount = -1;
        m_walkSortIndex = false;
        if (const RelationSpec *relation = m_spec.relation(m_relationKey);
            relation && !m_relationUid.isEmpty()) {
            const bool alone = m_where.clause.isEmpty();
            QVariant bound = m_relationUid;
            QString condition = relation->condition;
            if (Status prepared = prepareRelation(*relation, alone, bound, condition); !prepared)
                m_lastError = prepared.error().message;
            // Most rows match (more than FewRows): walking the sort index and probing each row's
            // link finds a page at once, where scanning and sorting would test every row first.
            m_walkSortIndex = alone && !relation->fewCondition.isEmpty()
                && condition == relation->condition && m_relationCount > RelationSpec::FewRows;
            m_where.clause
                = alone ? condition : m_where.clause + QStringLiteral(" AND ") + condition;
            m_where.values.append(bound);
        }
        // The first page comes with the reset, so that a view never shows an empty table for a
        // moment and no rows arrive while the view is still taking in the reset.
        if (Status fetched = fetchPage(false); !fetched) {
            m_exhausted = true;
            m_lastError = fetched.error().message;
        }
    }
    endResetModel();
    m_busy = false;
    if (!m_lastError.isEmpty())
        Q_EMIT loadFailed(m_lastError);
    if (recount)
        countRows();
}

QString PagedTableModel::countSql() const
{
    // Without a filter the joins cannot change the count (they follow NOT NULL keys): count the
    // base table alone, which reads its smallest index instead of joining a million rows.
    if (m_where.clause.isEmpty())
        return QStringLiteral("SELECT COUNT(*) FROM ")
            + (m_spec.countFrom.isEmpty() ? m_spec.from : m_spec.countFrom);
    return QStringLiteral("SELECT COUNT(*) FROM ") + m_spec.from + QStringLiteral(" WHERE ")
        + m_where.clause;
}

bool PagedTableModel::usesKeyset() const
{
    const ColumnSpec &column = m_spec.columns.at(m_sortColumn);
    return column.notNull || column.sortsById || !column.sortExpressions.isEmpty();
}

QStringList PagedTableModel::sortKeys() const
{
    const ColumnSpec &column = m_spec.columns.at(m_sortColumn);
    if (column.sortsById)
        return {};
    return column.sortExpressions.isEmpty() ? QStringList {column.expression}
                                            : column.sortExpressions;
}

QString PagedTableModel::pageSql(bool afterLastKey) const
{
    const ColumnSpec &sortColumn = m_spec.columns.at(m_sortColumn);
    QStringList expressions;
    for (const ColumnSpec &column : m_spec.columns)
        expressions.append(column.expression);
    expressions.append(m_spec.idExpression); // the tie-breaker, for keyset paging
    expressions += sortColumn.sortExpressions; // the last row's key, when it is not what is shown
    QString sql = QStringLiteral("SELECT ") + expressions.join(QStringLiteral(", "))
        + QStringLiteral(" FROM ") + m_spec.from;
    const QStringList keys = sortKeys();
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    QStringList conditions;
    if (!m_where.clause.isEmpty())
        conditions.append(QLatin1Char('(') + m_where.clause + QLatin1Char(')'));
    if (afterLastKey) {
        // The next page starts after the last row fetched: an index seek, however deep the page.
        const QStringList row = keys + QStringList {m_spec.idExpression};
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
        orderBy.append((unindexed ? m_registry->dialect().unindexed(key) : key) + direction);
    orderBy.append(m_spec.idExpression + direction);
    sql += QStringLiteral(" ORDER BY ") + orderBy.join(QStringLiteral(", "))
        + QStringLiteral(" LIMIT ?");
    if (!afterLastKey)
        sql += QStringLiteral(" OFFSET ?");
    return sql;
}

Status PagedTableModel::fetchPage(bool notify)
{
    if (m_registry.isNull())
        return {};
    QSqlQuery query(m_registry->database());
    query.setForwardOnly(true);
    const bool afterLastKey = usesKeyset() && !m_lastKey.isEmpty();
    if (!query.prepare(m_registry->dialect().expand(pageSql(afterLastKey))))
        return sqlError(query,
                        QCoreApplication::translate("fd::PagedTableModel", "read the %1")
                            .arg(registryTableKey(m_spec.id)));
    for (const QVariant &value : std::as_const(m_where.values))
        query.addBindValue(value);
    if (afterLastKey) {
        for (const QVariant &value : std::as_const(m_lastKey))
            query.addBindValue(value);
    }
    query.addBindValue(PageSize);
    if (!afterLastKey)
        query.addBindValue(qint64(m_rows.size()));
    if (!query.exec())
        return sqlError(query,
                        QCoreApplication::translate("fd::PagedTableModel", "read the %1")
                            .arg(registryTableKey(m_spec.id)));
    QVector<QVariantList> page;
    page.reserve(PageSize);
    const int columns = int(m_spec.columns.size());
    const ColumnSpec &sortColumn = m_spec.columns.at(m_sortColumn);
    QVariantList lastKey;
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(query.value(i));
        lastKey.clear();
        if (!sortColumn.sortExpressions.isEmpty()) {
            for (int i = 0; i < sortColumn.sortExpressions.size(); ++i)
                lastKey.append(query.value(columns + 1 + i));
        } else if (!sortColumn.sortsById) {
            lastKey.append(row.at(m_sortColumn));
        }
        lastKey.append(query.value(columns)); // the id
        page.append(std::move(row));
    }
    if (!page.isEmpty())
        m_lastKey = std::move(lastKey);
    if (page.size() < PageSize)
        m_exhausted = true;
    if (page.isEmpty())
        return {};
    if (!notify) {
        m_rows.append(std::move(page));
        return {};
    }
    const int first = int(m_rows.size());
    m_busy = true;
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(std::move(page));
    endInsertRows();
    m_busy = false;
    return {};
}

Status PagedTableModel::prepareRelation(const RelationSpec &relation, bool alone, QVariant &bound,
                                        QString &condition)
{
    QSqlQuery query(m_registry->database());
    query.setForwardOnly(true);
    const QString doing = QCoreApplication::translate("fd::PagedTableModel", "find the related %1")
                              .arg(registryTableKey(m_spec.id));
    if (!relation.resolve.isEmpty()) {
        if (!query.prepare(m_registry->dialect().expand(relation.resolve)))
            return sqlError(query, doing);
        query.addBindValue(m_relationUid);
        if (!query.exec())
            return sqlError(query, doing);
        bound = query.next() ? query.value(0) : QVariant(qint64(-1)); // gone: nothing is related
        query.finish();
    }
    if (!alone || relation.count.isEmpty())
        return {};
    if (!query.prepare(m_registry->dialect().expand(relation.count)))
        return sqlError(query, doing);
    query.addBindValue(bound);
    if (!query.exec() || !query.next())
        return sqlError(query, doing);
    m_relationCount = query.value(0).toLongLong();
    if (!relation.fewCondition.isEmpty() && m_relationCount <= RelationSpec::FewRows)
        condition = relation.fewCondition;
    return {};
}

void PagedTableModel::countRows()
{
    qint64 count = -1;
    if (m_relationCount >= 0) {
        count = m_relationCount; // counted from its index while the relation was prepared
    } else if (!m_registry.isNull()) {
        QSqlQuery query(m_registry->database());
        query.setForwardOnly(true);
        bool ok = query.prepare(m_registry->dialect().expand(countSql()));
        if (ok) {
            for (const QVariant &value : std::as_const(m_where.values))
                query.addBindValue(value);
            ok = query.exec() && query.next();
        }
        if (ok) {
            count = query.value(0).toLongLong();
        } else {
            m_lastError
                = sqlError(query,
                           QCoreApplication::translate("fd::PagedTableModel", "count the %1")
                               .arg(registryTableKey(m_spec.id)))
                      .message;
            Q_EMIT loadFailed(m_lastError);
        }
    }
    if (count != m_totalCount) {
        m_totalCount = count;
        Q_EMIT totalCountChanged(count);
    }
}

} // namespace fd
