#include "model/db/Schema.h"

#include "model/artifacts/ArtifactFolders.h"
#include "model/db/SqlErrors.h"
#include "model/db/SqliteForeignKeysOff.h"
#include "model/db/Transaction.h"
#include "model/genes/GeneUidCorrection.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>
#include <utility>

namespace fd {

namespace {

// pg_advisory_xact_lock key that serialises migrations of one PostgreSQL registry.
constexpr qint64 MigrationLockKey = 0x46447265;

// A statement too long for a C++ literal, kept in the model's resources (model/db/schema/): the
// file without its leading comment lines ("-- ...") and its last line break, exactly as the step
// has always run it.
QString resourceStatement(const char *path)
{
    QFile file(QStringLiteral(":/featuredesk/schema/") + QLatin1StringView(path));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The schema statement %s is not among the resources", path);
    QString statement = QString::fromUtf8(file.readAll());
    while (statement.startsWith(QLatin1StringView("--"))) {
        const qsizetype end = statement.indexOf(QLatin1Char('\n'));
        statement.remove(0, end < 0 ? statement.size() : end + 1);
    }
    if (statement.endsWith(QLatin1Char('\n')))
        statement.chop(1);
    return statement;
}

// PostgreSQL: the statement trigger that makes deletes of table follow the rows of namedBy that
// name them by column, 'cascade' (delete them too) or 'restrict' (refuse the delete); see
// fd_follow_deletes. Each trigger's name is written out where the step creates it, as step 7 has
// always named them (a table's first, second, ... such trigger <table>_deleted_1, _2, ...):
// registries hold them under those names, and step 11 drops two of them by name.
QString followDeletes(const char *trigger, const char *table, const char *namedBy,
                      const char *column, const char *action)
{
    return QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 "
                          "REFERENCING OLD TABLE AS fd_old_rows FOR EACH STATEMENT "
                          "EXECUTE FUNCTION fd_follow_deletes('%3', '%4', '%5')")
        .arg(QLatin1StringView(trigger), QLatin1StringView(table), QLatin1StringView(namedBy),
             QLatin1StringView(column), QLatin1StringView(action));
}

// PostgreSQL: the row trigger that keeps the ids of table (see fd_keep_id).
QString keepIds(const char *trigger, const char *table)
{
    return QStringLiteral("CREATE TRIGGER %1 BEFORE UPDATE OF id ON %2 "
                          "FOR EACH ROW EXECUTE FUNCTION fd_keep_id()")
        .arg(QLatin1StringView(trigger), QLatin1StringView(table));
}

// PostgreSQL: the statement trigger that checks the rows an INSERT or UPDATE (event) wrote to a
// member table (see fd_members_changed).
QString checkMembers(const char *trigger, const char *event, const char *table, const char *column,
                     const char *memberTable, const char *noun)
{
    return QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 "
                          "REFERENCING NEW TABLE AS fd_new_members FOR EACH STATEMENT "
                          "EXECUTE FUNCTION fd_members_changed('%4', '%5', '%6')")
        .arg(QLatin1StringView(trigger), QLatin1StringView(event), QLatin1StringView(table),
             QLatin1StringView(column), QLatin1StringView(memberTable), QLatin1StringView(noun));
}

// Columns every record carries: when, by whom and in which run it was made.
#define FD_PROVENANCE                                                                              \
    "created_at ${TS} NOT NULL DEFAULT ${NOW}, "                                                   \
    "created_by BIGINT NOT NULL REFERENCES fd_user(id), "                                          \
    "run_id BIGINT REFERENCES fd_run(id)"

