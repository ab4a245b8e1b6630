#include "ViewBench.h"

#include "BenchRounds.h"

#include "BenchRegistryFiller.h"

#include "model/browse/PagedTableModel.h"
#include "model/browse/RecordFilter.h"
#include "model/browse/RegistryTables.h"
#include "model/db/Registry.h"
#include "model/db/SqlErrors.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cstdio>

namespace fd::bench {

namespace {

constexpr int ScrollPages = 40;

// A fresh model is built outside the timed part unless opening is what is timed.
Result<std::unique_ptr<PagedTableModel>> openModel(Registry &registry, const TableSpec &spec)
{
    auto model = std::make_unique<PagedTableModel>(spec);
    openOn(*model, registry);
    if (!model->lastError().isEmpty())
        return Error::make(Error::Code::Database, model->lastError());
    return model;
}

struct Query
{
    QString id;
    QString label;
    QString sql;
    QVariantList values;
};

} // namespace

ViewBench::ViewBench(Registry &registry, Options options)
    : m_registry(registry)
    , m_options(options)
{
}

QString ViewBench::modelPageSql(const QString &orderBy) const
{
    const TableSpec spec = tables::artifacts();
    QStringList expressions;
    for (const ColumnSpec &column : spec.columns)
        expressions.append(column.expression);
    return QStringLiteral("SELECT ") + expressions.join(QStringLiteral(", "))
        + QStringLiteral(" FROM ") + spec.from + QStringLiteral(" ORDER BY ") + orderBy
        + QStringLiteral(" LIMIT ? OFFSET ?");
}

// The same page as the JOIN form, written so that the planner can walk the key index and stop
// after a page instead of collecting every link of the set and sorting them.
QString ViewBench::usagePageExistsSql() const
{
    return QStringLiteral("SELECT t.key_name, t.suffix, t.size, t.uid, t.run_id FROM fd_artifact t "
                          "WHERE EXISTS (SELECT 1 FROM fd_artifact_feature_set l "
                          "WHERE l.artifact_id = t.id AND l.feature_set_id = ?) "
                          "ORDER BY t.key_folder, t.key_name, t.id LIMIT 256");
}

QString ViewBench::modelCountSql() const
{
    return QStringLiteral("SELECT COUNT(*) FROM ") + tables::artifacts().from;
}

Result<double> ViewBench::timeQuery(const QString &sql, const QVariantList &values,
                                    Figure &figure) const
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(m_registry.database());
    query.setForwardOnly(true);
    if (!query.prepare(m_registry.dialect().expand(sql)))
        return sqlError(query, QStringLiteral("prepare %1").arg(sql));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, QStringLiteral("run %1").arg(sql));
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
    return ms;
}

Status ViewBench::measure(QList<Figure> &figures, const QString &id, const QString &label,
                          const Sample &sample)
{
    Figure figure {id, label, {}, -1, -1};
    std::fprintf(stderr, "  %-52s", qPrintable(label));
    std::fflush(stderr);
    for (int round = 0; round <= m_options.repeat; ++round) {
        const Result<double> ms = sample(figure);
        if (!ms) {
            std::fprintf(stderr, "failed\n");
            return ms.error();
        }
        if (round > 0) // round 0 warms the caches
            figure.samplesMs.append(*ms);
    }
    std::fprintf(stderr, "%10.1f ms\n", figure.medianMs());
    figures.append(figure);
    return {};
}

