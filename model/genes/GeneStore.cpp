#include "model/genes/GeneStore.h"

#include "model/db/PgCopy.h"
#include "model/db/RecordReader.h"
#include "model/db/Registry.h"
#include "model/db/SqlErrors.h"
#include "model/db/Transaction.h"
#include "model/genes/GeneFileReader.h"
#include "model/genes/GeneImporter.h"
#include "model/genes/OrganismStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace fd {

namespace {

// An import this large is followed by a VACUUM (ANALYZE) of the genes on PostgreSQL.
constexpr qint64 BulkGenes = 10'000;

// pg_advisory_xact_lock key that queues the gene imports of one PostgreSQL registry.
constexpr qint64 GeneImportLockKey = 0x46446765;
constexpr qint64 SqliteProgressEvery = 2000;
constexpr qint64 PostgresBatchRows
    = 5000; // measured: 1,000 to 20,000 differ little (BENCHMARKS.md)

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// The text columns a gene write carries, in order.
QStringList geneValues(const GeneRecord &gene)
{
    return {gene.uid,
            gene.symbol,
            gene.ensemblGeneId,
            gene.ncbiGeneId,
            gene.biotype,
            gene.description,
            gene.synonyms.join(QLatin1Char('|')),
            gene.otherEnsemblGeneIds.join(QLatin1Char('|'))};
}

QString likeEscaped(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

} // namespace

Result<QList<GeneRecord>> GeneStore::loadAll() const
{
    QSqlQuery query(m_registry.database());
    query.setForwardOnly(true);
    if (!query.exec(RecordReader::genes().sql()))
        return sqlError(query,
                        QCoreApplication::translate("fd::GeneStore", "read the stored genes"));
    QList<GeneRecord> genes;
    while (query.next())
        genes.append(RecordReader::gene(query));
    return genes;
}

Result<qint64> GeneStore::organismIdFor(const QString &organism) const
{
    if (organism.trimmed().isEmpty())
        return qint64(-1);
    const Result<OrganismRecord> found = OrganismStore(m_registry).require(organism);
    if (!found)
        return found.error();
    return found->id;
}

Result<GeneImportReport> GeneStore::importFile(const QString &path, const ImportOptions &options,
                                               const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    GeneFileReader::Progress reading;
    if (progress)
        reading = [&progress](qint64 done, qint64 total) {
            return progress(Stage::Reading, done, total);
        };
    const Result<GeneFile> file = GeneFileReader::read(path, reading);
    if (!file)
        return file.error();
    Result<GeneImportReport> report = import(*file, options, progress);
    if (report)
        report.value().elapsedMs = timer.elapsed();
    return report;
}

Result<GeneImportReport> GeneStore::import(const GeneFile &file, const ImportOptions &options,
                                           const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (Status writable = m_registry.checkWritable(); !writable)
        return writable.error();
    const QString where = QDir::toNativeSeparators(file.path);
    const QString fileName = QFileInfo(file.path).fileName();
    auto cancelled = [&where] {
        return Error::make(
            Error::Code::Cancelled,
            QCoreApplication::translate("fd::GeneStore",
                                        "The import of %1 was cancelled; the registry is as it "
                                        "was.")
                .arg(where));
    };

    GeneImportReport report;
    report.file = file.path;
    report.format = geneFileFormatName(file.format);
    report.rows = file.rows;
    report.skips = file.skips;
    report.warnings = file.warnings;

    const QString doing
        = QCoreApplication::translate("fd::GeneStore", "import the genes of %1").arg(where);
    QSqlDatabase db = m_registry.database();
    Transaction transaction(db);
    if (Status begun = transaction.begin(doing); !begun)
        return begun.error();
    QSqlQuery query(db);
    if (m_registry.dialect().writersOverlap()
        && !query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(GeneImportLockKey)))
        return sqlError(query, doing);
    query.finish();

    const Result<qint64> run
        = m_registry.startRun(QStringLiteral("genes.import"),
                              QStringLiteral("Import genes from %1 (%2)")
                                  .arg(fileName, geneFileFormatTitle(file.format)));
    if (!run)
        return run.error();
    const Result<OrganismRecord> organism
        = OrganismStore(m_registry).resolve(options.organism, file.taxa, *run);
    if (!organism)
        return organism.error();
    report.organism = organism->name;
    report.taxonId = organism->taxonId;