Schema::Step step1_tables()
{
    return {
        .version = 1,
        .description = QStringLiteral(
            "users, runs, features, organisms, genes, feature sets, artifacts"),
        .statements = {
            QStringLiteral("CREATE TABLE fd_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE fd_migration (version INTEGER PRIMARY KEY, "
                           "description TEXT NOT NULL, app_version TEXT NOT NULL, "
                           "applied_at ${TS} NOT NULL DEFAULT ${NOW})"),
            QStringLiteral("CREATE TABLE fd_user (id ${PK}, handle TEXT NOT NULL UNIQUE, "
                           "name TEXT, created_at ${TS} NOT NULL DEFAULT ${NOW})"),
            QStringLiteral("CREATE TABLE fd_run (id ${PK}, kind TEXT NOT NULL, "
                           "description TEXT NOT NULL DEFAULT '', "
                           "started_at ${TS} NOT NULL DEFAULT ${NOW}, finished_at ${TS}, "
                           "created_by BIGINT NOT NULL REFERENCES fd_user(id))"),
            QStringLiteral("CREATE TABLE fd_organism (id ${PK}, name TEXT NOT NULL UNIQUE, "
                           "scientific_name TEXT, taxon_id BIGINT UNIQUE, " FD_PROVENANCE ")"),
            QStringLiteral("CREATE TABLE fd_feature (id ${PK}, uid TEXT NOT NULL UNIQUE, "
                           "name TEXT NOT NULL UNIQUE, dtype TEXT, unit TEXT, "
                           "description TEXT, synonyms TEXT, " FD_PROVENANCE ")"),
            QStringLiteral("CREATE TABLE fd_gene (id ${PK}, uid TEXT NOT NULL UNIQUE, "
                           "symbol TEXT, ensembl_gene_id TEXT UNIQUE, ncbi_gene_id TEXT, "
                           "biotype TEXT, description TEXT, synonyms TEXT, "
                           "organism_id BIGINT REFERENCES fd_organism(id), " FD_PROVENANCE ")"),
            QStringLiteral("CREATE INDEX fd_gene_symbol ON fd_gene(symbol)"),
            QStringLiteral("CREATE INDEX fd_gene_ncbi ON fd_gene(ncbi_gene_id)"),
            QStringLiteral("CREATE TABLE fd_feature_set (id ${PK}, uid TEXT NOT NULL UNIQUE, "
                           "name TEXT NOT NULL, n BIGINT NOT NULL, dtype TEXT, "
                           "registry TEXT NOT NULL CHECK (registry IN ('core.Feature', "
                           "'bionty.Gene')), hash TEXT NOT NULL UNIQUE, description TEXT, "
                           FD_PROVENANCE ")"),
            QStringLiteral("CREATE TABLE fd_feature_set_feature ("
                           "feature_set_id BIGINT NOT NULL REFERENCES fd_feature_set(id) "
                           "ON DELETE CASCADE, "
                           "feature_id BIGINT NOT NULL REFERENCES fd_feature(id), "
                           "PRIMARY KEY (feature_set_id, feature_id))"),
            QStringLiteral("CREATE TABLE fd_feature_set_gene ("
                           "feature_set_id BIGINT NOT NULL REFERENCES fd_feature_set(id) "
                           "ON DELETE CASCADE, "
                           "gene_id BIGINT NOT NULL REFERENCES fd_gene(id), "
                           "PRIMARY KEY (feature_set_id, gene_id))"),
            QStringLiteral("CREATE TABLE fd_artifact (id ${PK}, uid TEXT NOT NULL UNIQUE, "
                           "key TEXT NOT NULL, suffix TEXT NOT NULL DEFAULT '', "
                           "size ${BIGINT} NOT NULL, hash TEXT NOT NULL UNIQUE, "
                           "hash_type TEXT NOT NULL, description TEXT, " FD_PROVENANCE ")"),
            QStringLiteral("CREATE TABLE fd_artifact_feature_set ("
                           "artifact_id BIGINT NOT NULL REFERENCES fd_artifact(id) "
                           "ON DELETE CASCADE, "
                           "feature_set_id BIGINT NOT NULL REFERENCES fd_feature_set(id) "
                           "ON DELETE RESTRICT, "
                           "slot TEXT NOT NULL, " FD_PROVENANCE ", "
                           "PRIMARY KEY (artifact_id, slot))"),
        },
    };
}

#undef FD_PROVENANCE

Schema::Step step2_viewIndexes()
{
    return {
        .version = 2,
        .description = QStringLiteral(
            "indexes for the registry views and for 'which artifacts use this set'"),
        .statements = {
            QStringLiteral("CREATE INDEX fd_artifact_feature_set_set "
                           "ON fd_artifact_feature_set(feature_set_id)"),
            QStringLiteral("CREATE INDEX fd_feature_set_gene_gene ON fd_feature_set_gene(gene_id)"),
            QStringLiteral("CREATE INDEX fd_feature_set_feature_feature "
                           "ON fd_feature_set_feature(feature_id)"),
            QStringLiteral("CREATE INDEX fd_artifact_key ON fd_artifact(key)"),
            QStringLiteral("CREATE INDEX fd_artifact_created ON fd_artifact(created_at)"),
            QStringLiteral("CREATE INDEX fd_feature_set_name ON fd_feature_set(name)"),
            QStringLiteral("CREATE INDEX fd_gene_organism ON fd_gene(organism_id)"),
        },
    };
}

Schema::Step step3_geneLookUps()
{
    return {
        .version = 3,
        .description = QStringLiteral(
            "genes: further Ensembl ids of a gene; case-insensitive symbol look-up"),
        .statements = {
            // NCBI lists several Ensembl ids for some genes; a gene keeps the first in
            // ensembl_gene_id (unique) and the rest here, |-separated.
            QStringLiteral("ALTER TABLE fd_gene ADD COLUMN other_ensembl_gene_ids TEXT"),
            QStringLiteral("CREATE INDEX fd_gene_symbol_lower ON fd_gene(lower(symbol))"),
        },
    };
}

Schema::Step step4_artifactSizeIndex()
{
    return {
        .version = 4,
        .description = QStringLiteral(
            "artifacts: index on size, so that sorting a million artifacts by size "
            "reads an index instead of sorting the table"),
        .statements = {
            QStringLiteral("CREATE INDEX fd_artifact_size ON fd_artifact(size)"),
        },
    };
}

