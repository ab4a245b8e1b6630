#include "model/validation/CurationApplier.h"

#include <QCoreApplication>

#include "model/db/Registry.h"
#include "model/db/Transaction.h"
#include "model/features/FeatureStore.h"

namespace fd {

Result<CurationOutcome> CurationApplier::apply(ValidationField field,
                                               const QList<ValueDecision> &decisions,
                                               const QString &source,
                                               const std::optional<CurationStore::Key> &keepAs)
{
    if (Status writable = m_registry.checkWritable(); !writable)
        return writable.error();
    for (const ValueDecision &entry : decisions) {
        if (!actionAllowed(entry.decision.action, field))
            return Error::make(
                Error::Code::Invalid,
                QCoreApplication::translate("fd::CurationApplier",
                                            "'%1': features and synonyms can be added for column "
                                            "names only, not for %2 values.")
                    .arg(entry.value, validationFieldKey(field)));
    }

    CurationOutcome outcome;
    Transaction transaction(m_registry.database());
    if (Status begun = transaction.begin(
            QCoreApplication::translate("fd::CurationApplier", "apply the curation"));
        !begun)
        return begun.error();
    const Result<qint64> run = m_registry.startRun(QStringLiteral("curation.apply"),
                                                   QStringLiteral("Curation of %1").arg(source));
    if (!run)
        return run.error();
    outcome.runId = *run;

    FeatureStore features(m_registry);
    // New features first, so that a synonym may name a feature added by the same review.
    for (const ValueDecision &entry : decisions) {
        if (entry.decision.action != CurationAction::AddFeature)
            continue;
        const QString value = entry.value.trimmed();
        const QString name = entry.decision.name.isEmpty() ? value : entry.decision.name;
        // A feature named otherwise than the column keeps the column's name as a synonym, so the
        // next file with that column is recognised.
        QStringList synonyms = entry.decision.synonyms;
        if (name != value)
            synonyms.prepend(value);
        const Result<QString> added = features.insert(
            {name, entry.decision.dtype, entry.decision.unit, entry.decision.description, synonyms},
            *run);
        if (!added)
            return Error::make(
                added.error().code,
                QCoreApplication::translate("fd::CurationApplier", "Nothing was written. %1")
                    .arg(added.error().message));
        outcome.featuresAdded.append(name);
    }
    for (const ValueDecision &entry : decisions) {
        switch (entry.decision.action) {
        case CurationAction::AddSynonym: {
            QString uid = entry.decision.uid;
            if (uid.isEmpty()) {
                const Result<FeatureRecord> feature = features.findByName(entry.decision.name);
                if (!feature)
                    return Error::make(feature.error().code,
                                       QCoreApplication::translate("fd::CurationApplier",
                                                                   "Nothing was written. %1")
                                           .arg(feature.error().message));
                uid = feature->uid;
            }
            if (Status added = features.addSynonym(uid, entry.value); !added)
                return Error::make(
                    added.error().code,
                    QCoreApplication::translate("fd::CurationApplier", "Nothing was written. %1")
                        .arg(added.error().message));
            outcome.synonymsAdded.append(
                QStringLiteral("%1 \u2192 %2").arg(entry.value.trimmed(), entry.decision.name));
            break;
        }
        case CurationAction::Rename:
            ++outcome.renamed;
            break;
        case CurationAction::Ignore:
            ++outcome.ignored;
            break;
        case CurationAction::AddFeature:
        case CurationAction::Undecided:
            break;
        }
    }

    if (Status described = m_registry.describeRun(
            *run,
            QStringLiteral("Curation of %1: %2 features added, %3 synonyms added, %4 renamed, "
                           "%5 ignored")
                .arg(source)
                .arg(outcome.featuresAdded.size())
                .arg(outcome.synonymsAdded.size())
                .arg(outcome.renamed)
                .arg(outcome.ignored));
        !described)
        return described.error();
    if (keepAs)
        if (Status kept = CurationStore(m_registry)
                              .saveApplied(*keepAs, decisionsAfterApply(decisions), source, *run);
            !kept)
            return kept.error();
    if (Status finished = m_registry.finishRun(*run); !finished)
        return finished.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    if (!outcome.featuresAdded.isEmpty() || !outcome.synonymsAdded.isEmpty())
        m_registry.notifyChanged(RegistryTable::Features);
    return outcome;
}

} // namespace fd
