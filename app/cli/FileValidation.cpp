#include "app/cli/FileValidation.h"

#include "app/cli/CliRegistry.h"

#include <QCommandLineParser>

namespace fd::cli {

ExitStatus readValidationOptions(CliContext &context, const QCommandLineParser &parser,
                                 const ValidationOptions &options, FileValidation &validation)
{
    validation.field = Validator::Field::FeatureName;
    const bool columnsAs = options.withColumnsAs && parser.isSet(options.columnsAs);
    if (columnsAs) {
        if (parser.isSet(options.values) || parser.isSet(options.field))
            return context.usage(QStringLiteral("--columns-as F checks the column names; it does "
                                                "not go with --values or --field."));
        if (!parseValidationField(parser.value(options.columnsAs), &validation.field)
            || !isGeneField(validation.field))
            return context.usage(QStringLiteral("--columns-as takes gene.symbol, "
                                                "gene.ensembl_gene_id or gene.ncbi_gene_id."));
        validation.organism = parser.value(options.organism);
    } else if (parser.isSet(options.values)) {
        if (!parser.isSet(options.field)
            || !parseValidationField(parser.value(options.field), &validation.field)
            || validation.field == Validator::Field::FeatureName)
            return context.usage(QStringLiteral("--values needs --field gene.symbol, "
                                                "gene.ensembl_gene_id or gene.ncbi_gene_id."));
        validation.column = parser.value(options.values);
        validation.organism = parser.value(options.organism);
    } else if (parser.isSet(options.field) || parser.isSet(options.organism)) {
        return context.usage(
            options.withColumnsAs
                ? QStringLiteral("--field and --organism go with --values COLUMN; "
                                 "--organism also with --columns-as F.")
                : QStringLiteral("--field and --organism go with --values COLUMN."));
    }
    return std::nullopt;
}

ExitStatus readH5adValidationOptions(CliContext &context, const QCommandLineParser &parser,
                                     const ValidationOptions &options,
                                     const H5adValidationOptions &h5ad, FileValidation &validation)
{
    if (parser.isSet(options.values) || (options.withColumnsAs && parser.isSet(options.columnsAs)))
        return context.usage(QStringLiteral("An .h5ad file is checked with --slot obs, or --slot "
                                            "var [--column C] --field F; not --values or "
                                            "--columns-as."));
    const QString slot = parser.isSet(h5ad.slot) ? parser.value(h5ad.slot) : QStringLiteral("obs");
    validation.field = Validator::Field::FeatureName;
    validation.column.clear();
    validation.organism.clear();
    if (slot == QLatin1StringView("obs")) {
        if (parser.isSet(h5ad.column) || parser.isSet(options.field)
            || parser.isSet(options.organism))
            return context.usage(QStringLiteral("--slot obs checks the obs column names as "
                                                "features: --column, --field and --organism go "
                                                "with --slot var."));
        validation.slot = H5adSlot::Obs;
        return std::nullopt;
    }
    if (slot != QLatin1StringView("var"))
        return context.usage(QStringLiteral("--slot takes obs or var, not '%1'.").arg(slot));
    if (!parser.isSet(options.field)
        || !parseValidationField(parser.value(options.field), &validation.field)
        || !isGeneField(validation.field))
        return context.usage(QStringLiteral("--slot var needs --field gene.symbol, "
                                            "gene.ensembl_gene_id or gene.ncbi_gene_id."));
    validation.slot = H5adSlot::Var;
    validation.column = parser.value(h5ad.column);
    validation.organism = parser.value(options.organism);
    return std::nullopt;
}

ExitStatus validateFile(CliContext &context, Registry &registry, const QString &path,
                        const CsvOptions &csvOptions, FileValidation &validation)
{
    FileValidator::Request request;
    request.path = path;
    request.options = csvOptions;
    request.field = validation.field;
    request.names = FileValidator::Names::Inspect;
    request.column = validation.column;
    request.organism = validation.organism;
    request.slot = validation.slot;
    Result<FileValidator::Outcome> outcome = FileValidator(registry).validate(request);
    if (!outcome) {
        const QString message = messageOf(outcome.error());
        return outcome.error().remedy == Error::Remedy::NameOrganism ? context.usage(message)
                                                                     : context.fail(message);
    }
    validation.outcome = std::move(outcome).value();
    validation.organism = validation.outcome.organism;
    return std::nullopt;
}

} // namespace fd::cli
