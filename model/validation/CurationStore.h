#pragma once

#include "model/Result.h"
#include "model/validation/Curation.h"
#include "model/validation/Validation.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fd {

class Registry;

// The curation history of files: the decisions a review made, kept in the registry per header so
// that the same file, or next week's file with the same header, finds them again — in the window,
// and for `artifacts register --columns-set`. A file's curation is kept as last applied and, while
// decisions are made after that, as a draft saved with each decision; the draft is what the file's
// review stands at, so it is what load() gives. Writes are each one transaction (a savepoint in
// the caller's).
class CurationStore
{
public:
    // Which curation: a header (its names, in order, as headerKey() makes them one text), what
    // its names or values were checked as, and for values the column.
    struct Key
    {
        QString header;
        ValidationField field = ValidationField::FeatureName;
        QString column; // empty: the column names themselves were checked

        static Key forColumnNames(const QStringList &names,
                                  ValidationField field = ValidationField::FeatureName);
        static Key forValues(const QStringList &names, const QString &column,
                             ValidationField field);
        friend bool operator==(const Key &, const Key &) = default;
    };
    // MD5 (hex) of the names joined by line feeds: one text per header, whatever its length.
    static QString headerKey(const QStringList &names);

    struct Saved
    {
        QList<ValueDecision> decisions; // in the order they were saved
        bool draft = false; // made since the last Apply (or never applied)
        QString fileName; // the file they were last saved from
        QDateTime updatedAt;
        QString updatedBy; // the user's handle
        qint64 appliedRunId = 0; // the run of the last Apply; 0: never applied
    };

    explicit CurationStore(Registry &registry)
        : m_registry(registry)
    {
    }

    // The draft if there is one, else what was applied; nothing when the header has no curation.
    Result<std::optional<Saved>> load(const Key &key) const;
    // The decisions as they stand now, not applied (replacing the previous draft).
    Status saveDraft(const Key &key, const QList<ValueDecision> &decisions,
                     const QString &fileName);
    // Drops the draft: the curation is again what was last applied (or none).
    Status discardDraft(const Key &key);
    // The decisions as applied in runId (replacing what was applied before and the draft).
    Status saveApplied(const Key &key, const QList<ValueDecision> &decisions,
                       const QString &fileName, qint64 runId);

private:
    // The decisions as a draft (appliedIn empty) or as applied in that run.
    Status keep(const Key &key, const QList<ValueDecision> &decisions, const QString &fileName,
                std::optional<qint64> appliedIn);
    Result<qint64> curationId(const Key &key, const QString &fileName, const QString &doing);
    Status writeDecisions(qint64 curationId, bool draft, const QList<ValueDecision> &decisions,
                          const QString &doing);

    Registry &m_registry;
};

} // namespace fd
