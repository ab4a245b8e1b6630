#pragma once

#include "BenchFigure.h"

#include "model/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace fd {
class Registry;
}

namespace fd::bench {

// Times what a user does in the artifacts view of a large registry, each repeat on a fresh
// PagedTableModel over fd::tables::artifacts(), after one unmeasured warm-up round: open, sort,
// filter, scroll, and "which artifacts use this set". Also times the model's own page and count
// queries alone, so a slow figure can be pinned on one of them.
class ViewBench
{
public:
    struct Options
    {
        qint64 artifacts = 0; // how many the registry holds, to check the counts
        qint64 featureSetId = -1; // the set every artifact uses
        int repeat = 5;
    };

    ViewBench(Registry &registry, Options options);

    Result<QList<Figure>> run();

    // EXPLAIN QUERY PLAN (SQLite) or EXPLAIN (PostgreSQL) of every query measured, for --explain.
    Result<QStringList> explain() const;

private:
    using Sample = std::function<Result<double>(Figure &)>;
    Status measure(QList<Figure> &figures, const QString &id, const QString &label,
                   const Sample &sample);
    Result<double> timeQuery(const QString &sql, const QVariantList &values, Figure &figure) const;

    // The SQL the model runs, for the same table spec, built the same way.
    QString modelPageSql(const QString &orderBy) const;
    QString modelCountSql() const;
    QString usagePageExistsSql() const;

    Registry &m_registry;
    Options m_options;
};

} // namespace fd::bench
