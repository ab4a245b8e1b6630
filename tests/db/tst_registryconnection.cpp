// A registry's connection over a slow, silent or broken link (the latency relay in front of the
// test PostgreSQL server), and the time limits that keep a query from waiting for ever: the
// server's statement timeout, the kernel's user timeout and the client's own watchdog.

#include "model/db/ConnectionWatchdog.h"
#include "model/db/Registry.h"
#include "model/db/SqlErrors.h"
#include "tests/support/BackendTest.h"
#include "tests/support/PgRelay.h"
#include "tests/support/TestRegistry.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>

using namespace fd;

namespace {

Result<std::unique_ptr<Registry>> openAt(const QString &text, const Registry::OpenOptions &options)
{
    const Result<RegistryLocation> location = RegistryLocation::parse(text);
    if (!location)
        return location.error();
    return Registry::open(*location, options);
}

// What a failed statement says, as the stores would report it.
Error failure(const QSqlQuery &query)
{
    return sqlError(query, QStringLiteral("run the test's statement"));
}

bool saysConnectionLost(const Error &error)
{
    return error.code == Error::Code::Unreachable
        && error.message.contains(QLatin1StringView("connection to the server was lost"));
}

QString show(Registry &registry, const char *setting)
{
    QSqlQuery query(registry.database());
    if (!query.exec(QStringLiteral("SHOW %1").arg(QLatin1StringView(setting))) || !query.next())
        return failure(query).message;
    return query.value(0).toString();
}

} // namespace

