#pragma once

#include "model/validation/ValidationFilter.h"

#include <QSortFilterProxyModel>

namespace fd {

// Filters and sorts the review rows (ValidationModel) with a ValidationFilter; sorts values and
// names ignoring case, counts as numbers and statuses in their natural order.
class ValidationFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidationFilterProxyModel)

public:
    explicit ValidationFilterProxyModel(QObject *parent = nullptr);

    const ValidationFilter &filter() const { return m_filter; }
    void setStatuses(const QSet<ValidationStatus> &statuses);
    void setText(const QString &text);
    void setOpenOnly(bool open);

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void apply(const ValidationFilter &filter);

    ValidationFilter m_filter;
};

} // namespace fd
