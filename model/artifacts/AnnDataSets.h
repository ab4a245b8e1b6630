#pragma once

#include "model/Records.h"
#include "model/Result.h"
#include "model/validation/FileValidator.h"
#include "model/validation/Validation.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace fd {

class Registry;

// The two sets an AnnData .h5ad is registered with, as LaminDB's Artifact.from_anndata and
// features.add_from_anndata make them: under var, the genes its var ids resolve to (bionty.Gene;
// the set's dtype is X's, float or int); under obs, its obs column names that are registered
// features, checked with the dtypes the reader tells (core.Feature; a set of features has no
// dtype). Both go through the one validation pipeline (FileValidator); reads and resolves, writes
// nothing. One instance for many files: each field's index is loaded once.
class AnnDataSets
{
public:
    struct Options
    {
        QString varColumn; // empty: var's index
        // Absent: gene.ensembl_gene_id when most var ids look like Ensembl gene ids, else
        // gene.symbol.
        std::optional<ValidationField> varField;
        QString organism; // empty: told from the var ids
    };

    // One slot's set, before it is written.
    struct Slot
    {
        QString slot; // "var" or "obs"
        MemberRegistry registry = MemberRegistry::Feature;
        QString dtype; // var: X's; obs: none
        QStringList memberUids; // in the file's order
        QStringList leftOut; // what did not resolve, with why ("XYZ1: not_validated")
        QString note; // why this slot gets no set (nothing resolved, no organism, ...)
        ValidationField field = ValidationField::FeatureName; // what was checked
        QString organism; // var: the genes' organism
    };

    struct Read
    {
        Slot var;
        Slot obs;
    };

    AnnDataSets(Registry &registry, Options options);

    // A file that is not AnnData (not HDF5, no obs or var, ...) is the reader's error: it is not
    // to be registered. What concerns one slot only (no organism, a var column that is not
    // there, nothing resolved) is that slot's note. An error of the registry is returned.
    Result<Read> read(const QString &path);

    // Whether an error is a matter of one file (not AnnData, a column it lacks, an organism not
    // told) rather than of the registry.
    static bool concernsTheFile(const Error &error);

private:
    Status checkSlot(const FileValidator::Request &request, FileValidator &validator, Slot &slot);

    Registry &m_registry;
    Options m_options;
    FileValidator m_genes;
    FileValidator m_features;
};

} // namespace fd
