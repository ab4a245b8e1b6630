#include "model/browse/RecordFilterProxyModel.h"

#include "model/browse/PagedTableModel.h"

namespace fd {

RecordFilterProxyModel::RecordFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PagedTableModel::SortValueRole);
}

PagedTableModel *RecordFilterProxyModel::pagedSource() const
{
    return qobject_cast<PagedTableModel *>(sourceModel());
}

void RecordFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    QSortFilterProxyModel::setSourceModel(sourceModel);
    if (PagedTableModel *paged = pagedSource()) {
        // The source orders itself; the proxy must keep its order rather than sort a page.
        setDynamicSortFilter(false);
        paged->setFilter(m_filter);
    } else {
        setDynamicSortFilter(true);
    }
}

void RecordFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (PagedTableModel *paged = pagedSource()) {
        paged->sort(column, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

void RecordFilterProxyModel::setFilterText(const QString &text)
{
    const RecordFilter filter(text);
    if (filter == m_filter && text == m_filter.text())
        return;
    const bool sameRule = filter == m_filter;
    m_filter = filter;
    if (!sameRule) {
        if (PagedTableModel *paged = pagedSource())
            paged->setFilter(m_filter);
        else
            invalidateFilter();
    }
    Q_EMIT filterTextChanged(text);
}

bool RecordFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // A paged source has filtered in SQL already.
    if (m_filter.isEmpty() || pagedSource() != nullptr)
        return true;
    const QAbstractItemModel *source = sourceModel();
    QStringList cells;
    const int columns = source->columnCount(sourceParent);
    cells.reserve(columns);
    for (int column = 0; column < columns; ++column)
        cells.append(
            source->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString());
    return m_filter.matches(cells);
}

} // namespace fd
