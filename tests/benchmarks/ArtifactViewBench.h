#pragma once

#include "BenchFigure.h"

#include "model/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace fd {
class Registry;
}

namespace fd::bench {

class BenchWatchdog;

// Times the views of issue 7 on a registry whose artifacts use one set: the artifacts view opening
// and scrolling, "which artifacts use this set" (PagedTableModel::setRelation) for a set used by
// every artifact and one used by few, and the feature sets view. Each round on a fresh
// PagedTableModel, after one warm-up round. Also times the model's relation SQL alone, and SQL
// that would answer the same questions otherwise, to tell where the time goes.
class ArtifactViewBench
{
public:
    struct Options
    {
        qint64 artifacts = 0;
        QString panelSetUid; // used by every artifact, under "columns"
        QString smallSetUid; // used by smallSetUsers artifacts, under "obs"
        qint64 smallSetUsers = 0;
        QString artifactUid; // an artifact using both sets
        int repeat = 3;
        int scrollPages = 40;
        double capSeconds = 30; // a relation query still running after this is stopped
    };

    ArtifactViewBench(Registry &registry, Options options);

    Result<QList<Figure>> run();

    // EXPLAIN QUERY PLAN (SQLite) or EXPLAIN ANALYZE (PostgreSQL, capped) of the relation queries.
    Result<QStringList> explain() const;

    // The figures stopped at the cap: their one sample is a lower bound.
    QStringList stopped() const { return m_stopped; }

private:
    struct Query
    {
        QString id;
        QString label;
        QString sql;
        QVariantList values;
        qint64 expected = -1; // the count a COUNT query must give
    };
    QList<Query> queries() const;
    Result<double> timeQuery(const Query &query, Figure &figure) const;
    // As measureRounds, with the watchdog armed around each round: a round stopped at the cap
    // ends the figure with that one sample.
    Status measureCapped(BenchWatchdog &watchdog, QList<Figure> &figures, const QString &id,
                         const QString &label,
                         const std::function<Result<double>(Figure &)> &round);

    Registry &m_registry;
    Options m_options;
    QStringList m_stopped;
};

} // namespace fd::bench
