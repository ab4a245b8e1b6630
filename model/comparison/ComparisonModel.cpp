#include "model/comparison/ComparisonModel.h"

#include <algorithm>

namespace fd {

namespace {

// A set by name, or by uid when it has none; "none" when the side has nothing in this slot.
QString setText(const QString &uid, const QString &name)
{
    if (uid.isEmpty())
        return ComparisonModel::tr("none");
    return name.isEmpty() ? uid : name;
}

QString setToolTip(const QString &uid, const QString &name)
{
    if (uid.isEmpty())
        return ComparisonModel::tr("Nothing in this slot");
    return name.isEmpty() ? uid : QStringLiteral("%1 (%2)").arg(name, uid);
}

} // namespace

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonModel::setComparisons(QList<SlotComparison> comparisons)
{
    beginResetModel();
    m_comparisons = std::move(comparisons);
    endResetModel();
}

int ComparisonModel::sameCount() const
{
    return int(std::count_if(m_comparisons.cbegin(), m_comparisons.cend(),
                             [](const SlotComparison &comparison) { return comparison.same; }));
}

MemberSide ComparisonModel::sideOfColumn(int column)
{
    switch (column) {
    case OnlyA:
        return MemberSide::OnlyA;
    case OnlyB:
        return MemberSide::OnlyB;
    default:
        return MemberSide::Shared;
    }
}

ComparisonModel::VerdictKind ComparisonModel::verdictOf(const SlotComparison &comparison)
{
    if (comparison.same)
        return VerdictKind::SameSet;
    if (comparison.setB.isEmpty())
        return VerdictKind::OnlyInA;
    if (comparison.setA.isEmpty())
        return VerdictKind::OnlyInB;
    return comparison.shared.isEmpty() ? VerdictKind::Disjoint : VerdictKind::Overlapping;
}

QString ComparisonModel::verdictLabel(VerdictKind verdict)
{
    switch (verdict) {
    case VerdictKind::SameSet:
        return tr("same set: can be concatenated");
    case VerdictKind::Overlapping:
        return tr("different sets");
    case VerdictKind::Disjoint:
        return tr("different sets, nothing shared");
    case VerdictKind::OnlyInA:
        return tr("only A has this slot");
    case VerdictKind::OnlyInB:
        return tr("only B has this slot");
    }
    return {};
}

QString ComparisonModel::verdictExplanation(VerdictKind verdict)
{
    switch (verdict) {
    case VerdictKind::SameSet:
        return tr("Both use the same feature set here: the same members, so the two line up and "
                  "can be concatenated in this slot.");
    case VerdictKind::Overlapping:
        return tr("The two use different feature sets here. Some members are shared; the others "
                  "are only in one of them, listed below.");
    case VerdictKind::Disjoint:
        return tr("The two use different feature sets here and no member is in both.");
    case VerdictKind::OnlyInA:
        return tr("Only A has a feature set in this slot; B has nothing there.");
    case VerdictKind::OnlyInB:
        return tr("Only B has a feature set in this slot; A has nothing there.");
    }
    return {};
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparisons.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SlotComparison &comparison = m_comparisons.at(index.row());
    const VerdictKind verdict = verdictOf(comparison);
    switch (role) {
    case ComparisonRole:
        return QVariant::fromValue(comparison);
    case VerdictRole:
        return int(verdict);
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Slot:
            return comparison.slot;
        case SetA:
            return setText(comparison.setA, comparison.setNameA);
        case SetB:
            return setText(comparison.setB, comparison.setNameB);
        case Verdict:
            return verdictLabel(verdict);
        case Shared:
        case OnlyA:
        case OnlyB:
            return int(comparison.members(sideOfColumn(index.column())).size());
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SetA:
            return setToolTip(comparison.setA, comparison.setNameA);
        case SetB:
            return setToolTip(comparison.setB, comparison.setNameB);
        case Slot:
        case Verdict:
            return verdictExplanation(verdict);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Shared)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The mapper labels its bar sets with these headers: the chart's legend reads them too.
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Slot:
        return tr("Slot");
    case SetA:
        return tr("Set A");
    case SetB:
        return tr("Set B");
    case Verdict:
        return tr("Verdict");
    case Shared:
        return tr("Shared");
    case OnlyA:
        return tr("Only in A");
    case OnlyB:
        return tr("Only in B");
    default:
        return {};
    }
}

} // namespace fd
