#include "model/validation/ValidationFilterProxyModel.h"

#include "model/validation/ValidationModel.h"

namespace fd {

ValidationFilterProxyModel::ValidationFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ValidationModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // A decision can move a row out of "open only": re-filter on every change.
    setDynamicSortFilter(true);
}

void ValidationFilterProxyModel::apply(const ValidationFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    // invalidate(), not invalidateFilter(): rebuilding the mapping in one layout change costs a
    // view a few milliseconds, where tens of thousands of row removals cost it half a second.
    invalidate();
    Q_EMIT filterChanged();
}

void ValidationFilterProxyModel::setStatuses(const QSet<ValidationStatus> &statuses)
{
    ValidationFilter filter = m_filter;
    filter.setStatuses(statuses);
    apply(filter);
}

void ValidationFilterProxyModel::setText(const QString &text)
{
    ValidationFilter filter = m_filter;
    filter.setText(text);
    apply(filter);
}

void ValidationFilterProxyModel::setOpenOnly(bool open)
{
    ValidationFilter filter = m_filter;
    filter.setOpenOnly(open);
    apply(filter);
}

bool ValidationFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Straight from the items, not through a QVariant per side and comparison.
    const auto *source = qobject_cast<const ValidationModel *>(sourceModel());
    if (!source)
        return QSortFilterProxyModel::lessThan(left, right);
    const ValidationItem &a = source->item(left.row());
    const ValidationItem &b = source->item(right.row());
    switch (left.column()) {
    case ValidationModel::Value:
        return source->sortKey(left.row()) < source->sortKey(right.row());
    case ValidationModel::Status:
        return a.status < b.status;
    case ValidationModel::Count:
        return a.count < b.count;
    case ValidationModel::Standard:
        return a.standard.compare(b.standard, Qt::CaseInsensitive) < 0;
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

bool ValidationFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                  const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const auto *source = qobject_cast<const ValidationModel *>(sourceModel());
    if (!source || sourceParent.isValid())
        return true;
    return m_filter.accepts(source->item(sourceRow), source->decision(sourceRow));
}

} // namespace fd
