#pragma once

#include "model/validation/Curation.h"
#include "model/validation/NameIndex.h"
#include "model/validation/Validation.h"

#include <QStringList>

namespace fd {

// What a curated review resolves to: the records its values stand for, the members of the feature
// set the file measures. A value counts when it validates, or when a decision names a record (an
// accepted standard, a picked candidate or suggestion), or when a decision to add it as a feature
// or synonym is written already (the value now validates to that record); ignored, undecided and
// not yet applied values are left out and listed, never dropped silently. Two values resolving to
// one record give one member.
struct CuratedMembers
{
    QStringList uids; // in the file's order
    QStringList names; // the registry's names, same order
    QStringList leftOut; // values that are not members, with why ("operator: not_validated")
    // The same for people: statuses in the review's words ("operator: not validated").
    QStringList leftOutInWords;

    static CuratedMembers resolve(const ValidationReport &report,
                                  const QList<ValueDecision> &decisions, const NameIndex &index);
};

} // namespace fd
