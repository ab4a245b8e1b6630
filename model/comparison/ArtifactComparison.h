#pragma once

#include "model/Records.h"
#include "model/Result.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace fd {

class Registry;

// Where a member of a compared slot is: in both sets, or in one of them only.
enum class MemberSide { Shared, OnlyA, OnlyB };
// "shared", "only_a", "only_b": the words of exports and filters, never translated.
QString memberSideKey(MemberSide side);

// Whether two artifacts can be concatenated, slot by slot: the same set in a slot means the same
// panel (same members, by the set hash); otherwise how the two sets overlap.
struct SlotComparison
{
    QString slot; // empty when two sets were compared directly
    QString setA; // set uid; empty when the artifact has nothing in this slot
    QString setB;
    QString setNameA; // the sets' names, read with the members, so that a view needs no SQL
    QString setNameB;
    bool same = false;
    QList<SetMember> shared; // in A's member order
    QList<SetMember> onlyA;
    QList<SetMember> onlyB;

    const QList<SetMember> &members(MemberSide side) const;
};

class ArtifactComparison
{
public:
    // Every slot either artifact uses, by name.
    static Result<QList<SlotComparison>> compare(Registry &registry, const QString &artifactA,
                                                 const QString &artifactB);
    // Two feature sets, whatever artifacts use them: one comparison with an empty slot.
    static Result<SlotComparison> compareSets(Registry &registry, const QString &setUidA,
                                              const QString &setUidB);
};

} // namespace fd

// The whole comparison of a row travels in ComparisonModel::ComparisonRole.
Q_DECLARE_METATYPE(fd::SlotComparison)
