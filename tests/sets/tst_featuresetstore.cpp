#include "model/Identity.h"
#include "model/db/Registry.h"
#include "model/features/FeatureStore.h"
#include "model/sets/FeatureSetStore.h"
#include "tests/support/BackendTest.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace fd;

class TestFeatureSetStore : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<Registry> m_registry;

    QStringList addFeatures(const QStringList &names)
    {
        QStringList uids;
        FeatureStore store(*m_registry);
        for (const QString &name : names) {
            const Result<FeatureRecord> added
                = store.add({name, QStringLiteral("float"), {}, {}, {}});
            if (!added) {
                qWarning("%s", qPrintable(added.error().message));
                return {};
            }
            uids.append(added->uid);
        }
        return uids;
    }

    // Genes as a gene import would leave them (the gene import is its own class, tested on its
    // own).
    QStringList addGenes(const QStringList &ensemblIds)
    {
        QSqlQuery query(m_registry->database());
        if (!query.exec(QStringLiteral("INSERT INTO fd_organism (name, taxon_id, created_by) "
                                       "VALUES ('human', 9606, %1) ON CONFLICT DO NOTHING")
                            .arg(m_registry->userId())))
            qWarning("%s", qPrintable(query.lastError().text()));
        QStringList uids;
        for (const QString &id : ensemblIds) {
            const QString uid = identity::geneUid(id);
            query.prepare(QStringLiteral(
                "INSERT INTO fd_gene (uid, symbol, ensembl_gene_id, organism_id, created_by) "
                "VALUES (?, ?, ?, (SELECT id FROM fd_organism WHERE name = 'human'), ?)"));
            query.addBindValue(uid);
            query.addBindValue(QString(QStringLiteral("SYM") + id.right(3)));
            query.addBindValue(id);
            query.addBindValue(m_registry->userId());
            if (!query.exec())
                qWarning("%s", qPrintable(query.lastError().text()));
            uids.append(uid);
        }
        return uids;
    }

    int count(const QString &table)
    {
        return int(
            test::scalar(m_registry->database(), QStringLiteral("SELECT COUNT(*) FROM ") + table));
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void init() { FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry); }

    void cleanup() { m_registry.reset(); }

    void createsSetOfFeatures()
    {
        const QStringList uids = addFeatures(
            {QStringLiteral("dose_mg"), QStringLiteral("cell_type"), QStringLiteral("batch")});
        QCOMPARE(uids.size(), 3);
        FeatureSetStore store(*m_registry);
        const Result<FeatureSetStore::Created> created
            = store.create({QStringLiteral("sample sheet"),
                            MemberRegistry::Feature,
                            uids,
                            {},
                            QStringLiteral("weekly")});
        FD_VERIFY_OK(created);
        QVERIFY(created->created);
        const FeatureSetRecord &set = created->set;
        QVERIFY(identity::isBase62(set.uid, 20));
        QCOMPARE(set.hash, identity::hashSet(uids));
        QCOMPARE(set.n, 3);
        QVERIFY(set.dtype.isEmpty()); // a set of features has no dtype
        QCOMPARE(set.registry, MemberRegistry::Feature);
        QCOMPARE(memberRegistryName(set.registry), QStringLiteral("core.Feature"));
        QCOMPARE(set.description, QStringLiteral("weekly"));
        QCOMPARE(set.createdBy, m_registry->userHandle());
        QCOMPARE(count(QStringLiteral("fd_feature_set_feature")), 3);

        const Result<QList<SetMember>> members = store.members(set.uid);
        FD_VERIFY_OK(members);
        QStringList names;
        QStringList memberUids;
        for (const SetMember &member : *members) {
            names.append(member.name);
            memberUids.append(member.uid);
        }
        QCOMPARE(names,
                 (QStringList {QStringLiteral("batch"), QStringLiteral("cell_type"),
                               QStringLiteral("dose_mg")}));
        QCOMPARE(identity::hashSet(memberUids), set.hash);
    }

    void sameMembersReturnTheExistingSet()
    {
        const QStringList uids
            = addFeatures({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        FeatureSetStore store(*m_registry);
        const Result<FeatureSetStore::Created> first
            = store.create({QStringLiteral("first"), MemberRegistry::Feature, uids, {}, {}});
        FD_VERIFY_OK(first);
        QStringList shuffled {uids.at(2), uids.at(0), uids.at(1), uids.at(0)};
        const Result<FeatureSetStore::Created> second
            = store.create({QStringLiteral("second"), MemberRegistry::Feature, shuffled, {}, {}});
        FD_VERIFY_OK(second);
        QVERIFY(!second->created);
        QCOMPARE(second->set.uid, first->set.uid);
        QCOMPARE(second->set.name, QStringLiteral("first"));
        QCOMPARE(count(QStringLiteral("fd_feature_set")), 1);
        QCOMPARE(count(QStringLiteral("fd_feature_set_feature")), 3);
        // No run is left behind by the set that was not made.
        QSqlQuery query(m_registry->database());
        QVERIFY(query.exec(QStringLiteral(
                    "SELECT COUNT(*) FROM fd_run WHERE kind = 'feature_sets.create'"))
                && query.next());
        QCOMPARE(query.value(0).toInt(), 1);

        // A subset is another set.
        const Result<FeatureSetStore::Created> subset
            = store.create({QStringLiteral("ab"), MemberRegistry::Feature, uids.mid(0, 2), {}, {}});
        FD_VERIFY_OK(subset);
        QVERIFY(subset->created);
        QCOMPARE(count(QStringLiteral("fd_feature_set")), 2);
    }

    void geneSetDefaultsToNumber()
    {
        const QStringList uids
            = addGenes({QStringLiteral("ENSG00000081059"), QStringLiteral("ENSG00000121410")});
        FeatureSetStore store(*m_registry);
        const Result<FeatureSetStore::Created> created
            = store.create({QStringLiteral("panel"), MemberRegistry::Gene, uids, {}, {}});
        FD_VERIFY_OK(created);
        QCOMPARE(created->set.dtype, QStringLiteral("number"));
        QCOMPARE(memberRegistryName(created->set.registry), QStringLiteral("bionty.Gene"));
        QCOMPARE(created->set.hash,
                 identity::hashSet({QStringLiteral("7IkHKPl0ScQR"),
                                    identity::geneUid(QStringLiteral("ENSG00000121410"))}));
        QCOMPARE(count(QStringLiteral("fd_feature_set_gene")), 2);
        QCOMPARE(count(QStringLiteral("fd_feature_set_feature")), 0);
        // An explicit dtype wins.
        const QStringList more = addGenes({QStringLiteral("ENSG00000000003")});
        const Result<FeatureSetStore::Created> ints = store.create(
            {QStringLiteral("counts"), MemberRegistry::Gene, more, QStringLiteral("int"), {}});
        FD_VERIFY_OK(ints);
        QCOMPARE(ints->set.dtype, QStringLiteral("int"));
    }

    void unknownMembersWriteNothing()
    {
        const QStringList uids = addFeatures({QStringLiteral("a")});
        FeatureSetStore store(*m_registry);
        const Result<FeatureSetStore::Created> created
            = store.create({QStringLiteral("bad"),
                            MemberRegistry::Feature,
                            {uids.first(), QStringLiteral("nothere00000")},
                            {},
                            {}});
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, Error::Code::Invalid);
        QVERIFY(created.error().message.contains(QLatin1StringView("nothere00000")));
        QCOMPARE(count(QStringLiteral("fd_feature_set")), 0);
        QCOMPARE(count(QStringLiteral("fd_feature_set_feature")), 0);
        // Feature uids are not gene uids.
        const Result<FeatureSetStore::Created> wrongRegistry
            = store.create({QStringLiteral("g"), MemberRegistry::Gene, uids, {}, {}});
        QVERIFY(!wrongRegistry.ok());
        QCOMPARE(count(QStringLiteral("fd_feature_set")), 0);
    }

    // The members are resolved and inserted by one statement, and missing ones are found by
    // counting what it inserted: among many members, a few missing (or malformed) ones refuse the
    // whole set, leave no run behind, and are named in the order given.
    void missingMembersAmongManyWriteNothing()
    {
        QStringList uids;
        for (int i = 0; i < 300; ++i)
            uids.append(QStringLiteral("f%1").arg(i));
        uids = addFeatures(uids);
        QCOMPARE(uids.size(), 300);
        const QStringList missing {QStringLiteral("zzzzzzzzzzzz"), QStringLiteral("000000000000")};
        QStringList given = uids;
        given.insert(100, missing.at(0));
        given.insert(200, missing.at(1));
        given.append(missing.at(0));
        FeatureSetStore store(*m_registry);
        Result<FeatureSetStore::Created> created
            = store.create({QStringLiteral("many"), MemberRegistry::Feature, given, {}, {}});
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, Error::Code::Invalid);
        QVERIFY2(created.error().message.startsWith(QStringLiteral("2 of the set's members"))
                     && created.error().message.contains(missing.join(QStringLiteral(", "))),
                 qPrintable(created.error().message));
        given.append(QStringLiteral("not-base62!"));
        created = store.create({QStringLiteral("many"), MemberRegistry::Feature, given, {}, {}});
        QVERIFY(!created.ok());
        QVERIFY2(created.error().message.contains(QLatin1StringView("3 of the set's members"))
                     && created.error().message.contains(QLatin1StringView("not-base62!")),
                 qPrintable(created.error().message));
        // Two uids joined by ':' name nothing either: they are not split into two members (the
        // list travels joined by ':', as it is hashed).
        const QString joined = uids.at(0) + QLatin1Char(':') + uids.at(1);
        created = store.create(
            {QStringLiteral("colon"), MemberRegistry::Feature, {joined, uids.at(0)}, {}, {}});
        QVERIFY(!created.ok());
        QVERIFY2(created.error().message.startsWith(QStringLiteral("1 of the set's members"))
                     && created.error().message.contains(joined),
                 qPrintable(created.error().message));
        QCOMPARE(count(QStringLiteral("fd_feature_set")), 0);
        QCOMPARE(count(QStringLiteral("fd_feature_set_feature")), 0);
        QCOMPARE(count(QStringLiteral("fd_run WHERE kind = 'feature_sets.create'")), 0);
        // Without them the set is made, with every member.
        created = store.create({QStringLiteral("many"), MemberRegistry::Feature, uids, {}, {}});
        FD_VERIFY_OK(created);
        QCOMPARE(created->set.n, 300);
        QCOMPARE(count(QStringLiteral("fd_feature_set_feature")), 300);
    }

    // create() hands back the record from what it wrote, without reading the set again: it must be
    // the record the registry reads back.
    void createdRecordIsTheStoredOne_data()
    {
        QTest::addColumn<bool>("genes");
        QTest::addColumn<QString>("dtype");
        QTest::addColumn<QString>("description");
        QTest::newRow("features, no dtype or description") << false << QString() << QString();
        QTest::newRow("genes, default dtype")
            << true << QString() << QStringLiteral("panel; 'quoted'");
        QTest::newRow("features, dtype")
            << false << QStringLiteral("float") << QStringLiteral("weekly");
    }

    void createdRecordIsTheStoredOne()
    {
        QFETCH(bool, genes);
        QFETCH(QString, dtype);
        QFETCH(QString, description);
        const QStringList uids = genes
            ? addGenes({QStringLiteral("ENSG00000081059"), QStringLiteral("ENSG00000121410")})
            : addFeatures({QStringLiteral("a"), QStringLiteral("b")});
        FeatureSetStore store(*m_registry);
        const Result<FeatureSetStore::Created> created = store.create(
            {QStringLiteral("set"), genes ? MemberRegistry::Gene : MemberRegistry::Feature, uids,
             dtype, description});
        FD_VERIFY_OK(created);
        QVERIFY(created->created);
        const Result<FeatureSetRecord> stored = store.findByUid(created->set.uid);
        FD_VERIFY_OK(stored);
        const FeatureSetRecord &made = created->set;
        QCOMPARE(made.id, stored->id);
        QCOMPARE(made.uid, stored->uid);
        QCOMPARE(made.name, stored->name);
        QCOMPARE(made.n, stored->n);
        QCOMPARE(made.dtype, stored->dtype);
        QCOMPARE(made.registry, stored->registry);
        QCOMPARE(made.hash, stored->hash);
        QCOMPARE(made.description, stored->description);
        QVERIFY(made.createdAt.isValid());
        QCOMPARE(made.createdAt, stored->createdAt);
        QCOMPARE(made.createdBy, stored->createdBy);
        QCOMPARE(made.artifactCount, stored->artifactCount);
    }

    void emptyOrUnnamedSetsAreRefused()
    {
        FeatureSetStore store(*m_registry);
        QCOMPARE(
            store.create({QStringLiteral("x"), MemberRegistry::Feature, {}, {}, {}}).error().code,
            Error::Code::Invalid);
        const QStringList uids = addFeatures({QStringLiteral("a")});
        QCOMPARE(
            store.create({QStringLiteral(" "), MemberRegistry::Feature, uids, {}, {}}).error().code,
            Error::Code::Invalid);
        QCOMPARE(count(QStringLiteral("fd_feature_set")), 0);
    }

    void largeSetInOneTransaction()
    {
        // 2,000 members: chunked look-ups and a batched insert.
        QSqlQuery query(m_registry->database());
        QVERIFY(m_registry->database().transaction());
        QStringList uids;
        query.prepare(
            QStringLiteral("INSERT INTO fd_feature (uid, name, created_by) VALUES (?, ?, ?)"));
        for (int i = 0; i < 2000; ++i) {
            const QString uid = identity::newFeatureUid();
            query.addBindValue(uid);
            query.addBindValue(QStringLiteral("f%1").arg(i));
            query.addBindValue(m_registry->userId());
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            uids.append(uid);
        }
        QVERIFY(m_registry->database().commit());
        FeatureSetStore store(*m_registry);
        const Result<FeatureSetStore::Created> created
            = store.create({QStringLiteral("big"), MemberRegistry::Feature, uids, {}, {}});
        FD_VERIFY_OK(created);
        QCOMPARE(created->set.n, 2000);
        QCOMPARE(created->set.hash, identity::hashSet(uids));
        QCOMPARE(store.members(created->set.uid)->size(), 2000);
    }

    void deletingAUsedSetIsRefused()
    {
        const QStringList uids = addFeatures({QStringLiteral("a"), QStringLiteral("b")});
        FeatureSetStore store(*m_registry);
        const Result<FeatureSetStore::Created> created
            = store.create({QStringLiteral("s"), MemberRegistry::Feature, uids, {}, {}});
        FD_VERIFY_OK(created);
        // An artifact that uses the set under the slot "columns".
        QSqlQuery query(m_registry->database());
        QVERIFY2(
            query.exec(QStringLiteral(
                           "INSERT INTO fd_artifact (uid, key_name, suffix, size, hash, hash_type, "
                           "created_by) "
                           "VALUES ('abcdefghijklmnop0000', 'a.csv', '.csv', 10, 'h', 'md5', %1)")
                           .arg(m_registry->userId())),
            qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(
                     QStringLiteral(
                         "INSERT INTO fd_artifact_feature_set (artifact_id, feature_set_id, slot) "
                         "VALUES ((SELECT id FROM fd_artifact), %1, 'columns')")
                         .arg(created->set.id)),
                 qPrintable(query.lastError().text()));
        QCOMPARE(store.findByUid(created->set.uid)->artifactCount, 1);

        const Status removed = store.remove(created->set.uid);
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code, Error::Code::Conflict);
        QVERIFY2(removed.error().message.contains(QLatin1StringView("1 artifact")),
                 qPrintable(removed.error().message));
        QCOMPARE(count(QStringLiteral("fd_feature_set")), 1);
        QCOMPARE(count(QStringLiteral("fd_feature_set_feature")), 2);
        // The database itself refuses too (ON DELETE RESTRICT), whatever the caller does.
        QVERIFY(!query.exec(
            QStringLiteral("DELETE FROM fd_feature_set WHERE id = %1").arg(created->set.id)));

        QVERIFY(query.exec(QStringLiteral("DELETE FROM fd_artifact_feature_set")));
        FD_VERIFY_OK(store.remove(created->set.uid));
        QCOMPARE(count(QStringLiteral("fd_feature_set")), 0);
        QCOMPARE(count(QStringLiteral("fd_feature_set_feature")), 0); // links go with the set
        QCOMPARE(count(QStringLiteral("fd_feature")), 2); // features stay
    }

    void renameAndLookups()
    {
        const QStringList uids = addFeatures({QStringLiteral("a")});
        FeatureSetStore store(*m_registry);
        const Result<FeatureSetStore::Created> created
            = store.create({QStringLiteral("old"), MemberRegistry::Feature, uids, {}, {}});
        FD_VERIFY_OK(created);
        FD_VERIFY_OK(store.rename(created->set.uid, QStringLiteral("new name")));
        QCOMPARE(store.findByHash(created->set.hash)->name, QStringLiteral("new name"));
        QCOMPARE(store.rename(QStringLiteral("nope"), QStringLiteral("x")).error().code,
                 Error::Code::NotFound);
        QCOMPARE(store.findByUid(QStringLiteral("nope")).error().code, Error::Code::NotFound);
        QCOMPARE(store.list()->size(), 1);

        // A description: stored verbatim (quotes and all), blank removes it; the hash never moves.
        const QString text
            = QStringLiteral("Sample sheet columns; 'week' \"48\" -- DROP TABLE fd_feature_set;");
        FD_VERIFY_OK(store.setDescription(created->set.uid, text));
        QCOMPARE(store.findByUid(created->set.uid)->description, text);
        FD_VERIFY_OK(store.setDescription(created->set.uid, QStringLiteral("  ")));
        QVERIFY(store.findByUid(created->set.uid)->description.isEmpty());
        QCOMPARE(store.findByUid(created->set.uid)->hash, created->set.hash);
        QCOMPARE(
            store.setDescription(created->set.uid, QString(10'001, QLatin1Char('x'))).error().code,
            Error::Code::Invalid);
        QCOMPARE(store.setDescription(QStringLiteral("nope"), QStringLiteral("x")).error().code,
                 Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestFeatureSetStore)
#include "tst_featuresetstore.moc"