Schema::Step step5_linksBySetAndArtifact()
{
    return {
        .version = 5,
        .description = QStringLiteral(
            "links by set and artifact: 'which artifacts use this set' counts and "
            "lists them from one index, however many there are"),
        .statements = {
            QStringLiteral("DROP INDEX fd_artifact_feature_set_set"),
            QStringLiteral("CREATE INDEX fd_artifact_feature_set_set "
                           "ON fd_artifact_feature_set(feature_set_id, artifact_id)"),
        },
    };
}

Schema::Step step6_oneSlotPerSet()
{
    return {
        .version = 6,
        .description = QStringLiteral(
            "an artifact holds a set under one slot at most, as LaminDB's "
            "ArtifactFeatureSet is unique on (artifact, featureset): a set's artifacts "
            "are counted from this index alone"),
        .statements = {
            QStringLiteral("DROP INDEX fd_artifact_feature_set_set"),
            QStringLiteral("CREATE UNIQUE INDEX fd_artifact_feature_set_set "
                           "ON fd_artifact_feature_set(feature_set_id, artifact_id)"),
        },
        // A registry where some artifact holds one set under two slots stops at version 5,
        // unchanged, and names them.
        .check = QStringLiteral(
            "SELECT a.uid || ' (' || s.uid || ')' FROM fd_artifact_feature_set l "
            "JOIN fd_artifact a ON a.id = l.artifact_id "
            "JOIN fd_feature_set s ON s.id = l.feature_set_id "
            "GROUP BY a.uid, s.uid HAVING COUNT(*) > 1 ORDER BY a.uid LIMIT 3"),
        .refusal = QStringLiteral(QT_TRANSLATE_NOOP(
            "fd::Schema",
            "some artifacts hold the same feature set under two slots, which this "
            "version no longer allows (a set is linked to an artifact once, as in "
            "LaminDB); detach one of the two with the FeatureDesk that made the "
            "registry, then open it again. Artifacts (sets): %1")),
    };
}

