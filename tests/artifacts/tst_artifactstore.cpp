// Artifacts on SQLite and PostgreSQL: registering a file by its content hash (the same content
// once), attaching a feature set by slot to many artifacts in one transaction, and what is refused.

#include "model/Identity.h"
#include "model/artifacts/ArtifactStore.h"
#include "model/browse/PagedTableModel.h"
#include "model/browse/RegistryTables.h"
#include "model/db/BoundUidList.h"
#include "model/db/Registry.h"
#include "model/db/Schema.h"
#include "model/db/SqliteTriggersOff.h"
#include "model/features/FeatureStore.h"
#include "model/sets/FeatureSetStore.h"
#include "tests/support/BackendTest.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <thread>

using namespace fd;

class TestArtifactStore : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<Registry> m_registry;
    QStringList m_sets;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_registries.tempPath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    qint64 links()
    {
        return test::scalar(m_registry->database(),
                            QStringLiteral("SELECT COUNT(*) FROM fd_artifact_feature_set"));
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void init()
    {
        FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry);
        FeatureStore features(*m_registry);
        QStringList uids;
        for (const char *name : {"cell_type", "dose_mg", "batch"}) {
            const Result<FeatureRecord> added
                = features.add({QString::fromLatin1(name), QStringLiteral("str"), {}, {}, {}});
            FD_VERIFY_OK(added);
            uids.append(added->uid);
        }
        m_sets.clear();
        FeatureSetStore sets(*m_registry);
        const Result<FeatureSetStore::Created> two
            = sets.create({QStringLiteral("two"), MemberRegistry::Feature, uids.mid(0, 2), {}, {}});
        const Result<FeatureSetStore::Created> three
            = sets.create({QStringLiteral("three"), MemberRegistry::Feature, uids, {}, {}});
        FD_VERIFY_OK(two);
        FD_VERIFY_OK(three);
        m_sets = {two->set.uid, three->set.uid};
    }

    void cleanup() { m_registry.reset(); }

    void registersByContent()
    {
        ArtifactStore store(*m_registry);
        const QString path
            = writeFile(QStringLiteral("week48/samples.tsv.gz"), QByteArray("not really gzip\n"));
        QVERIFY(!path.isEmpty());
        const Result<ArtifactStore::Registered> first = store.registerFile(path);
        FD_VERIFY_OK(first);
        QVERIFY(first->created);
        const ArtifactRecord &artifact = first->artifact;
        QCOMPARE(artifact.key, QStringLiteral("samples.tsv.gz"));
        QCOMPARE(artifact.suffix, QStringLiteral(".tsv.gz"));
        QCOMPARE(artifact.size, 16);
        QVERIFY(identity::isBase62(artifact.uid.left(16), 16));
        QVERIFY(artifact.uid.endsWith(QStringLiteral("0000")));
        const Result<identity::FileHash> hash = identity::hashFile(path);
        FD_VERIFY_OK(hash);
        QCOMPARE(artifact.hash, hash->hash);
        QCOMPARE(artifact.hashType, QStringLiteral("md5"));
        QCOMPARE(artifact.createdBy, m_registry->userHandle());
        // When its registering run started.
        QVERIFY(qAbs(artifact.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        // The same content under another name and key: recognised, not registered twice.
        const QString copy
            = writeFile(QStringLiteral("other/copy.csv"), QByteArray("not really gzip\n"));
        const Result<ArtifactStore::Registered> again
            = store.registerFile(copy, QStringLiteral("other/copy.csv"));
        FD_VERIFY_OK(again);
        QVERIFY(!again->created);
        QCOMPARE(again->artifact.uid, artifact.uid);
        QCOMPARE(test::scalar(m_registry->database(),
                              QStringLiteral("SELECT COUNT(*) FROM fd_artifact")),
                 1);

        // A file that is not there.
        const Result<ArtifactStore::Registered> missing
            = store.registerFile(m_registries.tempPath(QStringLiteral("gone.csv")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("gone.csv")));
    }

    void attachesBySlot()
    {
        ArtifactStore store(*m_registry);
        const QString a
            = store.registerFile(writeFile(QStringLiteral("a.csv"), "a\n1\n"))->artifact.uid;
        const QString b
            = store.registerFile(writeFile(QStringLiteral("b.csv"), "a\n2\n"))->artifact.uid;
        FD_VERIFY_OK(store.attach({a, b}, QStringLiteral("columns"), m_sets.at(0)));
        QCOMPARE(links(), 2);
        QCOMPARE(store.findByUid(a)->slots.value(QStringLiteral("columns")), m_sets.at(0));
        FD_VERIFY_OK(store.attach({a}, QStringLiteral("var"), m_sets.at(1)));
        QCOMPARE(store.findByUid(a)->slots.size(), 2);
        QCOMPARE(FeatureSetStore(*m_registry).findByUid(m_sets.at(0))->artifactCount, 2);

        // Another set under a taken slot: refused, and nothing of the action written.
        const QString c
            = store.registerFile(writeFile(QStringLiteral("c.csv"), "a\n3\n"))->artifact.uid;
        const Status refused = store.attach({c, b}, QStringLiteral("columns"), m_sets.at(1));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY(refused.error().message.contains(b));
        QCOMPARE(links(), 3);
        QVERIFY(store.findByUid(c)->slots.isEmpty());
        // What a window asks before replacing: which artifacts hold which set there, by key.
        const Result<ArtifactStore::SlotHolders> holders
            = store.slotHolders({c, b, a}, QStringLiteral("columns"), m_sets.at(1));
        FD_VERIFY_OK(holders);
        QCOMPARE(holders->count, 2);
        QCOMPARE(holders->first.size(), 2);
        QCOMPARE(holders->first.at(0).artifactKey, QStringLiteral("a.csv"));
        QCOMPARE(holders->first.at(0).artifactUid, a);
        QCOMPARE(holders->first.at(1).artifactKey, QStringLiteral("b.csv"));
        QCOMPARE(holders->first.at(1).setName, QStringLiteral("two"));
        QCOMPARE(holders->first.at(1).setUid, m_sets.at(0));
        // The set itself, or a slot nobody fills, is held by none.
        QCOMPARE(store.slotHolders({a, b}, QStringLiteral("columns"), m_sets.at(0))->count, 0);
        QCOMPARE(store.slotHolders({a, b}, QStringLiteral("obs"), m_sets.at(1))->count, 0);
        // Asked to replace: done.
        FD_VERIFY_OK(store.attach({c, b}, QStringLiteral("columns"), m_sets.at(1), true));
        QCOMPARE(store.findByUid(b)->slots.value(QStringLiteral("columns")), m_sets.at(1));
        QCOMPARE(links(), 4);

        // A set in use cannot be deleted; detached, it can.
        QVERIFY(!FeatureSetStore(*m_registry).remove(m_sets.at(0)));
        FD_VERIFY_OK(store.detach({a}, QStringLiteral("columns")));
        FD_VERIFY_OK(FeatureSetStore(*m_registry).remove(m_sets.at(0)));
        QCOMPARE(store.detach({a}, QStringLiteral("columns")).error().code, Error::Code::NotFound);
    }

    // As in LaminDB (ArtifactFeatureSet is unique on artifact and featureset), an artifact holds a
    // set under one slot at most: the same set under a second slot is refused, replace or not, and
    // nothing of the action is written.
    void setUnderOneSlotPerArtifact()
    {
        ArtifactStore store(*m_registry);
        const QString a
            = store.registerFile(writeFile(QStringLiteral("a.csv"), "a\n1\n"))->artifact.uid;
        const QString c
            = store.registerFile(writeFile(QStringLiteral("c.csv"), "a\n3\n"))->artifact.uid;
        FD_VERIFY_OK(store.attach({a}, QStringLiteral("var"), m_sets.at(0)));
        FD_VERIFY_OK(store.attach({a}, QStringLiteral("columns"), m_sets.at(1)));
        for (const bool replace : {false, true}) {
            const Status refused
                = store.attach({c, a}, QStringLiteral("obs"), m_sets.at(0), replace);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, Error::Code::Invalid);
            QVERIFY2(refused.error().message.contains(a + QStringLiteral(" ('var')"))
                         && !refused.error().message.contains(c)
                         && refused.error().message.contains(m_sets.at(0)),
                     qPrintable(refused.error().message));
            QCOMPARE(links(), 2);
            QVERIFY(store.findByUid(c)->slots.isEmpty());
            QCOMPARE(store.findByUid(a)->slots.size(), 2);
        }
        // attach turns SQLite's per-row foreign-key checks off for its own transaction only: after
        // a refused and after a successful attach, a dangling reference is still refused.
        const auto danglingRefused = [this] {
            QSqlQuery query(m_registry->database());
            return !query.exec(
                QStringLiteral("INSERT INTO fd_artifact_feature_set (artifact_id, feature_set_id, "
                               "slot) VALUES (987654, 1, 'dangling')"));
        };
        QVERIFY(danglingRefused());
        // Counted once per artifact, from the unique index.
        QCOMPARE(FeatureSetStore(*m_registry).findByUid(m_sets.at(0))->artifactCount, 1);
        // Moved: detached from 'var', it can go under 'obs'.
        FD_VERIFY_OK(store.detach({a}, QStringLiteral("var")));
        FD_VERIFY_OK(store.attach({c, a}, QStringLiteral("obs"), m_sets.at(0), true));
        QCOMPARE(store.findByUid(a)->slots,
                 (QMap<QString, QString> {{QStringLiteral("columns"), m_sets.at(1)},
                                          {QStringLiteral("obs"), m_sets.at(0)}}));
        QCOMPARE(links(), 3);
        QVERIFY(danglingRefused());
    }

    // Lists of a thousand uids and more travel by COPY into a temporary table on PostgreSQL
    // (BoundUidList::stage) and as one bound JSON array on SQLite: every outcome of attach and
    // detach is the same either way, refusals included, and a refusal writes nothing.
    void largeListsAttachAndRefuseAlike()
    {
        const qsizetype count = BoundUidList::StageFrom + 500;
        QList<ArtifactStore::HashedFile> files;
        for (qsizetype i = 0; i < count; ++i) {
            const QString key = QStringLiteral("large/%1.csv").arg(i);
            files.append(
                {key,
                 key,
                 QStringLiteral(".csv"),
                 i,
                 {QStringLiteral("L%1").arg(i, 21, 10, QLatin1Char('0')), QStringLiteral("md5")}});
        }
        ArtifactStore store(*m_registry);
        const Result<QList<ArtifactStore::Registered>> registered = store.registerHashed(files);
        FD_VERIFY_OK(registered);
        QStringList uids;
        for (const ArtifactStore::Registered &one : *registered)
            uids.append(one.artifact.uid);
        FD_VERIFY_OK(store.attach(uids, QStringLiteral("var"), m_sets.at(0)));
        QCOMPARE(links(), count);
        // The same set under a second slot: refused by the unique index, named, nothing written.
        const Status twice = store.attach(uids, QStringLiteral("obs"), m_sets.at(0));
        QCOMPARE(twice.error().code, Error::Code::Invalid);
        QVERIFY2(twice.error().message.contains(QStringLiteral("('var')")),
                 qPrintable(twice.error().message));
        QCOMPARE(links(), count);
        // Another set under the taken slot: refused, with a count.
        const Status taken = store.attach(uids, QStringLiteral("var"), m_sets.at(1));
        QCOMPARE(taken.error().code, Error::Code::Conflict);
        QVERIFY2(taken.error().message.contains(QStringLiteral("%1 more").arg(count - 3)),
                 qPrintable(taken.error().message));
        // An uid that names nothing among them: refused, named.
        const Status gone = store.detach(uids + QStringList {QStringLiteral("Gone000000000000000")},
                                         QStringLiteral("var"));
        QCOMPARE(gone.error().code, Error::Code::NotFound);
        QVERIFY(gone.error().message.contains(QStringLiteral("Gone000000000000000")));
        QCOMPARE(links(), count);
        FD_VERIFY_OK(store.detach(uids, QStringLiteral("var")));
        QCOMPARE(links(), 0);
        FD_VERIFY_OK(store.attach(uids, QStringLiteral("obs"), m_sets.at(0)));
        QCOMPARE(FeatureSetStore(*m_registry).findByUid(m_sets.at(0))->artifactCount, count);
    }

    // Many artifacts in one statement: duplicates in the list count once, attaching again what is
    // attached changes nothing, and a multi-selection detaches at once.
    void attachesManyAtOnce()
    {
        ArtifactStore store(*m_registry);
        QStringList uids;
        for (int i = 0; i < 300; ++i)
            uids.append(
                store
                    .registerFile(writeFile(QStringLiteral("many/%1.csv").arg(i),
                                            QByteArray("a\n") + QByteArray::number(i) + '\n'))
                    ->artifact.uid);
        QCOMPARE(uids.size(), 300);
        const qint64 runsBefore
            = test::scalar(m_registry->database(), QStringLiteral("SELECT COUNT(*) FROM fd_run"));
        FD_VERIFY_OK(store.attach(uids + uids.mid(0, 10), QStringLiteral("columns"), m_sets.at(0)));
        QCOMPARE(links(), 300);
        QCOMPARE(
            test::scalar(m_registry->database(), QStringLiteral("SELECT COUNT(*) FROM fd_run")),
            runsBefore + 1);
        QCOMPARE(test::scalar(
                     m_registry->database(),
                     QStringLiteral("SELECT COUNT(DISTINCT run_id) FROM fd_artifact_feature_set")),
                 1);
        // Again, with a few new ones among them: only those are added.
        const QString extra
            = store.registerFile(writeFile(QStringLiteral("many/extra.csv"), "a\nx\n"))
                  ->artifact.uid;
        FD_VERIFY_OK(
            store.attach(uids + QStringList {extra}, QStringLiteral("columns"), m_sets.at(0)));
        QCOMPARE(links(), 301);
        // Another set over the whole lot: the refusal names the first taken artifacts and a count.
        const Status refused = store.attach(uids, QStringLiteral("columns"), m_sets.at(1));
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY2(refused.error().message.contains(QStringLiteral("297 more")),
                 qPrintable(refused.error().message));
        FD_VERIFY_OK(store.attach(uids.mid(0, 100), QStringLiteral("columns"), m_sets.at(1), true));
        QCOMPARE(FeatureSetStore(*m_registry).findByUid(m_sets.at(1))->artifactCount, 100);
        QCOMPARE(FeatureSetStore(*m_registry).findByUid(m_sets.at(0))->artifactCount, 201);

        // Detaching a selection: one action; an artifact that is gone refuses all of it.
        const Status gone = store.detach({uids.at(0), QStringLiteral("Gone000000000000000")},
                                         QStringLiteral("columns"));
        QCOMPARE(gone.error().code, Error::Code::NotFound);
        QVERIFY(gone.error().message.contains(QStringLiteral("Gone000000000000000")));
        QCOMPARE(links(), 301);
        FD_VERIFY_OK(store.detach(uids.mid(0, 150), QStringLiteral("columns")));
        QCOMPARE(links(), 151);
        QCOMPARE(store.detach(uids.mid(0, 150), QStringLiteral("columns")).error().code,
                 Error::Code::NotFound);
    }

    // Each set's artifact count, which the sets view and "which artifacts use this set" read, stays
    // the number of links through every kind of attach: on SQLite the plain attach writes with the
    // triggers off and adds the count itself, and the triggers are on again after it, also after a
    // refusal.
    void attachKeepsEachSetsCount()
    {
        ArtifactStore store(*m_registry);
        QStringList uids;
        for (int i = 0; i < 120; ++i)
            uids.append(
                store
                    .registerFile(writeFile(QStringLiteral("count/%1.csv").arg(i),
                                            QByteArray("c\n") + QByteArray::number(i) + '\n'))
                    ->artifact.uid);
        QCOMPARE(uids.size(), 120);
        QSqlDatabase db = m_registry->database();
        const auto kept = [&](int set) {
            return FeatureSetStore(*m_registry).findByUid(m_sets.at(set))->artifactCount;
        };
        const auto linked = [&](int set) {
            return test::scalar(
                db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM fd_artifact_feature_set l JOIN fd_feature_set s "
                    "ON s.id = l.feature_set_id WHERE s.uid = '%1'")
                    .arg(m_sets.at(set)));
        };
        const auto triggersOn = [&] {
            return m_registry->dialect().isPostgres() || SqliteTriggersOff::triggersOn(db);
        };
        QVERIFY(triggersOn());
        if (!m_registry->dialect().isPostgres()) {
            // Qt's SQLite driver runs on the library FeatureDesk links (Debian's), so the switch
            // works.
            SqliteTriggersOff off(db);
            QVERIFY(off.active());
            QVERIFY(!SqliteTriggersOff::triggersOn(db));
        }
        QVERIFY(triggersOn());
        FD_VERIFY_OK(store.attach(uids.mid(0, 100), QStringLiteral("columns"), m_sets.at(0)));
        QCOMPARE(kept(0), 100);
        QVERIFY(triggersOn());
        // Again with new ones among them: only those count.
        FD_VERIFY_OK(store.attach(uids.mid(90, 20), QStringLiteral("columns"), m_sets.at(0)));
        QCOMPARE(kept(0), 110);
        QCOMPARE(linked(0), 110);
        // A link written by other means right after is counted by the triggers.
        QSqlQuery query(db);
        QVERIFY2(query.exec(
                     QStringLiteral(
                         "INSERT INTO fd_artifact_feature_set (artifact_id, slot, feature_set_id) "
                         "SELECT a.id, 'obs', s.id FROM fd_artifact a, fd_feature_set s "
                         "WHERE a.uid = '%1' AND s.uid = '%2'")
                         .arg(uids.at(119), m_sets.at(1))),
                 qPrintable(query.lastError().text()));
        QCOMPARE(kept(1), 1);
        // Refused attaches change no count and leave the triggers on.
        QCOMPARE(
            store.attach(uids.mid(0, 10), QStringLiteral("columns"), m_sets.at(1)).error().code,
            Error::Code::Conflict);
        QCOMPARE(store.attach(uids.mid(0, 10), QStringLiteral("var"), m_sets.at(0)).error().code,
                 Error::Code::Invalid);
        QCOMPARE(store
                     .attach({uids.at(110), QStringLiteral("Gone000000000000000")},
                             QStringLiteral("var"), m_sets.at(1))
                     .error()
                     .code,
                 Error::Code::NotFound);
        QVERIFY(triggersOn());
        QCOMPARE(kept(0), 110);
        QCOMPARE(kept(1), 1);
        // Replacing moves the count from one set to the other; detaching takes it away.
        FD_VERIFY_OK(store.attach(uids.mid(0, 30), QStringLiteral("columns"), m_sets.at(1), true));
        QCOMPARE(kept(0), 80);
        QCOMPARE(kept(1), 31);
        FD_VERIFY_OK(store.detach(uids.mid(20, 20), QStringLiteral("columns")));
        QCOMPARE(kept(0), 70);
        QCOMPARE(kept(1), 21);
        for (int set : {0, 1})
            QCOMPARE(kept(set), linked(set));
    }

    // Lists are sorted and made distinct before they reach the database (packed into integers up to
    // 24 characters, as text beyond): uids that are prefixes of each other stay apart, each
    // survives the round trip, repeats count once.
    void uidListsKeepEveryUidOnce_data()
    {
        QTest::addColumn<QStringList>("strangers");
        QTest::newRow("short and prefixes")
            << QStringList {QStringLiteral("Zz"), QStringLiteral("Zz0"), QStringLiteral("Z")};
        QTest::newRow("24 characters") << QStringList {QStringLiteral("abcdefghijklmnopqrstuvwx"),
                                                       QStringLiteral("abcdefghijklmnopqrstuvw")};
        QTest::newRow("longer than 24")
            << QStringList {QStringLiteral("abcdefghijklmnopqrstuvwxyz"), QStringLiteral("Zz")};
    }

    void uidListsKeepEveryUidOnce()
    {
        QFETCH(QStringList, strangers);
        ArtifactStore store(*m_registry);
        const QString uid
            = store.registerFile(writeFile(QStringLiteral("once.csv"), "a\n1\n"))->artifact.uid;
        const Status refused
            = store.attach(QStringList {uid} + strangers + strangers + QStringList {uid},
                           QStringLiteral("columns"), m_sets.at(0));
        QCOMPARE(refused.error().code, Error::Code::NotFound);
        for (const QString &stranger : strangers)
            QVERIFY2(
                refused.error().message.contains(QLatin1Char('\'') + stranger + QLatin1Char('\'')),
                qPrintable(refused.error().message));
        QCOMPARE(links(), 0);
        FD_VERIFY_OK(store.attach({uid, uid, uid}, QStringLiteral("columns"), m_sets.at(0)));
        QCOMPARE(links(), 1);
    }

    // Uids are bound as one list: text that could break out of a JSON or array literal is just an
    // uid that names nothing.
    void oddUidsNameNothing_data()
    {
        QTest::addColumn<QString>("uid");
        QTest::newRow("quote") << QStringLiteral("a\"]'); DROP TABLE fd_artifact; --");
        QTest::newRow("array braces") << QStringLiteral("{x,y}");
        QTest::newRow("comma") << QStringLiteral("AAAA,BBBB");
        QTest::newRow("empty") << QString();
        QTest::newRow("control") << QStringLiteral("AAAA\nBBBB");
    }

    void oddUidsNameNothing()
    {
        QFETCH(QString, uid);
        ArtifactStore store(*m_registry);
        const QString a
            = store.registerFile(writeFile(QStringLiteral("a.csv"), "a\n1\n"))->artifact.uid;
        const Status status = store.attach({a, uid}, QStringLiteral("columns"), m_sets.at(0));
        QCOMPARE(status.error().code, Error::Code::NotFound);
        QVERIFY(!status.error().message.contains(QLatin1Char('\n')));
        QCOMPARE(links(), 0);
        QCOMPARE(test::scalar(m_registry->database(),
                              QStringLiteral("SELECT COUNT(*) FROM fd_artifact")),
                 1);
    }

    // Two users attaching different sets to one slot of one artifact at the same moment, each over
    // a connection of its own: one wins, the other is told the slot is taken; never both, never a
    // half-written link. Twelve rounds, so that both orders of arrival occur.
    void concurrentAttachOneWins()
    {
        ArtifactStore store(*m_registry);
        int firstWins = 0;
        for (int round = 0; round < 12; ++round) {
            const QString uid
                = store
                      .registerFile(writeFile(QStringLiteral("race/%1.csv").arg(round),
                                              QByteArray("a\n") + QByteArray::number(round) + '\n'))
                      ->artifact.uid;
            std::atomic<int> ready {0};
            Status results[2];
            auto attach = [&](int which) {
                Registry::OpenOptions options;
                options.migrate = false;
                Result<std::unique_ptr<Registry>> own
                    = Registry::open(m_registry->location(), options);
                ++ready;
                while (ready.load() < 2)
                    std::this_thread::yield();
                results[which] = own ? ArtifactStore(**own).attach({uid}, QStringLiteral("columns"),
                                                                   m_sets.at(which))
                                     : Status(own.error());
            };
            std::thread first(attach, 0);
            std::thread second(attach, 1);
            first.join();
            second.join();
            QVERIFY2(bool(results[0]) != bool(results[1]),
                     qPrintable(
                         QStringLiteral("round %1: %2 / %3")
                             .arg(round)
                             .arg(results[0] ? QStringLiteral("ok") : results[0].error().message,
                                  results[1] ? QStringLiteral("ok") : results[1].error().message)));
            const int winner = results[0] ? 0 : 1;
            QCOMPARE(results[1 - winner].error().code, Error::Code::Conflict);
            QCOMPARE(store.findByUid(uid)->slots.value(QStringLiteral("columns")),
                     m_sets.at(winner));
            firstWins += winner == 0;
        }
        QCOMPARE(links(), 12);
        qInfo("the first thread won %d of 12 rounds", firstWins);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("slot");
        QTest::addColumn<bool>("missingArtifact");
        QTest::addColumn<bool>("missingSet");
        QTest::addColumn<int>("code");
        QTest::newRow("empty slot") << "" << false << false << int(Error::Code::Invalid);
        QTest::newRow("control character")
            << "obs\nvar" << false << false << int(Error::Code::Invalid);
        QTest::newRow("padded") << " obs" << false << false << int(Error::Code::Invalid);
        QTest::newRow("artifact deleted meanwhile")
            << "columns" << true << false << int(Error::Code::NotFound);
        QTest::newRow("no such set") << "columns" << false << true << int(Error::Code::NotFound);
    }

    void refusesBadInput()
    {
        QFETCH(QString, slot);
        QFETCH(bool, missingArtifact);
        QFETCH(bool, missingSet);
        QFETCH(int, code);
        ArtifactStore store(*m_registry);
        const QString a
            = store.registerFile(writeFile(QStringLiteral("a.csv"), "a\n1\n"))->artifact.uid;
        QStringList artifacts {a};
        if (missingArtifact)
            artifacts.append(QStringLiteral("AAAAAAAAAAAAAAAA0000"));
        const Status status
            = store.attach(artifacts, slot, missingSet ? QStringLiteral("nope") : m_sets.at(0));
        QVERIFY(!status);
        QCOMPARE(int(status.error().code), code);
        if (missingArtifact)
            QVERIFY(status.error().message.contains(QStringLiteral("AAAAAAAAAAAAAAAA0000")));
        QCOMPARE(links(), 0); // the good artifact was not attached either
    }
    // Step 8: an artifact was registered when its run started; a registry of version 7 keeps the
    // time of every artifact, those without a run given one per user and moment.
    void migrationKeepsWhenArtifactsWereRegistered()
    {
        QFETCH_GLOBAL(QString, backend);
        m_registry.reset();
        m_location = m_registries.freshLocation(backend, QStringLiteral("v7"));
        Result<std::unique_ptr<Registry>> opened
            = test::openMigrated(m_location, 7,
                                 {"INSERT INTO fd_user (handle) VALUES ('ada'), ('ben')",
                                  "INSERT INTO fd_run (kind, started_at, created_by) VALUES "
                                  "('artifacts.register', '2024-05-01T10:00:00.000Z', 1)",
                                  "INSERT INTO fd_artifact (uid, key, size, hash, hash_type, "
                                  "created_at, created_by, run_id) "
                                  "VALUES ('ArtArtArtArt00010000', 'a.csv', 1, 'h1', 'md5', "
                                  "'2024-05-01T10:00:00.000Z', 1, 1), "
                                  "('ArtArtArtArt00020000', 'b.csv', 2, 'h2', 'md5', "
                                  "'2023-01-02T03:04:05.678Z', 1, NULL), "
                                  "('ArtArtArtArt00030000', 'c.csv', 3, 'h3', 'md5', "
                                  "'2023-01-02T03:04:05.678Z', 1, NULL), "
                                  "('ArtArtArtArt00040000', 'd.csv', 4, 'h4', 'md5', "
                                  "'2022-07-08T09:10:11.000Z', 2, NULL)"});
        FD_VERIFY_OK(opened);
        m_registry = std::move(opened).value();
        QCOMPARE(m_registry->schemaVersion(), Schema::latestVersion());
        ArtifactStore store(*m_registry);
        const std::pair<const char *, const char *> expected[]
            = {{"ArtArtArtArt00010000", "2024-05-01T10:00:00.000Z"},
               {"ArtArtArtArt00020000", "2023-01-02T03:04:05.678Z"},
               {"ArtArtArtArt00030000", "2023-01-02T03:04:05.678Z"},
               {"ArtArtArtArt00040000", "2022-07-08T09:10:11.000Z"}};
        for (const auto &[uid, when] : expected) {
            const Result<ArtifactRecord> artifact = store.findByUid(QString::fromLatin1(uid));
            FD_VERIFY_OK(artifact);
            QCOMPARE(artifact->createdAt,
                     QDateTime::fromString(QString::fromLatin1(when), Qt::ISODateWithMs));
            QCOMPARE(artifact->createdBy, QString::fromLatin1(uid[15] == '4' ? "ben" : "ada"));
        }
        // One run per user and moment: b and c share theirs.
        const auto scalar = [this](const char *sql) {
            return test::scalar(m_registry->database(), QString::fromLatin1(sql));
        };
        QCOMPARE(scalar("SELECT COUNT(*) FROM fd_run WHERE kind = 'schema.migrate'"), 2);
        QCOMPARE(scalar("SELECT COUNT(*) FROM fd_artifact WHERE run_id IS NULL"), 0);
        QCOMPARE(scalar("SELECT COUNT(DISTINCT run_id) FROM fd_artifact"), 3);
        QVERIFY(!QSqlQuery(m_registry->database())
                     .exec(QStringLiteral("SELECT created_at FROM fd_artifact")));

        // The view shows the run's time and sorts by creation, which is the order of the ids.
        PagedTableModel model(tables::artifacts());
        model.setLocation(m_registry->location());
        const int createdAt = tables::artifacts().columnIndex(QStringLiteral("created_at"));
        model.sort(createdAt, Qt::DescendingOrder);
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 60000));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("d.csv"));
        QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("a.csv"));
        QCOMPARE(
            model.index(3, createdAt).data(PagedTableModel::SortValueRole).toDateTime(),
            QDateTime::fromString(QStringLiteral("2024-05-01T10:00:00.000Z"), Qt::ISODateWithMs));
    }
};

QTEST_GUILESS_MAIN(TestArtifactStore)
#include "tst_artifactstore.moc"
