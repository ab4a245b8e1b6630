#include "ArtifactViewBench.h"

#include "BenchRounds.h"
#include "BenchWatchdog.h"

#include "model/browse/PagedTableModel.h"
#include "model/browse/RegistryTables.h"
#include "model/db/Registry.h"
#include "model/db/SqlErrors.h"
#include "model/sets/FeatureSetStore.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cstdio>
#include <memory>

namespace fd::bench {

namespace {

QString relationCondition(const TableSpec &spec, const QString &key)
{
    const RelationSpec *relation = spec.relation(key);
    return relation ? relation->condition : QString();
}

// The first page and the count PagedTableModel runs for one relation and no other filter, built
// as PagedTableModel::pageSql / countSql build them.
QString modelPageSql(const TableSpec &spec, const QString &condition, bool sqlite)
{
    QStringList expressions;
    for (const ColumnSpec &column : spec.columns)
        expressions.append(column.expression);
    expressions.append(spec.idExpression);
    const QString sortExpression = spec.columns.at(spec.defaultSortColumn).expression;
    return QStringLiteral("SELECT ") + expressions.join(QStringLiteral(", "))
        + QStringLiteral(" FROM ") + spec.from + QStringLiteral(" WHERE (") + condition
        + QStringLiteral(") ORDER BY ") + (sqlite ? QStringLiteral("+") : QString())
        + sortExpression + QStringLiteral(" ASC, ") + spec.idExpression
        + QStringLiteral(" ASC LIMIT ? OFFSET ?");
}

QString modelCountSql(const TableSpec &spec, const QString &condition)
{
    return QStringLiteral("SELECT COUNT(*) FROM ") + spec.from + QStringLiteral(" WHERE ")
        + condition;
}

} // namespace

ArtifactViewBench::ArtifactViewBench(Registry &registry, Options options)
    : m_registry(registry)
    , m_options(options)
{
}

QList<ArtifactViewBench::Query> ArtifactViewBench::queries() const
{
    const bool sqlite = !m_registry.dialect().isPostgres();
    const TableSpec artifacts = tables::artifacts();
    // The relation binds the set's id (RelationSpec::resolve); here the id comes from the uid.
    QString usesSet = relationCondition(artifacts, QStringLiteral("feature_set"));
    usesSet.replace(QLatin1Char('?'),
                    QStringLiteral("(SELECT s.id FROM fd_feature_set s WHERE s.uid = ?)"));
    const QVariantList page {PagedTableModel::PageSize, 0};
    const QString panel = m_options.panelSetUid;
    const QString small = m_options.smallSetUid;
    // Candidates for a fix. Counts from the link table's set index alone (COUNT(*) counts links:
    // right while no artifact holds one set under two slots; DISTINCT is right always). Pages:
    // EXISTS probing the link's primary key (artifact_id, slot) while walking the key index ("+"
    // keeps SQLite off the set index; on PostgreSQL it hides the column's statistics, so the model
    // no longer writes it there), or IN, which gathers the set's links first and sorts them.
    const QString setId = QStringLiteral("(SELECT s.id FROM fd_feature_set s WHERE s.uid = ?)");
    const QString linkCount
        = QStringLiteral("SELECT COUNT(*) FROM fd_artifact_feature_set l WHERE l.feature_set_id = ")
        + setId;
    const QString linkCountDistinct
        = QStringLiteral("SELECT COUNT(DISTINCT l.artifact_id) FROM fd_artifact_feature_set l "
                         "WHERE l.feature_set_id = ")
        + setId;
    const QString primaryKeyProbe
        = QStringLiteral(
              "EXISTS (SELECT 1 FROM fd_artifact_feature_set l WHERE l.artifact_id = t.id "
              "AND +l.feature_set_id = ")
        + setId + QLatin1Char(')');
    const QString inCondition = QStringLiteral(
        "t.id IN (SELECT l.artifact_id FROM fd_artifact_feature_set l JOIN fd_feature_set s "
        "ON s.id = l.feature_set_id WHERE s.uid = ?)");
    QList<Query> list;
    for (const auto &[name, uid, users] :
         {std::tuple {QStringLiteral("panel"), panel, m_options.artifacts},
          std::tuple {QStringLiteral("small"), small, m_options.smallSetUsers}}) {
        const QVariantList pageValues {uid, PagedTableModel::PageSize, 0};
        list << Query {QStringLiteral("sql_relation_page_%1").arg(name),
                       QStringLiteral("  SQL as before the fixes: relation page, '+' sort (%1 set)")
                           .arg(name),
                       modelPageSql(artifacts, usesSet, sqlite), pageValues, -1}
             << Query {QStringLiteral("sql_relation_count_%1").arg(name),
                       QStringLiteral("  SQL as before the fixes: relation count, EXISTS (%1 set)")
                           .arg(name),
                       modelCountSql(artifacts, usesSet),
                       {uid},
                       users}
             << Query {QStringLiteral("sql_link_count_%1").arg(name),
                       QStringLiteral("  candidate: COUNT(*) of the set's links (%1)").arg(name),
                       linkCount,
                       {uid},
                       users}
             << Query {QStringLiteral("sql_link_count_distinct_%1").arg(name),
                       QStringLiteral("  candidate: COUNT(DISTINCT artifact_id) (%1)").arg(name),
                       linkCountDistinct,
                       {uid},
                       users}
             << Query {QStringLiteral("sql_pk_count_%1").arg(name),
                       QStringLiteral("  candidate: count, EXISTS on the primary key (%1)")
                           .arg(name),
                       modelCountSql(artifacts, primaryKeyProbe),
                       {uid},
                       users}
             << Query {QStringLiteral("sql_pk_keyorder_page_%1").arg(name),
                       QStringLiteral(
                           "  candidate: page, EXISTS on the primary key, key index (%1)")
                           .arg(name),
                       modelPageSql(artifacts, primaryKeyProbe, false), pageValues, -1}
             << Query {
                    QStringLiteral("sql_in_page_%1").arg(name),
                    QStringLiteral("  candidate: page, IN (the set's links) + sort (%1)").arg(name),
                    modelPageSql(artifacts, inCondition, sqlite), pageValues, -1};
    }
    const TableSpec sets = tables::featureSets();
    QStringList setColumns;
    for (const ColumnSpec &column : sets.columns)
        setColumns.append(column.expression);
    list << Query {QStringLiteral("sql_sets_page"),
                   QStringLiteral("  SQL alone: the sets view's first page"),
                   QStringLiteral("SELECT ") + setColumns.join(QStringLiteral(", "))
                       + QStringLiteral(", t.id FROM ") + sets.from
                       + QStringLiteral(" ORDER BY t.name ASC, t.id ASC LIMIT ? OFFSET ?"),
                   page, -1}
         << Query {QStringLiteral("sql_sets_of_artifact"),
                   QStringLiteral("  SQL alone: the sets of one artifact, page"),
                   modelPageSql(sets, relationCondition(sets, QStringLiteral("artifact")), sqlite),
                   {m_options.artifactUid, PagedTableModel::PageSize, 0},
                   -1};
    return list;
}

Result<double> ArtifactViewBench::timeQuery(const Query &q, Figure &figure) const
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(m_registry.database());
    query.setForwardOnly(true);
    if (!query.prepare(m_registry.dialect().expand(q.sql)))
        return sqlError(query, QStringLiteral("prepare %1").arg(q.sql));
    for (const QVariant &value : q.values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, QStringLiteral("run %1").arg(q.sql));
    qint64 rows = 0;
    qint64 first = -1;
    const int columns = query.record().count();
    while (query.next()) {
        if (rows == 0)
            first = query.value(0).toLongLong();
        for (int i = 0; i < columns; ++i)
            (void)query.value(i);
        ++rows;
    }
    const double ms = msSince(timer);
    figure.rows = rows;
    if (columns == 1 && rows == 1)
        figure.total = first;
    if (q.expected >= 0 && figure.total != q.expected)
        return benchMismatch(QStringLiteral("%1 gave %2, expected %3")
                                 .arg(q.label)
                                 .arg(figure.total)
                                 .arg(q.expected));
    if (q.expected < 0 && rows == 0)
        return benchMismatch(QStringLiteral("%1 gave no rows").arg(q.label));
    return ms;
}

