// SqliteForeignKeysOff: SQLite's foreign keys off on one connection inside the scope and back on
// after it; nothing changes inside a transaction or on PostgreSQL.

#include "model/db/Registry.h"
#include "model/db/SqliteForeignKeysOff.h"
#include "model/db/Transaction.h"
#include "tests/support/BackendTest.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace fd;

class TestSqliteForeignKeysOff : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<Registry> m_registry;

    bool isSqlite() const { return !m_registry->dialect().isPostgres(); }

    // A run by a user who does not exist: refused while foreign keys are checked. Rolled back
    // when written, so that each call writes the same row.
    bool writeRunOfMissingUser()
    {
        QSqlDatabase db = m_registry->database();
        Transaction transaction(db);
        if (!transaction.begin(QStringLiteral("write a run of a missing user")))
            return false;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("INSERT INTO fd_run (kind, created_by) "
                                       "VALUES ('test.orphan', 987654321)"))) {
            qDebug("refused: %s", qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry); }
    void cleanup() { m_registry.reset(); }

    void offInsideTheScopeAndOnAfter()
    {
        const QSqlDatabase db = m_registry->database();
        QCOMPARE(SqliteForeignKeysOff::foreignKeysOn(db), isSqlite());
        QVERIFY(!writeRunOfMissingUser());
        {
            const SqliteForeignKeysOff off(db);
            // On PostgreSQL nothing changes: the server keeps checking.
            QCOMPARE(off.active(), isSqlite());
            QVERIFY(!SqliteForeignKeysOff::foreignKeysOn(db));
            QCOMPARE(writeRunOfMissingUser(), isSqlite());
        }
        QCOMPARE(SqliteForeignKeysOff::foreignKeysOn(db), isSqlite());
        QVERIFY(!writeRunOfMissingUser());
        QCOMPARE(test::scalar(db,
                              QStringLiteral("SELECT COUNT(*) FROM fd_run "
                                             "WHERE kind = 'test.orphan'")),
                 0);
    }

    void inactiveInsideATransaction()
    {
        const QSqlDatabase db = m_registry->database();
        {
            Transaction transaction(db);
            FD_VERIFY_OK(transaction.begin(QStringLiteral("test")));
            const SqliteForeignKeysOff off(db);
            // SQLite ignores the pragma inside a transaction: the keys stay on, and the guard
            // says so.
            QVERIFY(!off.active());
            QCOMPARE(SqliteForeignKeysOff::foreignKeysOn(db), isSqlite());
            QSqlQuery query(db);
            QVERIFY(!query.exec(QStringLiteral("INSERT INTO fd_run (kind, created_by) "
                                               "VALUES ('test.orphan', 987654321)")));
        }
        QCOMPARE(SqliteForeignKeysOff::foreignKeysOn(db), isSqlite());
    }

    void otherConnectionsKeepTheirForeignKeys()
    {
        if (!isSqlite())
            QSKIP("SQLite only: PostgreSQL has no such switch");
        const Result<RegistryLocation> location = RegistryLocation::parse(m_location);
        FD_VERIFY_OK(location);
        const QString name = QStringLiteral("second connection");
        {
            QSqlDatabase other = test::rawDatabase(*location, name);
            QVERIFY2(other.isOpen(), qPrintable(other.lastError().text()));
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("PRAGMA foreign_keys = ON")));
            const SqliteForeignKeysOff off(m_registry->database());
            QVERIFY(off.active());
            QVERIFY(SqliteForeignKeysOff::foreignKeysOn(other));
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestSqliteForeignKeysOff)
#include "tst_sqliteforeignkeysoff.moc"
