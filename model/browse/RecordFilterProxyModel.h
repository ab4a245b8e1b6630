#pragma once

#include "model/browse/RecordFilter.h"

#include <QSortFilterProxyModel>

namespace fd {

class PagedTableModel;

// The filter and sort a registry view talks to. Over a PagedTableModel it hands both to the
// source, which runs them in SQL across the whole table (not just the rows fetched so far); over
// any other model it filters in memory with the same RecordFilter rule and sorts as usual.
class RecordFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordFilterProxyModel)

public:
    explicit RecordFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString filterText() const { return m_filter.text(); }
    // Over a PagedTableModel, which filters and sorts in SQL, row n here is row n of the source.
    bool keepsSourceRows() const { return pagedSource() != nullptr; }
    void setFilterText(const QString &text);

Q_SIGNALS:
    void filterTextChanged(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    PagedTableModel *pagedSource() const;

    RecordFilter m_filter;
};

} // namespace fd