Status ArtifactViewBench::measureCapped(BenchWatchdog &watchdog, QList<Figure> &figures,
                                        const QString &id, const QString &label,
                                        const std::function<Result<double>(Figure &)> &round)
{
    Figure figure {id, label, {}, -1, -1};
    std::fprintf(stderr, "  %-60s", qPrintable(label));
    std::fflush(stderr);
    for (int i = 0; i <= m_options.repeat; ++i) {
        if (Status armed = watchdog.arm(); !armed)
            return armed;
        QElapsedTimer timer;
        timer.start();
        const Result<double> ms = round(figure);
        const double elapsed = msSince(timer);
        watchdog.disarm();
        if (watchdog.fired()) {
            figure.samplesMs = {elapsed}; // a lower bound: stopped, not finished
            figure.label += QStringLiteral(" [stopped]");
            m_stopped.append(id);
            std::fprintf(stderr, "stopped after %.1f s\n", elapsed / 1000.0);
            figures.append(figure);
            return {};
        }
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

Result<QList<Figure>> ArtifactViewBench::run()
{
    BenchWatchdog watchdog(m_registry, m_options.capSeconds);
    if (!watchdog.canStop())
        return benchMismatch(QStringLiteral("no way to stop a long query on this backend "
                                            "(sqlite3_interrupt not found)"));
    QList<Figure> figures;
    Registry &registry = m_registry;
    const qint64 n = m_options.artifacts;
    const TableSpec artifacts = tables::artifacts();
    const TableSpec sets = tables::featureSets();
    const auto failed = [](const Status &status) -> Result<double> { return status.error(); };

    // Opening: constructing the model until its first page and total count are there.
    const auto openRound = [&](const TableSpec &spec, qint64 expected) {
        return [&, spec, expected](Figure &f) -> Result<double> {
            QElapsedTimer timer;
            timer.start();
            PagedTableModel model(spec);
            openOn(model, registry);
            const double ms = msSince(timer);
            if (Status ok = checkModel(model, expected, registryTableKey(spec.id)); !ok)
                return failed(ok);
            f.rows = model.rowCount();
            f.total = model.totalCount();
            return ms;
        };
    };
    Status done = measureRounds(figures, QStringLiteral("open"),
                                QStringLiteral("artifacts view: open (first page + count)"),
                                m_options.repeat, openRound(artifacts, n));
    if (!done)
        return done.error();

    // Scrolling: each fetchMore is one sample (every page of every measured round).
    Figure page {QStringLiteral("scroll_page"),
                 QStringLiteral("artifacts view: one fetchMore (256 rows)"),
                 {},
                 -1,
                 -1};
    int scrollRound = 0;
    done = measureRounds(
        figures, QStringLiteral("scroll"),
        QStringLiteral("artifacts view: %1 x fetchMore").arg(m_options.scrollPages),
        m_options.repeat, [&](Figure &f) -> Result<double> {
            PagedTableModel model(artifacts);
            openOn(model, registry);
            if (Status ok = checkModel(model, n, QStringLiteral("scroll")); !ok)
                return failed(ok);
            QList<double> pages;
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < m_options.scrollPages; ++i) {
                QElapsedTimer one;
                one.start();
                model.fetchMore({});
                settle(model);
                pages.append(msSince(one));
            }
            const double ms = msSince(timer);
            f.rows = model.rowCount();
            f.total = model.totalCount();
            if (f.rows
                != std::min<qint64>(n,
                                    qint64(m_options.scrollPages + 1) * PagedTableModel::PageSize))
                return benchMismatch(QStringLiteral("scrolling left %1 rows").arg(f.rows));
            if (scrollRound++ > 0) // not the warm-up round
                page.samplesMs.append(pages);
            page.rows = f.rows;
            return ms;
        });
    if (!done)
        return done.error();
    figures.append(page);

    // "Which artifacts use this set": the relation set on a model already open.
    const auto relationRound = [&](const TableSpec &spec, const QString &key, const QString &uid,
                                   qint64 expected) {
        return [&, spec, key, uid, expected](Figure &f) -> Result<double> {
            PagedTableModel model(spec);
            openOn(model, registry);
            if (Status ok = checkModel(model, -1, registryTableKey(spec.id)); !ok)
                return failed(ok);
            QElapsedTimer timer;
            timer.start();
            model.setRelation(key, uid);
            settle(model);
            const double ms = msSince(timer);
            if (Status ok = checkModel(model, expected, QStringLiteral("relation %1").arg(key));
                !ok)
                return failed(ok);
            f.rows = model.rowCount();
            f.total = model.totalCount();
            return ms;
        };
    };
    done = measureCapped(
        watchdog, figures, QStringLiteral("relation_panel"),
        QStringLiteral("which artifacts use the set (all %1)").arg(n),
        relationRound(artifacts, QStringLiteral("feature_set"), m_options.panelSetUid, n));
    if (!done)
        return done.error();
    done = measureCapped(
        watchdog, figures, QStringLiteral("relation_small"),
        QStringLiteral("which artifacts use the small set (%1)").arg(m_options.smallSetUsers),
        relationRound(artifacts, QStringLiteral("feature_set"), m_options.smallSetUid,
                      m_options.smallSetUsers));
    if (!done)
        return done.error();

    // The feature sets view counts each set's artifacts in a column.
    done = measureRounds(figures, QStringLiteral("sets_open"),
                         QStringLiteral("feature sets view: open (counts artifacts per set)"),
                         m_options.repeat, openRound(sets, -1));
    if (!done)
        return done.error();
    {
        // The count shown must be right too: the panel's row says every artifact.
        PagedTableModel model(sets);
        openOn(model, registry);
        const int uidColumn = sets.columnIndex(QStringLiteral("uid"));
        const int countColumn = sets.columnIndex(QStringLiteral("artifacts"));
        qint64 shown = -1;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, uidColumn).data().toString() == m_options.panelSetUid)
                shown = model.index(row, countColumn)
                            .data(PagedTableModel::SortValueRole)
                            .toLongLong();
        if (shown != n)
            return benchMismatch(
                QStringLiteral("the sets view shows %1 artifacts for the set").arg(shown));
    }
    done = measureRounds(figures, QStringLiteral("sets_of_artifact"),
                         QStringLiteral("feature sets view: the sets of one artifact"),
                         m_options.repeat,
                         relationRound(sets, QStringLiteral("artifact"), m_options.artifactUid, 2));
    if (!done)
        return done.error();
    done = measureRounds(
        figures, QStringLiteral("set_find_by_uid"),
        QStringLiteral("FeatureSetStore::findByUid (with its artifact count)"), m_options.repeat,
        [&](Figure &f) -> Result<double> {
            QElapsedTimer timer;
            timer.start();
            const Result<FeatureSetRecord> set
                = FeatureSetStore(registry).findByUid(m_options.panelSetUid);
            const double ms = msSince(timer);
            if (!set)
                return set.error();
            if (set->artifactCount != n)
                return benchMismatch(
                    QStringLiteral("findByUid counted %1 artifacts").arg(set->artifactCount));
            f.rows = 1;
            f.total = set->artifactCount;
            return ms;
        });
    if (!done)
        return done.error();

    for (const Query &query : queries()) {
        done = measureCapped(watchdog, figures, query.id, query.label,
                             [&](Figure &f) { return timeQuery(query, f); });
        if (!done)
            return done.error();
    }
    return figures;
}

