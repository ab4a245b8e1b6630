// Transactions that nest (a savepoint inside an open transaction) and writes that are one
// transaction as a whole: a migration's pending steps, on SQLite and PostgreSQL.

#include "model/db/Registry.h"
#include "model/db/Schema.h"
#include "model/db/Transaction.h"
#include "tests/support/BackendTest.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace fd;

class TestTransaction : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<Registry> m_registry;

    bool addUser(const QString &handle)
    {
        QSqlQuery query(m_registry->database());
        query.prepare(QStringLiteral("INSERT INTO fd_user (handle) VALUES (?)"));
        query.addBindValue(handle);
        return query.exec();
    }
    QStringList users()
    {
        QSqlQuery query(m_registry->database());
        QStringList handles;
        if (query.exec(QStringLiteral(
                "SELECT handle FROM fd_user WHERE handle LIKE 'tx-%' ORDER BY handle")))
            while (query.next())
                handles.append(query.value(0).toString());
        return handles;
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry); }
    void cleanup() { m_registry.reset(); }

    void nestedCommitBelongsToTheOuterTransaction()
    {
        {
            Transaction outer(m_registry->database());
            FD_VERIFY_OK(outer.begin(QStringLiteral("test")));
            QVERIFY(!outer.isNested());
            QVERIFY(addUser(QStringLiteral("tx-a")));
            {
                Transaction inner(m_registry->database());
                FD_VERIFY_OK(inner.begin(QStringLiteral("test inner")));
                QVERIFY(inner.isNested());
                QCOMPARE(Transaction::openOn(m_registry->database()), 2);
                QVERIFY(addUser(QStringLiteral("tx-b")));
                FD_VERIFY_OK(inner.commit());
            }
            QCOMPARE(users(), (QStringList {QStringLiteral("tx-a"), QStringLiteral("tx-b")}));
            // The outer one rolls back (destroyed without commit): the inner commit goes with it.
        }
        QCOMPARE(Transaction::openOn(m_registry->database()), 0);
        QCOMPARE(users(), QStringList());
    }

    void nestedRollbackKeepsTheOuterTransaction()
    {
        Transaction outer(m_registry->database());
        FD_VERIFY_OK(outer.begin(QStringLiteral("test")));
        QVERIFY(addUser(QStringLiteral("tx-a")));
        {
            Transaction inner(m_registry->database());
            FD_VERIFY_OK(inner.begin(QStringLiteral("test inner")));
            QVERIFY(addUser(QStringLiteral("tx-b")));
            // A refused statement: on PostgreSQL it aborts the transaction, unless under a
            // savepoint.
            QVERIFY(!addUser(QStringLiteral("tx-a")));
            // Destroyed without commit: back to the savepoint.
        }
        QVERIFY2(addUser(QStringLiteral("tx-c")), "the outer transaction takes no more statements");
        FD_VERIFY_OK(outer.commit());
        QCOMPARE(users(), (QStringList {QStringLiteral("tx-a"), QStringLiteral("tx-c")}));
    }

    void nestsSeveralLevels()
    {
        Transaction first(m_registry->database());
        FD_VERIFY_OK(first.begin(QStringLiteral("level 1")));
        Transaction second(m_registry->database());
        FD_VERIFY_OK(second.begin(QStringLiteral("level 2")));
        QVERIFY(addUser(QStringLiteral("tx-2")));
        {
            Transaction third(m_registry->database());
            FD_VERIFY_OK(third.begin(QStringLiteral("level 3")));
            QVERIFY(addUser(QStringLiteral("tx-3")));
            third.rollback();
        }
        FD_VERIFY_OK(second.commit());
        FD_VERIFY_OK(first.commit());
        QCOMPARE(users(), QStringList {QStringLiteral("tx-2")});
        // Not nested any more: the next one is a transaction of its own again.
        Transaction next(m_registry->database());
        FD_VERIFY_OK(next.begin(QStringLiteral("again")));
        QVERIFY(!next.isNested());
        FD_VERIFY_OK(next.commit());
    }

    // A migration runs all pending steps in one transaction: one step refused leaves the registry
    // at the version it had, not at the step before the refused one.
    void migrationIsOneTransaction()
    {
        m_registry.reset();
        QFETCH_GLOBAL(QString, backend);
        m_location = m_registries.freshLocation(backend, QStringLiteral("version3"));
        const Result<RegistryLocation> old = RegistryLocation::parse(m_location);
        FD_VERIFY_OK(old);
        const QString name = QStringLiteral("version-3");
        {
            const Result<QSqlDatabase> db = test::rawDatabaseAt(*old, name, 3);
            FD_VERIFY_OK(db);
            QSqlQuery query(*db);
            // An artifact holding one set under two slots: step 6 refuses it, after 4 and 5 ran.
            for (const char *sql : {
                     "INSERT INTO fd_user (handle) VALUES ('old-user')",
                     "INSERT INTO fd_feature_set (uid, name, n, registry, hash, created_by) VALUES "
                     "('SetSetSetSetSetSet01', 'panel', 0, 'core.Feature', 'hashhashhashhashhash', "
                     "1)",
                     "INSERT INTO fd_artifact (uid, key, size, hash, hash_type, created_by) VALUES "
                     "('ArtArtArtArt00010000', 'a.csv', 1, 'h1', 'md5', 1)",
                     "INSERT INTO fd_artifact_feature_set (artifact_id, feature_set_id, slot, "
                     "created_by) "
                     "VALUES (1, 1, 'obs', 1), (1, 1, 'var', 1)",
                 })
                QVERIFY2(query.exec(QString::fromLatin1(sql)),
                         qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(name);
        const Result<std::unique_ptr<Registry>> refused
            = Registry::open(*old, Registry::OpenOptions {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        {
            QSqlDatabase db = test::rawDatabase(*old, name);
            QVERIFY(db.isOpen());
            QCOMPARE(*Schema::currentVersion(db), 3);
            QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM fd_migration")), 3);
            QCOMPARE(
                test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM fd_artifact_feature_set")),
                2);
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
