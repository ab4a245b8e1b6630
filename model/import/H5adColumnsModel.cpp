#include "model/import/H5adColumnsModel.h"

#include <QLocale>

namespace fd {

H5adColumnsModel::H5adColumnsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void H5adColumnsModel::setFrame(const H5adFrame &frame)
{
    beginResetModel();
    m_frame = frame;
    endResetModel();
}

void H5adColumnsModel::clear()
{
    beginResetModel();
    m_frame = {};
    endResetModel();
}

QStringList H5adColumnsModel::names() const
{
    QStringList names;
    for (const H5adColumn &column : m_frame.columns)
        names.append(column.name);
    return names;
}

QStringList H5adColumnsModel::dtypes() const
{
    QStringList dtypes;
    for (const H5adColumn &column : m_frame.columns)
        dtypes.append(column.dtype);
    return dtypes;
}

int H5adColumnsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_frame.columns.size());
}

int H5adColumnsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant H5adColumnsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const H5adColumn &column = m_frame.columns.at(index.row());
    switch (role) {
    case ColumnRole:
        return QVariant::fromValue(column);
    case Qt::TextAlignmentRole:
        if (index.column() == Missing || index.column() == Distinct)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (Column(index.column())) {
    case Name:
        return column.name;
    case Dtype:
        if (role == Qt::ToolTipRole && !column.encoding.isEmpty())
            return tr("Stored as %1").arg(column.encoding);
        return column.dtype;
    case Missing:
        return locale.toString(column.missing);
    case Distinct:
        // Counting stops past a cap: the number shown is then a lower bound, and says so.
        return column.distinctCapped ? QStringLiteral("≥ ") + locale.toString(column.distinct)
                                     : locale.toString(column.distinct);
    case Note:
        if (!column.note.isEmpty())
            return column.note;
        return column.ordered ? tr("ordered categories") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant H5adColumnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Column");
    case Dtype:
        return tr("Dtype");
    case Missing:
        return tr("Missing");
    case Distinct:
        return tr("Distinct");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fd
