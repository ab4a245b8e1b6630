#include "model/import/CsvColumnsModel.h"

#include <QCoreApplication>
#include <QLocale>

namespace fd {

CsvColumnsModel::CsvColumnsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QStringList CsvColumnsModel::dtypeChoices()
{
    return {QStringLiteral("int"),  QStringLiteral("float"),    QStringLiteral("bool"),
            QStringLiteral("date"), QStringLiteral("datetime"), QStringLiteral("str"),
            QStringLiteral("cat")};
}

void CsvColumnsModel::setColumnNames(const QStringList &names)
{
    beginResetModel();
    m_columns.clear();
    for (const QString &name : names) {
        CsvColumnSummary summary;
        summary.name = name;
        m_columns.append(summary);
    }
    m_scanned = false;
    endResetModel();
}

void CsvColumnsModel::setInspection(const CsvInspection &inspection)
{
    beginResetModel();
    m_columns = inspection.columns;
    m_scanned = true;
    endResetModel();
}

void CsvColumnsModel::clear()
{
    beginResetModel();
    m_columns.clear();
    m_scanned = false;
    endResetModel();
}

QString CsvColumnsModel::dtype(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return {};
    const CsvColumnSummary &summary = m_columns.at(column);
    return m_overrides.value(summary.name, summary.dtype);
}

void CsvColumnsModel::resetOverride(int column)
{
    if (column < 0 || column >= m_columns.size())
        return;
    if (m_overrides.remove(m_columns.at(column).name) == 0)
        return;
    const QModelIndex changed = index(column, Dtype);
    Q_EMIT dataChanged(changed, changed);
    Q_EMIT dtypeOverridden(m_columns.at(column).name, m_columns.at(column).dtype);
}

int CsvColumnsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int CsvColumnsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CsvColumnsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CsvColumnSummary &summary = m_columns.at(index.row());
    const bool overridden = m_overrides.contains(summary.name);
    switch (role) {
    case SummaryRole:
        return QVariant::fromValue(summary);
    case InferredDtypeRole:
        return summary.dtype;
    case OverriddenRole:
        return overridden;
    case Qt::TextAlignmentRole:
        return index.column() == Missing || index.column() == Distinct
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case Name:
        return summary.name;
    case Dtype:
        if (!m_scanned && !overridden)
            return role == Qt::EditRole
                ? QString()
                : QCoreApplication::translate("CsvColumnsModel", "scanning…");
        if (role == Qt::ToolTipRole && overridden)
            return QCoreApplication::translate("CsvColumnsModel", "Chosen by you; inferred: %1")
                .arg(summary.dtype);
        return overridden && role == Qt::DisplayRole
            ? QCoreApplication::translate("CsvColumnsModel", "%1 (yours)")
                  .arg(m_overrides.value(summary.name))
            : dtype(index.row());
    case Missing:
        return m_scanned ? QVariant(locale.toString(summary.missing)) : QVariant();
    case Distinct:
        if (!m_scanned)
            return {};
        return summary.distinctCapped
            ? QStringLiteral("≥ %1").arg(locale.toString(summary.distinct))
            : locale.toString(summary.distinct);
    case Examples:
        return summary.examples.join(QStringLiteral(", "));
    case Note:
        return summary.note;
    default:
        return {};
    }
}

bool CsvColumnsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Dtype
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString dtype = value.toString().trimmed();
    if (!dtypeChoices().contains(dtype))
        return false;
    const CsvColumnSummary &summary = m_columns.at(index.row());
    if (m_scanned && dtype == summary.dtype)
        m_overrides.remove(summary.name);
    else
        m_overrides.insert(summary.name, dtype);
    Q_EMIT dataChanged(index, index);
    Q_EMIT dtypeOverridden(summary.name, dtype);
    return true;
}

Qt::ItemFlags CsvColumnsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Dtype)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant CsvColumnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return QCoreApplication::translate("CsvColumnsModel", "Column");
    case Dtype:
        return QCoreApplication::translate("CsvColumnsModel", "Dtype");
    case Missing:
        return QCoreApplication::translate("CsvColumnsModel", "Missing");
    case Distinct:
        return QCoreApplication::translate("CsvColumnsModel", "Distinct");
    case Examples:
        return QCoreApplication::translate("CsvColumnsModel", "Examples");
    case Note:
        return QCoreApplication::translate("CsvColumnsModel", "Note");
    default:
        return {};
    }
}

} // namespace fd