// SQLite: the link table keyed by (artifact, slot) itself, without row ids.
// PostgreSQL checks a foreign key with one trigger call per row: four of them made three quarters
// of the time of linking a million artifacts. The link table's references are checked here once
// per statement instead, with the same guarantees (and the count of each set's artifacts kept on
// the way, see fd_feature_set_usage):
// - new or changed links must name an existing artifact, set and run (fd_links_changed);
// - deleting artifacts deletes their links, deleting a set or run that links still name is
//   refused. The delete waits (table lock) for transactions still writing links and keeps new
//   ones out until it ends, so no link can name a row deleted meanwhile; a link writer that comes
//   second waits for the delete, then finds the row gone (fd_follow_deletes);
// - ids of the rows links name do not change (fd_keep_id).
// The members of sets are checked the same way (fd_members_changed): a 20,000-gene set was 40,000
// foreign-key calls.
Schema::Step step7_linkChecksPerStatement()
{
    return {
        .version = 7,
        .description = QStringLiteral(
            "links of artifacts to sets: slimmer rows (the run carries who and when), SQLite "
            "without row ids; PostgreSQL checks the references of links and set members once per "
            "statement and keeps how many artifacts use each set"),
        .statements = {},
        .sqliteStatements = {
            // Keyed by (artifact, slot) itself: one b-tree less to write for every link.
            QStringLiteral("CREATE TABLE fd_artifact_feature_set_v7 ("
                           "artifact_id INTEGER NOT NULL REFERENCES fd_artifact(id) "
                           "ON DELETE CASCADE, "
                           "slot TEXT NOT NULL, "
                           "feature_set_id INTEGER NOT NULL REFERENCES fd_feature_set(id) "
                           "ON DELETE RESTRICT, "
                           "run_id INTEGER REFERENCES fd_run(id), "
                           "PRIMARY KEY (artifact_id, slot)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO fd_artifact_feature_set_v7 (artifact_id, slot, "
                           "feature_set_id, run_id) SELECT artifact_id, slot, feature_set_id, "
                           "run_id FROM fd_artifact_feature_set ORDER BY artifact_id, slot"),
            QStringLiteral("DROP TABLE fd_artifact_feature_set"),
            QStringLiteral("ALTER TABLE fd_artifact_feature_set_v7 "
                           "RENAME TO fd_artifact_feature_set"),
            QStringLiteral("CREATE UNIQUE INDEX fd_artifact_feature_set_set "
                           "ON fd_artifact_feature_set(feature_set_id, artifact_id)"),
        },
        .postgresStatements = {
            QStringLiteral("ALTER TABLE fd_artifact_feature_set "
                           "DROP CONSTRAINT fd_artifact_feature_set_artifact_id_fkey, "
                           "DROP CONSTRAINT fd_artifact_feature_set_feature_set_id_fkey, "
                           "DROP CONSTRAINT fd_artifact_feature_set_run_id_fkey, "
                           "DROP COLUMN created_at, DROP COLUMN created_by"),
            // How many artifacts use each set, as a few rows per set to sum: each statement adds
            // one row per set it changed (+ or -), so that writers of different statements do not
            // wait on one counter; a set with more than 32 rows has them folded into one.
            QStringLiteral("CREATE TABLE fd_feature_set_usage (feature_set_id BIGINT NOT NULL "
                           "REFERENCES fd_feature_set(id) ON DELETE CASCADE, "
                           "artifacts BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX fd_feature_set_usage_set "
                           "ON fd_feature_set_usage(feature_set_id)"),
            QStringLiteral("INSERT INTO fd_feature_set_usage (feature_set_id, artifacts) "
                           "SELECT feature_set_id, COUNT(*) FROM fd_artifact_feature_set "
                           "GROUP BY feature_set_id"),
            resourceStatement("postgres/fd_links_changed.sql"),
            QStringLiteral("CREATE TRIGGER fd_links_inserted AFTER INSERT "
                           "ON fd_artifact_feature_set "
                           "REFERENCING NEW TABLE AS fd_new_links FOR EACH STATEMENT "
                           "EXECUTE FUNCTION fd_links_changed()"),
            QStringLiteral("CREATE TRIGGER fd_links_updated AFTER UPDATE "
                           "ON fd_artifact_feature_set "
                           "REFERENCING OLD TABLE AS fd_old_links NEW TABLE AS fd_new_links "
                           "FOR EACH STATEMENT EXECUTE FUNCTION fd_links_changed()"),
            QStringLiteral("CREATE TRIGGER fd_links_deleted AFTER DELETE "
                           "ON fd_artifact_feature_set "
                           "REFERENCING OLD TABLE AS fd_old_links FOR EACH STATEMENT "
                           "EXECUTE FUNCTION fd_links_changed()"),
            QStringLiteral("ALTER TABLE fd_feature_set_gene "
                           "DROP CONSTRAINT fd_feature_set_gene_feature_set_id_fkey, "
                           "DROP CONSTRAINT fd_feature_set_gene_gene_id_fkey"),
            QStringLiteral("ALTER TABLE fd_feature_set_feature "
                           "DROP CONSTRAINT fd_feature_set_feature_feature_set_id_fkey, "
                           "DROP CONSTRAINT fd_feature_set_feature_feature_id_fkey"),
            resourceStatement("postgres/fd_members_changed.sql"),
            resourceStatement("postgres/fd_follow_deletes.sql"),
            resourceStatement("postgres/fd_keep_id.sql"),
            checkMembers("fd_members_inserted", "INSERT", "fd_feature_set_gene", "gene_id",
                         "fd_gene", "gene"),
            checkMembers("fd_members_updated", "UPDATE", "fd_feature_set_gene", "gene_id",
                         "fd_gene", "gene"),
            checkMembers("fd_members_inserted", "INSERT", "fd_feature_set_feature", "feature_id",
                         "fd_feature", "feature"),
            checkMembers("fd_members_updated", "UPDATE", "fd_feature_set_feature", "feature_id",
                         "fd_feature", "feature"),
            followDeletes("fd_artifact_deleted_1", "fd_artifact", "fd_artifact_feature_set",
                          "artifact_id", "cascade"),
            keepIds("fd_artifact_keeps_id", "fd_artifact"),
            followDeletes("fd_feature_set_deleted_1", "fd_feature_set", "fd_artifact_feature_set",
                          "feature_set_id", "restrict"),
            followDeletes("fd_feature_set_deleted_2", "fd_feature_set", "fd_feature_set_gene",
                          "feature_set_id", "cascade"),
            followDeletes("fd_feature_set_deleted_3", "fd_feature_set", "fd_feature_set_feature",
                          "feature_set_id", "cascade"),
            keepIds("fd_feature_set_keeps_id", "fd_feature_set"),
            followDeletes("fd_run_deleted_1", "fd_run", "fd_artifact_feature_set", "run_id",
                          "restrict"),
            keepIds("fd_run_keeps_id", "fd_run"),
            followDeletes("fd_gene_deleted_1", "fd_gene", "fd_feature_set_gene", "gene_id",
                          "restrict"),
            keepIds("fd_gene_keeps_id", "fd_gene"),
            followDeletes("fd_feature_deleted_1", "fd_feature", "fd_feature_set_feature",
                          "feature_id", "restrict"),
            keepIds("fd_feature_keeps_id", "fd_feature"),
        },
    };
}

Schema::Step step8_artifactTimeIsRunStart()
{
    return {
        .version = 8,
        .description = QStringLiteral(
            "artifacts: when one was registered is its run's start, as for links; views sort by "
            "creation in id order, so the created_at column and its index go"),
        .statements = {
            // Every artifact FeatureDesk registers has its run. Rows written by other means
            // without one get a run each per user and moment, so that no time is lost.
            QStringLiteral("INSERT INTO fd_run (kind, description, started_at, finished_at, "
                           "created_by) SELECT 'schema.migrate', 'Artifacts registered outside a "
                           "run, given one by schema version 8', created_at, created_at, "
                           "created_by FROM fd_artifact WHERE run_id IS NULL "
                           "GROUP BY created_by, created_at"),
            QStringLiteral("UPDATE fd_artifact SET run_id = (SELECT MIN(r.id) FROM fd_run r "
                           "WHERE r.kind = 'schema.migrate' "
                           "AND r.created_by = fd_artifact.created_by "
                           "AND r.started_at = fd_artifact.created_at) WHERE run_id IS NULL"),
            QStringLiteral("DROP INDEX fd_artifact_created"),
            QStringLiteral("ALTER TABLE fd_artifact DROP COLUMN created_at"),
        },
    };
}

