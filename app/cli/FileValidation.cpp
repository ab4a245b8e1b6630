#include "app/cli/FileValidation.h"

#include "model/csv/CsvColumnRef.h"
#include "model/csv/CsvColumnValues.h"
#include "model/csv/CsvInspector.h"
#include "model/validation/IndexLoader.h"

#include <QCommandLineParser>

namespace fd::cli {

int readValidationOptions(CliContext &context, const QCommandLineParser &parser,
                          const ValidationOptions &options, FileValidation &validation)
{
    validation.field = Validator::Field::FeatureName;
    if (parser.isSet(options.values)) {
        if (!parser.isSet(options.field)
            || !Validator::parseField(parser.value(options.field), &validation.field)
            || validation.field == Validator::Field::FeatureName)
            return context.usage(QStringLiteral("--values needs --field gene.symbol, "
                                                "gene.ensembl_gene_id or gene.ncbi_gene_id."));
        validation.column = parser.value(options.values);
        validation.organism = parser.value(options.organism);
    } else if (parser.isSet(options.field) || parser.isSet(options.organism)) {
        return context.usage(QStringLiteral("--field and --organism go with --values COLUMN."));
    }
    return -1;
}

int validateFile(CliContext &context, Registry &registry, const QString &path,
                 const CsvOptions &csvOptions, FileValidation &validation)
{
    QStringList checked;
    QStringList dtypes;
    CsvColumnValues column;
    if (validation.field == Validator::Field::FeatureName) {
        CsvInspector inspector(csvOptions);
        const Result<CsvInspection> inspection = inspector.inspect(path);
        if (!inspection)
            return context.fail(inspection.error().message);
        for (const CsvColumnSummary &summary : inspection->columns) {
            checked.append(summary.name);
            dtypes.append(summary.dtype);
        }
    } else {
        Result<CsvColumnValues> read
            = CsvColumnValues::read(path, CsvColumnRef::fromText(validation.column), csvOptions);
        if (!read)
            return context.fail(read.error().message);
        column = std::move(read).value();
        checked = column.distinct;
    }

    if (validation.field != Validator::Field::FeatureName && validation.organism.isEmpty()) {
        validation.organism
            = IndexLoader::inferOrganism(registry, validation.field, checked.mid(0, 1000));
        if (validation.organism.isEmpty())
            return context.usage(QStringLiteral("Cannot tell the genes' organism from the values; "
                                                "name it with --organism."));
    }
    const Result<NameIndex> index
        = IndexLoader::load(registry, validation.field, validation.organism);
    if (!index)
        return context.fail(index.error().message);
    validation.report = Validator(*index, validation.field).validate(checked, dtypes);
    if (validation.field != Validator::Field::FeatureName) {
        for (ValidationItem &item : validation.report.items)
            item.count = column.counts.value(item.value, 1);
        validation.report.emptyCount = column.empty;
        validation.report.duplicateCount = column.duplicates();
    }
    return -1;
}

} // namespace fd::cli
