#pragma once

#include "model/Records.h"
#include "model/Result.h"
#include "model/csv/CsvOptions.h"
#include "model/validation/CuratedMembers.h"
#include "model/validation/Validation.h"
#include "model/validation/Validator.h"

#include <QStringList>

#include <memory>

namespace fd {

class CsvProgress;
class Registry;

// The one way a file is checked against the registry, whoever asks: the review (on a worker),
// the CLI's validate, standardize and `sets create`, and artifact registration. In order:
// 1. what is checked: the file's column names (with their inferred dtypes), or the distinct values
//    of one of its columns (with how often each occurs);
// 2. for genes, the organism: named, or told from the values;
// 3. the index of the field: loaded, or the one kept from an earlier call while the registry has
//    not changed;
// 4. the report (Validator), and for genes what its suggestions and candidates are and which
//    genes id-shaped values name (GeneDetails);
// 5. from the report and the user's decisions, the members of the set the file measures
//    (Outcome::members), and that set (Outcome::setNamed).
class FileValidator
{
public:
    // How column names are read: a full inspection (names and dtypes); the header row only (no
    // dtypes, so no dtype is compared); or given by the caller (the import's scan did the reading).
    enum class Names { Inspect, HeaderOnly, Given };

    struct Request
    {
        QString path;
        CsvOptions options;
        Validator::Field field = Validator::Field::FeatureName;
        Names names = Names::Inspect;
        QStringList givenNames; // Names::Given: the column names ...
        QStringList givenDtypes; // ... and their dtypes
        QString column; // values: the column (a header name, or a 0-based position without header)
        QString organism; // genes; empty: told from the values, or the registry's only organism
    };

    struct Outcome
    {
        ValidationReport report;
        Validator::Field field = Validator::Field::FeatureName;
        QString organism; // genes: the one checked against
        std::shared_ptr<const NameIndex> index;

        // What the report, with these decisions, resolves to (CuratedMembers).
        CuratedMembers members(const QList<ValueDecision> &decisions = {}) const;
        // The set those members make, with the registry of the field (features or genes).
        NewFeatureSet setNamed(const QString &name, const CuratedMembers &members) const;
    };

    explicit FileValidator(Registry &registry)
        : m_registry(registry)
    {
    }

    // Loads the index of field (for organism) now, or keeps the one given: later calls for the
    // same field and organism use it. A caller that checks many files loads it once; the review
    // keeps the one of its last check while the registry is unchanged.
    Status loadIndex(Validator::Field field, const QString &organism = {});
    void keepIndex(std::shared_ptr<const NameIndex> index, Validator::Field field,
                   const QString &organism);

    // progress: reading a column's values (a full pass over the file), and whether the caller
    // still wants the answer between the steps; a cancelled check ends as Error::Code::Cancelled.
    Result<Outcome> validate(const Request &request, CsvProgress *progress = nullptr);

private:
    struct Checked
    {
        QStringList values;
        QStringList dtypes;
        QHash<QString, qint64> counts; // values: rows per value
        qint64 empty = 0;
        qint64 duplicates = 0;
    };
    static Result<Checked> read(const Request &request, CsvProgress *progress);

    Registry &m_registry;
    std::shared_ptr<const NameIndex> m_index;
    Validator::Field m_indexField = Validator::Field::FeatureName;
    QString m_indexOrganism;
};

} // namespace fd
