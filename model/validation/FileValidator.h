#pragma once

#include "model/Records.h"
#include "model/Result.h"
#include "model/anndata/H5adSummary.h"
#include "model/csv/CsvOptions.h"
#include "model/validation/CuratedMembers.h"
#include "model/validation/Validation.h"
#include "model/validation/Validator.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace fd {

class CsvProgress;
class Registry;

// The one way a file is checked against the registry, whoever asks: the review (on a worker),
// the CLI's validate, standardize and `sets create`, and artifact registration. In order:
// 1. what is checked: the file's column names (with their inferred dtypes when they are checked as
//    features), or the distinct values of one of its columns (with how often each occurs); for an
//    AnnData .h5ad, one of its dataframes (obs or var) read through H5adReader, on the caller's
//    thread: its column names with the dtypes the reader tells, or its index's or a column's
//    values;
// 2. for genes, the organism: named, or told from the names or values;
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
    // Names checked as genes have no dtype to compare: Inspect reads the header row only, and
    // given dtypes are not looked at, so a header of 20,000 genes costs no dtype inference.
    enum class Names { Inspect, HeaderOnly, Given };

    // What to check, and how. Three shapes:
    // - column names as features: field FeatureName (the default), column empty;
    // - column names as genes (an expression table with a gene per column): a gene field,
    //   column empty, organism if known;
    // - the values of one column as genes: a gene field, column set, organism if known.
    // A caller that checks a file's header against whichever field the user chose sets field
    // (and organism) and leaves the rest as for features.
    // An .h5ad file sets slot (options are not used): obs or var as the table whose column names
    // or values are checked. var's genes are its index: with a gene field and no column, var's
    // index values are checked (LaminDB's var_index), as a CSV column's values are.
    struct Request
    {
        QString path; // the file (not read for Names::Given column names)
        CsvOptions options; // how to read it
        Validator::Field field = Validator::Field::FeatureName; // what the names or values are
        Names names = Names::Inspect; // column names: how they are read
        QStringList givenNames; // Names::Given: the column names ...
        QStringList givenDtypes; // ... and their dtypes (features only)
        // Empty: the column names are checked. Set, with a gene field: the distinct values of
        // this column (a header name, or a 0-based position without header).
        QString column;
        QString organism; // genes; empty: told from what is checked, or the registry's only one
        std::optional<H5adSlot> slot; // set: path is an AnnData .h5ad, and this is its table
        // Values checked as genes: the field is told from them (geneFieldOf) instead of taken
        // from field, which only says that genes are checked. The outcome says which it was.
        bool fieldFromValues = false;

        bool checksValues() const
        {
            return isGeneField(field) && (!column.isEmpty() || slot == H5adSlot::Var);
        }
    };

    struct Outcome
    {
        ValidationReport report;
        Validator::Field field = Validator::Field::FeatureName;
        QString organism; // genes: the one checked against
        std::shared_ptr<const NameIndex> index;
        QStringList names; // column names checked: the header as read, repeats and all
        QStringList dtypes; // and their inferred dtypes (Names::Inspect and Given)

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

    // What gene values are, told from a sample of them: Ensembl-style stable ids (ENSG…, ENSMUSG…,
    // FBgn…, WBGene…) when most are, else symbols.
    static Validator::Field geneFieldOf(const QStringList &values);

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
    static Result<Checked> readH5ad(const Request &request);

    Registry &m_registry;
    std::shared_ptr<const NameIndex> m_index;
    Validator::Field m_indexField = Validator::Field::FeatureName;
    QString m_indexOrganism;
};

} // namespace fd
