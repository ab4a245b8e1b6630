#include "model/validation/CuratedMembers.h"

#include "model/validation/ValidationModel.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace fd {

namespace {

// The record a name stands for in the index: exactly one, or none.
int uniqueEntry(const NameIndex &index, const QString &name, const QString &uid)
{
    const NameIndex::Lookup lookup = index.find(name);
    if (lookup.match != NameIndex::Match::Exact)
        return -1;
    for (int entry : lookup.entries)
        if (uid.isEmpty() ? lookup.entries.size() == 1 : index.entry(entry).uid == uid)
            return entry;
    return -1;
}

} // namespace

CuratedMembers CuratedMembers::resolve(const ValidationReport &report,
                                       const QList<ValueDecision> &decisions,
                                       const NameIndex &index)
{
    QHash<QString, CurationDecision> decided;
    for (const ValueDecision &entry : decisions)
        decided.insert(entry.value, entry.decision);
    CuratedMembers members;
    QSet<QString> seen;
    const auto add = [&](const QString &uid, const QString &name) {
        if (seen.contains(uid))
            return;
        seen.insert(uid);
        members.uids.append(uid);
        members.names.append(name);
    };
    // Why a value is no member, where the words are the same for programs and people.
    const auto leave = [&members](const QString &why) {
        members.leftOut.append(why);
        members.leftOutInWords.append(why);
    };
    for (const ValidationItem &item : report.items) {
        const CurationDecision decision = decided.value(item.value);
        switch (decision.action) {
        case CurationAction::Ignore:
            leave(QCoreApplication::translate("CuratedMembers", "%1: ignored").arg(item.value));
            continue;
        case CurationAction::Rename: {
            const int entry = uniqueEntry(index, decision.name, decision.uid);
            if (entry < 0) {
                leave(QCoreApplication::translate("CuratedMembers", "%1: %2 is not in the registry")
                          .arg(item.value, decision.name));
                continue;
            }
            add(index.entry(entry).uid, index.entry(entry).name);
            continue;
        }
        case CurationAction::AddFeature:
        case CurationAction::AddSynonym:
            // Written already (last week's new feature, a synonym it now has): the record it made.
            if ((item.status == ValidationStatus::Validated
                 || item.status == ValidationStatus::Standardizable)
                && !item.uid.isEmpty()) {
                add(item.uid, item.standard);
                continue;
            }
            leave(QCoreApplication::translate("CuratedMembers", "%1: not applied yet")
                      .arg(item.value));
            continue;
        case CurationAction::Undecided:
            break;
        }
        if (item.status == ValidationStatus::Validated && !item.uid.isEmpty()) {
            add(item.uid, item.standard);
            continue;
        }
        const QString why = QCoreApplication::translate("CuratedMembers", "%1: %2");
        members.leftOut.append(why.arg(item.value, validationStatusKey(item.status)));
        members.leftOutInWords.append(
            why.arg(item.value, ValidationModel::statusLabel(item.status)));
    }
    return members;
}

} // namespace fd