// Keys keep their folders once (ArtifactFolders): a key's folder and name, instead of the whole
// key twice (table and sort index) for each of a million artifacts.
Schema::Step step9_artifactKeyFolders()
{
    return {
        .version = 9,
        .description = QStringLiteral(
            "artifact keys: the folders once, in fd_artifact_folder, each with an ord that "
            "sorts as its path; an artifact holds its folder's ord and its name, sorted by one "
            "index"),
        .statements = {
            QStringLiteral("CREATE TABLE fd_artifact_folder (ord TEXT ${BYTEWISE} PRIMARY KEY, "
                           "path TEXT NOT NULL UNIQUE)"),
            QStringLiteral("INSERT INTO fd_artifact_folder (ord, path) VALUES ('', '')"),
            QStringLiteral("ALTER TABLE fd_artifact ADD COLUMN key_folder TEXT ${BYTEWISE} "
                           "NOT NULL DEFAULT '' REFERENCES fd_artifact_folder(ord)"),
            QStringLiteral("ALTER TABLE fd_artifact ADD COLUMN key_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("DROP INDEX fd_artifact_key"),
        },
        .sqliteStatements = {
            QStringLiteral("UPDATE fd_artifact SET key_folder = (SELECT f.ord "
                           "FROM fd_artifact_folder f WHERE f.path = ${FOLDER_OF(key)}), "
                           "key_name = substr(key, length(${FOLDER_OF(key)}) + 1)"),
            QStringLiteral("ALTER TABLE fd_artifact DROP COLUMN key"),
            QStringLiteral("CREATE INDEX fd_artifact_key ON fd_artifact(key_folder, key_name)"),
        },
        .postgresStatements = {
            QStringLiteral("UPDATE fd_artifact a SET key_folder = f.ord, "
                           "key_name = substr(a.key, length(f.path) + 1) "
                           "FROM fd_artifact_folder f WHERE f.path = ${FOLDER_OF(a.key)}"),
            QStringLiteral("ALTER TABLE fd_artifact DROP COLUMN key"),
            QStringLiteral("CREATE INDEX fd_artifact_key ON fd_artifact(key_folder, key_name)"),
        },
        .code = [](QSqlDatabase &db, const SqlDialect &dialect, const QString &doing,
                   QStringList &) {
            return ArtifactFolders::addExistingFolders(db, dialect, doing);
        },
        .sqliteForeignKeysOff = true,
    };
}

// On SQLite a set's artifacts were counted from the (set, artifact) index: a million entries,
// 31-45 ms, for the sets view and "which artifacts use this set". Now a row per set keeps the
// count, as PostgreSQL's statement triggers have since step 7. SQLite has per-row triggers only
// (a third of a million-link attach): ArtifactStore::attach switches them off for its one
// INSERT and adds the count itself in the same transaction (SqliteTriggersOff); every other
// write, FeatureDesk's or anyone's, is counted by the triggers.
Schema::Step step10_sqliteSetUsage()
{
    return {
        .version = 10,
        .description = QStringLiteral(
            "SQLite keeps how many artifacts use each set (fd_feature_set_usage, kept by "
            "triggers on the link table), as PostgreSQL has since version 7"),
        .statements = {},
        .sqliteStatements = {
            QStringLiteral("CREATE TABLE fd_feature_set_usage (feature_set_id INTEGER PRIMARY KEY, "
                           "artifacts INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO fd_feature_set_usage (feature_set_id, artifacts) "
                           "SELECT feature_set_id, COUNT(*) FROM fd_artifact_feature_set "
                           "GROUP BY feature_set_id"),
            QStringLiteral("CREATE TRIGGER fd_links_inserted AFTER INSERT "
                           "ON fd_artifact_feature_set BEGIN "
                           "INSERT INTO fd_feature_set_usage (feature_set_id, artifacts) "
                           "VALUES (NEW.feature_set_id, 1) "
                           "ON CONFLICT (feature_set_id) DO UPDATE SET artifacts = artifacts + 1; "
                           "END"),
            QStringLiteral("CREATE TRIGGER fd_links_deleted AFTER DELETE "
                           "ON fd_artifact_feature_set BEGIN "
                           "UPDATE fd_feature_set_usage SET artifacts = artifacts - 1 "
                           "WHERE feature_set_id = OLD.feature_set_id; END"),
            QStringLiteral("CREATE TRIGGER fd_links_updated AFTER UPDATE OF feature_set_id "
                           "ON fd_artifact_feature_set "
                           "WHEN OLD.feature_set_id IS NOT NEW.feature_set_id BEGIN "
                           "UPDATE fd_feature_set_usage SET artifacts = artifacts - 1 "
                           "WHERE feature_set_id = OLD.feature_set_id; "
                           "INSERT INTO fd_feature_set_usage (feature_set_id, artifacts) "
                           "VALUES (NEW.feature_set_id, 1) "
                           "ON CONFLICT (feature_set_id) DO UPDATE SET artifacts = artifacts + 1; "
                           "END"),
            // A trigger, not ON DELETE CASCADE, which works only while foreign keys are on: a row
            // left behind would count for the next set given the same id.
            QStringLiteral("CREATE TRIGGER fd_feature_set_deleted_usage AFTER DELETE "
                           "ON fd_feature_set BEGIN "
                           "DELETE FROM fd_feature_set_usage WHERE feature_set_id = OLD.id; END"),
        },
    };
}

// PostgreSQL: a 20,000-gene set was 20,000 member rows, each in two indexes and checked by a
// statement trigger that hashed every gene: 75-100 ms of the set's creation. Now one row, a sorted
// array (fd_feature_set_genes), with the same guarantees, checked by the server:
// - every gene of a new or changed array exists, and the array is ascending (so each gene once)
//   (fd_set_genes_changed);
// - a set's array goes with the set (foreign key, ON DELETE CASCADE);
// - deleting a gene a set names is refused; the delete locks the array table until it ends (as
//   fd_follow_deletes does), so no set can name a gene deleted meanwhile (fd_genes_deleted);
// - "which sets hold this gene" is the GIN index (fd_sets_with_gene); a set's genes by set are its
//   row. fd_feature_set_gene stays as a view (set, gene), as SQLite's table, for reading.
Schema::Step step11_postgresSetGenesAsArrays()
{
    return {
        .version = 11,
        .description = QStringLiteral(
            "PostgreSQL keeps a feature set's genes as one sorted array with a GIN index "
            "(fd_feature_set_genes); fd_feature_set_gene is a view on it"),
        .statements = {},
        .postgresStatements = {
            QStringLiteral("CREATE TABLE fd_feature_set_genes ("
                           "feature_set_id BIGINT PRIMARY KEY REFERENCES fd_feature_set(id) "
                           "ON DELETE CASCADE, "
                           "gene_ids BIGINT[] NOT NULL CHECK (cardinality(gene_ids) > 0 "
                           "AND array_ndims(gene_ids) = 1 "
                           "AND array_lower(gene_ids, 1) = 1 "
                           "AND array_position(gene_ids, NULL) IS NULL))"),
            // Out of line without compression: pglz took 13 ms of a 20,000-gene set's creation
            // (its 160 KB would be 65 KB compressed; lz4 is not in every server).
            QStringLiteral("ALTER TABLE fd_feature_set_genes "
                           "ALTER COLUMN gene_ids SET STORAGE EXTERNAL"),
            QStringLiteral("INSERT INTO fd_feature_set_genes (feature_set_id, gene_ids) "
                           "SELECT feature_set_id, array_agg(gene_id ORDER BY gene_id) "
                           "FROM fd_feature_set_gene GROUP BY feature_set_id"),
            // Step 7's triggers, by the names it gave them: the set's cascade to its member rows
            // and the genes' restrict, now the array's.
            QStringLiteral("DROP TRIGGER fd_feature_set_deleted_2 ON fd_feature_set"),
            QStringLiteral("DROP TRIGGER fd_gene_deleted_1 ON fd_gene"),
            QStringLiteral("DROP TABLE fd_feature_set_gene"),
            // fastupdate off: each set's creation writes its own index entries, none are left to
            // a later writer or to autovacuum.
            QStringLiteral("CREATE INDEX fd_feature_set_genes_gene ON fd_feature_set_genes "
                           "USING gin (gene_ids) WITH (fastupdate = off)"),
            QStringLiteral("CREATE VIEW fd_feature_set_gene AS SELECT s.feature_set_id, g.gene_id "
                           "FROM fd_feature_set_genes s, unnest(s.gene_ids) AS g(gene_id)"),
            resourceStatement("postgres/fd_set_genes_changed.sql"),
            QStringLiteral("CREATE TRIGGER fd_set_genes_inserted AFTER INSERT "
                           "ON fd_feature_set_genes "
                           "REFERENCING NEW TABLE AS fd_new_set_genes FOR EACH STATEMENT "
                           "EXECUTE FUNCTION fd_set_genes_changed()"),
            QStringLiteral("CREATE TRIGGER fd_set_genes_updated AFTER UPDATE "
                           "ON fd_feature_set_genes "
                           "REFERENCING NEW TABLE AS fd_new_set_genes FOR EACH STATEMENT "
                           "EXECUTE FUNCTION fd_set_genes_changed()"),
            resourceStatement("postgres/fd_sets_with_gene.sql"),
            resourceStatement("postgres/fd_genes_deleted.sql"),
            // The name step 7 gave the genes' trigger, which the one above replaced.
            QStringLiteral("CREATE TRIGGER fd_gene_deleted_1 AFTER DELETE ON fd_gene "
                           "REFERENCING OLD TABLE AS fd_old_rows FOR EACH STATEMENT "
                           "EXECUTE FUNCTION fd_genes_deleted()"),
        },
    };
}

// Gene uids as bionty makes them: lamin-utils writes the leading zero bytes of the digest as
// '0' and their count, which FeatureDesk dropped; the genes concerned (1 in 256) and the sets
// holding them are corrected (GeneUidCorrection).
Schema::Step step12_geneUidsAsLaminDb()
{
    return {
        .version = 12,
        .description = QStringLiteral(
            "genes: uids whose key's MD5 starts with zero bytes get LaminDB's encoding ('0' and "
            "the count of those bytes first); the feature sets holding them are hashed again"),
        .statements = {},
        .code = [](QSqlDatabase &db, const SqlDialect &dialect, const QString &doing,
                   QStringList &notes) -> Status {
            const Result<GeneUidCorrection::Outcome> corrected
                = GeneUidCorrection::run(db, dialect, doing);
            if (!corrected)
                return corrected.error();
            notes << GeneUidCorrection::notes(*corrected);
            return {};
        },
    };
}

// The curation of files: the decisions made for each header (or each column's values), kept so
// that the same file or next week's with the same header finds them. A file's decisions are kept
// twice at most: as last applied, and as a draft saved with every decision made since.
Schema::Step step13_curations()
{
    return {
        .version = 13,
        .description = QStringLiteral("curations: the review's decisions kept per header"),
        .statements = {
            QStringLiteral("CREATE TABLE fd_curation (id ${PK}, header_key TEXT NOT NULL, "
                           "field TEXT NOT NULL, column_name TEXT NOT NULL DEFAULT '', "
                           "file_name TEXT NOT NULL DEFAULT '', "
                           "has_draft INTEGER NOT NULL DEFAULT 0 CHECK (has_draft IN (0, 1)), "
                           "applied_run_id BIGINT REFERENCES fd_run(id), "
                           "updated_at ${TS} NOT NULL DEFAULT ${NOW}, "
                           "updated_by BIGINT NOT NULL REFERENCES fd_user(id), "
                           "UNIQUE (header_key, field, column_name))"),
            QStringLiteral("CREATE TABLE fd_curation_decision ("
                           "curation_id BIGINT NOT NULL REFERENCES fd_curation(id) "
                           "ON DELETE CASCADE, "
                           "draft INTEGER NOT NULL CHECK (draft IN (0, 1)), "
                           "position INTEGER NOT NULL, value TEXT NOT NULL, "
                           "action TEXT NOT NULL CHECK (action IN ('rename', 'add_feature', "
                           "'add_synonym', 'ignore')), "
                           "name TEXT, record_uid TEXT, dtype TEXT, unit TEXT, description TEXT, "
                           "synonyms TEXT, PRIMARY KEY (curation_id, draft, value))"),
        },
    };
}

// The steps in order, each taking the schema from the version before to its own.
std::vector<Schema::Step> makeSteps()
{
    return {
        step1_tables(),
        step2_viewIndexes(),
        step3_geneLookUps(),
        step4_artifactSizeIndex(),
        step5_linksBySetAndArtifact(),
        step6_oneSlotPerSet(),
        step7_linkChecksPerStatement(),
        step8_artifactTimeIsRunStart(),
        step9_artifactKeyFolders(),
        step10_sqliteSetUsage(),
        step11_postgresSetGenesAsArrays(),
        step12_geneUidsAsLaminDb(),
        step13_curations(),
    };
}

} // namespace

