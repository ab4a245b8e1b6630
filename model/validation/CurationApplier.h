#pragma once

#include "model/Result.h"
#include "model/validation/Curation.h"
#include "model/validation/CurationStore.h"

#include <QList>

#include <optional>

namespace fd {

class Registry;

// What applying a review wrote, and what it only decided.
struct CurationOutcome
{
    qint64 runId = 0;
    QStringList featuresAdded; // names
    QStringList synonymsAdded; // "synonym → feature"
    int renamed = 0; // decisions that change no record (the file's names map to others)
    int ignored = 0;
};

// Writes the decisions of a review that change the registry (new features, new synonyms) in one
// transaction recorded as one run ("curation.apply"); renames and ignores write nothing but are
// counted in the run's description. Either everything is written or nothing is. A feature added
// under another name than the file's keeps the file's name as a synonym.
class CurationApplier
{
public:
    explicit CurationApplier(Registry &registry)
        : m_registry(registry)
    {
    }

    // source: what was reviewed (a file name), for the run's description. keepAs: the file's
    // curation, which then holds the decisions as applied (decisionsAfterApply), in the same
    // transaction.
    Result<CurationOutcome> apply(ValidationField field, const QList<ValueDecision> &decisions,
                                  const QString &source,
                                  const std::optional<CurationStore::Key> &keepAs = {});

private:
    Registry &m_registry;
};

} // namespace fd
