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
    invalidateFilter();
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

bool ValidationFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const auto *source = qobject_cast<const ValidationModel *>(sourceModel());
    if (!source || sourceParent.isValid())
        return true;
    return m_filter.accepts(source->item(sourceRow), source->decision(sourceRow));
}

} // namespace fd
