#include "model/ArtifactComparison.h"

#include "model/ArtifactStore.h"
#include "model/FeatureSetStore.h"

#include <QSet>

namespace fd {

Result<QList<SlotComparison>> ArtifactComparison::compare(Registry &registry, const QString &artifactA,
                                                          const QString &artifactB)
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
    FeatureSetStore sets(registry);
    QList<SlotComparison> result;
    for (const QString &slot : std::as_const(slots)) {
        SlotComparison comparison;
        comparison.slot = slot;
        comparison.setA = a->slots.value(slot);
        comparison.setB = b->slots.value(slot);
        // One set per panel (the hash is unique): the same uid is the same members.
        comparison.same = !comparison.setA.isEmpty() && comparison.setA == comparison.setB;
        QList<SetMember> membersA;
        QList<SetMember> membersB;
        if (!comparison.setA.isEmpty()) {
            Result<QList<SetMember>> read = sets.members(comparison.setA);
            if (!read)
                return read.error();
            membersA = std::move(read).value();
        }
        if (!comparison.setB.isEmpty() && !comparison.same) {
            Result<QList<SetMember>> read = sets.members(comparison.setB);
            if (!read)
                return read.error();
            membersB = std::move(read).value();
        } else if (comparison.same) {
            membersB = membersA;
        }
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
        result.append(comparison);
    }
    return result;
}

} // namespace fd
