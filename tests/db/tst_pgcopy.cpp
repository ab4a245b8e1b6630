// COPY FROM STDIN on the registry's own PostgreSQL connection: text that COPY's format must escape
// arrives as it was sent (tabs, newlines, backslashes, "\N", non-ASCII; empty text apart from
// NULL), rows beyond one chunk arrive whole, a broken rule is an Error classified like any
// statement's (and nothing of the COPY stays), a dropped connection is reported, and on SQLite it
// says so.

#include "model/db/PgCopy.h"
#include "model/db/Registry.h"
#include "model/db/Transaction.h"
#include "tests/support/BackendTest.h"

#include <QSqlQuery>
#include <QTest>

using namespace fd;

class TestPgCopy : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<Registry> m_registry;
    QString m_backend;

    bool postgres() const { return m_backend == QLatin1StringView("postgresql"); }

    bool exec(const QString &sql)
    {
        QSqlQuery query(m_registry->database());
        return query.exec(sql);
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void init()
    {
        FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry);
        QFETCH_GLOBAL(QString, backend);
        m_backend = backend;
        if (postgres())
            QVERIFY(exec(QStringLiteral(
                "CREATE TABLE copy_target (id BIGINT PRIMARY KEY, a TEXT, b TEXT)")));
    }

    void cleanup() { m_registry.reset(); }

    void textArrivesAsSent_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << QStringLiteral("CD8A");
        QTest::newRow("tab") << QStringLiteral("a\tb");
        QTest::newRow("newline and carriage return") << QStringLiteral("line 1\nline 2\r\nline 3");
        QTest::newRow("backslashes") << QStringLiteral("C:\\data\\n\\t\\\\");
        QTest::newRow("looks like null") << QStringLiteral("\\N");
        QTest::newRow("quotes and delimiters") << QStringLiteral("\"x\", 'y'; z|w");
        QTest::newRow("non-ASCII") << QStringLiteral("Größe µg/ml – 細胞 🧬");
        QTest::newRow("empty, not null") << QStringLiteral("");
    }

    void textArrivesAsSent()
    {
        QFETCH(QString, value);
        if (!postgres())
            QSKIP("COPY is PostgreSQL's; see refusedOnSqlite.");
        Transaction transaction(m_registry->database());
        FD_VERIFY_OK(transaction.begin(QStringLiteral("copy")));
        PgCopy copy(m_registry->database(),
                    QStringLiteral("COPY copy_target (id, a, b) FROM STDIN"), 3);
        copy.addRow({QStringLiteral("1"), value, QString()});
        copy.addRow({QStringLiteral("2"), QString(), value});
        QCOMPARE(copy.rowCount(), 2);
        FD_VERIFY_OK(copy.send(QStringLiteral("copy two rows")));
        QCOMPARE(copy.rowCount(), 0);
        FD_VERIFY_OK(transaction.commit());
        QSqlQuery query(m_registry->database());
        QVERIFY(query.exec(
            QStringLiteral("SELECT a, b, a IS NULL, b IS NULL FROM copy_target ORDER BY id")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), value);
        QVERIFY(!query.value(2).toBool());
        QVERIFY(query.value(3).toBool());
        QVERIFY(query.next());
        QVERIFY(query.value(2).toBool());
        QCOMPARE(query.value(1).toString(), value);
        QVERIFY(!query.value(3).toBool());
    }

    void manyChunksArriveWhole()
    {
        if (!postgres())
            QSKIP("COPY is PostgreSQL's.");
        Transaction transaction(m_registry->database());
        FD_VERIFY_OK(transaction.begin(QStringLiteral("copy")));
        PgCopy copy(m_registry->database(),
                    QStringLiteral("COPY copy_target (id, a, b) FROM STDIN"), 3);
        constexpr int Rows = 150'000;
        for (int i = 0; i < Rows; ++i)
            copy.addRow(
                {QString::number(i), QStringLiteral("gene_%1").arg(i), QStringLiteral("x\ty")});
        QVERIFY2(copy.bytes() > 3 * (1 << 20), "more than three chunks");
        FD_VERIFY_OK(copy.send(QStringLiteral("copy many rows")));
        FD_VERIFY_OK(transaction.commit());
        QCOMPARE(test::scalar(m_registry->database(),
                              QStringLiteral("SELECT COUNT(*) FROM copy_target")),
                 Rows);
        QCOMPARE(
            test::scalar(
                m_registry->database(),
                QStringLiteral(
                    "SELECT COUNT(*) FROM copy_target WHERE a = 'gene_' || id AND b = E'x\\ty'")),
            Rows);
    }

    void brokenRuleIsAConflictAndLeavesNothing()
    {
        if (!postgres())
            QSKIP("COPY is PostgreSQL's.");
        QVERIFY(exec(QStringLiteral("INSERT INTO copy_target VALUES (7, 'kept', NULL)")));
        {
            Transaction transaction(m_registry->database());
            FD_VERIFY_OK(transaction.begin(QStringLiteral("copy")));
            PgCopy copy(m_registry->database(),
                        QStringLiteral("COPY copy_target (id, a, b) FROM STDIN"), 3);
            for (int i = 0; i < 10; ++i)
                copy.addRow({QString::number(i), QStringLiteral("new"), QString()});
            const Status sent = copy.send(QStringLiteral("copy ten rows"));
            QVERIFY(!sent);
            QCOMPARE(sent.error().code, Error::Code::Conflict);
            QVERIFY2(sent.error().message.contains(QStringLiteral("copy ten rows")),
                     qPrintable(sent.error().message));
            // The transaction ends without commit: rolled back.
        }
        QCOMPARE(test::scalar(m_registry->database(),
                              QStringLiteral("SELECT COUNT(*) FROM copy_target")),
                 1);
        // The connection is usable again.
        QVERIFY(exec(QStringLiteral("INSERT INTO copy_target VALUES (8, 'next', NULL)")));
        // A statement that is no COPY at all.
        PgCopy wrong(m_registry->database(), QStringLiteral("COPY no_such_table FROM STDIN"), 1);
        wrong.addRow({QStringLiteral("x")});
        const Status refused = wrong.send(QStringLiteral("copy into nothing"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("no_such_table")),
                 qPrintable(refused.error().message));
    }

    void droppedConnectionIsUnreachable()
    {
        if (!postgres())
            QSKIP("An SQLite file has no connection to lose.");
        QString error;
        QVERIFY2(
            test::TestRegistries::pgAdmin(
                QStringLiteral(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' "
                    "AND pid <> pg_backend_pid()")
                    .arg(m_registry->location().database()),
                &error),
            qPrintable(error));
        PgCopy copy(m_registry->database(),
                    QStringLiteral("COPY copy_target (id, a, b) FROM STDIN"), 3);
        copy.addRow({QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("b")});
        const Status sent = copy.send(QStringLiteral("copy after the server left"));
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, Error::Code::Unreachable);
    }

    void refusedOnSqlite()
    {
        if (postgres())
            QSKIP("Only SQLite refuses.");
        PgCopy copy(m_registry->database(), QStringLiteral("COPY fd_feature (uid) FROM STDIN"), 1);
        copy.addRow({QStringLiteral("x")});
        const Status sent = copy.send(QStringLiteral("copy on SQLite"));
        QVERIFY(!sent);
        QVERIFY(sent.error().message.contains(QStringLiteral("PostgreSQL")));
    }
};

QTEST_GUILESS_MAIN(TestPgCopy)
#include "tst_pgcopy.moc"