const std::vector<Schema::Step> &Schema::steps()
{
    static const std::vector<Step> all = makeSteps();
    return all;
}

int Schema::latestVersion()
{
    return steps().back().version;
}

Result<int> Schema::currentVersion(const QSqlDatabase &db)
{
    const QStringList tables = db.tables(QSql::Tables);
    if (tables.isEmpty())
        return 0;
    if (!tables.contains(QStringLiteral("fd_meta")))
        return Error::make(
            Error::Code::NotARegistry,
            //: Completes "This database %1, so it is not a FeatureDesk registry."
            QCoreApplication::translate("fd::Schema", "holds tables but none of FeatureDesk's"));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM fd_meta")))
        return sqlError(query,
                        QCoreApplication::translate("fd::Schema", "read the schema version"));
    int version = -1;
    bool tagged = false;
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == QLatin1StringView("schema_version"))
            version = query.value(1).toString().toInt();
        else if (key == QLatin1StringView("application"))
            tagged = query.value(1).toString() == applicationTag();
    }
    if (!tagged || version < 1)
        return Error::make(Error::Code::NotARegistry,
                           //: Completes "This database %1, so it is not a FeatureDesk registry."
                           QCoreApplication::translate(
                               "fd::Schema", "has a meta table that FeatureDesk did not write"));
    return version;
}