    // A multi-organism file (NCBI's All_Mammalia.gene_info) gives the chosen organism's genes.
    QList<GeneInput> genes;
    genes.reserve(file.genes.size());
    QList<qint64> taxa = file.taxa;
    taxa.removeAll(0);
    if (organism->taxonId <= 0 && taxa.size() > 1)
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("fd::GeneStore",
                                        "%1 holds genes of %2 organisms but '%3' has no taxon id "
                                        "to choose them by. Choose an organism with a taxon id.")
                .arg(where)
                .arg(taxa.size())
                .arg(organism->name));
    for (const GeneInput &gene : file.genes) {
        if (organism->taxonId > 0 && gene.taxonId > 0 && gene.taxonId != organism->taxonId)
            ++report.otherOrganisms;
        else
            genes.append(gene);
    }
    report.genes = genes.size();

    if (progress && !progress(Stage::Matching, 0, 1))
        return cancelled();
    Result<QList<GeneRecord>> existing = loadAll();
    if (!existing)
        return existing.error();
    GeneImporter importer(organism->name, organism->id);
    importer.setExisting(std::move(existing).value());
    importer.setIdsAndNamesOnly(file.format == GeneFileFormat::Gencode);
    const GeneImportPlan plan = importer.plan(genes);
    if (progress && !progress(Stage::Matching, 1, 1))
        return cancelled();

    const qint64 total = plan.releasedEnsemblIds.size() + plan.updates.size() + plan.inserts.size();
    qint64 done = 0;
    auto advance = [&](qint64 rows) {
        done += rows;
        return !progress || progress(Stage::Writing, done, total);
    };
    if (Status released = releaseEnsemblIds(plan.releasedEnsemblIds); !released)
        return released.error();
    if (!advance(plan.releasedEnsemblIds.size()))
        return cancelled();
    if (Status updated = writeUpdates(plan.updates, options.batchRows, advance); !updated)
        return updated.error().code == Error::Code::Cancelled ? cancelled() : updated.error();
    if (Status inserted = writeInserts(plan.inserts, *run, options.batchRows, advance); !inserted)
        return inserted.error().code == Error::Code::Cancelled ? cancelled() : inserted.error();

    report.added = plan.inserts.size();
    report.updated = plan.updates.size();
    report.unchanged = plan.unchanged;
    report.skipped = report.skips.size() + plan.skips.size();
    report.skips += plan.skips;
    report.synonyms = plan.synonyms;
    report.extraEnsemblIds = plan.extraEnsemblIds;
    report.collisions = plan.collisions;
    report.warnings += plan.warnings;

    if (report.added + report.updated == 0) {
        // Nothing to write: leave no run (nor a new organism) behind.
        transaction.rollback();
    } else {
        if (Status finished = m_registry.finishRun(*run); !finished)
            return finished.error();
        // A large import on PostgreSQL is vacuumed after its commit (vacuumGenes). VACUUM marks a
        // page all-visible only once its rows' commit is on disk: a server running with
        // synchronous_commit off (as FeatureDesk's test servers do) would leave them to
        // autovacuum, so this commit waits for the flush, as by default.
        const bool vacuum = m_registry.dialect().tendsTablesAfterBulkWrites()
            && report.added + report.updated >= BulkGenes;
        if (vacuum)
            QSqlQuery(m_registry.database())
                .exec(QStringLiteral("SET LOCAL synchronous_commit = on"));
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        report.runId = *run;
        if (vacuum)
            vacuumGenes();
        m_registry.notifyChanged(RegistryTable::Genes);
    }
    report.elapsedMs = timer.elapsed();
    return report;
}

void GeneStore::vacuumGenes()
{
    // PostgreSQL: a set created right after an import checks its genes against fd_gene's primary
    // key; until the new rows are vacuumed (autovacuum comes within a minute or so) that check
    // visits each row's heap page, 34 instead of 15-22 ms for 20,000 genes, and the planner
    // plans on the empty table's statistics. Best effort, after the commit (VACUUM takes no
    // transaction), and only where this user owns the table: anyone else's VACUUM is a warning.
    QSqlQuery query(m_registry.database());
    if (query.exec(QStringLiteral("SELECT 1 FROM pg_class WHERE oid = 'fd_gene'::regclass "
                                  "AND pg_has_role(relowner, 'MEMBER')"))
        && query.next()) {
        query.finish();
        query.exec(QStringLiteral("VACUUM (ANALYZE) fd_gene"));
        // A page is marked all-visible only when no transaction anywhere on the server may still
        // not see its rows; a backend that is just connecting to another database counts for
        // every database, so on a busy server one pass can leave pages behind. A few more passes
        // (each visits only those pages) finish the job.
        for (int pass = 0; pass < 3; ++pass) {
            if (!query.exec(QStringLiteral("SELECT relallvisible < relpages FROM pg_class "
                                           "WHERE oid = 'fd_gene'::regclass"))
                || !query.next() || !query.value(0).toBool())
                break;
            query.finish();
            QThread::msleep(50);
            query.exec(QStringLiteral("VACUUM fd_gene"));
        }
    }
}

