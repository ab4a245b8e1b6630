#pragma once

#include "app/cli/CliContext.h"
#include "model/csv/CsvOptions.h"
#include "model/validation/FileValidator.h"

#include <QCommandLineOption>

namespace fd {
class Registry;
}

namespace fd::cli {

// What `validate` and `standardize` share: the options that choose what is checked, and checking a
// file's column names, or one column's values, against the registry. Standardize must replace
// exactly what validate calls standardizable, so the two run the same code.
struct ValidationOptions
{
    QCommandLineOption values {
        QStringLiteral("values"),
        QStringLiteral("Check the values of this column (its name; without a "
                       "header, its position counted from 0)."),
        QStringLiteral("COLUMN")};
    QCommandLineOption field {QStringLiteral("field"),
                              QStringLiteral("gene.symbol, gene.ensembl_gene_id or "
                                             "gene.ncbi_gene_id (with --values)."),
                              QStringLiteral("F")};
    QCommandLineOption organism {QStringLiteral("organism"),
                                 QStringLiteral("The genes' organism, e.g. human (with --values "
                                                "or --columns-as; inferred from the values or "
                                                "names when absent)."),
                                 QStringLiteral("NAME")};
    // Only where it is offered (validate): the column names checked as genes.
    bool withColumnsAs = false;
    QCommandLineOption columnsAs {QStringLiteral("columns-as"),
                                  QStringLiteral("Check the column names as genes: gene.symbol, "
                                                 "gene.ensembl_gene_id or gene.ncbi_gene_id (a "
                                                 "table with a gene per column)."),
                                  QStringLiteral("F")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({values, field, organism});
        if (withColumnsAs)
            parser.addOption(columnsAs);
    }
};

struct FileValidation
{
    Validator::Field field = Validator::Field::FeatureName; // or a gene field
    QString column; // --values; empty when the column names are checked
    QString organism; // --organism or inferred; empty for features
    std::optional<H5adSlot> slot; // an AnnData .h5ad: its obs or var (--slot)
    FileValidator::Outcome outcome; // the report, the organism and index checked against
};

// Fills field, column and organism from the command line (--values COLUMN --field F, or
// --columns-as F, each with --organism); returns an exit status on a usage error, or nothing.
ExitStatus readValidationOptions(CliContext &context, const QCommandLineParser &parser,
                                 const ValidationOptions &options, FileValidation &validation);

// An AnnData .h5ad's options (--slot obs|var, --column C, --field F, --organism O): obs checks its
// column names as features, var its index's (or column's) values as genes of --field. Fills
// validation; returns an exit status on a usage error (CSV options with an .h5ad), or nothing.
struct H5adValidationOptions
{
    QCommandLineOption slot {QStringLiteral("slot"),
                             QStringLiteral("An .h5ad file's table: obs (the default; its column "
                                            "names as features) or var (its index's values as "
                                            "genes, with --field)."),
                             QStringLiteral("SLOT")};
    QCommandLineOption column {QStringLiteral("column"),
                               QStringLiteral("With --slot var: check this var column's values "
                                              "instead of the index's."),
                               QStringLiteral("C")};
};
ExitStatus readH5adValidationOptions(CliContext &context, const QCommandLineParser &parser,
                                     const ValidationOptions &options,
                                     const H5adValidationOptions &h5ad, FileValidation &validation);

// Checks path's column names (as features, with their inferred dtypes; or as genes of
// validation.field, the header alone) or the distinct values of
// validation.column with FileValidator, as the window's review does, into validation.outcome (and
// the organism told from the values into validation.organism). Returns an exit status when it
// cannot (the message printed), or nothing.
ExitStatus validateFile(CliContext &context, Registry &registry, const QString &path,
                        const CsvOptions &csvOptions, FileValidation &validation);

} // namespace fd::cli