Result<QList<Figure>> ViewBench::run()
{
    QList<Figure> figures;
    Registry &registry = m_registry;
    const qint64 n = m_options.artifacts;
    const TableSpec spec = tables::artifacts();
    const int keyColumn = spec.columnIndex(QStringLiteral("key"));
    const int sizeColumn = spec.columnIndex(QStringLiteral("size"));
    const QString one = RegistryFiller::wordMatchingOne(n);
    const QString tenPercent = RegistryFiller::wordMatchingTenPercent();

    const auto check = [](Status status) -> Result<double> { return status.error(); };

    // (a) open: construct the model until the first page and the total count are there.
    Status done = measure(figures, QStringLiteral("open"),
                          QStringLiteral("open: first page + total count"), [&](Figure &f) {
                              QElapsedTimer timer;
                              timer.start();
                              PagedTableModel model(spec);
                              openOn(model, registry);
                              const double ms = msSince(timer);
                              if (Status ok = checkModel(model, n, QStringLiteral("open")); !ok)
                                  return check(ok);
                              f.rows = model.rowCount();
                              f.total = model.totalCount();
                              return Result<double>(ms);
                          });
    if (!done)
        return done.error();

    // (b), (c) sort: one click on a column header.
    const auto sortSample = [&](int column, const QString &what) {
        return [&, column, what](Figure &f) -> Result<double> {
            Result<std::unique_ptr<PagedTableModel>> model = openModel(registry, spec);
            if (!model)
                return model.error();
            QElapsedTimer timer;
            timer.start();
            (*model)->sort(column, Qt::DescendingOrder);
            settle(**model);
            const double ms = msSince(timer);
            if (Status ok = checkModel(**model, n, what); !ok)
                return check(ok);
            f.rows = (*model)->rowCount();
            f.total = (*model)->totalCount();
            return ms;
        };
    };
    done = measure(figures, QStringLiteral("sort_key_desc"),
                   QStringLiteral("sort by key, descending"),
                   sortSample(keyColumn, QStringLiteral("sort by key")));
    if (!done)
        return done.error();
    done = measure(figures, QStringLiteral("sort_size_desc"),
                   QStringLiteral("sort by size, descending"),
                   sortSample(sizeColumn, QStringLiteral("sort by size")));
    if (!done)
        return done.error();

    // (d) filter: a word typed above the view.
    const auto filterSample = [&](const QString &word, qint64 expected) {
        return [&, word, expected](Figure &f) -> Result<double> {
            Result<std::unique_ptr<PagedTableModel>> model = openModel(registry, spec);
            if (!model)
                return model.error();
            QElapsedTimer timer;
            timer.start();
            (*model)->setFilter(RecordFilter(word));
            settle(**model);
            const double ms = msSince(timer);
            if (Status ok = checkModel(**model, expected, QStringLiteral("filter '%1'").arg(word));
                !ok)
                return check(ok);
            f.rows = (*model)->rowCount();
            f.total = (*model)->totalCount();
            return ms;
        };
    };
    done = measure(figures, QStringLiteral("filter_one"),
                   QStringLiteral("filter '%1' (1 row)").arg(one), filterSample(one, 1));
    if (!done)
        return done.error();
    done = measure(figures, QStringLiteral("filter_ten_percent"),
                   QStringLiteral("filter '%1' (10%)").arg(tenPercent),
                   filterSample(tenPercent, (n + 7) / 10));
    if (!done)
        return done.error();

    // (e) scrolling: what a view asks for while the user drags the scroll bar down.
    done = measure(
        figures, QStringLiteral("scroll_40"),
        QStringLiteral("scroll: %1 x fetchMore (%2 rows)")
            .arg(ScrollPages)
            .arg(ScrollPages * PagedTableModel::PageSize),
        [&](Figure &f) -> Result<double> {
            Result<std::unique_ptr<PagedTableModel>> model = openModel(registry, spec);
            if (!model)
                return model.error();
            QElapsedTimer timer;
            timer.start();
            for (int page = 0; page < ScrollPages; ++page) {
                (*model)->fetchMore({});
                settle(**model);
            }
            const double ms = msSince(timer);
            f.rows = (*model)->rowCount();
            f.total = (*model)->totalCount();
            if (f.rows != std::min<qint64>(n, qint64(ScrollPages + 1) * PagedTableModel::PageSize))
                return benchMismatch(QStringLiteral("scrolling left %1 rows").arg(f.rows));
            return ms;
        });
    if (!done)
        return done.error();

    // The other two registry views, on the same registry.
    const auto openSample = [&](const TableSpec &other, qint64 expected) {
        return [&, other, expected](Figure &f) -> Result<double> {
            QElapsedTimer timer;
            timer.start();
            PagedTableModel model(other);
            openOn(model, registry);
            const double ms = msSince(timer);
            if (Status ok = checkModel(model, expected, registryTableKey(other.id)); !ok)
                return check(ok);
            f.rows = model.rowCount();
            f.total = model.totalCount();
            return Result<double>(ms);
        };
    };
    done = measure(figures, QStringLiteral("features_open"), QStringLiteral("features view: open"),
                   openSample(tables::features(), -1));
    if (!done)
        return done.error();
    done = measure(figures, QStringLiteral("feature_sets_open"),
                   QStringLiteral("feature sets view: open (counts artifacts)"),
                   openSample(tables::featureSets(), -1));
    if (!done)
        return done.error();

    // (f) and the model's queries alone.
    const QVariantList firstPage {PagedTableModel::PageSize, 0};
    const QList<Query> queries {
        {QStringLiteral("usage_count"),
         QStringLiteral("which artifacts use the set: COUNT"),
         QStringLiteral("SELECT COUNT(*) FROM fd_artifact_feature_set WHERE feature_set_id = ?"),
         {m_options.featureSetId}},
        {QStringLiteral("usage_page"),
         QStringLiteral("which artifacts use the set: first page"),
         QStringLiteral(
             "SELECT t.key_name, t.suffix, t.size, t.uid, t.run_id "
             "FROM fd_artifact_feature_set l JOIN fd_artifact t ON t.id = l.artifact_id "
             "WHERE l.feature_set_id = ? ORDER BY t.key_folder, t.key_name, t.id LIMIT 256"),
         {m_options.featureSetId}},
        {QStringLiteral("usage_page_exists"),
         QStringLiteral("which artifacts use the set: page, EXISTS form"),
         usagePageExistsSql(),
         {m_options.featureSetId}},
        {QStringLiteral("sql_page_key"), QStringLiteral("SQL alone: first page by key"),
         modelPageSql(QStringLiteral("t.key_folder ASC, t.key_name ASC, t.id ASC")), firstPage},
        {QStringLiteral("sql_page_key_deep"),
         QStringLiteral("SQL alone: page at offset %1 by key")
             .arg(ScrollPages * PagedTableModel::PageSize),
         modelPageSql(QStringLiteral("t.key_folder ASC, t.key_name ASC, t.id ASC")),
         {PagedTableModel::PageSize, ScrollPages * PagedTableModel::PageSize}},
        {QStringLiteral("sql_page_size"), QStringLiteral("SQL alone: first page by size desc"),
         modelPageSql(QStringLiteral("t.size DESC, t.id DESC")), firstPage},
        {QStringLiteral("sql_count_join"),
         QStringLiteral("SQL alone: the model's COUNT (join)"),
         modelCountSql(),
         {}},
        {QStringLiteral("sql_count_plain"),
         QStringLiteral("SQL alone: COUNT(*) FROM fd_artifact"),
         QStringLiteral("SELECT COUNT(*) FROM fd_artifact"),
         {}},
    };
    for (const Query &query : queries) {
        done = measure(figures, query.id, query.label,
                       [&](Figure &f) { return timeQuery(query.sql, query.values, f); });
        if (!done)
            return done.error();
    }
    return figures;
}

