#pragma once

#include "model/Records.h"
#include "model/Result.h"

#include <QList>
#include <QString>

namespace fd {

class Registry;

// Whether two artifacts can be concatenated, slot by slot: the same set in a slot means the same
// panel (same members, by the set hash); otherwise how the two sets overlap.
struct SlotComparison
{
    QString slot;
    QString setA; // set uid; empty when the artifact has nothing in this slot
    QString setB;
    bool same = false;
    QList<SetMember> shared; // in A's member order
    QList<SetMember> onlyA;
    QList<SetMember> onlyB;
};

class ArtifactComparison
{
public:
    // Every slot either artifact uses, by name.
    static Result<QList<SlotComparison>> compare(Registry &registry, const QString &artifactA,
                                                 const QString &artifactB);
};

} // namespace fd
