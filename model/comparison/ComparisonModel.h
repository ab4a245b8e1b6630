#pragma once

#include "model/comparison/ArtifactComparison.h"

#include <QAbstractTableModel>

namespace fd {

// A comparison of two artifacts (or two sets), one row per slot: the set on each side, the
// verdict in words, and the counts of shared, only-in-A and only-in-B members. The counts are
// plain ints for the DisplayRole, so that a chart binds to the three count columns through a
// QVBarModelMapper (a bar set per column, labelled by the column header; a bar per slot).
class ComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonModel)

public:
    enum Column { Slot, SetA, SetB, Verdict, Shared, OnlyA, OnlyB, ColumnCount };
    enum Role {
        ComparisonRole = Qt::UserRole, // the whole SlotComparison
        VerdictRole, // int(ComparisonModel::VerdictKind)
    };
    enum class VerdictKind { SameSet, Overlapping, Disjoint, OnlyInA, OnlyInB };

    explicit ComparisonModel(QObject *parent = nullptr);

    void setComparisons(QList<SlotComparison> comparisons);
    const QList<SlotComparison> &comparisons() const { return m_comparisons; }
    const SlotComparison &comparison(int row) const { return m_comparisons.at(row); }

    // Slots whose sets are the same (so A and B can be concatenated there).
    int sameCount() const;
    // The count columns' side (Shared, OnlyA, OnlyB); Shared for any other column.
    static MemberSide sideOfColumn(int column);
    static VerdictKind verdictOf(const SlotComparison &comparison);
    static QString verdictLabel(VerdictKind verdict); // "same set: can be concatenated", ...
    static QString verdictExplanation(VerdictKind verdict); // a sentence for the tooltip

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SlotComparison> m_comparisons;
};

} // namespace fd
