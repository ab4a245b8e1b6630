#include "app/cli/CsvCommands.h"

#include "app/cli/AnnDataCommands.h"
#include "app/cli/CliRegistry.h"
#include "app/cli/DialectOptions.h"

#include "model/anndata/H5adReader.h"
#include "model/csv/CsvInspector.h"
#include "model/csv/CsvPreview.h"

#include <QJsonArray>

#include <optional>

namespace fd::cli {

namespace {

void printDialect(CliContext &context, const CsvDialect &dialect, const QStringList &warnings)
{
    context.out() << "delimiter " << dialect.delimiterText() << ", quote "
                  << QLatin1Char(dialect.quote) << ", header " << (dialect.hasHeader ? "yes" : "no")
                  << ", encoding " << dialect.encoding << (dialect.gzip ? ", gzip" : "")
                  << Qt::endl;
    for (const QString &warning : warnings)
        context.out() << "warning: " << warning << Qt::endl;
}

QString cell(QString text, qsizetype width)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    if (text.size() > width)
        text = text.left(width - 1) + QChar(0x2026);
    return text.leftJustified(width);
}

void printTable(CliContext &context, const QStringList &header, const QList<QStringList> &rows)
{
    constexpr qsizetype MaxWidth = 30;
    QList<qsizetype> widths(header.size(), 0);
    auto measure = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i >= widths.size())
                widths.append(0);
            widths[i] = qMin(MaxWidth, qMax(widths[i], cells[i].size()));
        }
    };
    measure(header);
    for (const QStringList &row : rows)
        measure(row);
    auto print = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size();
             ++i) // the last column is not cut: no one waits for it
            padded << (i + 1 == cells.size() ? cells[i] : cell(cells[i], widths[i]));
        context.out() << padded.join(QStringLiteral("  ")).trimmed() << Qt::endl;
    };
    if (!header.isEmpty())
        print(header);
    for (const QStringList &row : rows)
        print(row);
}

} // namespace

int runPreview(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show how a CSV/TSV file is read: its dialect, "
                                                    "column names and first rows."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A CSV or TSV file, "
                                                "possibly gzip."));
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Rows to show (10)."),
                                  QStringLiteral("N"), QStringLiteral("10"));
    parser.addOption(rows);
    const DialectOptions dialect;
    dialect.addTo(parser);
    if (const ExitStatus status = parseCommand(parser, args, context); status)
        return *status;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("preview takes one FILE."));
    bool ok = false;
    const int rowCount = parser.value(rows).toInt(&ok);
    if (!ok || rowCount < 0)
        return context.usage(
            QStringLiteral("--rows takes a number, not \"%1\".").arg(parser.value(rows)));
    CsvOptions options;
    if (const ExitStatus status = readDialectOptions(context, parser, dialect, options); status)
        return *status;

    CsvPreview preview(options);
    const Result<CsvPreviewData> data
        = preview.preview(parser.positionalArguments().front(), rowCount);
    if (!data)
        return context.fail(messageOf(data.error()));

    if (context.json) {
        QJsonArray rowsJson;
        for (const QStringList &row : data->rows)
            rowsJson.append(QJsonArray::fromStringList(row));
        context.printJson(QJsonDocument(QJsonObject {
            {QStringLiteral("dialect"), dialectJson(data->dialect)},
            {QStringLiteral("columns"), QJsonArray::fromStringList(data->columns)},
            {QStringLiteral("rows"), rowsJson},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(data->warnings)}}));
        return Success;
    }
    printDialect(context, data->dialect, data->warnings);
    printTable(context, data->columns, data->rows);
    return Success;
}

