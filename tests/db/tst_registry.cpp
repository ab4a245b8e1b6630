// Opening registries: new, existing, and every kind of bad location, on SQLite and PostgreSQL.

#include "model/db/Registry.h"
#include "model/db/Schema.h"
#include "tests/support/TestRegistry.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace fd;

namespace {

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

Result<std::unique_ptr<Registry>> openAt(const QString &text, bool create, int busyMs = 5000)
{
    const Result<RegistryLocation> location = RegistryLocation::parse(text);
    if (!location)
        return location.error();
    Registry::OpenOptions options;
    options.createIfMissing = create;
    options.busyTimeoutMs = busyMs;
    return Registry::open(*location, options);
}

// Runs one statement on a raw connection of its own, as another program would.
bool rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + QString::number(qintptr(&path));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestRegistry : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        const QString reason = m_registries.skipReason(backend);
        if (!reason.isEmpty()) {
            if (qEnvironmentVariableIntValue("FEATUREDESK_TEST_PG_REQUIRED"))
                QFAIL(qPrintable(reason));
            QSKIP(qPrintable(reason));
        }
        m_location = m_registries.freshLocation(backend);
    }

    void createsNewRegistryAtLatestSchema()
    {
        Result<std::unique_ptr<Registry>> registry = openAt(m_location, true);
        FD_VERIFY_OK(registry);
        QCOMPARE((*registry)->schemaVersion(), Schema::latestVersion());
        QVERIFY(!(*registry)->isReadOnly());
        QVERIFY((*registry)->userId() > 0);
        QVERIFY(!(*registry)->userHandle().isEmpty());
        // All tables: on PostgreSQL fd_feature_set_gene is a view (schema step 11).
        const QStringList tables = (*registry)->database().tables(QSql::AllTables);
        for (const char *table :
             {"fd_meta", "fd_migration", "fd_user", "fd_run", "fd_organism", "fd_feature",
              "fd_gene", "fd_feature_set", "fd_feature_set_feature", "fd_feature_set_gene",
              "fd_artifact", "fd_artifact_feature_set"})
            QVERIFY2(tables.contains(QLatin1StringView(table)), table);

        QSqlQuery query((*registry)->database());
        QVERIFY(query.exec(QStringLiteral("SELECT version FROM fd_migration ORDER BY version")));
        QList<int> versions;
        while (query.next())
            versions.append(query.value(0).toInt());
        QCOMPARE(versions.size(), Schema::latestVersion());
        QCOMPARE(versions.constLast(), Schema::latestVersion());
    }

    void sqlitePragmas()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1StringView("sqlite"))
            QSKIP("SQLite only");
        Result<std::unique_ptr<Registry>> registry = openAt(m_location, true);
        FD_VERIFY_OK(registry);
        QSqlQuery query((*registry)->database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next());
        QCOMPARE(query.value(0).toInt(), 5000);
    }

    void reopensExistingRegistry()
    {
        {
            Result<std::unique_ptr<Registry>> first = openAt(m_location, true);
            FD_VERIFY_OK(first);
            Result<qint64> run = (*first)->startRun(QStringLiteral("test"), QStringLiteral("kept"));
            FD_VERIFY_OK(run);
            FD_VERIFY_OK((*first)->finishRun(*run));
        }
        Result<std::unique_ptr<Registry>> again = openAt(m_location, false);
        FD_VERIFY_OK(again);
        QSqlQuery query((*again)->database());
        QVERIFY(query.exec(QStringLiteral("SELECT description, finished_at FROM fd_run")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("kept"));
        QVERIFY(!query.value(1).isNull());
        // The same user is not recorded twice.
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM fd_user")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void missingRegistryIsNotCreatedWhenOpening()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == QLatin1StringView("postgresql")) {
            // An empty database is there but holds no registry.
            Result<std::unique_ptr<Registry>> empty = openAt(m_location, false);
            QVERIFY(!empty.ok());
            QCOMPARE(empty.error().code, Error::Code::NotARegistry);
            // What to do about it depends on the program: the window and the CLI word the remedy.
            QCOMPARE(empty.error().remedy, Error::Remedy::SetUpDatabase);
            m_location += QStringLiteral("_missing");
        }
        Result<std::unique_ptr<Registry>> registry = openAt(m_location, false);
        QVERIFY(!registry.ok());
        QCOMPARE(registry.error().code, Error::Code::NotFound);
        QVERIFY2(
            registry.error().message.contains(RegistryLocation::parse(m_location)->displayText()),
            qPrintable(registry.error().message));
        if (backend == QLatin1StringView("sqlite"))
            QVERIFY(!QFile::exists(m_location));
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        {
            Result<std::unique_ptr<Registry>> registry = openAt(m_location, true);
            FD_VERIFY_OK(registry);
            QSqlQuery query((*registry)->database());
            QVERIFY(query.exec(
                QStringLiteral("UPDATE fd_meta SET value = '99' WHERE key = 'schema_version'")));
        }
        QFETCH_GLOBAL(QString, backend);
        const bool sqlite = backend == QLatin1StringView("sqlite");
        if (sqlite) // the main file alone, checkpointed and without WAL, to compare bytes
            QVERIFY(rawExec(m_location, {QStringLiteral("PRAGMA journal_mode = DELETE")}));
        const QByteArray before = sqlite ? fileDigest(m_location) : QByteArray();

        Result<std::unique_ptr<Registry>> registry = openAt(m_location, false);
        QVERIFY(!registry.ok());
        QCOMPARE(registry.error().code, Error::Code::NewerSchema);
        QVERIFY2(registry.error().message.contains(QLatin1StringView("99")),
                 qPrintable(registry.error().message));
        QVERIFY(registry.error().message.contains(QLatin1StringView("newer")));
        if (sqlite) {
            QCOMPARE(fileDigest(m_location), before);
            QVERIFY(!QFile::exists(m_location + QStringLiteral("-wal"))
                    || QFile(m_location + QStringLiteral("-wal")).size() == 0);
        }
    }

    void olderSchemaIsMigratedKeepingData()
    {
        const Result<RegistryLocation> location = RegistryLocation::parse(m_location);
        FD_VERIFY_OK(location);
        // A version-1 registry, as the first FeatureDesk made it, with a feature in it.
        const QString name = QStringLiteral("version-1");
        {
            const Result<QSqlDatabase> db = test::rawDatabaseAt(*location, name, 1);
            FD_VERIFY_OK(db);
            QCOMPARE(*Schema::currentVersion(*db), 1);
            QSqlQuery query(*db);
            QVERIFY(query.exec(QStringLiteral("INSERT INTO fd_user (handle) VALUES ('old-user')")));
            QVERIFY(
                query.exec(QStringLiteral("INSERT INTO fd_feature (uid, name, dtype, created_by) "
                                          "VALUES ('abcdefghijkl', 'kept', 'int', "
                                          "(SELECT id FROM fd_user WHERE handle = 'old-user'))")));
            QVERIFY(!db->tables().contains(QStringLiteral("fd_missing")));
        }
        QSqlDatabase::removeDatabase(name);

        Result<std::unique_ptr<Registry>> registry = openAt(m_location, false);
        FD_VERIFY_OK(registry);
        QCOMPARE((*registry)->schemaVersion(), Schema::latestVersion());
        QSqlQuery query((*registry)->database());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT f.name, u.handle FROM fd_feature f JOIN fd_user u ON u.id = f.created_by")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("kept"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("old-user"));
        // Every step after the first was applied once, in order, and recorded.
        QVERIFY(query.exec(QStringLiteral("SELECT version FROM fd_migration ORDER BY version")));
        QList<int> versions;
        while (query.next())
            versions.append(query.value(0).toInt());
        QList<int> expected;
        for (int version = 1; version <= Schema::latestVersion(); ++version)
            expected.append(version);
        QCOMPARE(versions, expected);
    }

    void migrationRefusesDataItCannotTake()
    {
        // Version 6 makes (set, artifact) unique, as LaminDB's ArtifactFeatureSet is. A version-5
        // registry where an artifact holds one set under two slots is not migrated: it stays at
        // version 5 with both links, and the error names the artifact and the set.
        const Result<RegistryLocation> location = RegistryLocation::parse(m_location);
        FD_VERIFY_OK(location);
        const QString name = QStringLiteral("version-5");
        const QStringList links = {QStringLiteral("'obs'"), QStringLiteral("'var'")};
        {
            const Result<QSqlDatabase> db = test::rawDatabaseAt(*location, name, 5);
            FD_VERIFY_OK(db);
            QSqlQuery query(*db);
            QVERIFY(query.exec(QStringLiteral("INSERT INTO fd_user (handle) VALUES ('old-user')")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO fd_feature_set (uid, name, n, registry, hash, created_by) VALUES "
                "('SetSetSetSetSetSet01', 'panel', 0, 'core.Feature', 'hashhashhashhashhash', "
                "1)")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO fd_artifact (uid, key, size, hash, hash_type, created_by) VALUES "
                "('ArtArtArtArt00010000', 'a.csv', 1, 'h1', 'md5', 1), "
                "('ArtArtArtArt00020000', 'b.csv', 1, 'h2', 'md5', 1)")));
            for (const QString &slot : links) {
                QVERIFY(query.exec(QStringLiteral("INSERT INTO fd_artifact_feature_set "
                                                  "(artifact_id, feature_set_id, slot, created_by) "
                                                  "VALUES (1, 1, %1, 1)")
                                       .arg(slot)));
            }
            QVERIFY(query.exec(QStringLiteral("INSERT INTO fd_artifact_feature_set (artifact_id, "
                                              "feature_set_id, slot, created_by) "
                                              "VALUES (2, 1, 'columns', 1)")));
        }
        QSqlDatabase::removeDatabase(name);

        Result<std::unique_ptr<Registry>> refused = openAt(m_location, false);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY2(refused.error().message.contains(
                     QLatin1StringView("ArtArtArtArt00010000 (SetSetSetSetSetSet01)"))
                     && !refused.error().message.contains(QLatin1StringView("ArtArtArtArt00020000"))
                     && refused.error().message.contains(QLatin1StringView("two slots")),
                 qPrintable(refused.error().message));
        {
            QSqlDatabase db = test::rawDatabase(*location, name);
            QVERIFY(db.isOpen());
            QCOMPARE(*Schema::currentVersion(db), 5);
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM fd_artifact_feature_set")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 3);
            // Detached under one slot (as the older FeatureDesk would), the registry migrates.
            QVERIFY(query.exec(
                QStringLiteral("DELETE FROM fd_artifact_feature_set WHERE slot = 'var'")));
        }
        QSqlDatabase::removeDatabase(name);
        Result<std::unique_ptr<Registry>> registry = openAt(m_location, false);
        FD_VERIFY_OK(registry);
        QCOMPARE((*registry)->schemaVersion(), Schema::latestVersion());
        QSqlQuery query((*registry)->database());
        QCOMPARE(test::scalar((*registry)->database(),
                              QStringLiteral("SELECT COUNT(*) FROM fd_artifact_feature_set")),
                 2);
        // The set is held by artifact 1 under 'obs': not under a second slot.
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO fd_artifact_feature_set (artifact_id, "
                                           "feature_set_id, slot) VALUES (1, 1, 'var')")));
        const QString error = query.lastError().text();
        QVERIFY2(error.contains(QLatin1StringView("UNIQUE"))
                     || error.contains(QLatin1StringView("duplicate key")),
                 qPrintable(error));
    }

    void foreignKeysAreEnforced()
    {
        Result<std::unique_ptr<Registry>> registry = openAt(m_location, true);
        FD_VERIFY_OK(registry);
        QSqlQuery query((*registry)->database());
        // A link to a set that does not exist.
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO fd_feature_set_feature (feature_set_id, "
                                           "feature_id) VALUES (4242, 4343)")));
    }

    void databaseOfAnotherApplicationIsRefused()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == QLatin1StringView("sqlite")) {
            QVERIFY(rawExec(m_location,
                            {QStringLiteral("CREATE TABLE samples (id INTEGER, name TEXT)"),
                             QStringLiteral("INSERT INTO samples VALUES (1, 'x')")}));
        } else {
            Result<std::unique_ptr<Registry>> registry = openAt(m_location, true);
            FD_VERIFY_OK(registry);
            QSqlQuery query((*registry)->database());
            QVERIFY(query.exec(QStringLiteral("DROP SCHEMA public CASCADE")));
            QVERIFY(query.exec(QStringLiteral("CREATE SCHEMA public")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE samples (id INTEGER, name TEXT)")));
        }
        const QByteArray before
            = backend == QLatin1StringView("sqlite") ? fileDigest(m_location) : QByteArray();
        for (bool create : {false, true}) {
            Result<std::unique_ptr<Registry>> registry = openAt(m_location, create);
            QVERIFY(!registry.ok());
            QCOMPARE(registry.error().code, Error::Code::NotARegistry);
            QVERIFY2(
                registry.error().message.contains(QLatin1StringView("not a FeatureDesk registry")),
                qPrintable(registry.error().message));
        }
        if (backend == QLatin1StringView("sqlite"))
            QCOMPARE(fileDigest(m_location), before);
    }

    // The file cases are SQLite's alone.
    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("text file")
            << QByteArray("gene,value\nA1BG,3\n") << int(Error::Code::NotARegistry)
            << "not a FeatureDesk registry";
        QTest::newRow("binary junk") << QByteArray(4096, '\x7f') << int(Error::Code::NotARegistry)
                                     << "not a FeatureDesk registry";
        QTest::newRow("empty file") << QByteArray() << int(Error::Code::NotARegistry) << "empty";
        QTest::newRow("header only")
            << QByteArray("SQLite format 3\0", 16) << int(Error::Code::NotARegistry)
            << "not a FeatureDesk registry";
    }

    void badFiles()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1StringView("sqlite"))
            QSKIP("files are SQLite's");
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        QFETCH(QString, says);
        {
            QFile file(m_location);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        Result<std::unique_ptr<Registry>> registry = openAt(m_location, false);
        QVERIFY(!registry.ok());
        QCOMPARE(int(registry.error().code), code);
        QVERIFY2(registry.error().message.contains(says), qPrintable(registry.error().message));
        QVERIFY2(registry.error().message.contains(m_location),
                 qPrintable(registry.error().message));
        QFile file(m_location);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void truncatedRegistry()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1StringView("sqlite"))
            QSKIP("files are SQLite's");
        {
            Result<std::unique_ptr<Registry>> registry = openAt(m_location, true);
            FD_VERIFY_OK(registry);
        }
        QVERIFY(rawExec(m_location, {QStringLiteral("PRAGMA journal_mode = DELETE")}));
        QFile file(m_location);
        const qint64 size = file.size();
        QVERIFY(size > 8192);
        QVERIFY(file.resize(size / 2));
        const QByteArray before = fileDigest(m_location);
        Result<std::unique_ptr<Registry>> registry = openAt(m_location, false);
        QVERIFY(!registry.ok());
        QCOMPARE(registry.error().code, Error::Code::Corrupt);
        QVERIFY2(registry.error().message.contains(QLatin1StringView("truncated")),
                 qPrintable(registry.error().message));
        QVERIFY(registry.error().message.contains(QLatin1StringView("backup")));
        QCOMPARE(fileDigest(m_location), before);
    }

    void lockedRegistry()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1StringView("sqlite"))
            QSKIP("file locks are SQLite's");
        {
            Result<std::unique_ptr<Registry>> registry = openAt(m_location, true);
            FD_VERIFY_OK(registry);
        }
        // Another program holds the registry exclusively.
        const QString name = QStringLiteral("holder");
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            holder.setDatabaseName(m_location);
            QVERIFY(holder.open());
            QSqlQuery query(holder);
            QVERIFY(query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
            QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(query.exec(
                QStringLiteral("UPDATE fd_meta SET value = value WHERE key = 'application'")));

            QElapsedTimer timer;
            timer.start();
            Result<std::unique_ptr<Registry>> registry = openAt(m_location, false, 300);
            QVERIFY(!registry.ok());
            QCOMPARE(registry.error().code, Error::Code::Locked);
            QVERIFY2(registry.error().message.contains(m_location),
                     qPrintable(registry.error().message));
            QVERIFY2(registry.error().message.contains(QLatin1StringView("Another program")),
                     qPrintable(registry.error().message));
            QVERIFY(timer.elapsed() < 4000);
            QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(name);
        // Released: it opens again.
        FD_VERIFY_OK(openAt(m_location, false));
    }

    void readOnlyRegistryOpensForBrowsingOnly()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1StringView("sqlite"))
            QSKIP(
                "file permissions are SQLite's (PostgreSQL read-only users are tested with roles)");
        {
            Result<std::unique_ptr<Registry>> registry = openAt(m_location, true);
            FD_VERIFY_OK(registry);
        }
        QVERIFY(rawExec(m_location, {QStringLiteral("PRAGMA journal_mode = DELETE")}));
        QVERIFY(QFile::setPermissions(m_location,
                                      QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = fileDigest(m_location);
        {
            Result<std::unique_ptr<Registry>> registry = openAt(m_location, false);
            FD_VERIFY_OK(registry);
            QVERIFY((*registry)->isReadOnly());
            const Status writable = (*registry)->checkWritable();
            QVERIFY(!writable.ok());
            QCOMPARE(writable.error().code, Error::Code::ReadOnly);
            QVERIFY(writable.error().message.contains(m_location));
            const Result<qint64> run = (*registry)->startRun(QStringLiteral("x"), QString());
            QVERIFY(!run.ok());
            FD_VERIFY_OK((*registry)->counts());
        }
        QCOMPARE(fileDigest(m_location), before);
        QFile::setPermissions(m_location, QFile::ReadOwner | QFile::WriteOwner);
    }

    void unreachableServer()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1StringView("postgresql"))
            QSKIP("servers are PostgreSQL's");
        QElapsedTimer timer;
        timer.start();
        Result<std::unique_ptr<Registry>> registry = openAt(
            QStringLiteral("postgresql://postgres@127.0.0.1:1/nowhere?connect_timeout=2"), true);
        QVERIFY(!registry.ok());
        QCOMPARE(registry.error().code, Error::Code::Unreachable);
        QVERIFY2(registry.error().message.contains(
                     QLatin1StringView("postgresql://postgres@127.0.0.1:1/nowhere")),
                 qPrintable(registry.error().message));
        QVERIFY(registry.error().message.contains(QLatin1StringView("server is running")));
        QVERIFY(timer.elapsed() < 10000);
    }

    void secondConnectionForAnotherThread()
    {
        Result<std::unique_ptr<Registry>> registry = openAt(m_location, true);
        FD_VERIFY_OK(registry);
        Result<std::unique_ptr<Registry>> another = (*registry)->openAnother();
        FD_VERIFY_OK(another);
        QVERIFY((*another)->database().connectionName()
                != (*registry)->database().connectionName());
        QCOMPARE((*another)->userId(), (*registry)->userId());
        QCOMPARE((*another)->schemaVersion(), (*registry)->schemaVersion());
    }

    void counts()
    {
        Result<std::unique_ptr<Registry>> registry = openAt(m_location, true);
        FD_VERIFY_OK(registry);
        const Result<Registry::Counts> counts = (*registry)->counts();
        FD_VERIFY_OK(counts);
        QCOMPARE(counts->features, 0);
        QCOMPARE(counts->artifacts, 0);
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