Status GeneStore::releaseEnsemblIds(const QList<qint64> &geneIds)
{
    if (geneIds.isEmpty())
        return {};
    QSqlQuery query(m_registry.database());
    const QString doing
        = QCoreApplication::translate("fd::GeneStore", "move Ensembl ids between genes");
    if (!query.prepare(QStringLiteral("UPDATE fd_gene SET ensembl_gene_id = NULL WHERE id = ?")))
        return sqlError(query, doing);
    for (const qint64 id : geneIds) {
        query.bindValue(0, id);
        if (!query.exec())
            return sqlError(query, doing);
    }
    return {};
}

Status GeneStore::writeUpdates(const QList<GeneRecord> &genes, qint64 batchRows,
                               const std::function<bool(qint64)> &advance)
{
    if (genes.isEmpty())
        return {};
    const QString doing = QCoreApplication::translate("fd::GeneStore", "update %n genes", nullptr,
                                                      int(genes.size()));
    QSqlQuery query(m_registry.database());
    if (m_registry.dialect().hasCopy()) {
        // COPY each batch into a temporary table (emptied at commit), then one UPDATE … FROM it.
        const qint64 batch = batchRows > 0 ? batchRows : PostgresBatchRows;
        PgCopy copy(
            m_registry.database(),
            QStringLiteral("COPY fd_staged_genes (id, symbol, ensembl, ncbi, biotype, description, "
                           "synonyms, other) FROM STDIN"),
            8);
        for (qsizetype start = 0; start < genes.size(); start += batch) {
            const qsizetype end = std::min<qsizetype>(genes.size(), start + batch);
            if (Status emptied = PgCopy::emptyStagingTable(
                    m_registry.database(), QStringLiteral("fd_staged_genes"),
                    QStringLiteral("id BIGINT, symbol TEXT, ensembl TEXT, ncbi TEXT, biotype TEXT, "
                                   "description TEXT, synonyms TEXT, other TEXT"),
                    doing);
                !emptied)
                return emptied;
            for (qsizetype i = start; i < end; ++i) {
                const GeneRecord &gene = genes.at(i);
                QStringList values = geneValues(gene);
                values[0] = QString::number(gene.id); // the row to update, in the uid's place
                for (QString &value : values)
                    if (value.isEmpty())
                        value = QString(); // NULL, as the SQLite path stores it
                copy.addRow(values);
            }
            if (Status sent = copy.send(doing); !sent)
                return sent;
            if (!query.exec(QStringLiteral(
                    "UPDATE fd_gene g SET symbol = u.symbol, ensembl_gene_id = u.ensembl, "
                    "ncbi_gene_id = u.ncbi, biotype = u.biotype, description = u.description, "
                    "synonyms = u.synonyms, other_ensembl_gene_ids = u.other "
                    "FROM fd_staged_genes u WHERE g.id = u.id")))
                return sqlError(query, doing);
            if (!advance(end - start))
                return Error::make(Error::Code::Cancelled,
                                   QCoreApplication::translate("fd::GeneStore", "Cancelled."));
        }
        return {};
    }
    if (!query.prepare(QStringLiteral(
            "UPDATE fd_gene SET symbol = ?, ensembl_gene_id = ?, ncbi_gene_id = ?, biotype = ?, "
            "description = ?, synonyms = ?, other_ensembl_gene_ids = ? WHERE id = ?")))
        return sqlError(query, doing);
    for (qsizetype i = 0; i < genes.size(); ++i) {
        const GeneRecord &gene = genes.at(i);
        const QStringList values = geneValues(gene);
        for (int c = 0; c < 7; ++c)
            query.bindValue(c, nullIfEmpty(values.at(c + 1)));
        query.bindValue(7, gene.id);
        if (!query.exec())
            return sqlError(query,
                            QCoreApplication::translate("fd::GeneStore", "update the gene %1 (%2)")
                                .arg(gene.symbol, gene.uid));
        if ((i + 1) % SqliteProgressEvery == 0 && !advance(SqliteProgressEvery))
            return Error::make(Error::Code::Cancelled,
                               QCoreApplication::translate("fd::GeneStore", "Cancelled."));
    }
    advance(genes.size() % SqliteProgressEvery);
    return {};
}

