#include "app/cli/StandardizeCommands.h"

#include "app/cli/CliRegistry.h"
#include "app/cli/DialectOptions.h"
#include "app/cli/FileValidation.h"
#include "model/anndata/H5adReader.h"
#include "model/csv/CsvColumnRef.h"
#include "model/csv/CsvStandardizer.h"
#include "model/features/NameCharacters.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>

namespace fd::cli {

namespace {

// What validation left alone, by status: values the registry cannot settle on its own. Validated
// values need nothing, and standardizable ones were replaced.
QMap<ValidationStatus, QStringList> leftAlone(const ValidationReport &report)
{
    QMap<ValidationStatus, QStringList> left {{ValidationStatus::Ambiguous, {}},
                                              {ValidationStatus::NotValidated, {}}};
    for (const ValidationItem &item : report.items) {
        if (item.status != ValidationStatus::Validated
            && item.status != ValidationStatus::Standardizable)
            left[item.status].append(item.value);
    }
    return left;
}

} // namespace

int runStandardize(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a copy of a file with the values that validate calls standardizable replaced by "
        "their standard form: the column names (as features), or the values of one column (as "
        "genes). Ambiguous and not validated values are left as they are and listed. The file "
        "itself and the registry are not changed. An AnnData .h5ad is refused: FeatureDesk reads "
        "those but does not write them (validate lists what would be replaced)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A CSV or TSV file."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Where to write the copy (not FILE itself)."),
                                 QStringLiteral("OUT"));
    parser.addOption(out);
    const ValidationOptions validationOptions;
    validationOptions.addTo(parser);
    const DialectOptions dialect;
    dialect.addTo(parser);
    if (const ExitStatus status = parseCommand(parser, args, context); status)
        return *status;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("standardize takes one FILE."));
    // A copy of an .h5ad would have to be written by FeatureDesk, which only reads them: say so
    // before anything is read or written, and point to what does work on one.
    if (const QString file = parser.positionalArguments().constFirst();
        H5adReader::looksLikeH5ad(file))
        return context.fail(
            QStringLiteral("%1 is an AnnData .h5ad file: standardize writes copies of CSV and TSV "
                           "files only, and FeatureDesk does not write .h5ad files, so nothing "
                           "was written. 'featuredesk-cli validate %1' (its obs column names) or "
                           "'validate %1 --slot var --field F' (its var ids) lists each "
                           "standardizable name or id with its standard form, to apply in "
                           "anndata.")
                .arg(QDir::toNativeSeparators(file)));
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return context.usage(QStringLiteral("standardize needs --out OUT, the file to write."));
    CsvOptions options;
    if (const ExitStatus status = readDialectOptions(context, parser, dialect, options); status)
        return *status;
    FileValidation validation;
    if (const ExitStatus status
        = readValidationOptions(context, parser, validationOptions, validation);
        status)
        return *status;
    const QString path = parser.positionalArguments().constFirst();
    const QString outPath = parser.value(out);

    OpenedRegistry opened = openRegistry(context);
    if (!opened.registry)
        return opened.exitCode;
    if (const ExitStatus status
        = validateFile(context, *opened.registry, path, options, validation);
        status)
        return *status;
    const ValidationReport &report = validation.outcome.report;

    QHash<QString, QString> replacements;
    for (const ValidationItem &item : report.items) {
        if (item.status == ValidationStatus::Standardizable)
            replacements.insert(item.value, item.standard);
    }
    const CsvStandardizer standardizer(options);
    const Result<CsvStandardization> written = validation.column.isEmpty()
        ? standardizer.standardizeHeader(path, replacements, outPath)
        : standardizer.standardizeColumn(path, CsvColumnRef::fromText(validation.column),
                                         replacements, outPath);
    if (!written)
        return context.fail(messageOf(written.error()));
    const QMap<ValidationStatus, QStringList> left = leftAlone(report);
    QStringList warnings = written->warnings;
    if (!report.fieldWarning.isEmpty())
        warnings.prepend(report.fieldWarning);

    if (context.json) {
        QJsonObject replaced;
        QJsonObject leftJson;
        for (const ValidationItem &item : report.items) {
            if (item.status == ValidationStatus::Standardizable)
                replaced.insert(item.value, item.standard);
        }
        for (auto it = left.cbegin(); it != left.cend(); ++it)
            leftJson.insert(validationStatusKey(it.key()), QJsonArray::fromStringList(it.value()));
        QJsonObject object {{QStringLiteral("out"), outPath},
                            {QStringLiteral("field"), validationFieldKey(report.field)},
                            {QStringLiteral("replaced_values"), replaced},
                            {QStringLiteral("cells_replaced"), written->cellsReplaced},
                            {QStringLiteral("rows"), written->rows},
                            {QStringLiteral("left"), leftJson}};
        if (!validation.organism.isEmpty())
            object.insert(QStringLiteral("organism"), validation.organism);
        if (!warnings.isEmpty())
            object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
        context.printJson(QJsonDocument(object));
        return Success;
    }
    context.out() << "wrote " << QDir::toNativeSeparators(outPath) << ": "
                  << validationFieldKey(report.field) << ", " << written->cellsReplaced
                  << (validation.column.isEmpty() ? " names" : " cells") << " replaced, "
                  << written->rows << " rows" << Qt::endl;
    for (const QString &warning : std::as_const(warnings))
        context.out() << "warning: " << warning << Qt::endl;
    for (const ValidationItem &item : report.items) {
        switch (item.status) {
        case ValidationStatus::Validated:
            break;
        case ValidationStatus::Standardizable:
            context.out() << "replaced\t" << names::showRefusedCharacters(item.value) << " -> "
                          << item.standard << Qt::endl;
            break;
        default:
            context.out() << "left " << validationStatusKey(item.status) << '\t'
                          << names::showRefusedCharacters(item.value);
            if (!item.candidates.isEmpty())
                context.out() << " (one of " << item.candidates.join(QStringLiteral(", ")) << ')';
            if (!item.suggestions.isEmpty())
                context.out() << " (did you mean " << item.suggestions.join(QStringLiteral(", "))
                              << "?)";
            context.out() << Qt::endl;
            break;
        }
    }
    return Success;
}

} // namespace fd::cli
