#include "model/comparison/ComparisonMembersModel.h"

namespace fd {

ComparisonMembersModel::ComparisonMembersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonMembersModel::setComparison(const SlotComparison &comparison)
{
    beginResetModel();
    m_rows.clear();
    for (MemberSide side : {MemberSide::Shared, MemberSide::OnlyA, MemberSide::OnlyB}) {
        const QList<SetMember> &members = comparison.members(side);
        m_counts[int(side)] = int(members.size());
        for (const SetMember &member : members)
            m_rows.append(Row {member, side});
    }
    endResetModel();
}

void ComparisonMembersModel::clear()
{
    setComparison({});
}

int ComparisonMembersModel::count(MemberSide side) const
{
    return m_counts[int(side)];
}

QString ComparisonMembersModel::sideLabel(MemberSide side)
{
    switch (side) {
    case MemberSide::Shared:
        return tr("shared");
    case MemberSide::OnlyA:
        return tr("only in A");
    case MemberSide::OnlyB:
        return tr("only in B");
    }
    return {};
}

int ComparisonMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonMembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonMembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case SideRole:
        return memberSideKey(row.side);
    case SearchRole:
        if (index.column() == Where)
            return QString();
        [[fallthrough]];
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return row.member.name;
        case Uid:
            return row.member.uid;
        case Where:
            return sideLabel(row.side);
        }
        return {};
    default:
        return {};
    }
}

QVariant ComparisonMembersModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Uid:
        return tr("UID");
    case Where:
        return tr("Where");
    default:
        return {};
    }
}

} // namespace fd
