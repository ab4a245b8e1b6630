// Artifact keys kept as folder and name: the ords that order the folders (pure functions), and the
// folders a registry adds, on SQLite and PostgreSQL, alone and from two connections at once.

#include "model/artifacts/ArtifactFolders.h"
#include "model/artifacts/ArtifactStore.h"
#include "model/browse/PagedTableModel.h"
#include "model/browse/RegistryTables.h"
#include "model/db/Registry.h"
#include "model/db/Schema.h"
#include "tests/support/BackendTest.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace fd;

namespace {

bool wellFormed(const QString &ord)
{
    static const QString alphabet
        = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    if (ord.isEmpty() || ord.endsWith(QLatin1Char('0')))
        return false;
    return std::all_of(ord.cbegin(), ord.cend(), [](QChar c) { return alphabet.contains(c); });
}

} // namespace

class TestArtifactFolders : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<Registry> m_registry;

    // The folders in the registry's path order must be the folders in ord order.
    void verifyOrdered(QSqlDatabase db)
    {
        QStringList byPath, byOrd;
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT path FROM fd_artifact_folder ORDER BY path")));
        while (query.next())
            byPath.append(query.value(0).toString());
        QVERIFY(query.exec(QStringLiteral("SELECT path FROM fd_artifact_folder ORDER BY ord")));
        while (query.next())
            byOrd.append(query.value(0).toString());
        QCOMPARE(byOrd, byPath);
        QVERIFY(query.exec(QStringLiteral("SELECT ord FROM fd_artifact_folder WHERE path <> ''")));
        while (query.next())
            QVERIFY2(wellFormed(query.value(0).toString()), qPrintable(query.value(0).toString()));
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void init() { FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry); }
    void cleanup() { m_registry.reset(); }

    void splitsKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("name");
        QTest::newRow("file name") << "a.csv"
                                   << ""
                                   << "a.csv";
        QTest::newRow("nested") << "raw/rnaseq/s1.fastq.gz"
                                << "raw/rnaseq/"
                                << "s1.fastq.gz";
        QTest::newRow("folder only") << "dir/"
                                     << "dir/"
                                     << "";
        QTest::newRow("absolute") << "/abs"
                                  << "/"
                                  << "abs";
        QTest::newRow("unicode") << "Proben/Größe.csv"
                                 << "Proben/"
                                 << "Größe.csv";
    }

    void splitsKeys()
    {
        QFETCH(QString, key);
        QFETCH(QString, folder);
        QFETCH(QString, name);
        const ArtifactFolders::Key split = ArtifactFolders::split(key);
        QCOMPARE(split.folder, folder);
        QCOMPARE(split.name, name);
        QCOMPARE(split.folder + split.name, key);
    }

    // Folders added in order (a dated folder a day) count up: a few characters for 200,000.
    void ordsAfterStayShort()
    {
        QString ord = ArtifactFolders::rootOrd();
        QStringList first;
        for (int i = 0; i < 200'000; ++i) {
            const QString next = ArtifactFolders::ordAfter(ord);
            if (!(ord < next) || !wellFormed(next))
                QFAIL(qPrintable(QStringLiteral("%1 after %2").arg(next, ord)));
            ord = next;
            if (first.size() < 64)
                first.append(ord);
        }
        QCOMPARE(first.at(0), QStringLiteral("a1"));
        QCOMPARE(first.at(60), QStringLiteral("az"));
        QCOMPARE(first.at(61), QStringLiteral("b11"));
        QCOMPARE(ord.size(), 4); // c + three digits
    }

    // Folders added anywhere, in random order: each new ord fits between its neighbours.
    void ordsBetweenKeepOrder()
    {
        QRandomGenerator random(20261203);
        QStringList ords {ArtifactFolders::rootOrd()};
        for (int i = 0; i < 20'000; ++i) {
            const qsizetype at = 1 + random.bounded(int(ords.size())); // after the root
            const QString lower = ords.at(at - 1);
            const QString upper = at < ords.size() ? ords.at(at) : QString();
            const QString ord = upper.isEmpty() ? ArtifactFolders::ordAfter(lower)
                                                : ArtifactFolders::ordBetween(lower, upper);
            if (!(lower < ord) || !(upper.isEmpty() || ord < upper) || !wellFormed(ord))
                QFAIL(qPrintable(QStringLiteral("%1 between %2 and %3").arg(ord, lower, upper)));
            ords.insert(at, ord);
        }
        qsizetype longest = 0;
        for (const QString &ord : std::as_const(ords))
            longest = std::max(longest, ord.size());
        QVERIFY2(longest <= 8, qPrintable(QString::number(longest)));
        // The tightest gaps: next to an ord that a shorter one begins, and just above the root.
        for (const auto &[lower, upper] :
             {std::pair {QStringLiteral("a1"), QStringLiteral("a11")},
              std::pair {QStringLiteral(""), QStringLiteral("1")},
              std::pair {QStringLiteral("az"), QStringLiteral("b11")},
              std::pair {QStringLiteral("azzz"), QStringLiteral("b")}}) {
            const QString ord = ArtifactFolders::ordBetween(lower, upper);
            QVERIFY2(lower < ord && ord < upper && wellFormed(ord), qPrintable(ord));
        }
    }

    void manyOrdsInOneGap()
    {
        for (const auto &[lower, upper] : {std::pair {QStringLiteral("a1"), QStringLiteral("a2")},
                                           std::pair {QStringLiteral("b1z"), QStringLiteral("b21")},
                                           std::pair {QStringLiteral("a5"), QString()}}) {
            const QStringList ords = ArtifactFolders::ordsBetween(lower, upper, 5000);
            QCOMPARE(ords.size(), 5000);
            QString previous = lower;
            for (const QString &ord : ords) {
                if (!(previous < ord) || !(upper.isEmpty() || ord < upper) || !wellFormed(ord))
                    QFAIL(qPrintable(
                        QStringLiteral("%1 after %2, below %3").arg(ord, previous, upper)));
                previous = ord;
            }
            QVERIFY2(previous.size() <= lower.size() + 6,
                     qPrintable(previous)); // logarithmic, not 5,000 halvings
        }
    }

    // A registry's folders in batches, in random order, overlapping: each folder once, with the
    // same ord every time it is asked for, and ord order is path order.
    void registryAddsFoldersInOrder()
    {
        QRandomGenerator random(7);
        ArtifactFolders folders(m_registry->database(), m_registry->dialect());
        QHash<QString, QString> seen;
        for (int batch = 0; batch < 6; ++batch) {
            QStringList wanted {QString()};
            for (int i = 0; i < 300; ++i)
                wanted.append(QStringLiteral("runs/%1/plate-%2/")
                                  .arg(2020 + random.bounded(6))
                                  .arg(random.bounded(200)));
            wanted.append(QStringLiteral("zz/last/"));
            wanted.append(QStringLiteral("/"));
            QVERIFY(m_registry->database().transaction());
            const Result<QHash<QString, QString>> ords
                = folders.ords(wanted, QStringLiteral("add folders"));
            FD_VERIFY_OK(ords);
            QVERIFY(m_registry->database().commit());
            for (const QString &folder : std::as_const(wanted)) {
                QVERIFY(ords->contains(folder));
                if (seen.contains(folder))
                    QCOMPARE(ords->value(folder), seen.value(folder));
                seen.insert(folder, ords->value(folder));
            }
            verifyOrdered(m_registry->database());
        }
        QCOMPARE(seen.value(QString()), ArtifactFolders::rootOrd());
        QCOMPARE(test::scalar(m_registry->database(),
                              QStringLiteral("SELECT COUNT(*) FROM fd_artifact_folder")),
                 qint64(seen.size()));
    }

    // PostgreSQL: a second workstation adding folders waits for the first, then finds its folders
    // and places its own among them.
    void secondWriterWaits()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1StringView("postgresql"))
            QSKIP("SQLite has one writer at a time anyway (BEGIN IMMEDIATE)");
        const QString name = QStringLiteral("second-writer");
        {
            QSqlDatabase other = test::rawDatabase(*RegistryLocation::parse(m_location), name);
            QVERIFY2(other.isOpen(), qPrintable(other.lastError().text()));
            ArtifactFolders first(m_registry->database(), m_registry->dialect());
            ArtifactFolders second(other, m_registry->dialect());
            QVERIFY(m_registry->database().transaction());
            const Result<QHash<QString, QString>> a
                = first.ords({QStringLiteral("b/")}, QStringLiteral("add b/"));
            FD_VERIFY_OK(a);
            QVERIFY(other.transaction());
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("SET LOCAL lock_timeout = '300ms'")));
            const Result<QHash<QString, QString>> waited
                = second.ords({QStringLiteral("a/")}, QStringLiteral("add a/"));
            QVERIFY(!waited);
            QVERIFY2(waited.error().message.contains(QLatin1StringView("lock timeout")),
                     qPrintable(waited.error().message));
            QVERIFY(other.rollback());
            QVERIFY(m_registry->database().commit());
            QVERIFY(other.transaction());
            const Result<QHash<QString, QString>> b = second.ords(
                {QStringLiteral("a/"), QStringLiteral("b/")}, QStringLiteral("add a/ and b/"));
            FD_VERIFY_OK(b);
            QVERIFY(other.commit());
            QCOMPARE(b->value(QStringLiteral("b/")), a->value(QStringLiteral("b/")));
            QVERIFY(b->value(QStringLiteral("a/")) < b->value(QStringLiteral("b/")));
        }
        QSqlDatabase::removeDatabase(name);
        verifyOrdered(m_registry->database());
    }
    // Step 9 on a registry of version 8: every key comes back exactly, and the artifacts view
    // sorts them folder by folder, from the new index, page after page.
    void migrationKeepsKeys()
    {
        QFETCH_GLOBAL(QString, backend);
        m_registry.reset();
        m_location = m_registries.freshLocation(backend, QStringLiteral("v8"));
        const QStringList keys {QStringLiteral("raw/x/c.csv"),
                                QStringLiteral("a.csv"),
                                QStringLiteral("raw/y/d.csv"),
                                QStringLiteral("dir/"),
                                QStringLiteral("/abs"),
                                QStringLiteral("Proben/Größe.csv"),
                                QStringLiteral("raw/x-1/e.csv"),
                                QStringLiteral("raw/x/b.csv"),
                                QStringLiteral("it's/a \\ \"quoted\" {key},.csv")};
        Result<std::unique_ptr<Registry>> opened
            = test::openMigrated(m_location, 8, [&keys](QSqlQuery &query) -> Status {
                  if (!query.exec(QStringLiteral("INSERT INTO fd_user (handle) VALUES ('ada')"))
                      || !query.prepare(QStringLiteral(
                          "INSERT INTO fd_artifact (uid, key, size, hash, hash_type, created_by) "
                          "VALUES (?, ?, 1, ?, 'md5', 1)")))
                      return Error::make(Error::Code::Database, query.lastError().text());
                  for (int i = 0; i < keys.size(); ++i) {
                      query.addBindValue(
                          QStringLiteral("ArtArtArtArt%10000").arg(i, 4, 10, QLatin1Char('0')));
                      query.addBindValue(keys.at(i));
                      query.addBindValue(QStringLiteral("hash%1").arg(i));
                      if (!query.exec())
                          return Error::make(Error::Code::Database,
                                             keys.at(i) + QStringLiteral(": ")
                                                 + query.lastError().text());
                  }
                  return {};
              });
        FD_VERIFY_OK(opened);
        m_registry = std::move(opened).value();
        QCOMPARE(m_registry->schemaVersion(), Schema::latestVersion());
        ArtifactStore store(*m_registry);
        for (int i = 0; i < keys.size(); ++i) {
            const Result<ArtifactRecord> artifact = store.findByUid(
                QStringLiteral("ArtArtArtArt%10000").arg(i, 4, 10, QLatin1Char('0')));
            FD_VERIFY_OK(artifact);
            QCOMPARE(artifact->key, keys.at(i));
        }
        QVERIFY(
            !QSqlQuery(m_registry->database()).exec(QStringLiteral("SELECT key FROM fd_artifact")));
        // Seven folders and the root; foreign keys checked again after the step.
        QCOMPARE(test::scalar(m_registry->database(),
                              QStringLiteral("SELECT COUNT(*) FROM fd_artifact_folder")),
                 8);
        verifyOrdered(m_registry->database());
        if (backend == QLatin1StringView("sqlite"))
            QCOMPARE(test::scalar(m_registry->database(), QStringLiteral("PRAGMA foreign_keys")),
                     1);

        QStringList expected;
        QSqlQuery query(m_registry->database());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT f.path || a.key_name FROM fd_artifact a JOIN fd_artifact_folder f "
            "ON f.ord = a.key_folder ORDER BY f.path DESC, a.key_name DESC, a.id DESC")));
        while (query.next())
            expected.append(query.value(0).toString());
        if (backend
            == QLatin1StringView("sqlite")) // byte order: the root's files, then each folder's
            QCOMPARE(
                expected,
                QStringList({QStringLiteral("raw/y/d.csv"), QStringLiteral("raw/x/c.csv"),
                             QStringLiteral("raw/x/b.csv"), QStringLiteral("raw/x-1/e.csv"),
                             keys.at(8), QStringLiteral("dir/"), QStringLiteral("Proben/Größe.csv"),
                             QStringLiteral("/abs"), QStringLiteral("a.csv")}));
        PagedTableModel model(tables::artifacts());
        model.setLocation(m_registry->location());
        model.sort(0, Qt::DescendingOrder);
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 60000));
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append(model.index(row, 0).data().toString());
        QCOMPARE(shown, expected);
    }
};

QTEST_GUILESS_MAIN(TestArtifactFolders)
#include "tst_artifactfolders.moc"
