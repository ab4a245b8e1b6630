#pragma once

#include "model/Result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace fd {
class Registry;
}

namespace fd::bench {

// What a registry takes on disk. SQLite: the file and its WAL as found, then after a checkpoint
// (TRUNCATE), and the bytes of each table and index (dbstat). PostgreSQL: pg_database_size and
// pg_total_relation_size (heap, indexes, TOAST) of the big tables.
struct StorageSizes
{
    qint64 file = -1; // SQLite: the .sqlite file as found
    qint64 wal = -1; // SQLite: the -wal file as found
    qint64 fileAfterCheckpoint = -1;
    qint64 database = -1; // PostgreSQL: the whole database
    QMap<QString, qint64> objects; // table or index -> bytes (SQLite: per b-tree; PG: per table)
    qint64 linkTableBytes = -1; // fd_artifact_feature_set with its indexes

    QJsonObject toJson() const;
};

// checkpoint: SQLite only; moves the WAL into the file and truncates it (the file sizes as found
// are taken before).
Result<StorageSizes> measureStorage(Registry &registry, bool checkpoint);

// A per-feature link table (artifact_id, feature_id, PRIMARY KEY both), filled for real with
// `rows` rows (rows / features artifacts x `features` features, in artifact order, one statement,
// one transaction; ids near 1,000,000 and 77,000, as wide as real ones), to extrapolate what
// 1,000,000 artifacts x 20,000 features would need.
// SQLite: a scratch file in scratchDir, the table as a rowid table (what CREATE TABLE gives) and
// WITHOUT ROWID (the smallest SQLite can do); PostgreSQL: a scratch table in the registry's
// database, dropped afterwards.
struct LinkTableSample
{
    QString variant;
    qint64 rows = 0;
    double insertMs = 0;
    qint64 bytes = 0;

    double bytesPerRow() const { return rows > 0 ? double(bytes) / double(rows) : 0; }
    double rowsPerSecond() const { return insertMs > 0 ? double(rows) * 1000.0 / insertMs : 0; }
    QJsonObject toJson(double extrapolateToRows) const;
};

Result<QList<LinkTableSample>> measurePerFeatureLinks(Registry &registry, const QString &scratchDir,
                                                      qint64 rows, int features);

} // namespace fd::bench