Status GeneStore::writeInserts(const QList<GeneRecord> &genes, qint64 runId, qint64 batchRows,
                               const std::function<bool(qint64)> &advance)
{
    if (genes.isEmpty())
        return {};
    const QString doing
        = QCoreApplication::translate("fd::GeneStore", "add %n genes", nullptr, int(genes.size()));
    QSqlQuery query(m_registry.database());
    const qint64 organismId = genes.constFirst().organismId;
    if (m_registry.dialect().hasCopy()) {
        // The server's bulk path: COPY FROM STDIN, a batch per COPY so that progress and cancel
        // stay live (see BENCHMARKS.md for the comparison with bound arrays).
        const qint64 batch = batchRows > 0 ? batchRows : PostgresBatchRows;
        PgCopy copy(
            m_registry.database(),
            QStringLiteral("COPY fd_gene (uid, symbol, ensembl_gene_id, ncbi_gene_id, biotype, "
                           "description, synonyms, other_ensembl_gene_ids, organism_id, "
                           "created_by, run_id) FROM STDIN"),
            11);
        const QStringList ids = {QString::number(organismId), QString::number(m_registry.userId()),
                                 QString::number(runId)};
        for (qsizetype start = 0; start < genes.size(); start += batch) {
            const qsizetype end = std::min<qsizetype>(genes.size(), start + batch);
            for (qsizetype i = start; i < end; ++i) {
                QStringList values = geneValues(genes.at(i));
                for (QString &value : values)
                    if (value.isEmpty())
                        value = QString(); // NULL, as the SQLite path stores it
                copy.addRow(values + ids);
            }
            if (Status sent = copy.send(doing); !sent)
                return sent;
            if (!advance(end - start))
                return Error::make(Error::Code::Cancelled,
                                   QCoreApplication::translate("fd::GeneStore", "Cancelled."));
        }
        return {};
    }
    if (!query.prepare(QStringLiteral(
            "INSERT INTO fd_gene (uid, symbol, ensembl_gene_id, ncbi_gene_id, biotype, "
            "description, synonyms, other_ensembl_gene_ids, organism_id, created_by, run_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return sqlError(query, doing);
    for (qsizetype i = 0; i < genes.size(); ++i) {
        const GeneRecord &gene = genes.at(i);
        const QStringList values = geneValues(gene);
        for (int c = 0; c < 8; ++c)
            query.bindValue(c, nullIfEmpty(values.at(c)));
        query.bindValue(8, organismId);
        query.bindValue(9, m_registry.userId());
        query.bindValue(10, runId);
        if (!query.exec())
            return sqlError(query,
                            QCoreApplication::translate("fd::GeneStore", "add the gene %1 (%2)")
                                .arg(gene.symbol, gene.uid));
        if ((i + 1) % SqliteProgressEvery == 0 && !advance(SqliteProgressEvery))
            return Error::make(Error::Code::Cancelled,
                               QCoreApplication::translate("fd::GeneStore", "Cancelled."));
    }
    advance(genes.size() % SqliteProgressEvery);
    return {};
}

Result<QList<GeneRecord>> GeneStore::find(const QString &text, const QString &organism,
                                          int limit) const
{
    const QString needle = text.trimmed().toLower();
    if (needle.isEmpty())
        return QList<GeneRecord>();
    const Result<qint64> organismId = organismIdFor(organism);
    if (!organismId)
        return organismId.error();
    const QString escaped = likeEscaped(needle);
    const QString exactSynonym = QStringLiteral("%|") + escaped + QStringLiteral("|%");
    const QString prefix = escaped + QLatin1Char('%');
    const QString synonymPrefix = QStringLiteral("%|") + escaped + QLatin1Char('%');
    const QString esc = QStringLiteral(" ESCAPE '\\'");
    const RecordReader::Select &geneSelect = RecordReader::genes();
    QString sql = QStringLiteral("SELECT * FROM (SELECT ") + geneSelect.columns
        + QStringLiteral(", CASE WHEN lower(g.symbol) = ? OR lower(g.ensembl_gene_id) = ? "
                         "OR g.ncbi_gene_id = ? THEN 0 "
                         "WHEN '|' || lower(g.synonyms) || '|' LIKE ?")
        + esc + QStringLiteral(" THEN 1 WHEN lower(g.symbol) LIKE ?") + esc
        + QStringLiteral(" THEN 2 WHEN '|' || lower(g.synonyms) LIKE ?") + esc
        + QStringLiteral(" THEN 3 WHEN lower(g.ensembl_gene_id) LIKE ?") + esc
        + QStringLiteral(" OR g.ncbi_gene_id LIKE ?") + esc
        + QStringLiteral(" OR '|' || lower(g.other_ensembl_gene_ids) LIKE ?") + esc
        + QStringLiteral(" THEN 4 ELSE 9 END AS match_rank FROM ") + geneSelect.tables;
    if (*organismId >= 0)
        sql += QStringLiteral(" WHERE g.organism_id = ?");
    sql += QStringLiteral(") t WHERE match_rank < 9 "
                          "ORDER BY match_rank, length(symbol), symbol, uid LIMIT ?");
    QSqlQuery query(m_registry.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query, QCoreApplication::translate("fd::GeneStore", "find genes"));
    for (const QString &value : {needle, needle, needle, exactSynonym, prefix, synonymPrefix,
                                 prefix, prefix, synonymPrefix})
        query.addBindValue(value);
    if (*organismId >= 0)
        query.addBindValue(*organismId);
    query.addBindValue(std::max(1, limit));
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("fd::GeneStore", "find genes"));
    QList<GeneRecord> genes;
    while (query.next())
        genes.append(RecordReader::gene(query));
    return genes;
}

Result<GeneRecord> GeneStore::findByUid(const QString &uid) const
{
    QSqlQuery query(m_registry.database());
    query.setForwardOnly(true);
    if (!query.prepare(RecordReader::genes().sql() + QStringLiteral(" WHERE g.uid = ?")))
        return sqlError(query, QCoreApplication::translate("fd::GeneStore", "look up a gene"));
    query.addBindValue(uid);
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("fd::GeneStore", "look up a gene"));
    if (!query.next())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("fd::GeneStore", "No gene has the uid '%1'.").arg(uid));
    return RecordReader::gene(query);
}

