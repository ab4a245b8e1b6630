#include "model/comparison/ArtifactComparison.h"

#include "model/artifacts/ArtifactStore.h"
#include "model/sets/FeatureSetStore.h"

#include <QCoreApplication>
#include <QSet>

namespace fd {

namespace {

// One side's set: its name and members, or nothing for an empty uid (no set in this slot).
Status readSet(const FeatureSetStore &sets, const QString &uid, QString &name,
               QList<SetMember> &members)
{
    if (uid.isEmpty())
        return {};
    const Result<FeatureSetRecord> record = sets.findByUid(uid);
    if (!record)
        return record.error();
    name = record->name;
    Result<QList<SetMember>> read = sets.members(uid);
    if (!read)
        return read.error();
    members = std::move(read).value();
    return {};
}

// Fills in the names and the members of comparison.setA and .setB, split into shared, only in A
// and only in B: the one place both kinds of comparison do it.
Status splitMembers(const FeatureSetStore &sets, SlotComparison &comparison)
{
    // One set per panel (the hash is unique): the same uid is the same members.
    comparison.same = !comparison.setA.isEmpty() && comparison.setA == comparison.setB;
    QList<SetMember> membersA;
    QList<SetMember> membersB;
    if (Status read = readSet(sets, comparison.setA, comparison.setNameA, membersA); !read)
        return read;
    if (comparison.same) {
        comparison.setNameB = comparison.setNameA;
        comparison.shared = std::move(membersA);
        return {};
    }
    if (Status read = readSet(sets, comparison.setB, comparison.setNameB, membersB); !read)
        return read;
    QSet<QString> inB;
    for (const SetMember &member : std::as_const(membersB))
        inB.insert(member.uid);
    QSet<QString> inA;
    for (const SetMember &member : std::as_const(membersA)) {
        inA.insert(member.uid);
        (inB.contains(member.uid) ? comparison.shared : comparison.onlyA).append(member);
    }
    for (const SetMember &member : std::as_const(membersB))
        if (!inA.contains(member.uid))
            comparison.onlyB.append(member);
    return {};
}

} // namespace

QString memberSideKey(MemberSide side)
{
    switch (side) {
    case MemberSide::Shared:
        return QStringLiteral("shared");
    case MemberSide::OnlyA:
        return QStringLiteral("only_a");
    case MemberSide::OnlyB:
        return QStringLiteral("only_b");
    }
    return {};
}

const QList<SetMember> &SlotComparison::members(MemberSide side) const
{
    switch (side) {
    case MemberSide::OnlyA:
        return onlyA;
    case MemberSide::OnlyB:
        return onlyB;
    case MemberSide::Shared:
        break;
    }
    return shared;
}

Result<QList<SlotComparison>>
ArtifactComparison::compare(Registry &registry, const QString &artifactA, const QString &artifactB)
{
    ArtifactStore artifacts(registry);
    const Result<ArtifactRecord> a = artifacts.findByUid(artifactA);
    if (!a)
        return a.error();
    const Result<ArtifactRecord> b = artifacts.findByUid(artifactB);
    if (!b)
        return b.error();
    QStringList slots = a->slots.keys() + b->slots.keys();
    slots.removeDuplicates();
    slots.sort();
    const FeatureSetStore sets(registry);
    QList<SlotComparison> result;
    for (const QString &slot : std::as_const(slots)) {
        SlotComparison comparison;
        comparison.slot = slot;
        comparison.setA = a->slots.value(slot);
        comparison.setB = b->slots.value(slot);
        if (Status split = splitMembers(sets, comparison); !split)
            return split.error();
        result.append(std::move(comparison));
    }
    return result;
}

Result<SlotComparison> ArtifactComparison::compareSets(Registry &registry, const QString &setUidA,
                                                       const QString &setUidB)
{
    // An empty uid would read as "no set in this slot"; here it is a set that is not there.
    for (const QString &uid : {setUidA, setUidB})
        if (uid.isEmpty())
            return Error::make(Error::Code::Invalid,
                               QCoreApplication::translate("fd::ArtifactComparison",
                                                           "Choose two feature sets to compare."));
    SlotComparison comparison;
    comparison.setA = setUidA;
    comparison.setB = setUidB;
    if (Status split = splitMembers(FeatureSetStore(registry), comparison); !split)
        return split.error();
    return comparison;
}

} // namespace fd
