#include "BenchRounds.h"
#include "model/browse/PagedTableModel.h"
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlField>

#include "model/db/Registry.h"
#include "model/db/SqlErrors.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>

#include <cstdio>

namespace fd::bench {

Status measureRounds(QList<Figure> &figures, const QString &id, const QString &label, int repeat,
                     const Round &round)
{
    Figure figure {id, label, {}, -1, -1};
    std::fprintf(stderr, "  %-60s", qPrintable(label));
    std::fflush(stderr);
    for (int i = 0; i <= repeat; ++i) {
        const Result<double> ms = round(figure);
        if (!ms) {
            std::fprintf(stderr, "failed\n");
            return ms.error();
        }
        if (i > 0) // round 0 warms the caches
            figure.samplesMs.append(*ms);
    }
    std::fprintf(stderr, "%10.1f ms\n", figure.medianMs());
    figures.append(figure);
    return {};
}

Error benchMismatch(const QString &what)
{
    return Error::make(Error::Code::Invalid, QStringLiteral("Benchmark check failed: ") + what);
}

Result<QVariant> benchScalar(Registry &registry, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(registry.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query, QStringLiteral("prepare %1").arg(sql));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, QStringLiteral("run %1").arg(sql));
    if (!query.next())
        return benchMismatch(QStringLiteral("no row from %1").arg(sql));
    return query.value(0);
}

Status checkModel(const PagedTableModel &model, qint64 expectedTotal, const QString &what)
{
    if (!model.lastError().isEmpty())
        return Error::make(Error::Code::Database, what + QStringLiteral(": ") + model.lastError());
    if (expectedTotal >= 0 && model.totalCount() != expectedTotal)
        return benchMismatch(QStringLiteral("%1 counted %2 rows, expected %3")
                                 .arg(what)
                                 .arg(model.totalCount())
                                 .arg(expectedTotal));
    const qint64 expectedRows = std::min<qint64>(model.totalCount(), PagedTableModel::PageSize);
    if (model.rowCount() != expectedRows)
        return benchMismatch(QStringLiteral("%1 holds %2 rows, expected %3")
                                 .arg(what)
                                 .arg(model.rowCount())
                                 .arg(expectedRows));
    return {};
}

void settle(PagedTableModel &model)
{
    if (!model.isLoading())
        return;
    QEventLoop loop;
    QObject::connect(&model, &PagedTableModel::loadingChanged, &loop, [&loop](bool loading) {
        if (!loading)
            loop.quit();
    });
    loop.exec();
}

void openOn(PagedTableModel &model, const Registry &registry)
{
    model.setLocation(registry.location());
    settle(model);
}

// Literal SQL for EXPLAIN: PostgreSQL cannot PREPARE an EXPLAIN, so the values go in as text.
QString inlined(const Registry &registry, QString sql, const QVariantList &values)
{
    sql = registry.dialect().expand(sql);
    for (const QVariant &value : values) {
        const qsizetype mark = sql.indexOf(QLatin1Char('?'));
        if (mark < 0)
            break;
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        sql.replace(mark, 1, registry.database().driver()->formatValue(field));
    }
    return sql;
}

} // namespace fd::bench