Result<QStringList> ViewBench::explain() const
{
    const TableSpec spec = tables::artifacts();
    QList<RecordFilter::Column> filterable; // as the model builds them
    for (const ColumnSpec &column : spec.columns)
        if (column.filterable)
            filterable.append({column.expression, column.filterCondition,
                               column.filterConditionWithoutSlashOnly});
    const RecordFilter::SqlWhere where = RecordFilter(RegistryFiller::wordMatchingTenPercent())
                                             .where(filterable, m_registry.dialect());
    QVariantList filterPage = where.values;
    filterPage << PagedTableModel::PageSize << 0;

    const QVariantList firstPage {PagedTableModel::PageSize, 0};
    const QString fromWhere = spec.from + QStringLiteral(" WHERE ") + where.clause;
    const QList<Query> queries {
        {{},
         QStringLiteral("first page by key"),
         modelPageSql(QStringLiteral("t.key_folder ASC, t.key_name ASC, t.id ASC")),
         firstPage},
        {{},
         QStringLiteral("first page by key desc"),
         modelPageSql(QStringLiteral("t.key_folder DESC, t.key_name DESC, t.id DESC")),
         firstPage},
        {{},
         QStringLiteral("first page by size desc"),
         modelPageSql(QStringLiteral("t.size DESC, t.id DESC")),
         firstPage},
        {{}, QStringLiteral("the model's count"), modelCountSql(), {}},
        {{},
         QStringLiteral("count without the join"),
         QStringLiteral("SELECT COUNT(*) FROM fd_artifact"),
         {}},
        {{},
         QStringLiteral("filtered count"),
         QStringLiteral("SELECT COUNT(*) FROM ") + fromWhere,
         where.values},
        {{},
         QStringLiteral("which artifacts use the set: page"),
         QStringLiteral("SELECT t.key_name FROM fd_artifact_feature_set l JOIN fd_artifact t "
                        "ON t.id = l.artifact_id WHERE l.feature_set_id = ? "
                        "ORDER BY t.key_folder, t.key_name, t.id LIMIT 256"),
         {m_options.featureSetId}},
        {{},
         QStringLiteral("which artifacts use the set: page, EXISTS form"),
         usagePageExistsSql(),
         {m_options.featureSetId}},
        {{},
         QStringLiteral("feature sets view: first page"),
         QStringLiteral("SELECT t.name, ${ARTIFACTS_OF_SET(t.id)} FROM fd_feature_set t "
                        "JOIN fd_user u ON u.id = t.created_by ORDER BY t.name ASC, t.id ASC "
                        "LIMIT 256 OFFSET 0"),
         {}},
    };
    const QString prefix = m_registry.dialect().isPostgres()
        ? QStringLiteral("EXPLAIN ")
        : QStringLiteral("EXPLAIN QUERY PLAN ");
    QStringList lines;
    for (const Query &query : queries) {
        const QString sql = inlined(m_registry, query.sql, query.values);
        lines << QStringLiteral("-- ") + query.label << sql;
        QSqlQuery explain(m_registry.database());
        if (!explain.exec(prefix + sql))
            return sqlError(explain, QStringLiteral("explain %1").arg(query.label));
        // SQLite: id, parent, notused, detail; PostgreSQL: one text column.
        const int column = m_registry.dialect().isPostgres() ? 0 : 3;
        while (explain.next())
            lines << QStringLiteral("   ") + explain.value(column).toString();
    }
    return lines;
}

} // namespace fd::bench