Result<QList<GeneRecord>> GeneStore::list(const QString &organism) const
{
    const Result<qint64> organismId = organismIdFor(organism);
    if (!organismId)
        return organismId.error();
    QSqlQuery query(m_registry.database());
    query.setForwardOnly(true);
    QString sql = RecordReader::genes().sql();
    if (*organismId >= 0)
        sql += QStringLiteral(" WHERE g.organism_id = ?");
    sql += QStringLiteral(" ORDER BY g.symbol, g.uid");
    if (!query.prepare(sql))
        return sqlError(query, QCoreApplication::translate("fd::GeneStore", "read the genes"));
    if (*organismId >= 0)
        query.addBindValue(*organismId);
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("fd::GeneStore", "read the genes"));
    QList<GeneRecord> genes;
    while (query.next())
        genes.append(RecordReader::gene(query));
    return genes;
}

Result<qint64> GeneStore::count(const QString &organism) const
{
    const Result<std::optional<OrganismRecord>> found = OrganismStore(m_registry).find(organism);
    if (!found)
        return found.error();
    if (!found->has_value())
        return qint64(0);
    const QString doing
        = QCoreApplication::translate("fd::GeneStore", "count the genes of %1").arg((*found)->name);
    QSqlQuery query(m_registry.database());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT COUNT(*) FROM fd_gene WHERE organism_id = ?")))
        return sqlError(query, doing);
    query.addBindValue((*found)->id);
    if (!query.exec() || !query.next())
        return sqlError(query, doing);
    return query.value(0).toLongLong();
}

Result<QStringList> GeneStore::biotypes(const QString &organism) const
{
    const Result<qint64> organismId = organismIdFor(organism);
    if (!organismId)
        return organismId.error();
    QSqlQuery query(m_registry.database());
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT DISTINCT biotype FROM fd_gene WHERE biotype IS NOT NULL");
    if (*organismId >= 0)
        sql += QStringLiteral(" AND organism_id = ?");
    sql += QStringLiteral(" ORDER BY biotype");
    if (!query.prepare(sql))
        return sqlError(query,
                        QCoreApplication::translate("fd::GeneStore", "read the genes' biotypes"));
    if (*organismId >= 0)
        query.addBindValue(*organismId);
    if (!query.exec())
        return sqlError(query,
                        QCoreApplication::translate("fd::GeneStore", "read the genes' biotypes"));
    QStringList types;
    while (query.next())
        types.append(query.value(0).toString());
    return types;
}

} // namespace fd
