#include "app/cli/AnnDataCommands.h"

#include "app/cli/CliRegistry.h"

#include "model/anndata/H5adReader.h"

#include <QJsonArray>

namespace fd::cli {

namespace {

QJsonObject columnJson(const H5adColumn &column)
{
    QJsonObject object {{QStringLiteral("name"), column.name},
                        {QStringLiteral("dtype"), column.dtype},
                        {QStringLiteral("encoding"), column.encoding},
                        {QStringLiteral("n_missing"), column.missing},
                        {QStringLiteral("n_distinct"), column.distinct},
                        {QStringLiteral("n_distinct_capped"), column.distinctCapped}};
    if (column.dtype == QLatin1StringView("cat"))
        object.insert(QStringLiteral("ordered"), column.ordered);
    if (!column.note.isEmpty())
        object.insert(QStringLiteral("note"), column.note);
    return object;
}

QJsonObject frameJson(const H5adFrame &frame)
{
    QJsonArray columns;
    for (const H5adColumn &column : frame.columns)
        columns.append(columnJson(column));
    return QJsonObject {{QStringLiteral("index"), frame.index},
                        {QStringLiteral("n_rows"), frame.rows},
                        {QStringLiteral("columns"), columns}};
}

QJsonValue matrixJson(const H5adMatrix &x)
{
    if (!x.present)
        return QJsonValue::Null;
    return QJsonObject {{QStringLiteral("dtype"), x.dtype},
                        {QStringLiteral("sparse"), x.sparse},
                        {QStringLiteral("encoding"), x.encoding},
                        {QStringLiteral("shape"), QJsonArray {x.rows, x.columns}}};
}

void printFrame(CliContext &context, const QString &name, const H5adFrame &frame)
{
    context.out() << Qt::endl
                  << name << ": " << frame.rows << " rows, index \"" << frame.index << "\", "
                  << frame.columns.size() << " columns" << Qt::endl;
    for (const H5adColumn &column : frame.columns) {
        context.out() << "  " << column.name << "  " << column.dtype << " (" << column.encoding
                      << (column.ordered ? ", ordered" : "") << ")  missing " << column.missing
                      << ", distinct " << (column.distinctCapped ? ">" : "") << column.distinct;
        if (!column.note.isEmpty())
            context.out() << "  " << column.note;
        context.out() << Qt::endl;
    }
}

} // namespace

int runInspectH5ad(CliContext &context, const QString &path)
{
    const Result<H5adSummary> summary = H5adReader(path).summary();
    if (!summary)
        return context.fail(messageOf(summary.error()));

    if (context.json) {
        context.printJson(
            QJsonDocument(QJsonObject {{QStringLiteral("format"), QStringLiteral("h5ad")},
                                       {QStringLiteral("n_obs"), summary->nObs},
                                       {QStringLiteral("n_vars"), summary->nVars},
                                       {QStringLiteral("x"), matrixJson(summary->x)},
                                       {QStringLiteral("obs"), frameJson(summary->obs)},
                                       {QStringLiteral("var"), frameJson(summary->var)}}));
        return Success;
    }

    context.out() << "AnnData: " << summary->nObs << " obs x " << summary->nVars << " vars"
                  << Qt::endl;
    if (summary->x.present) {
        context.out() << "X: " << summary->x.dtype << ", "
                      << (summary->x.sparse ? "sparse " : "dense ") << summary->x.encoding
                      << Qt::endl;
    } else {
        context.out() << "X: none" << Qt::endl;
    }
    printFrame(context, QStringLiteral("obs"), summary->obs);
    printFrame(context, QStringLiteral("var"), summary->var);
    return Success;
}

} // namespace fd::cli
