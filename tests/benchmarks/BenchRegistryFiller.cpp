#include "BenchRegistryFiller.h"
#include "model/artifacts/ArtifactFolders.h"

#include "model/Identity.h"
#include "model/Records.h"
#include "model/db/Registry.h"
#include "model/db/SqlErrors.h"
#include "model/db/Transaction.h"
#include "model/sets/FeatureSetStore.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <array>
#include <cmath>
#include <cstdio>

namespace fd::bench {

namespace {

struct Assay
{
    const char *name;
    const char *suffix;
};

// Ten assays in turn: each is 10% of the artifacts. No name is a substring of another.
constexpr std::array<Assay, 10> Assays {{
    {"rnaseq", ".fastq.gz"},
    {"atacseq", ".bam"},
    {"proteomics", ".mzML"},
    {"imaging", ".tiff"},
    {"cytometry", ".fcs"},
    {"chipseq", ".bigwig"},
    {"metabolomics", ".csv"},
    {"wgs", ".cram"},
    {"singlecell", ".h5ad"},
    {"spatial", ".zarr"},
}};

constexpr char Base62[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

void progress(const QString &text)
{
    std::fprintf(stderr, "  %s\n", qPrintable(text));
    std::fflush(stderr);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

// Inserts rows into one table as fast as the driver allows: on SQLite a prepared single-row INSERT
// run with execBatch per chunk (QSQLITE steps the one statement per row, which is what SQLite does
// best); on PostgreSQL a prepared multi-row INSERT, because QPSQL's execBatch would make one round
// trip per row.
class RowInserter
{
public:
    RowInserter(Registry &registry, QString table, QStringList columns, int chunk)
        : m_query(registry.database())
        , m_postgres(registry.dialect().isPostgres())
        , m_table(std::move(table))
        , m_columns(std::move(columns))
        , m_chunk(m_postgres ? std::max(1, std::min(chunk / 5, 60'000 / int(m_columns.size())))
                             : chunk)
    {
        m_batch.resize(m_columns.size());
    }

    Status add(const QVariantList &row)
    {
        if (m_postgres) {
            m_rows.append(row);
            return m_rows.size() >= m_chunk ? flush() : Status {};
        }
        for (qsizetype i = 0; i < row.size(); ++i)
            m_batch[i].append(row.at(i));
        return m_batch.constFirst().size() >= m_chunk ? flush() : Status {};
    }

    Status flush() { return m_postgres ? flushPostgres() : flushSqlite(); }

private:
    QString insertSql(qsizetype rows) const
    {
        QStringList marks(m_columns.size(), QStringLiteral("?"));
        const QString tuple = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        QStringList tuples(rows, tuple);
        return QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (")
            + m_columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ")
            + tuples.join(QLatin1Char(','));
    }

    Status flushSqlite()
    {
        if (m_batch.constFirst().isEmpty())
            return {};
        const QString doing = QStringLiteral("insert into %1").arg(m_table);
        if (!m_prepared) {
            if (!m_query.prepare(insertSql(1)))
                return sqlError(m_query, doing);
            m_prepared = true;
        }
        for (const QVariantList &column : std::as_const(m_batch))
            m_query.addBindValue(column);
        if (!m_query.execBatch())
            return sqlError(m_query, doing);
        for (QVariantList &column : m_batch)
            column.clear();
        return {};
    }

    Status flushPostgres()
    {
        if (m_rows.isEmpty())
            return {};
        const QString doing = QStringLiteral("insert into %1").arg(m_table);
        // A full chunk reuses the prepared statement; the last, shorter one gets its own.
        if (m_preparedRows != m_rows.size()) {
            if (!m_query.prepare(insertSql(m_rows.size())))
                return sqlError(m_query, doing);
            m_preparedRows = m_rows.size();
        }
        for (const QVariantList &row : std::as_const(m_rows))
            for (const QVariant &value : row)
                m_query.addBindValue(value);
        if (!m_query.exec())
            return sqlError(m_query, doing);
        m_rows.clear();
        return {};
    }

    QSqlQuery m_query;
    bool m_postgres;
    QString m_table;
    QStringList m_columns;
    int m_chunk;
    bool m_prepared = false;
    qsizetype m_preparedRows = -1;
    QList<QVariantList> m_batch; // SQLite: one list per column
    QList<QVariantList> m_rows; // PostgreSQL: one list per row
};

QString randomText(QRandomGenerator &random, int length)
{
    QString text(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        text[i] = QLatin1Char(Base62[random.bounded(62)]);
    return text;
}

QString fakeHash(QRandomGenerator &random)
{
    QByteArray digest(16, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(digest.data()), 4);
    return identity::urlSafeBase64(digest); // 22 characters, like an MD5 file hash
}

QString artifactKey(qint64 i, qint64 artifacts)
{
    const Assay &assay = Assays.at(std::size_t(i % qint64(Assays.size())));
    const qint64 month = i * 48 / std::max<qint64>(1, artifacts); // 2021-01 .. 2024-12
    return QStringLiteral("raw/") + QLatin1StringView(assay.name) + QLatin1Char('/')
        + QString::number(2021 + month / 12) + QLatin1Char('-')
        + QStringLiteral("%1").arg(month % 12 + 1, 2, 10, QLatin1Char('0'))
        + QStringLiteral("/plate-%1").arg((i / 96) % 1000, 3, 10, QLatin1Char('0'))
        + QStringLiteral("/sample-%1").arg(i, 7, 10, QLatin1Char('0'))
        + QLatin1StringView(assay.suffix);
}

} // namespace

RegistryFiller::RegistryFiller(Registry &registry, Options options)
    : m_registry(registry)
    , m_options(options)
{
}

QString RegistryFiller::wordMatchingOne(qint64 artifacts)
{
    return QStringLiteral("sample-%1").arg(artifacts / 2 + 1, 7, 10, QLatin1Char('0'));
}

QString RegistryFiller::wordMatchingTenPercent()
{
    return QStringLiteral("proteomics");
}

QString RegistryFiller::featureSetName()
{
    return QStringLiteral("bench: every feature");
}

Result<RegistryFiller::Timings> RegistryFiller::fill()
{
    Timings timings;
    const Result<qint64> run
        = m_registry.startRun(QStringLiteral("bench.fill"), QStringLiteral("bench_registryviews"));
    if (!run)
        return run.error();

    QElapsedTimer timer;
    if (m_options.features > 0) {
        timer.start();
        progress(QStringLiteral("inserting %1 features").arg(m_options.features));
        if (Status inserted = insertFeatures(*run); !inserted)
            return inserted.error();
        timings.featuresMs = msSince(timer);

        timer.restart();
        progress(QStringLiteral("creating the feature set with FeatureSetStore::create"));
        const Result<qint64> setId = createFeatureSet();
        if (!setId)
            return setId.error();
        timings.featureSetMs = msSince(timer);
        timings.featureSetId = *setId;
    }

    {
        Transaction transaction(m_registry.database());
        if (Status begun = transaction.begin(QStringLiteral("insert the artifacts")); !begun)
            return begun.error();
        timer.restart();
        progress(QStringLiteral("inserting %1 artifacts").arg(m_options.artifacts));
        if (Status inserted = insertArtifacts(*run); !inserted)
            return inserted.error();
        timings.artifactsMs = msSince(timer);
        timer.restart();
        if (m_options.link && timings.featureSetId >= 0) {
            progress(QStringLiteral("linking every artifact to the feature set"));
            if (Status linked = linkArtifacts(*run, timings.featureSetId); !linked)
                return linked.error();
        }
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        timings.linksMs = msSince(timer);
    }

    if (m_registry.dialect().isPostgres()) {
        timer.restart();
        progress(QStringLiteral("ANALYZE"));
        QSqlQuery query(m_registry.database());
        if (!query.exec(QStringLiteral("ANALYZE")))
            return sqlError(query, QStringLiteral("analyze the registry"));
        timings.analyzeMs = msSince(timer);
    }
    if (Status finished = m_registry.finishRun(*run); !finished)
        return finished.error();
    return timings;
}

Status RegistryFiller::insertFeatures(qint64 runId)
{
    Transaction transaction(m_registry.database());
    if (Status begun = transaction.begin(QStringLiteral("insert the features")); !begun)
        return begun;
    RowInserter inserter(m_registry, QStringLiteral("fd_feature"),
                         {QStringLiteral("uid"), QStringLiteral("name"), QStringLiteral("dtype"),
                          QStringLiteral("created_by"), QStringLiteral("run_id")},
                         m_options.chunk);
    for (int i = 0; i < m_options.features; ++i) {
        const QVariantList row {identity::newFeatureUid(),
                                QStringLiteral("marker_%1").arg(i, 5, 10, QLatin1Char('0')),
                                QStringLiteral("number"), m_registry.userId(), runId};
        if (Status added = inserter.add(row); !added)
            return added;
    }
    if (Status flushed = inserter.flush(); !flushed)
        return flushed;
    return transaction.commit();
}

Result<qint64> RegistryFiller::createFeatureSet()
{
    NewFeatureSet set;
    set.name = featureSetName();
    set.registry = MemberRegistry::Feature;
    set.description = QStringLiteral("Every feature, the columns of every benchmark artifact");
    {
        QSqlQuery query(m_registry.database());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT uid FROM fd_feature")))
            return sqlError(query, QStringLiteral("read the feature uids"));
        while (query.next())
            set.memberUids.append(query.value(0).toString());
    }
    FeatureSetStore store(m_registry);
    const Result<FeatureSetStore::Created> created = store.create(set);
    if (!created)
        return created.error();
    return created->set.id;
}

Status RegistryFiller::insertArtifacts(qint64 runId)
{
    // The keys' folders first, as a registration adds them (in one call, so in their order).
    QStringList folders;
    {
        QSet<QString> seen;
        for (qint64 i = 0; i < m_options.artifacts; ++i) {
            const QString folder
                = ArtifactFolders::split(artifactKey(i, m_options.artifacts)).folder;
            if (!seen.contains(folder)) {
                seen.insert(folder);
                folders.append(folder);
            }
        }
    }
    const Result<QHash<QString, QString>> ords
        = ArtifactFolders(m_registry.database(), m_registry.dialect())
              .ords(folders, QStringLiteral("add the artifacts' folders"));
    if (!ords)
        return ords.error();
    progress(QStringLiteral("%1 folders").arg(folders.size()));
    RowInserter inserter(m_registry, QStringLiteral("fd_artifact"),
                         {QStringLiteral("uid"), QStringLiteral("key_folder"),
                          QStringLiteral("key_name"), QStringLiteral("suffix"),
                          QStringLiteral("size"), QStringLiteral("hash"),
                          QStringLiteral("hash_type"), QStringLiteral("description"),
                          QStringLiteral("created_by"), QStringLiteral("run_id")},
                         m_options.chunk);
    QRandomGenerator random(20240601); // the same data on every run
    const QString md5 = QStringLiteral("md5");
    const QString described = QStringLiteral("QC passed at the core facility");
    const double smallest = std::log(1e3);
    const double largest = std::log(5e10);
    const qint64 step = std::max<qint64>(1, m_options.artifacts / 10);
    for (qint64 i = 0; i < m_options.artifacts; ++i) {
        const Assay &assay = Assays.at(std::size_t(i % qint64(Assays.size())));
        const ArtifactFolders::Key key
            = ArtifactFolders::split(artifactKey(i, m_options.artifacts));
        const qint64 size
            = qint64(std::exp(smallest + random.generateDouble() * (largest - smallest)));
        const QVariantList row {QString(randomText(random, identity::ArtifactUidStemLength)
                                        + QLatin1StringView(identity::ArtifactVersionSuffix)),
                                ords->value(key.folder),
                                key.name,
                                QString::fromLatin1(assay.suffix),
                                size,
                                fakeHash(random),
                                md5,
                                i % 50 == 0 ? QVariant(described) : nullText(),
                                m_registry.userId(),
                                runId};
        if (Status added = inserter.add(row); !added)
            return added;
        if ((i + 1) % step == 0)
            progress(QStringLiteral("%1 artifacts").arg(i + 1));
    }
    return inserter.flush();
}

Status RegistryFiller::linkArtifacts(qint64 runId, qint64 featureSetId)
{
    // One statement: the database copies the ids itself.
    QSqlQuery query(m_registry.database());
    const QString doing = QStringLiteral("link the artifacts to the feature set");
    if (!query.prepare(QStringLiteral(
            "INSERT INTO fd_artifact_feature_set (artifact_id, feature_set_id, slot, run_id) "
            "SELECT id, ?, 'columns', ? FROM fd_artifact")))
        return sqlError(query, doing);
    query.addBindValue(featureSetId);
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(query, doing);
    return {};
}

QString serverVersion(Registry &registry)
{
    QSqlQuery query(registry.database());
    const QString sql = registry.dialect().isPostgres() ? QStringLiteral("SHOW server_version")
                                                        : QStringLiteral("SELECT sqlite_version()");
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}

} // namespace fd::bench
