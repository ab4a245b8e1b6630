#include "app/cli/ValidateCommands.h"

#include "app/cli/CliRegistry.h"
#include "app/cli/DialectOptions.h"
#include "app/cli/FileValidation.h"
#include "model/anndata/H5adReader.h"
#include "model/db/Registry.h"
#include "model/features/NameCharacters.h"
#include "model/validation/CurationApplier.h"
#include "model/validation/CurationRecipe.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

namespace fd::cli {

namespace {

QJsonObject decisionJson(const CurationDecision &decision)
{
    QJsonObject object {{QStringLiteral("action"), curationActionKey(decision.action)}};
    if (!decision.name.isEmpty())
        object.insert(QStringLiteral("name"), decision.name);
    if (!decision.uid.isEmpty())
        object.insert(QStringLiteral("uid"), decision.uid);
    if (!decision.dtype.isEmpty())
        object.insert(QStringLiteral("dtype"), decision.dtype);
    return object;
}

// Genes offered to a value, each with its description and type.
QJsonArray genesJson(const QStringList &keys, const QStringList &descriptions,
                     const QStringList &types, const QString &keyName = QStringLiteral("name"))
{
    QJsonArray genes;
    for (qsizetype i = 0; i < keys.size(); ++i)
        genes.append(QJsonObject {{keyName, keys.at(i)},
                                  {QStringLiteral("description"), descriptions.value(i)},
                                  {QStringLiteral("type"), types.value(i)}});
    return genes;
}

// The field an id-shaped value fits and, when the registry has it, the gene it names there.
QJsonObject hintJson(const FieldHint &hint)
{
    QJsonObject object {{QStringLiteral("field"), validationFieldKey(hint.field)}};
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    object.insert(QStringLiteral("uid"), orNull(hint.uid));
    object.insert(QStringLiteral("symbol"), orNull(hint.symbol));
    object.insert(QStringLiteral("standard"), orNull(hint.standard));
    if (!hint.uid.isEmpty()) {
        object.insert(QStringLiteral("description"), hint.description);
        object.insert(QStringLiteral("type"), hint.type);
    }
    return object;
}

QJsonObject reportJson(const ValidationReport &report,
                       const QHash<QString, CurationDecision> &decided)
{
    QJsonObject summary;
    const QMap<ValidationStatus, int> counts = report.summary();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        summary.insert(validationStatusKey(it.key()), it.value());
    summary.insert(QStringLiteral("empty"), report.emptyCount);
    summary.insert(QStringLiteral("duplicate"), report.duplicateCount);
    QJsonArray items;
    for (const ValidationItem &item : report.items) {
        QJsonObject object {
            {QStringLiteral("value"), item.value},
            {QStringLiteral("status"), validationStatusKey(item.status)},
            {QStringLiteral("standard"),
             item.standard.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(item.standard)},
            {QStringLiteral("candidates"), QJsonArray::fromStringList(item.candidates)},
            {QStringLiteral("suggestions"), QJsonArray::fromStringList(item.suggestions)},
            {QStringLiteral("count"), item.count}};
        if (!item.uid.isEmpty())
            object.insert(QStringLiteral("uid"), item.uid);
        if (!item.note.isEmpty())
            object.insert(QStringLiteral("note"), item.note);
        if (!item.suggestionDescriptions.isEmpty())
            object.insert(
                QStringLiteral("suggestion_genes"),
                genesJson(item.suggestions, item.suggestionDescriptions, item.suggestionTypes));
        if (!item.candidateDescriptions.isEmpty())
            object.insert(QStringLiteral("candidate_genes"),
                          genesJson(item.candidateUids, item.candidateDescriptions,
                                    item.candidateTypes, QStringLiteral("uid")));
        if (item.hint)
            object.insert(QStringLiteral("hint"), hintJson(*item.hint));
        if (!item.columnDtype.isEmpty())
            object.insert(QStringLiteral("dtype"), item.columnDtype);
        if (!item.registeredDtype.isEmpty())
            object.insert(QStringLiteral("registered_dtype"), item.registeredDtype);
        if (const auto it = decided.constFind(item.value); it != decided.cend())
            object.insert(QStringLiteral("decision"), decisionJson(*it));
        items.append(object);
    }
    QJsonObject object {{QStringLiteral("field"), validationFieldKey(report.field)},
                        {QStringLiteral("summary"), summary},
                        {QStringLiteral("items"), items}};
    if (!report.fieldWarning.isEmpty()) {
        object.insert(QStringLiteral("field_warning"), report.fieldWarning);
        if (report.suggestedField)
            object.insert(QStringLiteral("suggested_field"),
                          validationFieldKey(*report.suggestedField));
    }
    return object;
}

// What a recipe did to one file's validation: the decisions it takes, what --apply wrote, and
// the values it decides.
struct RecipeOutcome
{
    CurationRecipe::Match match;
    std::optional<CurationOutcome> applied;
    QHash<QString, CurationDecision> decided;
};

// The values that still need a decision: neither validated nor decided by the recipe.
int openValues(const ValidationReport &report, const std::optional<RecipeOutcome> &recipe)
{
    int open = 0;
    for (const ValidationItem &item : report.items)
        if (item.status != ValidationStatus::Validated
            && !(recipe && recipe->decided.contains(item.value)))
            ++open;
    return open;
}

void printJson(CliContext &context, const FileValidation &validation,
               const std::optional<RecipeOutcome> &recipe)
{
    const ValidationReport &report = validation.outcome.report;
    QJsonObject object
        = reportJson(report, recipe ? recipe->decided : QHash<QString, CurationDecision> {});
    if (!validation.organism.isEmpty())
        object.insert(QStringLiteral("organism"), validation.organism);
    if (recipe) {
        QJsonObject summary {{QStringLiteral("decisions"), int(recipe->match.rows.size())},
                             {QStringLiteral("already_validated"), recipe->match.alreadyValidated},
                             {QStringLiteral("not_in_file"), recipe->match.notInFile},
                             {QStringLiteral("open"), openValues(report, recipe)}};
        if (const std::optional<CurationOutcome> &applied = recipe->applied)
            summary.insert(QStringLiteral("applied"),
                           QJsonObject {{QStringLiteral("run"), applied->runId},
                                        {QStringLiteral("features_added"),
                                         QJsonArray::fromStringList(applied->featuresAdded)},
                                        {QStringLiteral("synonyms_added"),
                                         QJsonArray::fromStringList(applied->synonymsAdded)}});
        object.insert(QStringLiteral("recipe"), summary);
    }
    context.printJson(QJsonDocument(object));
}

void printText(CliContext &context, const ValidationReport &report,
               const std::optional<RecipeOutcome> &recipe)
{
    const QMap<ValidationStatus, int> counts = report.summary();
    context.out() << validationFieldKey(report.field) << ":";
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        context.out() << ' ' << validationStatusKey(it.key()) << ' ' << it.value();
    context.out() << ", empty " << report.emptyCount << ", duplicate " << report.duplicateCount
                  << Qt::endl;
    if (!report.fieldWarning.isEmpty())
        context.out() << "warning: " << report.fieldWarning << Qt::endl;
    if (recipe) {
        if (const std::optional<CurationOutcome> &applied = recipe->applied)
            context.out() << "applied: " << applied->featuresAdded.size() << " features and "
                          << applied->synonymsAdded.size() << " synonyms added (run "
                          << applied->runId << ")" << Qt::endl;
        context.out() << "recipe: " << recipe->match.rows.size() << " decisions taken, "
                      << recipe->match.alreadyValidated << " already validated, "
                      << recipe->match.notInFile << " not in this file; "
                      << openValues(report, recipe) << " values still need a decision" << Qt::endl;
    }
    for (const ValidationItem &item : report.items) {
        if (item.status == ValidationStatus::Validated)
            continue;
        // Characters that cannot be seen are shown, as <U+FEFF> and \t: the note names them.
        context.out() << validationStatusKey(item.status) << '\t'
                      << names::showRefusedCharacters(item.value);
        if (!item.standard.isEmpty())
            context.out() << " -> " << item.standard;
        if (!item.candidates.isEmpty())
            context.out() << " (one of " << item.candidates.join(QStringLiteral(", ")) << ')';
        if (!item.suggestions.isEmpty()) {
            QStringList described;
            for (qsizetype i = 0; i < item.suggestions.size(); ++i)
                described.append(describeGene(item.suggestions.at(i),
                                              item.suggestionDescriptions.value(i),
                                              item.suggestionTypes.value(i)));
            // Genes' descriptions hold commas of their own.
            const QString separator = item.suggestionDescriptions.isEmpty() ? QStringLiteral(", ")
                                                                            : QStringLiteral("; ");
            context.out() << " (did you mean " << described.join(separator) << "?)";
        }
        // Why a value is fixable (a version suffix, a synonym, …) or what it looks like.
        if (item.hint || (item.status == ValidationStatus::Standardizable && !item.note.isEmpty()))
            context.out() << " (" << item.note << ')';
        if (recipe)
            if (const auto it = recipe->decided.constFind(item.value); it != recipe->decided.cend())
                context.out() << " [recipe: " << describeDecision(*it) << ']';
        context.out() << Qt::endl;
    }
}

} // namespace

int runValidate(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Validate a file's column names against the registry's features (or, with --columns-as, "
        "against its genes), or the values of one column against the gene registry. Writes "
        "nothing to the registry, unless --apply writes a recipe's decisions. An AnnData .h5ad: "
        "its obs column names against the features, or with --slot var its var index's (or "
        "--column's) values against the genes."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A CSV or TSV file, or an AnnData .h5ad file."));
    ValidationOptions validationOptions;
    validationOptions.withColumnsAs = true;
    validationOptions.addTo(parser);
    const H5adValidationOptions h5adOptions;
    parser.addOptions({h5adOptions.slot, h5adOptions.column});
    const QCommandLineOption recipeOption(
        QStringLiteral("recipe"),
        QStringLiteral("Take the decisions of a curation recipe saved from an earlier review."),
        QStringLiteral("R"));
    const QCommandLineOption applyOption(
        QStringLiteral("apply"),
        QStringLiteral("With --recipe: write the recipe's new features and synonyms to the "
                       "registry (one transaction, one run), then validate again."));
    parser.addOptions({recipeOption, applyOption});
    const DialectOptions dialect;
    dialect.addTo(parser);
    if (const ExitStatus status = parseCommand(parser, args, context); status)
        return *status;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("validate takes one FILE."));
    if (parser.isSet(applyOption) && !parser.isSet(recipeOption))
        return context.usage(QStringLiteral("--apply goes with --recipe R."));
    const QString path = parser.positionalArguments().constFirst();
    const bool h5ad = H5adReader::looksLikeH5ad(path);
    if (h5ad && dialect.anySet(parser))
        return context.usage(QStringLiteral("--delimiter, --quote, --no-header and --encoding "
                                            "are for CSV and TSV files, not an .h5ad."));
    if (!h5ad && (parser.isSet(h5adOptions.slot) || parser.isSet(h5adOptions.column)))
        return context.usage(QStringLiteral("--slot and --column are for an AnnData .h5ad file; "
                                            "a CSV column's values are checked with --values."));
    CsvOptions options;
    if (const ExitStatus status = readDialectOptions(context, parser, dialect, options); status)
        return *status;
    FileValidation validation;
    if (const ExitStatus status = h5ad
            ? readH5adValidationOptions(context, parser, validationOptions, h5adOptions, validation)
            : readValidationOptions(context, parser, validationOptions, validation);
        status)
        return *status;

    std::optional<CurationRecipe> recipe;
    if (parser.isSet(recipeOption)) {
        Result<CurationRecipe> loaded = CurationRecipe::load(parser.value(recipeOption));
        if (!loaded)
            return context.fail(messageOf(loaded.error()));
        if (loaded->field != validation.field)
            return context.usage(
                QStringLiteral("The recipe is for %1, but this validates %2.")
                    .arg(validationFieldKey(loaded->field), validationFieldKey(validation.field)));
        recipe = std::move(loaded).value();
    }

    OpenedRegistry opened = openRegistry(context);
    if (!opened.registry)
        return opened.exitCode;
    Registry &registry = *opened.registry;
    if (const ExitStatus status = validateFile(context, registry, path, options, validation);
        status)
        return *status;

    std::optional<RecipeOutcome> taken;
    if (recipe) {
        RecipeOutcome &outcome = taken.emplace();
        outcome.match = recipe->matchTo(validation.outcome.report);
        if (parser.isSet(applyOption) && !outcome.match.rows.isEmpty()) {
            QList<ValueDecision> decisions;
            for (const auto &[row, decision] : outcome.match.rows)
                decisions.append({validation.outcome.report.items.at(row).value, decision});
            // Column names: kept as the file's curation, which `artifacts register
            // --columns-set` and the window's review of this header find.
            std::optional<CurationStore::Key> keepAs;
            if (!validation.outcome.names.isEmpty())
                keepAs = CurationStore::Key::forColumnNames(validation.outcome.names,
                                                            validation.outcome.field);
            Result<CurationOutcome> written = CurationApplier(registry).apply(
                validation.outcome.report.field, decisions, QFileInfo(path).fileName(), keepAs);
            if (!written)
                return context.fail(messageOf(written.error()));
            outcome.applied = std::move(written).value();
            // What was written now validates; what was decided still applies.
            if (const ExitStatus status
                = validateFile(context, registry, path, options, validation);
                status)
                return *status;
            outcome.match = recipe->matchTo(validation.outcome.report);
        }
        for (const auto &[row, decision] : outcome.match.rows)
            outcome.decided.insert(validation.outcome.report.items.at(row).value, decision);
    }
    if (context.json)
        printJson(context, validation, taken);
    else
        printText(context, validation.outcome.report, taken);
    return Success;
}

} // namespace fd::cli
