#pragma once

#include "model/comparison/ArtifactComparison.h"

#include <QAbstractTableModel>

namespace fd {

// The members of one compared slot, one row each: shared ones first, then only in A, then only
// in B (each in its set's order), with where each one is. Filtering by side or text is a proxy's
// job: SideRole and SearchRole are what it matches.
class ComparisonMembersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonMembersModel)

public:
    enum Column { Name, Uid, Where, ColumnCount };
    enum Role {
        SideRole = Qt::UserRole, // memberSideKey(): "shared", "only_a", "only_b", in every column
        SearchRole, // what a filter box matches: the name, the uid, nothing for Where
    };

    explicit ComparisonMembersModel(QObject *parent = nullptr);

    void setComparison(const SlotComparison &comparison);
    void clear();

    const SetMember &member(int row) const { return m_rows.at(row).member; }
    MemberSide side(int row) const { return m_rows.at(row).side; }
    int count(MemberSide side) const;
    static QString sideLabel(MemberSide side); // "shared", "only in A", "only in B"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        SetMember member;
        MemberSide side;
    };
    QList<Row> m_rows;
    int m_counts[3] = {0, 0, 0}; // by int(MemberSide)
};

} // namespace fd