int runInspect(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Read a whole CSV/TSV file and report each "
                                                    "column's dtype, missing and distinct values, "
                                                    "and the malformed rows. An AnnData .h5ad "
                                                    "file: X's dtype and shape, and obs and var "
                                                    "column by column."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A CSV or TSV file, possibly gzip, or an .h5ad "
                                                "file."));
    const QCommandLineOption maxRows(QStringLiteral("max-rows"),
                                     QStringLiteral("Read at most N data rows."),
                                     QStringLiteral("N"));
    parser.addOption(maxRows);
    const DialectOptions dialect;
    dialect.addTo(parser);
    if (const ExitStatus status = parseCommand(parser, args, context); status)
        return *status;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("inspect takes one FILE."));
    if (H5adReader::looksLikeH5ad(parser.positionalArguments().front()))
        return runInspectH5ad(context, parser.positionalArguments().front());
    CsvOptions options;
    if (const ExitStatus status = readDialectOptions(context, parser, dialect, options); status)
        return *status;
    if (parser.isSet(maxRows)) {
        bool ok = false;
        options.maxRows = parser.value(maxRows).toLongLong(&ok);
        if (!ok || options.maxRows < 0) {
            return context.usage(QStringLiteral("--max-rows takes a number, not \"%1\".")
                                     .arg(parser.value(maxRows)));
        }
    }

    CsvInspector inspector(options);
    const Result<CsvInspection> result = inspector.inspect(parser.positionalArguments().front());
    if (!result)
        return context.fail(messageOf(result.error()));
    const CsvInspection &inspection = *result;

    if (context.json) {
        QJsonArray malformed;
        for (const CsvMalformedRow &row : inspection.malformedRows) {
            malformed.append(QJsonObject {{QStringLiteral("line"), row.line},
                                          {QStringLiteral("reason"), row.reason}});
        }
        const QJsonObject document {
            {QStringLiteral("dialect"), dialectJson(inspection.dialect)},
            {QStringLiteral("n_rows"), inspection.rowCount},
            {QStringLiteral("malformed_rows"), malformed},
            {QStringLiteral("n_malformed"), inspection.malformedCount},
            {QStringLiteral("truncated"), inspection.truncated},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(inspection.warnings)}};
        context.printJson(
            document, QStringLiteral("columns"), inspection.columns.size(), [&](qsizetype i) {
                const CsvColumnSummary &column = inspection.columns.at(i);
                return QJsonObject {
                    {QStringLiteral("name"), column.name},
                    {QStringLiteral("dtype"), column.dtype},
                    {QStringLiteral("n_missing"), column.missing},
                    {QStringLiteral("n_distinct"), column.distinct},
                    {QStringLiteral("n_distinct_capped"), column.distinctCapped},
                    {QStringLiteral("examples"), QJsonArray::fromStringList(column.examples)},
                    {QStringLiteral("note"), column.note}};
            });
        return Success;
    }

    printDialect(context, inspection.dialect, inspection.warnings);
    context.out() << inspection.rowCount << " rows"
                  << (inspection.truncated ? " (stopped at --max-rows)" : "") << ", "
                  << inspection.columns.size() << " columns, " << inspection.malformedCount
                  << " malformed rows" << Qt::endl;
    QList<QStringList> rows;
    for (const CsvColumnSummary &column : inspection.columns) {
        const QString distinct = (column.distinctCapped ? QStringLiteral(">") : QString())
            + QString::number(column.distinct);
        rows << QStringList {column.name,
                             column.dtype,
                             QString::number(column.missing),
                             distinct,
                             column.examples.join(QStringLiteral(", ")),
                             column.note};
    }
    printTable(context,
               {QStringLiteral("name"), QStringLiteral("dtype"), QStringLiteral("missing"),
                QStringLiteral("distinct"), QStringLiteral("examples"), QStringLiteral("note")},
               rows);
    for (const CsvMalformedRow &row : inspection.malformedRows)
        context.out() << "line " << row.line << ": " << row.reason << Qt::endl;
    if (inspection.malformedCount > inspection.malformedRows.size()) {
        context.out() << "... and " << inspection.malformedCount - inspection.malformedRows.size()
                      << " more malformed rows" << Qt::endl;
    }
    return Success;
}

} // namespace fd::cli
