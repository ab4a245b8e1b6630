#include "model/validation/ValidationSummaryModel.h"

#include "model/validation/ValidationModel.h"

namespace fd {

ValidationSummaryModel::ValidationSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ValidationSummaryModel::setSourceModel(ValidationModel *source)
{
    if (m_source == source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source) {
        // Statuses change only when the report is replaced (decisions do not change a status).
        connect(m_source, &QAbstractItemModel::modelReset, this, &ValidationSummaryModel::recount);
        connect(m_source, &QObject::destroyed, this, &ValidationSummaryModel::recount);
    }
    recount();
}

void ValidationSummaryModel::recount()
{
    const QMap<ValidationStatus, int> counts
        = m_source ? m_source->statusCounts() : QMap<ValidationStatus, int>();
    if (counts == m_counts)
        return;
    m_counts = counts;
    Q_EMIT dataChanged(index(0, 0), index(0, columnCount() - 1));
}

ValidationStatus ValidationSummaryModel::statusOfColumn(int column)
{
    return allValidationStatuses().value(column, ValidationStatus::Validated);
}

int ValidationSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

int ValidationSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(allValidationStatuses().size());
}

QVariant ValidationSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ValidationStatus status = statusOfColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_counts.value(status);
    case StatusRole:
        return int(status);
    case Qt::ToolTipRole:
        return ValidationModel::statusExplanation(status);
    default:
        return {};
    }
}

QVariant ValidationSummaryModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < columnCount())
        return ValidationModel::statusLabel(statusOfColumn(section));
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section == 0)
        return ValidationModel::tr("Values");
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace fd
