#pragma once

#include "model/Result.h"
#include "model/validation/Curation.h"
#include "model/validation/Validation.h"

#include <QDateTime>
#include <QList>

namespace fd {

// The decisions of one review, saved as a small JSON file so that next week's sample sheet is
// curated with one click (or headless: `featuredesk-cli validate FILE --recipe R`):
//   {"format": "featuredesk.curation-recipe", "version": 1, "field": "feature.name",
//    "source": "samples_w47.csv", "created_at": "...", "created_by": "...",
//    "decisions": [{"value": "Cell Type", "action": "rename", "name": "cell_type", "uid": "..."},
//                  {"value": "dose", "action": "add_feature", "name": "dose", "dtype": "float"},
//                  {"value": "batch#", "action": "add_synonym", "name": "batch"},
//                  {"value": "notes", "action": "ignore"}]}
struct CurationRecipe
{
    static constexpr int Version = 1;

    ValidationField field = ValidationField::FeatureName;
    QString source;
    QDateTime createdAt;
    QString createdBy;
    QList<ValueDecision> decisions;

    QByteArray toJson() const;
    // where: the file's name, for messages.
    static Result<CurationRecipe> fromJson(const QByteArray &json, const QString &where);
    static Result<CurationRecipe> load(const QString &path);
    Status save(const QString &path) const; // atomically: a failed save leaves the old file

    // Which of the recipe's decisions apply to a new report: those for values the report has and
    // that still need one (a value that now validates, e.g. because last week's new feature exists,
    // is left alone).
    struct Match
    {
        QList<QPair<int, CurationDecision>> rows; // report row -> decision
        int alreadyValidated = 0;
        int notInFile = 0;
    };
    Match matchTo(const ValidationReport &report) const;
};

} // namespace fd
