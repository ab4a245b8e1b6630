#include "BenchStorage.h"

#include "BenchRounds.h"

#include "model/db/Registry.h"
#include "model/db/SqlErrors.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace fd::bench {

namespace {

// Ids as large as the real table would hold (a million artifacts; genes up to 77,614): SQLite
// stores integers in 1 to 8 bytes by size, so small ids would make the sample look smaller.
constexpr qint64 FirstArtifactId = 990'000;
constexpr qint64 FirstFeatureId = 57'000;

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

Status exec(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        return sqlError(query, QStringLiteral("run %1").arg(sql));
    return {};
}

Result<StorageSizes> sqliteSizes(Registry &registry, bool checkpoint)
{
    StorageSizes sizes;
    const QString path = registry.location().filePath();
    sizes.file = fileSize(path);
    sizes.wal = fileSize(path + QStringLiteral("-wal"));
    QSqlQuery query(registry.database());
    if (checkpoint) {
        if (Status ok = exec(query, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !ok)
            return ok.error();
        query.finish();
        sizes.fileAfterCheckpoint = fileSize(path);
    }
    // dbstat is compiled into Debian's SQLite; without it there is no breakdown, only the file.
    if (query.exec(QStringLiteral("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name"))) {
        sizes.linkTableBytes = 0;
        while (query.next()) {
            const QString name = query.value(0).toString();
            const qint64 bytes = query.value(1).toLongLong();
            sizes.objects.insert(name, bytes);
            if (name.contains(QLatin1StringView("fd_artifact_feature_set")))
                sizes.linkTableBytes += bytes;
        }
    } else {
        std::fprintf(stderr, "    (no dbstat: %s)\n", qPrintable(query.lastError().text()));
    }
    return sizes;
}

Result<StorageSizes> postgresSizes(Registry &registry)
{
    StorageSizes sizes;
    const Result<QVariant> database
        = benchScalar(registry, QStringLiteral("SELECT pg_database_size(current_database())"));
    if (!database)
        return database.error();
    sizes.database = database->toLongLong();
    QSqlQuery query(registry.database());
    if (!query.exec(QStringLiteral(
            "SELECT c.relname, pg_total_relation_size(c.oid), pg_relation_size(c.oid), "
            "pg_indexes_size(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind = 'r'")))
        return sqlError(query, QStringLiteral("read the table sizes"));
    while (query.next()) {
        const QString name = query.value(0).toString();
        sizes.objects.insert(name, query.value(1).toLongLong());
        if (name == QLatin1StringView("fd_artifact_feature_set")) {
            sizes.linkTableBytes = query.value(1).toLongLong();
            sizes.objects.insert(name + QStringLiteral(" (heap)"), query.value(2).toLongLong());
            sizes.objects.insert(name + QStringLiteral(" (indexes)"), query.value(3).toLongLong());
        }
    }
    return sizes;
}

QString linkTableSql(const QString &name, bool withoutRowid)
{
    return QStringLiteral(
               "CREATE TABLE %1 (artifact_id BIGINT NOT NULL, feature_id BIGINT NOT NULL, "
               "PRIMARY KEY (artifact_id, feature_id))%2")
        .arg(name, withoutRowid ? QStringLiteral(" WITHOUT ROWID") : QString());
}

// One scratch SQLite file holding only the link table, set up as the registry's connection is.
Result<LinkTableSample> sqliteLinkTable(const QString &path, qint64 artifacts, int features,
                                        bool withoutRowid)
{
    const QString connection = QStringLiteral("bench-per-feature-links");
    LinkTableSample sample;
    sample.variant = withoutRowid ? QStringLiteral("SQLite, WITHOUT ROWID")
                                  : QStringLiteral("SQLite, rowid table + primary key index");
    Status status;
    {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            return sqlError(db.lastError(), QStringLiteral("open %1").arg(path));
        QSqlQuery query(db);
        for (const QString &sql : {QStringLiteral("PRAGMA journal_mode = WAL"),
                                   QStringLiteral("PRAGMA synchronous = NORMAL"),
                                   QStringLiteral("PRAGMA cache_size = -65536"),
                                   linkTableSql(QStringLiteral("link"), withoutRowid)})
            if (status = exec(query, sql); !status)
                break;
        if (status) {
            QElapsedTimer timer;
            timer.start();
            if (!db.transaction()) {
                status = sqlError(db.lastError(), QStringLiteral("begin"));
            } else if (!query.exec(
                           QStringLiteral(
                               "WITH RECURSIVE a(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM a "
                               "WHERE x < %1), "
                               "f(y) AS (SELECT 1 UNION ALL SELECT y + 1 FROM f WHERE y < %2) "
                               "INSERT INTO link (artifact_id, feature_id) SELECT %3 + x, %4 + y "
                               "FROM a CROSS JOIN f")
                               .arg(artifacts)
                               .arg(features)
                               .arg(FirstArtifactId)
                               .arg(FirstFeatureId))) {
                status = sqlError(query, QStringLiteral("fill the per-feature link table"));
                db.rollback();
            } else {
                sample.rows = query.numRowsAffected();
                if (!db.commit())
                    status = sqlError(db.lastError(), QStringLiteral("commit"));
                sample.insertMs = msSince(timer);
            }
        }
        if (status)
            status = exec(query, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!status)
        return status.error();
    sample.bytes = fileSize(path) + fileSize(path + QStringLiteral("-wal"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    return sample;
}

Result<LinkTableSample> postgresLinkTable(Registry &registry, qint64 artifacts, int features)
{
    const QString table = QStringLiteral("fd_bench_per_feature_link");
    LinkTableSample sample;
    sample.variant = QStringLiteral("PostgreSQL, heap + primary key index");
    QSqlQuery query(registry.database());
    if (Status ok = exec(query, QStringLiteral("DROP TABLE IF EXISTS ") + table); !ok)
        return ok.error();
    if (Status ok = exec(query, linkTableSql(table, false)); !ok)
        return ok.error();
    QElapsedTimer timer;
    timer.start();
    if (!query.exec(
            QStringLiteral("INSERT INTO %1 (artifact_id, feature_id) SELECT %4 + a, %5 + f "
                           "FROM generate_series(1, %2) a CROSS JOIN generate_series(1, %3) f")
                .arg(table)
                .arg(artifacts)
                .arg(features)
                .arg(FirstArtifactId)
                .arg(FirstFeatureId)))
        return sqlError(query, QStringLiteral("fill the per-feature link table"));
    sample.insertMs = msSince(timer);
    sample.rows = query.numRowsAffected();
    const Result<QVariant> bytes
        = benchScalar(registry, QStringLiteral("SELECT pg_total_relation_size('%1')").arg(table));
    if (!bytes)
        return bytes.error();
    sample.bytes = bytes->toLongLong();
    if (Status ok = exec(query, QStringLiteral("DROP TABLE ") + table); !ok)
        return ok.error();
    return sample;
}

} // namespace

QJsonObject StorageSizes::toJson() const
{
    QJsonObject objectsJson;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it)
        objectsJson.insert(it.key(), it.value());
    return QJsonObject {
        {QStringLiteral("file"), file},
        {QStringLiteral("wal"), wal},
        {QStringLiteral("file_after_checkpoint"), fileAfterCheckpoint},
        {QStringLiteral("database"), database},
        {QStringLiteral("link_table"), linkTableBytes},
        {QStringLiteral("objects"), objectsJson},
    };
}

QJsonObject LinkTableSample::toJson(double extrapolateToRows) const
{
    return QJsonObject {
        {QStringLiteral("variant"), variant},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("insert_ms"), insertMs},
        {QStringLiteral("bytes"), bytes},
        {QStringLiteral("bytes_per_row"), bytesPerRow()},
        {QStringLiteral("rows_per_second"), rowsPerSecond()},
        {QStringLiteral("extrapolated_rows"), extrapolateToRows},
        {QStringLiteral("extrapolated_bytes"), bytesPerRow() * extrapolateToRows},
        {QStringLiteral("extrapolated_insert_s"),
         rowsPerSecond() > 0 ? extrapolateToRows / rowsPerSecond() : -1.0},
    };
}

Result<StorageSizes> measureStorage(Registry &registry, bool checkpoint)
{
    return registry.dialect().isPostgres() ? postgresSizes(registry)
                                           : sqliteSizes(registry, checkpoint);
}

Result<QList<LinkTableSample>> measurePerFeatureLinks(Registry &registry, const QString &scratchDir,
                                                      qint64 rows, int features)
{
    const qint64 artifacts = std::max<qint64>(1, rows / features);
    QList<LinkTableSample> samples;
    if (registry.dialect().isPostgres()) {
        const Result<LinkTableSample> sample = postgresLinkTable(registry, artifacts, features);
        if (!sample)
            return sample.error();
        samples.append(*sample);
        return samples;
    }
    const QString path = QDir(scratchDir).filePath(QStringLiteral("per-feature-links.sqlite"));
    for (const bool withoutRowid : {false, true}) {
        const Result<LinkTableSample> sample
            = sqliteLinkTable(path, artifacts, features, withoutRowid);
        if (!sample)
            return sample.error();
        samples.append(*sample);
    }
    return samples;
}

} // namespace fd::bench
