#include "model/import/CsvPreviewModel.h"

namespace fd {

CsvPreviewModel::CsvPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CsvPreviewModel::setPreview(const CsvPreviewData &preview)
{
    beginResetModel();
    m_preview = preview;
    m_columns = int(m_preview.columns.size());
    for (const QStringList &row : std::as_const(m_preview.rows))
        m_columns = std::max(m_columns, int(row.size()));
    endResetModel();
}

void CsvPreviewModel::clear()
{
    setPreview({});
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    const QStringList &row = m_preview.rows.at(index.row());
    return index.column() < row.size() ? row.at(index.column()) : QString();
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section >= 0 && section < m_preview.columns.size())
        return m_preview.columns.at(section);
    // No header, or a row longer than the header: number the columns as pandas does.
    return QString::number(section);
}

} // namespace fd
