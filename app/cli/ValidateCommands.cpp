#include "app/cli/ValidateCommands.h"

#include "app/cli/CliRegistry.h"
#include "app/cli/DialectOptions.h"
#include "model/Registry.h"
#include "model/csv/CsvInspector.h"
#include "model/csv/CsvReader.h"
#include "model/csv/CsvSniffer.h"
#include "model/validation/IndexLoader.h"
#include "model/validation/Validator.h"

#include <QHash>
#include <QJsonArray>

namespace fd::cli {

namespace {

struct ColumnValues
{
    QStringList distinct; // first-seen order
    QHash<QString, qint64> counts;
    qint64 empty = 0;
    qint64 total = 0;
};

// The values of one column, each distinct value once with how often it occurs.
Result<ColumnValues> readColumn(const QString &path, const CsvOptions &given, const QString &column)
{
    CsvSniffer sniffer(given);
    const Result<CsvSniffResult> sniffed = sniffer.sniff(path);
    if (!sniffed)
        return sniffed.error();
    const CsvDialect dialect = sniffed->dialect;
    CsvReader reader(given);
    if (const CsvError opened = reader.open(path); !opened.ok())
        return opened.toError();
    ColumnValues values;
    int index = -1;
    bool header = dialect.hasHeader;
    bool ok = true;
    bool number = false;
    const int asNumber = column.toInt(&number);
    if (!header && number)
        index = asNumber;
    const CsvError read = reader.read(dialect.delimiter, dialect.quote, [&](const CsvRow &row) {
        if (header) {
            header = false;
            for (qsizetype i = 0; i < row.size(); ++i)
                if (row.text(i) == column)
                    index = int(i);
            if (index < 0)
                ok = false;
            return ok;
        }
        ++values.total;
        const QString value = index < row.size() ? row.text(index) : QString();
        if (value.trimmed().isEmpty()) {
            ++values.empty;
            return true;
        }
        auto it = values.counts.find(value);
        if (it == values.counts.end()) {
            values.counts.insert(value, 1);
            values.distinct.append(value);
        } else {
            ++*it;
        }
        return true;
    });
    if (!ok)
        return Error::make(Error::Code::Invalid,
                           QStringLiteral("%1 has no column named '%2'.").arg(path, column));
    if (!read.ok())
        return read.toError();
    return values;
}

QJsonObject reportJson(const ValidationReport &report)
{
    QJsonObject summary;
    const QMap<ValidationStatus, int> counts = report.summary();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        summary.insert(validationStatusKey(it.key()), it.value());
    summary.insert(QStringLiteral("empty"), report.emptyCount);
    summary.insert(QStringLiteral("duplicate"), report.duplicateCount);
    QJsonArray items;
    for (const ValidationItem &item : report.items) {
        QJsonObject object{{QStringLiteral("value"), item.value},
                           {QStringLiteral("status"), validationStatusKey(item.status)},
                           {QStringLiteral("standard"), item.standard.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(item.standard)},
                           {QStringLiteral("candidates"), QJsonArray::fromStringList(item.candidates)},
                           {QStringLiteral("suggestions"), QJsonArray::fromStringList(item.suggestions)},
                           {QStringLiteral("count"), item.count}};
        if (!item.uid.isEmpty())
            object.insert(QStringLiteral("uid"), item.uid);
        if (!item.note.isEmpty())
            object.insert(QStringLiteral("note"), item.note);
        if (!item.columnDtype.isEmpty())
            object.insert(QStringLiteral("dtype"), item.columnDtype);
        if (!item.registeredDtype.isEmpty())
            object.insert(QStringLiteral("registered_dtype"), item.registeredDtype);
        items.append(object);
    }
    QJsonObject object{{QStringLiteral("field"), report.field},
                       {QStringLiteral("summary"), summary},
                       {QStringLiteral("items"), items}};
    if (!report.fieldWarning.isEmpty()) {
        object.insert(QStringLiteral("field_warning"), report.fieldWarning);
        object.insert(QStringLiteral("suggested_field"), report.suggestedField);
    }
    return object;
}

} // namespace

int runValidate(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Validate a file's column names against the registry's features, or the values of one "
        "column against the gene registry. Writes nothing to the registry."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A CSV or TSV file."));
    const QCommandLineOption values(QStringLiteral("values"),
                                    QStringLiteral("Validate the values of this column."),
                                    QStringLiteral("COLUMN"));
    const QCommandLineOption field(QStringLiteral("field"),
                                   QStringLiteral("gene.symbol, gene.ensembl_gene_id or "
                                                  "gene.ncbi_gene_id (with --values)."),
                                   QStringLiteral("F"));
    const QCommandLineOption organism(QStringLiteral("organism"),
                                      QStringLiteral("The genes' organism, e.g. human."),
                                      QStringLiteral("NAME"));
    parser.addOptions({values, field, organism});
    const DialectOptions dialect;
    dialect.addTo(parser);
    if (const int status = parseCommand(parser, args, context); status >= 0)
        return status;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("validate takes one FILE."));
    CsvOptions options;
    if (const int status = readDialectOptions(context, parser, dialect, options); status >= 0)
        return status;
    const QString path = parser.positionalArguments().constFirst();