class TestRegistryConnection : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;

    bool postgres() const { return m_location.startsWith(QLatin1StringView("postgresql:")); }

    // The test's registry, created directly, then opened again through the relay.
    Result<std::unique_ptr<Registry>> openThroughRelay(Registry::OpenOptions options = {})
    {
        Registry::OpenOptions creating;
        creating.createIfMissing = true;
        if (const Result<std::unique_ptr<Registry>> created = openAt(m_location, creating);
            !created)
            return created.error();
        return openAt(test::PgRelay::throughRelay(m_location), options);
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void init()
    {
        FD_BACKEND_INIT(m_registries, m_location);
        if (postgres()) {
            FD_REQUIRE_PG_RELAY();
            QString answer;
            QVERIFY2(test::PgRelay::reset(&answer), qPrintable(answer));
        }
    }

    void cleanup()
    {
        // The relay serves the whole test run: leave it as it started, also after a failure.
        if (postgres() && test::PgRelay::skipReason().isEmpty())
            test::PgRelay::reset();
    }

    void relayDelaysEveryRoundTrip()
    {
        if (!postgres())
            QSKIP("An SQLite file has no link to delay.");
        Result<std::unique_ptr<Registry>> registry = openThroughRelay();
        FD_VERIFY_OK(registry);
        for (const int rtt : {10, 50}) {
            QString answer;
            QVERIFY2(test::PgRelay::command("rtt " + QByteArray::number(rtt), &answer),
                     qPrintable(answer));
            QVERIFY2(answer.contains(QStringLiteral("delay_ms=%1").arg(rtt / 2)),
                     qPrintable(answer));
            QElapsedTimer timer;
            timer.start();
            QVERIFY((*registry)->ping()); // one statement: one round trip at least
            QVERIFY2(timer.elapsed() >= rtt, qPrintable(QString::number(timer.elapsed())));
        }
    }

    void silentLinkFailsWithinTheUserTimeout()
    {
        if (!postgres())
            QSKIP("An SQLite file has no link to go silent.");
        Registry::OpenOptions options;
        options.tcpUserTimeoutMs = 2000;
        Result<std::unique_ptr<Registry>> registry = openThroughRelay(options);
        FD_VERIFY_OK(registry);
        QString answer;
        QVERIFY2(test::PgRelay::command("hang", &answer), qPrintable(answer));
        // The relay's own kernel acknowledges what reaches it, so only a statement larger than
        // the sockets' buffers meets the silence: sent data stay unacknowledged, and
        // tcp_user_timeout gives the connection up (keepalives do the same on a real link for a
        // statement waiting for its answer, which a relay on this machine cannot make silent).
        const QString large(32 * 1024 * 1024, QLatin1Char('x'));
        QElapsedTimer timer;
        timer.start();
        QSqlQuery query((*registry)->database());
        const bool ran = query.exec(QStringLiteral("SELECT length('%1')").arg(large));
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(!ran, "the statement went through a silent link");
        const Error error = failure(query);
        QVERIFY2(saysConnectionLost(error), qPrintable(error.message));
        QVERIFY2(elapsed < 30000, qPrintable(QString::number(elapsed)));

        QVERIFY2(test::PgRelay::command("resume", &answer), qPrintable(answer));
        FD_VERIFY_OK((*registry)->reconnect());
        QVERIFY((*registry)->ping());
    }

    void waitingQueryOnASilentLink()
    {
        // A link silent below the relay (no acknowledgement, no keepalive answered) needs a
        // network of its own: tests/db/silent-link-test.sh runs this in a network namespace,
        // with the commands that take its loopback down and up again.
        const QString silence = qEnvironmentVariable("FEATUREDESK_TEST_SILENCE_LINK");
        const QString restore = qEnvironmentVariable("FEATUREDESK_TEST_RESTORE_LINK");
        if (!postgres())
            QSKIP("An SQLite file has no link to go silent.");
        if (silence.isEmpty() || restore.isEmpty())
            QSKIP("No link of its own to silence (tests/db/silent-link-test.sh gives it one).");
        Registry::OpenOptions options;
        options.createIfMissing = true;
        options.tcpUserTimeoutMs = 3000;
        Result<std::unique_ptr<Registry>> registry = openAt(m_location, options);
        FD_VERIFY_OK(registry);
        QProcess silencer;
        silencer.start(QStringLiteral("sh"),
                       {QStringLiteral("-c"), QStringLiteral("sleep 1; ") + silence});
        QVERIFY(silencer.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        QSqlQuery query((*registry)->database());
        const bool answered = query.exec(QStringLiteral("SELECT pg_sleep(60)"));
        const qint64 elapsed = timer.elapsed();
        silencer.waitForFinished();
        QProcess::execute(QStringLiteral("sh"), {QStringLiteral("-c"), restore});
        QVERIFY2(!answered, "the query went through a silent link");
        const Error error = failure(query);
        QVERIFY2(saysConnectionLost(error), qPrintable(error.message));
        // Keepalives start after 5 s of silence, the user timeout ends it 3 s later.
        QVERIFY2(elapsed < 30000, qPrintable(QString::number(elapsed)));
        FD_VERIFY_OK((*registry)->reconnect());
        QVERIFY((*registry)->ping());
    }

    void droppedConnectionFailsThenReconnects()
    {
        if (!postgres())
            QSKIP("An SQLite file has no connection to drop.");
        Result<std::unique_ptr<Registry>> registry = openThroughRelay();
        FD_VERIFY_OK(registry);
        FD_VERIFY_OK((*registry)->counts());
        QString answer;
        QVERIFY2(test::PgRelay::command("drop", &answer), qPrintable(answer));
        QVERIFY2(test::PgRelay::command("refuse", &answer), qPrintable(answer));

        const Result<Registry::Counts> counted = (*registry)->counts();
        QVERIFY(!counted);
        QVERIFY2(saysConnectionLost(counted.error()), qPrintable(counted.error().message));
        QVERIFY(!(*registry)->ping());
        const Status refused = (*registry)->reconnect();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Unreachable);

        QVERIFY2(test::PgRelay::command("resume", &answer), qPrintable(answer));
        FD_VERIFY_OK((*registry)->reconnect());
        FD_VERIFY_OK((*registry)->counts());
        // The new session has the same time limit as the first.
        QCOMPARE(show(**registry, "statement_timeout"), QStringLiteral("2min"));
    }

    // The relay acknowledges the statement and holds it: neither the kernel's user timeout nor
    // the server's statement timeout can end that wait; the client's watchdog does, as a lost
    // connection, while the link is still hung.
    void hungLinkIsCutByTheWatchdog()
    {
        if (!postgres())
            QSKIP("An SQLite file has no link to hang.");
        Registry::OpenOptions options;
        options.clientWatchdogMs = 1500;
        Result<std::unique_ptr<Registry>> registry = openThroughRelay(options);
        FD_VERIFY_OK(registry);
        QVERIFY((*registry)->ping());
        const int cutsBefore = ConnectionWatchdog::cuts();
        QString answer;
        QVERIFY2(test::PgRelay::command("hang", &answer), qPrintable(answer));
        QElapsedTimer timer;
        timer.start();
        QSqlQuery query((*registry)->database());
        const bool ran = query.exec(QStringLiteral("SELECT 1"));
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(!ran, "the statement was answered through a hung link");
        const Error error = failure(query);
        QVERIFY2(saysConnectionLost(error), qPrintable(error.message));
        QVERIFY2(elapsed >= 1400 && elapsed < 15000, qPrintable(QString::number(elapsed)));
        QCOMPARE(ConnectionWatchdog::cuts(), cutsBefore + 1);
        // Still hung: it was the watchdog, not the link, that ended the wait.
        QVERIFY2(test::PgRelay::command("status", &answer), qPrintable(answer));
        QVERIFY2(answer.contains(QLatin1StringView("hung=1")), qPrintable(answer));

        QVERIFY2(test::PgRelay::command("resume", &answer), qPrintable(answer));
        FD_VERIFY_OK((*registry)->reconnect());
        QVERIFY((*registry)->ping());
    }

    // The watchdog's deadline is for the first byte of an answer: a statement the server answers
    // within it goes through, one it answers later is cut as lost (which is why the default
    // deadline is the statement timeout and a margin), and a connection that waited idle longer
    // than the deadline between statements is left alone.
    void watchdogDeadlineCountsOnlyWhileAStatementWaits()
    {
        if (!postgres())
            QSKIP("SQLite has no connection to watch.");
        Registry::OpenOptions generous;
        generous.clientWatchdogMs = 5000;
        Result<std::unique_ptr<Registry>> patient = openThroughRelay(generous);
        FD_VERIFY_OK(patient);
        const int cutsBefore = ConnectionWatchdog::cuts();
        QSqlQuery slow((*patient)->database());
        QVERIFY2(slow.exec(QStringLiteral("SELECT pg_sleep(2)")),
                 qPrintable(failure(slow).message));
        QCOMPARE(ConnectionWatchdog::cuts(), cutsBefore);

        Registry::OpenOptions strict;
        strict.clientWatchdogMs = 1000;
        Result<std::unique_ptr<Registry>> hasty = openThroughRelay(strict);
        FD_VERIFY_OK(hasty);
        // Idle for twice the deadline after a statement: still usable, not cut.
        QVERIFY((*hasty)->ping());
        QTest::qWait(2000);
        QVERIFY((*hasty)->ping());
        QCOMPARE(ConnectionWatchdog::cuts(), cutsBefore);
        QSqlQuery tooSlow((*hasty)->database());
        QVERIFY(!tooSlow.exec(QStringLiteral("SELECT pg_sleep(2)")));
        const Error error = failure(tooSlow);
        QVERIFY2(saysConnectionLost(error), qPrintable(error.message));
        QCOMPARE(ConnectionWatchdog::cuts(), cutsBefore + 1);
        FD_VERIFY_OK((*hasty)->reconnect());
        QVERIFY((*hasty)->ping());
    }

    // Qt reads a forward-only query row by row (libpq's single-row mode), each row a result of
    // its own: the connection is idle after such a query all the same, and a hung link cuts one.
    void forwardOnlyQueriesAreWatchedToo()
    {
        if (!postgres())
            QSKIP("SQLite has no connection to watch.");
        Registry::OpenOptions options;
        options.clientWatchdogMs = 1000;
        Result<std::unique_ptr<Registry>> registry = openThroughRelay(options);
        FD_VERIFY_OK(registry);
        const int cutsBefore = ConnectionWatchdog::cuts();
        QSqlQuery rows((*registry)->database());
        rows.setForwardOnly(true);
        QVERIFY2(rows.exec(QStringLiteral("SELECT generate_series(1, 20000)")),
                 qPrintable(failure(rows).message));
        int read = 0;
        while (rows.next())
            ++read;
        QCOMPARE(read, 20000);
        rows.finish();
        QTest::qWait(2000); // idle for twice the deadline
        QVERIFY((*registry)->ping());
        QCOMPARE(ConnectionWatchdog::cuts(), cutsBefore);

        QString answer;
        QVERIFY2(test::PgRelay::command("hang", &answer), qPrintable(answer));
        QElapsedTimer timer;
        timer.start();
        QSqlQuery hung((*registry)->database());
        hung.setForwardOnly(true);
        const bool ran = hung.exec(QStringLiteral("SELECT generate_series(1, 20000)"));
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(!ran, "the statement was answered through a hung link");
        const Error error = failure(hung);
        QVERIFY2(saysConnectionLost(error), qPrintable(error.message));
        QVERIFY2(elapsed < 15000, qPrintable(QString::number(elapsed)));
        QCOMPARE(ConnectionWatchdog::cuts(), cutsBefore + 1);
    }

    // Bulk work asks for no statement timeout, and gets no watchdog either: over a hung link its
    // statement waits (as before) and goes through once the link comes back.
    void noWatchdogForBulkWork()
    {
        if (!postgres())
            QSKIP("SQLite has no connection to watch.");
        Registry::OpenOptions creating;
        creating.createIfMissing = true;
        FD_VERIFY_OK(openAt(m_location, creating));
        const QString throughRelay = test::PgRelay::throughRelay(m_location);
        const int cutsBefore = ConnectionWatchdog::cuts();
        enum { Waiting, Answered, Failed };
        std::atomic<int> outcome {Waiting};
        QString why;
        QSemaphore opened;
        QSemaphore hung;
        std::thread worker([&] {
            Registry::OpenOptions bulk;
            bulk.statementTimeoutMs = 0;
            Result<std::unique_ptr<Registry>> registry = openAt(throughRelay, bulk);
            opened.release();
            if (!registry) {
                why = registry.error().message;
                outcome = Failed;
                return;
            }
            hung.acquire();
            QSqlQuery query((*registry)->database());
            const bool answered = query.exec(QStringLiteral("SELECT 1")) && query.next();
            if (!answered)
                why = failure(query).message;
            outcome = answered ? Answered : Failed;
        });
        opened.acquire();
        QString answer;
        const bool hang = test::PgRelay::command("hang", &answer);
        hung.release();
        // Longer than the watchdog's margin alone, the deadline bulk work would get if 0 were
        // taken for a statement timeout.
        if (hang)
            QTest::qWait(Registry::ClientWatchdogMarginMs + 1500);
        const int whileHung = outcome.load();
        const bool resumed = test::PgRelay::command("resume", &answer);
        // Not QTRY: the thread must be joined before any check may return.
        QElapsedTimer waited;
        waited.start();
        while (outcome.load() == Waiting && waited.elapsed() < 30000)
            QTest::qWait(50);
        worker.join();
        QVERIFY2(hang && resumed, qPrintable(answer));
        QCOMPARE(whileHung, int(Waiting));
        QVERIFY2(outcome.load() == Answered, qPrintable(why));
        QCOMPARE(ConnectionWatchdog::cuts(), cutsBefore);
    }

    void statementTimeoutStopsALongStatement()
    {
        Registry::OpenOptions options;
        options.createIfMissing = true;
        options.statementTimeoutMs = 300;
        Result<std::unique_ptr<Registry>> registry = openAt(m_location, options);
        FD_VERIFY_OK(registry);
        QSqlQuery query((*registry)->database());
        if (!postgres()) {
            // SQLite has no server to stop a statement: the option changes nothing there.
            QVERIFY2(query.exec(QStringLiteral(
                         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                         "WHERE i < 300000) SELECT COUNT(*) FROM n"))
                         && query.next(),
                     qPrintable(failure(query).message));
            QCOMPARE(query.value(0).toInt(), 300000);
            return;
        }
        QCOMPARE(show(**registry, "statement_timeout"), QStringLiteral("300ms"));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!query.exec(QStringLiteral("SELECT pg_sleep(20)")));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        const Error error = failure(query);
        QCOMPARE(error.code, Error::Code::Database);
        QVERIFY2(error.message.contains(QLatin1StringView("ran longer than FeatureDesk lets")),
                 qPrintable(error.message));
        // Only the statement was stopped: the connection goes on, a second one has the limit too.
        QVERIFY((*registry)->ping());
        Result<std::unique_ptr<Registry>> another = (*registry)->openAnother();
        FD_VERIFY_OK(another);
        QCOMPARE(show(**another, "statement_timeout"), QStringLiteral("300ms"));
    }

    void noStatementTimeoutForBulkWork()
    {
        if (!postgres())
            QSKIP("SQLite has no statement timeout.");
        Registry::OpenOptions creating;
        creating.createIfMissing = true;
        FD_VERIFY_OK(openAt(m_location, creating));
        // A limit the database has by default does not cut work that asked for none, and the
        // usual limit replaces it too.
        QString error;
        QVERIFY2(test::TestRegistries::pgAdmin(
                     QStringLiteral("ALTER DATABASE %1 SET statement_timeout = '100ms'")
                         .arg(RegistryLocation::parse(m_location)->database()),
                     &error),
                 qPrintable(error));
        Registry::OpenOptions bulk;
        bulk.statementTimeoutMs = 0;
        Result<std::unique_ptr<Registry>> registry = openAt(m_location, bulk);
        FD_VERIFY_OK(registry);
        QCOMPARE(show(**registry, "statement_timeout"), QStringLiteral("0"));
        QSqlQuery query((*registry)->database());
        QVERIFY2(query.exec(QStringLiteral("SELECT pg_sleep(0.5)")),
                 qPrintable(failure(query).message));

        Result<std::unique_ptr<Registry>> usual = openAt(m_location, Registry::OpenOptions {});
        FD_VERIFY_OK(usual);
        QCOMPARE(show(**usual, "statement_timeout"), QStringLiteral("2min"));
    }
};

QTEST_GUILESS_MAIN(TestRegistryConnection)
#include "tst_registryconnection.moc"
