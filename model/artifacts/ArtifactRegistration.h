#pragma once

#include "model/Records.h"
#include "model/Result.h"
#include "model/artifacts/AnnDataSets.h"
#include "model/csv/CsvOptions.h"
#include "model/validation/Curation.h"
#include "model/validation/CurationApplier.h"
#include "model/validation/CurationStore.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace fd {

class Registry;

// Registering what a user drops or picks: files, and folders as the delimited files inside them.
// Every file is read and hashed first (nothing locked meanwhile; a file that vanished or cannot be
// read is reported and left out), then all are registered in one run. Asked to, it also checks
// each file's column names through the one validation pipeline (FileValidator, dtypes compared)
// and curates them as a review would: with the file's saved curation (the decisions a review made
// for this header, CurationStore) or with decisions given (a recipe's, or the review's own, which
// are then applied first). What that resolves to (CuratedMembers: validated names and what the
// decisions name) is the file's set, stored once per distinct member list — a thousand files with
// one header share one set — and attached under the slot; what was left out, and why, is listed
// for each file, never dropped silently.
// Artifacts, sets and links are written in one transaction: a registration that stops anywhere
// (an error of the registry, a crash, a kill) leaves the registry as it was.
class ArtifactRegistration
{
public:
    struct Source
    {
        QString path;
        QString key; // the file name, or its path relative to the folder it was found in
    };

    // Files as they are; a folder as the delimited files inside it (ImportFiles), keyed by their
    // path relative to that folder. skipped: what was left out and why.
    static QList<Source> sourcesOf(const QStringList &paths, QStringList *skipped = nullptr);

    struct Options
    {
        bool inferColumns = false; // attach each file's columns set under slot
        QString slot = QStringLiteral("columns");
        CsvOptions csv;
        // What the column names are checked as: features, or a gene field (a panel with a gene
        // per column; the set is then a bionty.Gene set); organism: named, or told from the names.
        ValidationField field = ValidationField::FeatureName;
        QString organism;
        // Which decisions curate each header: none given, each file's saved curation; given
        // (a recipe's, a review's), these for every file.
        std::optional<QList<ValueDecision>> decisions;
        // With decisions given: write their new features and synonyms first, in the same
        // transaction, and keep them as each file's curation (the review's Register).
        bool applyDecisions = false;
        QString source; // what the decisions came from, for the run ("samples.csv", a recipe)
        QString setName; // empty: neutral, "columns: 7 features, <hash>"
        // Attach this set to every file instead of each file's columns set (the review of a
        // column's values: its members are the review's); an empty name is a neutral one.
        std::optional<NewFeatureSet> set;
        // applyDecisions: keep the decisions under this curation instead of each file's header
        // (needed with set).
        std::optional<CurationStore::Key> curation;
        // AnnData .h5ad files with their var and obs sets (AnnDataSets), instead of a columns
        // set: a file that is not AnnData is not registered. Not with inferColumns or set.
        std::optional<AnnDataSets::Options> anndata;
    };

    // "<slot>: <n> features, <hash>" (genes for a gene set): the name of an automatic set says
    // what it is, not which file it was first made for.
    static QString neutralSetName(const QString &slot, qsizetype members, bool genes,
                                  const QString &hash);

    // One slot of an AnnData file (Options::anndata).
    struct SlotOutcome
    {
        QString slot; // "var" or "obs"
        QString setUid; // empty: no set (see note)
        bool setCreated = false;
        int members = 0;
        QStringList leftOut; // what did not resolve, with why
        bool attached = false;
        QString note; // why no set was attached
    };

    struct FileOutcome
    {
        QString path;
        QString key;
        QString uid; // empty when the file was not registered (see error)
        bool created = false; // false: its content was registered before
        QString error; // why it was not registered, or why no set was attached
        QString setUid; // the columns set attached (inferColumns)
        bool setCreated = false;
        int members = 0;
        QStringList leftOut; // columns that are not members, with why
        QStringList leftOutInWords; // the same with statuses in the review's words
        bool attached = false;
        int decisions = 0; // decisions that curated the header
        QString decisionsFrom; // the file their saved curation was made on, or the source given
        bool decisionsDraft = false; // saved ones: made since the last Apply
        QList<SlotOutcome> anndataSlots; // Options::anndata: var, then obs
    };

    struct Outcome
    {
        QList<FileOutcome> files;
        int created = 0; // new artifacts
        int recognised = 0; // content registered before
        int failed = 0; // not registered
        int attached = 0; // files whose columns set (or an AnnData slot's set) is attached
        int setsCreated = 0;
        QStringList setUids; // distinct columns sets used, in order of first use
        std::optional<CurationOutcome> applied; // Options::applyDecisions: what it wrote
    };

    // done/total in files while reading; return false to cancel (before anything is written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result<Outcome> run(Registry &registry, const QList<Source> &sources,
                               const Options &options, const Progress &progress = {});
};

} // namespace fd
