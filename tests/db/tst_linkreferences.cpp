// The links of artifacts to feature sets name an artifact, a set and a run; on both backends the
// registry keeps those names true: SQLite with foreign keys, PostgreSQL with checks once per
// statement (schema step 7). Each rule is tried with plain SQL, as another program would write.

#include "model/browse/PagedTableModel.h"
#include "model/browse/RegistryTables.h"
#include "model/db/Registry.h"
#include "model/db/Schema.h"
#include "tests/support/BackendTest.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <tuple>

using namespace fd;

class TestLinkReferences : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<Registry> m_registry;
    qint64 m_run = -1;
    qint64 m_set = -1;
    qint64 m_artifacts[2] = {-1, -1};

    bool isPostgres() const { return m_registry->dialect().isPostgres(); }

    qint64 count(const QString &sql) { return test::scalar(m_registry->database(), sql); }
    qint64 links() { return count(QStringLiteral("SELECT COUNT(*) FROM fd_artifact_feature_set")); }

    // The id the insert made (both backends).
    qint64 insert(const QString &sql)
    {
        QSqlQuery query(m_registry->database());
        if (!query.exec(sql + QStringLiteral(" RETURNING id")) || !query.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return -1;
        }
        return query.value(0).toLongLong();
    }

    QString link(qint64 artifact, const QString &slot, qint64 set, qint64 run) const
    {
        return QStringLiteral("INSERT INTO fd_artifact_feature_set (artifact_id, slot, "
                              "feature_set_id, run_id) "
                              "VALUES (%1, '%2', %3, %4)")
            .arg(artifact)
            .arg(slot)
            .arg(set)
            .arg(run);
    }

    // Runs sql, which must fail; returns its error text.
    QString refused(const QString &sql, QSqlDatabase db = {})
    {
        QSqlQuery query(db.isValid() ? db : m_registry->database());
        if (query.exec(sql))
            return QString();
        return query.lastError().text();
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void init()
    {
        FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry);
        const QString user = QString::number(m_registry->userId());
        m_run = insert(
            QStringLiteral("INSERT INTO fd_run (kind, created_by) VALUES ('test', %1)").arg(user));
        m_set = insert(
            QStringLiteral("INSERT INTO fd_feature_set (uid, name, n, registry, hash, created_by) "
                           "VALUES ('SetSetSetSetSetSet01', 'panel', 0, 'core.Feature', "
                           "'hashhashhashhashhash', %1)")
                .arg(user));
        for (int i = 0; i < 2; ++i) {
            m_artifacts[i] = insert(
                QStringLiteral("INSERT INTO fd_artifact (uid, key_name, size, hash, hash_type, "
                               "created_by) VALUES ('ArtArtArtArtArt%1' || '0000', 'a%1.csv', 1, "
                               "'hash%1', 'md5', %2)")
                    .arg(i + 1)
                    .arg(user));
        }
        QVERIFY(m_run > 0 && m_set > 0 && m_artifacts[0] > 0 && m_artifacts[1] > 0);
    }

    void cleanup() { m_registry.reset(); }

    void linksNameWhatExists_data()
    {
        QTest::addColumn<QString>("column");
        QTest::newRow("artifact") << QStringLiteral("artifact");
        QTest::newRow("feature set") << QStringLiteral("set");
        QTest::newRow("run") << QStringLiteral("run");
    }

    void linksNameWhatExists()
    {
        QFETCH(QString, column);
        const qint64 missing = 987654;
        const qint64 artifact = column == QLatin1StringView("artifact") ? missing : m_artifacts[1];
        const qint64 set = column == QLatin1StringView("set") ? missing : m_set;
        const qint64 run = column == QLatin1StringView("run") ? missing : m_run;
        // One statement of two links, one of them naming nothing: neither is written.
        const auto twoLinks = [this](qint64 artifact, qint64 set, qint64 run) {
            return QStringLiteral(
                       "INSERT INTO fd_artifact_feature_set (artifact_id, slot, feature_set_id, "
                       "run_id) VALUES (%1, 'obs', %2, %3), (%4, 'obs', %5, %6)")
                .arg(m_artifacts[0])
                .arg(m_set)
                .arg(m_run)
                .arg(artifact)
                .arg(set)
                .arg(run);
        };
        const QString error = refused(twoLinks(artifact, set, run));
        QVERIFY2(!error.isEmpty(), "a link naming a missing row was written");
        if (isPostgres())
            QVERIFY2(error.contains(QStringLiteral("with id %1").arg(missing)), qPrintable(error));
        else
            QVERIFY2(error.contains(QLatin1StringView("FOREIGN KEY")), qPrintable(error));
        QCOMPARE(links(), 0);
        // The same statement naming what exists is written (a second set for the second artifact,
        // since an artifact holds a set under one slot only).
        const qint64 other
            = insert(QStringLiteral("INSERT INTO fd_feature_set (uid, name, n, registry, hash, "
                                    "created_by) VALUES ('SetSetSetSetSetSet02', 'other', 0, "
                                    "'core.Feature', 'hash2hash2hash2hash2', %1)")
                         .arg(m_registry->userId()));
        QSqlQuery query(m_registry->database());
        QVERIFY2(query.exec(twoLinks(m_artifacts[1], other, m_run)),
                 qPrintable(query.lastError().text()));
        QCOMPARE(links(), 2);
    }

    void replacingASlotNamesWhatExists()
    {
        QSqlQuery query(m_registry->database());
        QVERIFY2(query.exec(link(m_artifacts[0], QStringLiteral("columns"), m_set, m_run)),
                 qPrintable(query.lastError().text()));
        // ON CONFLICT ... DO UPDATE, as attach with replace writes: the changed link is checked
        // too.
        const QString error
            = refused(QStringLiteral("INSERT INTO fd_artifact_feature_set (artifact_id, slot, "
                                     "feature_set_id, run_id) VALUES (%1, 'columns', %2, %3) "
                                     "ON CONFLICT (artifact_id, slot) DO UPDATE SET "
                                     "feature_set_id = excluded.feature_set_id")
                          .arg(m_artifacts[0])
                          .arg(4242)
                          .arg(m_run));
        QVERIFY2(!error.isEmpty(), "a slot was pointed at a missing set");
        QCOMPARE(count(QStringLiteral("SELECT feature_set_id FROM fd_artifact_feature_set")),
                 m_set);
        QVERIFY(
            !refused(QStringLiteral("UPDATE fd_artifact_feature_set SET run_id = 4343")).isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT run_id FROM fd_artifact_feature_set")), m_run);
    }

    void deletingAnArtifactDeletesItsLinks()
    {
        QSqlQuery query(m_registry->database());
        for (qint64 artifact : m_artifacts)
            QVERIFY2(query.exec(link(artifact, QStringLiteral("columns"), m_set, m_run)),
                     qPrintable(query.lastError().text()));
        QCOMPARE(links(), 2);
        QVERIFY2(
            query.exec(QStringLiteral("DELETE FROM fd_artifact WHERE id = %1").arg(m_artifacts[0])),
            qPrintable(query.lastError().text()));
        QCOMPARE(links(), 1);
        QCOMPARE(count(QStringLiteral("SELECT artifact_id FROM fd_artifact_feature_set")),
                 m_artifacts[1]);
    }

    void setsAndRunsLinksNameStay()
    {
        QSqlQuery query(m_registry->database());
        QVERIFY(query.exec(link(m_artifacts[0], QStringLiteral("columns"), m_set, m_run)));
        QVERIFY(!refused(QStringLiteral("DELETE FROM fd_feature_set WHERE id = %1").arg(m_set))
                     .isEmpty());
        QVERIFY(!refused(QStringLiteral("DELETE FROM fd_run WHERE id = %1").arg(m_run)).isEmpty());
        QVERIFY(!refused(QStringLiteral("UPDATE fd_artifact SET id = 4444 WHERE id = %1")
                             .arg(m_artifacts[0]))
                     .isEmpty());
        QVERIFY(
            !refused(QStringLiteral("UPDATE fd_feature_set SET id = 4444 WHERE id = %1").arg(m_set))
                 .isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_feature_set")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_run WHERE id = %1").arg(m_run)), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_artifact WHERE id = %1")
                           .arg(m_artifacts[0])),
                 1);
        QCOMPARE(links(), 1);
        // Once no link names the set, it goes.
        QVERIFY(query.exec(QStringLiteral("DELETE FROM fd_artifact_feature_set")));
        QVERIFY2(query.exec(QStringLiteral("DELETE FROM fd_feature_set WHERE id = %1").arg(m_set)),
                 qPrintable(query.lastError().text()));
    }

    // The members of a set name a gene or feature and the set: the same rules (PostgreSQL checks
    // them per statement too). A member that is gone, or a set that is gone, is refused; a gene or
    // feature in a set stays; deleting the set takes its members.
    void membersNameWhatExists()
    {
        const QString user = QString::number(m_registry->userId());
        const qint64 gene
            = insert(QStringLiteral("INSERT INTO fd_gene (uid, symbol, created_by) VALUES "
                                    "('GeneGeneGene', 'A1BG', %1)")
                         .arg(user));
        const qint64 feature
            = insert(QStringLiteral("INSERT INTO fd_feature (uid, name, created_by) VALUES "
                                    "('FeatFeatFeat', 'dose_mg', %1)")
                         .arg(user));
        QVERIFY(gene > 0 && feature > 0);
        QSqlQuery query(m_registry->database());
        for (const auto &[table, column, id] :
             {std::tuple {"fd_feature_set_gene", "gene_id", gene},
              std::tuple {"fd_feature_set_feature", "feature_id", feature}}) {
            // (set, member) rows; on PostgreSQL a set's genes are one ascending array (schema step
            // 11).
            const bool geneArray = isPostgres()
                && QLatin1StringView(table) == QLatin1StringView("fd_feature_set_gene");
            const auto members = [&](const QList<std::pair<qint64, qint64>> &rows) {
                QStringList values;
                if (!geneArray) {
                    for (const auto &[set, member] : rows)
                        values << QStringLiteral("(%1, %2)").arg(set).arg(member);
                    return QStringLiteral("INSERT INTO %1 (feature_set_id, %2) VALUES %3")
                        .arg(QLatin1StringView(table), QLatin1StringView(column),
                             values.join(QLatin1Char(',')));
                }
                QList<qint64> sets;
                QHash<qint64, QStringList> genes;
                for (const auto &[set, member] : rows) {
                    if (!genes.contains(set))
                        sets << set;
                    genes[set] << QString::number(member);
                }
                for (const qint64 set : sets)
                    values << QStringLiteral("(%1, ARRAY[%2]::bigint[])")
                                  .arg(set)
                                  .arg(genes[set].join(QLatin1Char(',')));
                return QStringLiteral(
                           "INSERT INTO fd_feature_set_genes (feature_set_id, gene_ids) VALUES %1")
                    .arg(values.join(QLatin1Char(',')));
            };
            QString error = refused(members({{m_set, id}, {m_set, 987654}}));
            QVERIFY2(!error.isEmpty(), "a member naming nothing was written");
            QVERIFY2(!isPostgres() || error.contains(QLatin1StringView("with id 987654")),
                     qPrintable(error));
            QVERIFY(!refused(members({{m_set, id}, {4242, id}})).isEmpty());
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1StringView(table))),
                     0);
            QVERIFY2(query.exec(members({{m_set, id}})), qPrintable(query.lastError().text()));
        }
        QVERIFY(!refused(QStringLiteral("DELETE FROM fd_gene WHERE id = %1").arg(gene)).isEmpty());
        QVERIFY(!refused(QStringLiteral("DELETE FROM fd_feature WHERE id = %1").arg(feature))
                     .isEmpty());
        QVERIFY(!refused(QStringLiteral("UPDATE fd_gene SET id = 5555 WHERE id = %1").arg(gene))
                     .isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_gene")), 1);
        QVERIFY2(query.exec(QStringLiteral("DELETE FROM fd_feature_set WHERE id = %1").arg(m_set)),
                 qPrintable(query.lastError().text()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_feature_set_gene")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_feature_set_feature")), 0);
        QVERIFY2(query.exec(QStringLiteral("DELETE FROM fd_gene WHERE id = %1").arg(gene)),
                 qPrintable(query.lastError().text()));
    }

    // How many artifacts use a set (the sets view, "which artifacts use this set"): what the link
    // table's triggers kept, per row on SQLite, per statement on PostgreSQL. It must agree with the
    // links through inserts, replacing updates, deletes, cascades and the folding of many rows.
    void artifactCountsFollowLinks()
    {
        const QString user = QString::number(m_registry->userId());
        const qint64 other
            = insert(QStringLiteral("INSERT INTO fd_feature_set (uid, name, n, registry, hash, "
                                    "created_by) VALUES ('SetSetSetSetSetSet02', 'other', 0, "
                                    "'core.Feature', 'hash2hash2hash2hash2', %1)")
                         .arg(user));
        QList<qint64> artifacts;
        for (int i = 0; i < 40; ++i)
            artifacts.append(insert(
                QStringLiteral("INSERT INTO fd_artifact (uid, key_name, size, hash, hash_type, "
                               "created_by) VALUES ('Many%1' || '0000', 'm%1.csv', 1, "
                               "'many%1', 'md5', %2)")
                    .arg(i, 12, 10, QLatin1Char('0'))
                    .arg(user)));
        QVERIFY(!artifacts.contains(-1));
        const auto counted = [this](qint64 set) {
            return count(m_registry->dialect().expand(
                QStringLiteral("SELECT ${ARTIFACTS_OF_SET(%1)}").arg(set)));
        };
        const auto truth = [this](qint64 set) {
            return count(
                QStringLiteral(
                    "SELECT COUNT(*) FROM fd_artifact_feature_set WHERE feature_set_id = %1")
                    .arg(set));
        };
        QSqlQuery query(m_registry->database());
        // One statement per link: more than the 32 rows a set keeps before they are folded.
        for (qint64 artifact : artifacts)
            QVERIFY(query.exec(link(artifact, QStringLiteral("columns"), m_set, m_run)));
        QCOMPARE(counted(m_set), 40);
        if (isPostgres())
            QVERIFY(count(QStringLiteral(
                              "SELECT COUNT(*) FROM fd_feature_set_usage WHERE feature_set_id = %1")
                              .arg(m_set))
                    <= 33);
        // A replacing insert moves ten links to the other set (an UPDATE under the hood).
        QVERIFY2(
            query.exec(
                QStringLiteral(
                    "INSERT INTO fd_artifact_feature_set (artifact_id, slot, feature_set_id, "
                    "run_id) SELECT artifact_id, slot, %1, run_id FROM fd_artifact_feature_set "
                    "WHERE artifact_id <= %2 ON CONFLICT (artifact_id, slot) DO UPDATE SET "
                    "feature_set_id = excluded.feature_set_id")
                    .arg(other)
                    .arg(artifacts.at(9))),
            qPrintable(query.lastError().text()));
        QCOMPARE(counted(other), 10);
        QCOMPARE(counted(m_set), 30);
        QVERIFY(
            query.exec(QStringLiteral("DELETE FROM fd_artifact_feature_set WHERE artifact_id > %1")
                           .arg(artifacts.at(34))));
        QCOMPARE(counted(m_set), 25);
        QVERIFY(query.exec(
            QStringLiteral("DELETE FROM fd_artifact WHERE id <= %1").arg(artifacts.at(4))));
        QCOMPARE(counted(other), 5);
        QCOMPARE(counted(m_set), 25);
        QCOMPARE(counted(other), truth(other));
        QCOMPARE(counted(m_set), truth(m_set));
        // Nothing left: the set can go, and its counts with it.
        QVERIFY(query.exec(QStringLiteral("DELETE FROM fd_artifact_feature_set")));
        QCOMPARE(counted(m_set), 0);
        QVERIFY2(query.exec(QStringLiteral("DELETE FROM fd_feature_set WHERE id = %1").arg(other)),
                 qPrintable(query.lastError().text()));
        QCOMPARE(counted(other), 0);
        QCOMPARE(count(QStringLiteral(
                           "SELECT COUNT(*) FROM fd_feature_set_usage WHERE feature_set_id = %1")
                           .arg(other)),
                 0);
    }

    // PostgreSQL's check runs inside each writer's transaction: a delete and a link written at the
    // same time must not leave a link naming a deleted artifact. The second of the two waits for
    // the first (seen here as a lock timeout while the first is open).
    void deleteAndLinkAtOnce()
    {
        if (!isPostgres())
            QSKIP("SQLite has one writer at a time");
        Registry::OpenOptions options;
        Result<std::unique_ptr<Registry>> other
            = Registry::open(*RegistryLocation::parse(m_location), options);
        FD_VERIFY_OK(other);
        QSqlDatabase second = (*other)->database();
        QSqlQuery query(m_registry->database());
        QSqlQuery otherQuery(second);
        QVERIFY(otherQuery.exec(QStringLiteral("SET lock_timeout = '300ms'")));

        // A link written and not yet committed: deleting its artifact waits for it.
        QVERIFY(m_registry->database().transaction());
        QVERIFY(query.exec(link(m_artifacts[0], QStringLiteral("columns"), m_set, m_run)));
        QString error = refused(
            QStringLiteral("DELETE FROM fd_artifact WHERE id = %1").arg(m_artifacts[0]), second);
        QVERIFY2(error.contains(QLatin1StringView("lock timeout")), qPrintable(error));
        QVERIFY(m_registry->database().commit());
        QVERIFY2(otherQuery.exec(
                     QStringLiteral("DELETE FROM fd_artifact WHERE id = %1").arg(m_artifacts[0])),
                 qPrintable(otherQuery.lastError().text()));
        QCOMPARE(links(), 0);

        // An artifact deleted and not yet committed: a link to it waits, then finds it gone.
        QVERIFY(second.transaction());
        QVERIFY(otherQuery.exec(
            QStringLiteral("DELETE FROM fd_artifact WHERE id = %1").arg(m_artifacts[1])));
        QVERIFY(query.exec(QStringLiteral("SET lock_timeout = '300ms'")));
        error = refused(link(m_artifacts[1], QStringLiteral("columns"), m_set, m_run));
        QVERIFY2(error.contains(QLatin1StringView("lock timeout")), qPrintable(error));
        QVERIFY(second.commit());
        error = refused(link(m_artifacts[1], QStringLiteral("columns"), m_set, m_run));
        QVERIFY2(error.contains(QStringLiteral("with id %1").arg(m_artifacts[1])),
                 qPrintable(error));
        QCOMPARE(links(), 0);
    }

    // Step 7 rebuilds (SQLite) or slims (PostgreSQL) the link table of an existing registry:
    // every link keeps its artifact, slot, set and run.
    void migrationKeepsLinks()
    {
        QFETCH_GLOBAL(QString, backend);
        m_registry.reset();
        m_location = m_registries.freshLocation(backend, QStringLiteral("v6"));
        Result<std::unique_ptr<Registry>> opened = test::openMigrated(
            m_location, 6,
            {"INSERT INTO fd_user (handle) VALUES ('old-user')",
             "INSERT INTO fd_run (kind, created_by) VALUES ('artifacts.attach', 1)",
             "INSERT INTO fd_feature_set (uid, name, n, registry, hash, created_by) VALUES "
             "('SetSetSetSetSetSet01', 'a', 0, 'core.Feature', 'hash1', 1), "
             "('SetSetSetSetSetSet02', 'b', 0, 'core.Feature', 'hash2', 1)",
             "INSERT INTO fd_artifact (uid, key, size, hash, hash_type, created_by) VALUES "
             "('ArtArtArtArt00010000', 'a.csv', 1, 'h1', 'md5', 1), "
             "('ArtArtArtArt00020000', 'b.csv', 1, 'h2', 'md5', 1)",
             "INSERT INTO fd_artifact_feature_set (artifact_id, feature_set_id, slot, created_by, "
             "run_id) "
             "VALUES (1, 1, 'columns', 1, 1), (1, 2, 'var', 1, 1), (2, 1, 'columns', 1, NULL)"});
        FD_VERIFY_OK(opened);
        m_registry = std::move(opened).value();
        QCOMPARE(m_registry->schemaVersion(), Schema::latestVersion());
        QSqlQuery query(m_registry->database());
        QVERIFY(query.exec(QStringLiteral("SELECT artifact_id, slot, feature_set_id, run_id FROM "
                                          "fd_artifact_feature_set ORDER BY artifact_id, slot")));
        QStringList rows;
        while (query.next())
            rows.append(QStringLiteral("%1 %2 %3 %4")
                            .arg(query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toString(),
                                 query.value(3).isNull() ? QStringLiteral("-")
                                                         : query.value(3).toString()));
        QCOMPARE(rows,
                 QStringList({QStringLiteral("1 columns 1 1"), QStringLiteral("1 var 2 1"),
                              QStringLiteral("2 columns 1 -")}));
        // Counted as before (PostgreSQL starts its kept counts from the links there are).
        QCOMPARE(
            count(m_registry->dialect().expand(QStringLiteral("SELECT ${ARTIFACTS_OF_SET(1)}"))),
            2);
        QCOMPARE(
            count(m_registry->dialect().expand(QStringLiteral("SELECT ${ARTIFACTS_OF_SET(2)}"))),
            1);
        // Who and when are the run's now.
        QVERIFY(!query.exec(QStringLiteral("SELECT created_by FROM fd_artifact_feature_set")));
        if (!isPostgres()) {
            QCOMPARE(
                count(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = "
                                     "'fd_artifact_feature_set' AND sql LIKE '%WITHOUT ROWID'")),
                1);
        }
        // And the rules hold on the migrated table.
        QVERIFY(!refused(link(987654, QStringLiteral("obs"), 1, 1)).isEmpty());
        QVERIFY(!refused(link(2, QStringLiteral("columns"), 2, 1)).isEmpty()); // the slot is taken
        QVERIFY(!refused(link(2, QStringLiteral("obs"), 1, 1)).isEmpty()); // the set is held
        QVERIFY(query.exec(QStringLiteral("DELETE FROM fd_artifact WHERE id = 1")));
        QCOMPARE(links(), 1);
        // The migrated registry keeps counting (SQLite's triggers came with step 10).
        QCOMPARE(
            count(m_registry->dialect().expand(QStringLiteral("SELECT ${ARTIFACTS_OF_SET(1)}"))),
            1);
        QCOMPARE(
            count(m_registry->dialect().expand(QStringLiteral("SELECT ${ARTIFACTS_OF_SET(2)}"))),
            0);
    }

    // Step 11 makes a set's genes one array on PostgreSQL: every (set, gene) pair of an older
    // registry comes back through fd_feature_set_gene, "sets with the gene" finds each holder, and
    // the array's rules hold (ascending, so each gene once; named genes stay).
    void migrationKeepsSetGenes()
    {
        QFETCH_GLOBAL(QString, backend);
        m_registry.reset();
        m_location = m_registries.freshLocation(backend, QStringLiteral("v10"));
        Result<std::unique_ptr<Registry>> opened = test::openMigrated(
            m_location, 10,
            {"INSERT INTO fd_user (handle) VALUES ('old-user')",
             "INSERT INTO fd_gene (id, uid, symbol, created_by) VALUES (1, 'GeneGene0001', 'A1', "
             "1), "
             "(2, 'GeneGene0002', 'B2', 1), (3, 'GeneGene0003', 'C3', 1), (4, 'GeneGene0004', "
             "'D4', 1)",
             "INSERT INTO fd_feature_set (id, uid, name, n, registry, hash, created_by) VALUES "
             "(1, 'SetSetSetSetSetSet01', 'a', 3, 'bionty.Gene', 'hash1', 1), "
             "(2, 'SetSetSetSetSetSet02', 'b', 2, 'bionty.Gene', 'hash2', 1)",
             "INSERT INTO fd_feature_set_gene (feature_set_id, gene_id) VALUES (1, 3), (1, 1), (1, "
             "2), (2, 3), (2, 4)"});
        FD_VERIFY_OK(opened);
        m_registry = std::move(opened).value();
        QCOMPARE(m_registry->schemaVersion(), Schema::latestVersion());
        QSqlQuery query(m_registry->database());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT feature_set_id, gene_id FROM fd_feature_set_gene ORDER BY 1, 2")));
        QStringList pairs;
        while (query.next())
            pairs << query.value(0).toString() + QLatin1Char(':') + query.value(1).toString();
        QCOMPARE(pairs,
                 QStringList({QStringLiteral("1:1"), QStringLiteral("1:2"), QStringLiteral("1:3"),
                              QStringLiteral("2:3"), QStringLiteral("2:4")}));
        // The feature sets view's relation "sets with the gene".
        const auto holders = [this](const char *geneUid) {
            PagedTableModel model(tables::featureSets());
            model.setLocation(m_registry->location());
            model.setRelation(QStringLiteral("gene"), QString::fromLatin1(geneUid));
            if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 60000))
                return QStringList {QStringLiteral("(still loading)")};
            QStringList names;
            for (int row = 0; row < model.rowCount(); ++row)
                names << model.index(row, 0).data().toString();
            return names;
        };
        QCOMPARE(holders("GeneGene0003"), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(holders("GeneGene0004"), QStringList({QStringLiteral("b")}));
        QCOMPARE(holders("GeneGene9999"), QStringList());
        // Named genes stay; a gene no set names goes.
        QVERIFY(!refused(QStringLiteral("DELETE FROM fd_gene WHERE id IN (2, 4)")).isEmpty());
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO fd_gene (id, uid, symbol, created_by) "
                                           "VALUES (5, 'GeneGene0005', 'E5', 1)")),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral("DELETE FROM fd_gene WHERE id = 5")),
                 qPrintable(query.lastError().text()));
        if (isPostgres()) {
            // Out of order or twice: refused, nothing written.
            for (const char *genes :
                 {"ARRAY[2, 1]", "ARRAY[1, 1]", "ARRAY[1, NULL]", "ARRAY[]::bigint[]"}) {
                QVERIFY2(!refused(QStringLiteral("UPDATE fd_feature_set_genes SET gene_ids = %1 "
                                                 "WHERE feature_set_id = 2")
                                      .arg(QLatin1StringView(genes)))
                              .isEmpty(),
                         genes);
            }
            QCOMPARE(count(QStringLiteral(
                         "SELECT COUNT(*) FROM fd_feature_set_gene WHERE feature_set_id = 2")),
                     2);
        }
        // A set's genes go with it.
        QVERIFY2(query.exec(QStringLiteral("DELETE FROM fd_feature_set WHERE id = 1")),
                 qPrintable(query.lastError().text()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_feature_set_gene")), 2);
        QVERIFY2(query.exec(QStringLiteral("DELETE FROM fd_gene WHERE id IN (1, 2)")),
                 qPrintable(query.lastError().text()));
    }
};

QTEST_GUILESS_MAIN(TestLinkReferences)
#include "tst_linkreferences.moc"