    Validator::Field target = Validator::Field::FeatureName;
    if (parser.isSet(values)) {
        if (!parser.isSet(field) || !Validator::parseField(parser.value(field), &target)
            || target == Validator::Field::FeatureName)
            return context.usage(QStringLiteral("--values needs --field gene.symbol, "
                                                "gene.ensembl_gene_id or gene.ncbi_gene_id."));
    } else if (parser.isSet(field) || parser.isSet(organism)) {
        return context.usage(QStringLiteral("--field and --organism go with --values COLUMN."));
    }

    OpenedRegistry opened = openRegistry(context);
    if (!opened.registry)
        return opened.exitCode;
    Registry &registry = *opened.registry;

    QStringList checked;
    QStringList dtypes;
    ColumnValues column;
    if (target == Validator::Field::FeatureName) {
        CsvInspector inspector(options);
        const Result<CsvInspection> inspection = inspector.inspect(path);
        if (!inspection)
            return context.fail(inspection.error().message);
        for (const CsvColumnSummary &summary : inspection->columns) {
            checked.append(summary.name);
            dtypes.append(summary.dtype);
        }
    } else {
        Result<ColumnValues> read = readColumn(path, options, parser.value(values));
        if (!read)
            return context.fail(read.error().message);
        column = std::move(read).value();
        checked = column.distinct;
    }

    QString organismName = parser.value(organism);
    if (target != Validator::Field::FeatureName && organismName.isEmpty()) {
        organismName = IndexLoader::inferOrganism(registry, target, checked.mid(0, 1000));
        if (organismName.isEmpty())
            return context.usage(QStringLiteral("Cannot tell the genes' organism from the values; "
                                                "name it with --organism."));
    }
    const Result<NameIndex> index = IndexLoader::load(registry, target, organismName);
    if (!index)
        return context.fail(index.error().message);
    ValidationReport report = Validator(*index, target).validate(checked, dtypes);
    if (target != Validator::Field::FeatureName) {
        for (ValidationItem &item : report.items)
            item.count = column.counts.value(item.value, 1);
        report.emptyCount = column.empty;
        report.duplicateCount = column.total - column.empty - column.distinct.size();
    }

    if (context.json) {
        QJsonObject object = reportJson(report);
        if (!organismName.isEmpty())
            object.insert(QStringLiteral("organism"), organismName);
        context.printJson(QJsonDocument(object));
        return Success;
    }
    const QMap<ValidationStatus, int> counts = report.summary();
    context.out() << report.field << ":";
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        context.out() << ' ' << validationStatusKey(it.key()) << ' ' << it.value();
    context.out() << ", empty " << report.emptyCount << ", duplicate " << report.duplicateCount << Qt::endl;
    if (!report.fieldWarning.isEmpty())
        context.out() << "warning: " << report.fieldWarning << Qt::endl;
    for (const ValidationItem &item : std::as_const(report.items)) {
        if (item.status == ValidationStatus::Validated)
            continue;
        context.out() << validationStatusKey(item.status) << '\t' << item.value;
        if (!item.standard.isEmpty())
            context.out() << " -> " << item.standard;
        if (!item.candidates.isEmpty())
            context.out() << " (one of " << item.candidates.join(QStringLiteral(", ")) << ')';
        if (!item.suggestions.isEmpty())
            context.out() << " (did you mean " << item.suggestions.join(QStringLiteral(", ")) << "?)";
        context.out() << Qt::endl;
    }
    return Success;
}

} // namespace fd::cli