Status Schema::migrate(QSqlDatabase &db, const SqlDialect &dialect, const QString &location,
                       int targetVersion, QStringList *notes)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    // Every pending step in one transaction: a migration stopped anywhere (a full disk, a crash,
    // a refused step) leaves the registry at the version it had, never half-way.
    const Result<int> before = currentVersion(db);
    if (!before)
        return before.error();
    if (*before >= targetVersion)
        return {};
    // SQLite ignores the foreign-keys pragma inside a transaction: when a pending step needs them
    // off, they are off for the whole migration (and back on however it ends), and every foreign
    // key is checked before the commit. Another process migrating meanwhile only leaves fewer
    // steps to run.
    bool foreignKeysOff = false;
    for (const Step &step : steps()) {
        if (step.version > *before && step.version <= targetVersion && step.sqliteForeignKeysOff
            && !dialect.isPostgres())
            foreignKeysOff = true;
    }
    std::optional<SqliteForeignKeysOff> foreignKeysOffDuringMigration;
    if (foreignKeysOff && !foreignKeysOffDuringMigration.emplace(db).active())
        return Error::make(Error::Code::Database,
                           QCoreApplication::translate("fd::Schema",
                                                       "Could not migrate %1: the foreign keys "
                                                       "could not be switched off")
                               .arg(location));
    const QString migrating
        = QCoreApplication::translate("fd::Schema", "migrate %1 to schema version %2")
              .arg(location)
              .arg(targetVersion);
    Transaction transaction(db);
    if (Status begun = transaction.begin(migrating); !begun)
        return begun;
    QSqlQuery query(db);
    // Two workstations opening an old registry at once: the second waits here, then finds the
    // steps done. SQLite's BEGIN IMMEDIATE already serialises writers.
    if (dialect.isPostgres()
        && !query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLockKey)))
        return sqlError(
            query,
            QCoreApplication::translate("fd::Schema", "lock %1 for migration").arg(location));
    const Result<int> current = currentVersion(db);
    if (!current)
        return current.error();
    // Handed on once the whole migration is committed.
    QStringList stepNotes;
    for (const Step &step : steps()) {
        if (step.version > targetVersion)
            break;
        if (*current >= step.version)
            continue;
        const QString doing
            = QCoreApplication::translate("fd::Schema", "migrate %1 to schema version %2")
                  .arg(location)
                  .arg(step.version);
        if (!step.check.isEmpty()) {
            if (!query.exec(dialect.expand(step.check)))
                return sqlError(query, doing);
            QStringList refused;
            while (query.next())
                refused.append(query.value(0).toString());
            query.finish();
            if (!refused.isEmpty()) {
                const QString refusal
                    = QCoreApplication::translate("fd::Schema", step.refusal.toUtf8().constData());
                return Error::make(
                    Error::Code::Conflict,
                    //: %1 is a phrase such as "migrate the registry x to schema version 6",
                    //: %2 why the step refused.
                    QCoreApplication::translate("fd::Schema", "Could not %1: %2")
                        .arg(doing, refusal.arg(refused.join(QStringLiteral(", ")))));
            }
        }
        for (const QStringList *list :
             {&step.statements,
              dialect.isPostgres() ? &step.postgresStatements : &step.sqliteStatements}) {
            if (list != &step.statements && step.code) {
                if (Status done = step.code(db, dialect, doing, stepNotes); !done)
                    return done;
            }
            for (const QString &statement : *list) {
                if (!query.exec(dialect.expand(statement)))
                    return sqlError(query, doing);
            }
        }
        const QString upsert
            = QStringLiteral("INSERT INTO fd_meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        const std::pair<QString, QString> meta[]
            = {{QStringLiteral("application"), applicationTag()},
               {QStringLiteral("schema_version"), QString::number(step.version)}};
        for (const auto &[key, value] : meta) {
            if (!query.prepare(upsert))
                return sqlError(query, doing);
            query.addBindValue(key);
            query.addBindValue(value);
            if (!query.exec())
                return sqlError(query, doing);
        }
        if (!query.prepare(QStringLiteral("INSERT INTO fd_migration (version, description, "
                                          "app_version) VALUES (?, ?, ?)")))
            return sqlError(query, doing);
        query.addBindValue(step.version);
        query.addBindValue(step.description);
        query.addBindValue(QStringLiteral(FEATUREDESK_VERSION));
        if (!query.exec())
            return sqlError(query, doing);
        query.finish();
    }
    if (foreignKeysOff) {
        if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return sqlError(query, migrating);
        if (query.next())
            return Error::make(
                Error::Code::Conflict,
                QCoreApplication::translate("fd::Schema",
                                            "Could not %1: a row of %2 names a missing row of %3")
                    .arg(migrating, query.value(0).toString(), query.value(2).toString()));
        query.finish();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    if (notes)
        notes->append(stepNotes);
    return {};
}

} // namespace fd