Result<QStringList> ArtifactViewBench::explain() const
{
    const bool postgres = m_registry.dialect().isPostgres();
    const QString prefix = postgres ? QStringLiteral("EXPLAIN (ANALYZE, BUFFERS) ")
                                    : QStringLiteral("EXPLAIN QUERY PLAN ");
    BenchWatchdog watchdog(m_registry, m_options.capSeconds); // EXPLAIN ANALYZE runs the query
    QStringList lines;
    for (const Query &query : queries()) {
        const QString sql = inlined(m_registry, query.sql, query.values);
        lines << QStringLiteral("-- ") + query.label.trimmed() << sql;
        QSqlQuery explain(m_registry.database());
        if (Status armed = watchdog.arm(); !armed)
            return armed.error();
        const bool ran = explain.exec(prefix + sql);
        watchdog.disarm();
        if (!ran && watchdog.fired()) {
            lines << QStringLiteral("   (stopped after %1 s)").arg(m_options.capSeconds);
            continue;
        }
        if (!ran)
            return sqlError(explain, QStringLiteral("explain %1").arg(query.label));
        // SQLite: id, parent, notused, detail; PostgreSQL: one text column.
        const int column = postgres ? 0 : 3;
        while (explain.next())
            lines << QStringLiteral("   ") + explain.value(column).toString();
    }
    return lines;
}

} // namespace fd::bench
