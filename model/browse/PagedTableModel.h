#pragma once

#include "model/Result.h"
#include "model/browse/RecordFilter.h"
#include "model/browse/RegistryTables.h"

#include <QAbstractTableModel>
#include <QMap>
#include <QPointer>
#include <QVariantList>
#include <QVector>

namespace fd {

class Registry;

// One registry table as an item model that fetches lazily, a page at a time (canFetchMore /
// fetchMore), so a million artifacts open at once. Sorting and filtering run in SQL: sort() orders
// by the column, setFilter() narrows with a RecordFilter, each starting again from the first page.
class PagedTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModel)

public:
    enum Role {
        UidRole = Qt::UserRole, // the record's uid
        RecordRole, // the whole record, a QVariantMap keyed by column key
        SortValueRole, // the raw value, for proxies that sort in memory
    };

    PagedTableModel(Registry *registry, TableSpec spec, QObject *parent = nullptr);

    const TableSpec &spec() const { return m_spec; }
    static constexpr int PageSize = 256;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
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

    // Rows matching the filter in the whole table (not just those fetched), -1 before the first
    // count.
    qint64 totalCount() const { return m_totalCount; }
    QString lastError() const { return m_lastError; }

    // Starts again from the first page, keeping sort and filter (after the registry changed).
    void refresh();
    // Points the model at another registry (or none) and starts again.
    void setRegistry(Registry *registry);

Q_SIGNALS:
    void totalCountChanged(qint64 count);
    void loadFailed(const QString &message);

private:
    // Appends the next page; notify: with beginInsertRows/endInsertRows (not inside a reset).
    Status fetchPage(bool notify);
    void countRows();
    void reload(bool recount);
    // The page query: the first page by OFFSET 0; the next ones after the last key fetched when
    // the sort column is never NULL (keyset paging), else by OFFSET.
    QString pageSql(bool afterLastKey) const;
    QString countSql() const;
    bool usesKeyset() const;
    QStringList sortKeys() const; // what the rows are ordered by before the id
    // The relation's id and condition for this reload (see RelationSpec), and its count when the
    // relation is the only condition.
    Status prepareRelation(const RelationSpec &relation, bool alone, QVariant &bound,
                           QString &condition);

    QPointer<Registry> m_registry;
    TableSpec m_spec;
    RecordFilter m_filter;
    QMap<QString, QString> m_columnFilters;
    QString m_relationKey;
    QString m_relationUid;
    qint64 m_relationCount = -1; // counted with the relation, or -1
    bool m_walkSortIndex = false; // a relation many rows match, nothing else filtering: see pageSql
    RecordFilter::SqlWhere m_where; // m_filter and m_columnFilters in SQL, made once per refresh
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVector<QVariantList> m_rows;
    QVariantList m_lastKey; // sort keys and id of the last row fetched
    bool m_exhausted = true;
    bool m_busy = false; // inside a reset or an insertion: no nested fetches
    qint64 m_totalCount = -1;
    QString m_lastError;
};

} // namespace fd
