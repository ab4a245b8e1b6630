// Two connections to one registry, as two workstations: what one writes, the other's watcher
// reports (PostgreSQL: at once, by notification; SQLite: by data_version), its own writes not, nor
// (PostgreSQL) those of its own program; a PostgreSQL connection that the server drops, or whose
// link hangs, is reported lost and comes back by itself.

#include "model/db/Registry.h"
#include "model/db/RegistryWatchThread.h"
#include "model/db/RegistryWatcher.h"
#include "model/features/FeatureStore.h"
#include "tests/support/BackendTest.h"
#include "tests/support/PgRelay.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace fd;

class TestRegistryWatcher : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<Registry> m_registry;
    QString m_backend;

    // Another workstation's connection: its notifications are not marked as this program's.
    std::unique_ptr<Registry> another(bool asThisProgram = false)
    {
        Registry::OpenOptions options;
        options.migrate = false;
        options.notifyAsThisProgram = asThisProgram;
        Result<std::unique_ptr<Registry>> opened = Registry::open(m_registry->location(), options);
        return opened ? std::move(opened).value() : nullptr;
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void init()
    {
        FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry);
        QFETCH_GLOBAL(QString, backend);
        m_backend = backend;
    }

    void cleanup()
    {
        m_registry.reset();
        // The relay serves the whole test run: leave it as it started, also after a failure.
        if (m_backend == QLatin1StringView("postgresql") && test::PgRelay::skipReason().isEmpty())
            test::PgRelay::reset();
    }

    void seesOtherWritersNotItsOwn()
    {
        RegistryWatcher watcher(m_registry.get(), 60'000); // checked by hand below
        QSignalSpy changed(&watcher, &RegistryWatcher::changed);
        // Its own write: no report (the window refreshes from its own notifyChanged).
        FD_VERIFY_OK(FeatureStore(*m_registry)
                         .add({QStringLiteral("cell_type"), QStringLiteral("cat"), {}, {}, {}}));
        watcher.checkNow();
        QTest::qWait(300);
        QCOMPARE(changed.size(), 0);

        std::unique_ptr<Registry> other = another();
        QVERIFY(other);
        FD_VERIFY_OK(FeatureStore(*other).add(
            {QStringLiteral("dose_mg"), QStringLiteral("float"), {}, {}, {}}));
        if (m_backend == QLatin1StringView("postgresql")) {
            // Notified: no polling needed, and it says which table.
            QTRY_COMPARE(changed.size(), 1);
            QCOMPARE(changed.constFirst().constFirst().value<QList<RegistryTable>>(),
                     QList<RegistryTable> {RegistryTable::Features});
        } else {
            watcher.checkNow();
            QCOMPARE(changed.size(), 1);
            // Which table is not known: all of them.
            QCOMPARE(changed.constFirst().constFirst().value<QList<RegistryTable>>(),
                     allRegistryTables());
            watcher.checkNow();
            QCOMPARE(changed.size(), 1); // nothing new since
        }
        QVERIFY(watcher.isConnected());
    }

    void reconnectsAfterTheServerDropsIt()
    {
        if (m_backend != QLatin1StringView("postgresql"))
            QSKIP("An SQLite file has no connection to lose.");
        RegistryWatcher watcher(m_registry.get(), 60'000);
        QSignalSpy lost(&watcher, &RegistryWatcher::connectionLost);
        QSignalSpy back(&watcher, &RegistryWatcher::reconnected);
        QSignalSpy changed(&watcher, &RegistryWatcher::changed);
        QString error;
        QVERIFY2(
            test::TestRegistries::pgAdmin(
                QStringLiteral(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' "
                    "AND pid <> pg_backend_pid()")
                    .arg(m_registry->location().database()),
                &error),
            qPrintable(error));
        watcher.checkNow();
        QCOMPARE(lost.size(), 1);
        QVERIFY(lost.constFirst().constFirst().toString().contains(QStringLiteral("lost")));
        QVERIFY(!watcher.isConnected());
        // The probe runs on a pool thread; the next check after it answers reconnects.
        QTRY_VERIFY_WITH_TIMEOUT((watcher.checkNow(), back.size() == 1), 20000);
        QVERIFY(watcher.isConnected());
        QVERIFY(m_registry->ping());
        // Listening again: another writer is seen.
        changed.clear();
        std::unique_ptr<Registry> other = another();
        QVERIFY(other);
        FD_VERIFY_OK(
            FeatureStore(*other).add({QStringLiteral("batch"), QStringLiteral("cat"), {}, {}, {}}));
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(changed.constLast().constFirst().value<QList<RegistryTable>>(),
                 QList<RegistryTable> {RegistryTable::Features});
        // And this connection writes again.
        FD_VERIFY_OK(FeatureStore(*m_registry)
                         .add({QStringLiteral("donor"), QStringLiteral("cat"), {}, {}, {}}));
    }

    void watchesOnAThreadOfItsOwn()
    {
        RegistryWatchThread thread(m_registry->location(), 100);
        QSignalSpy answered(&thread, &RegistryWatchThread::answered);
        QSignalSpy changed(&thread, &RegistryWatchThread::changed);
        QSignalSpy lost(&thread, &RegistryWatchThread::connectionLost);
        QThread *answeredOn = nullptr;
        connect(
            &thread, &RegistryWatchThread::answered, this,
            [&answeredOn] { answeredOn = QThread::currentThread(); }, Qt::DirectConnection);
        thread.start();
        QTRY_VERIFY(answered.size() >= 2); // it keeps answering
        QVERIFY(thread.isRunning());
        // Checked over there, said here: the window's thread never runs the watcher's SQL.
        QCOMPARE(answeredOn, QThread::currentThread());
        // Another writer is seen, the signal arriving on this thread.
        std::unique_ptr<Registry> other = another();
        QVERIFY(other);
        FD_VERIFY_OK(FeatureStore(*other).add(
            {QStringLiteral("cell_type"), QStringLiteral("cat"), {}, {}, {}}));
        QTRY_VERIFY(!changed.isEmpty());
        QVERIFY(changed.constLast().constFirst().value<QList<RegistryTable>>().contains(
            RegistryTable::Features));
        QCOMPARE(lost.size(), 0);
    }

    // The window's writes run on connections of their own and the window tells its views itself:
    // their notifications, which say they come from this program, are not a second refresh.
    // Other programs' are, and so are those of writers that do not mark theirs.
    void passesOverThisProgramsOwnNotifications()
    {
        if (m_backend != QLatin1StringView("postgresql"))
            QSKIP("SQLite has no notifications.");
        RegistryWatcher watcher(m_registry.get(), 60'000);
        QSignalSpy changed(&watcher, &RegistryWatcher::changed);
        std::unique_ptr<Registry> ours = another(true);
        QVERIFY(ours);
        FD_VERIFY_OK(FeatureStore(*ours).add(
            {QStringLiteral("cell_type"), QStringLiteral("cat"), {}, {}, {}}));
        // A notification sent after it arrives after it: once that one is reported, the first
        // would have been.
        std::unique_ptr<Registry> theirs = another();
        QVERIFY(theirs);
        theirs->notifyChanged(RegistryTable::Genes);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().constFirst().value<QList<RegistryTable>>(),
                 QList<RegistryTable> {RegistryTable::Genes});

        // An older writer's payload (the table alone) and another program's token.
        for (const QString &payload :
             {QStringLiteral("features"), QStringLiteral("feature_sets 0123456789abcdef")}) {
            QSqlQuery query(theirs->database());
            QVERIFY(query.prepare(QStringLiteral("SELECT pg_notify(?, ?)")));
            query.addBindValue(QString::fromLatin1(Registry::ChangeChannel));
            query.addBindValue(payload);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QTRY_COMPARE(changed.size(), 3);
        QCOMPARE(changed.at(1).constFirst().value<QList<RegistryTable>>(),
                 QList<RegistryTable> {RegistryTable::Features});
        QCOMPARE(changed.at(2).constFirst().value<QList<RegistryTable>>(),
                 QList<RegistryTable> {RegistryTable::FeatureSets});
        // This program's again, last: still passed over.
        ours->notifyChanged(RegistryTable::Artifacts);
        theirs->notifyChanged(RegistryTable::Genes);
        QTRY_COMPARE(changed.size(), 4);
        QCOMPARE(changed.constLast().constFirst().value<QList<RegistryTable>>(),
                 QList<RegistryTable> {RegistryTable::Genes});
    }

    // A link that acknowledges but never answers (the relay's hang): the watcher's ping is cut
    // after PingDeadlineMs, so the connection is reported lost within seconds and retried (the
    // watcher's thread is free again: "Try again now" reaches it); once the link is back it
    // reconnects and answers again.
    void hungLinkIsReportedLostAndRecovered()
    {
        if (m_backend != QLatin1StringView("postgresql"))
            QSKIP("An SQLite file has no link to hang.");
        FD_REQUIRE_PG_RELAY();
        QString answer;
        QVERIFY2(test::PgRelay::reset(&answer), qPrintable(answer));
        const RegistryLocation throughRelay
            = *RegistryLocation::parse(test::PgRelay::throughRelay(m_location));
        RegistryWatchThread thread(throughRelay, 100);
        QSignalSpy answered(&thread, &RegistryWatchThread::answered);
        QSignalSpy lost(&thread, &RegistryWatchThread::connectionLost);
        QSignalSpy retrying(&thread, &RegistryWatchThread::retrying);
        QSignalSpy back(&thread, &RegistryWatchThread::reconnected);
        thread.start();
        QTRY_VERIFY(answered.size() >= 2);

        QVERIFY2(test::PgRelay::command("hang", &answer), qPrintable(answer));
        QElapsedTimer timer;
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(lost.size() == 1, 15000);
        const qint64 untilLost = timer.elapsed();
        QVERIFY2(untilLost < RegistryWatcher::PingDeadlineMs + 10000,
                 qPrintable(QString::number(untilLost)));
        QTRY_VERIFY(!retrying.isEmpty());
        QCOMPARE(back.size(), 0);
        // Asked to try again while hung: it does (the thread is not stuck in the ping), and fails.
        const qsizetype retriesBefore = retrying.size();
        thread.retryNow();
        QTRY_VERIFY_WITH_TIMEOUT(retrying.size() > retriesBefore, 15000);
        QCOMPARE(back.size(), 0);

        QVERIFY2(test::PgRelay::command("resume", &answer), qPrintable(answer));
        QTRY_VERIFY_WITH_TIMEOUT(back.size() == 1, 40000);
        answered.clear();
        QTRY_VERIFY(answered.size() >= 2);
        QCOMPARE(lost.size(), 1);
    }

    void backsOffWhileTheServerIsGone()
    {
        if (m_backend != QLatin1StringView("postgresql"))
            QSKIP("An SQLite file has no connection to lose.");
        // A location nobody answers at: lost at once, then tried again ever later.
        RegistryLocation nowhere = *RegistryLocation::parse(
            QStringLiteral("postgresql://nobody@127.0.0.1:1/featuredesk_nowhere"));
        RegistryWatchThread thread(nowhere, 100);
        QSignalSpy lost(&thread, &RegistryWatchThread::connectionLost);
        QSignalSpy retrying(&thread, &RegistryWatchThread::retrying);
        QSignalSpy back(&thread, &RegistryWatchThread::reconnected);
        thread.start();
        QTRY_COMPARE(lost.size(), 1);
        QVERIFY(lost.constFirst().constFirst().toString().contains(nowhere.displayText()));
        QTRY_VERIFY_WITH_TIMEOUT(retrying.size() >= 3, 15000);
        QList<int> waits;
        for (const QList<QVariant> &retry : std::as_const(retrying))
            waits.append(retry.constFirst().toInt());
        QCOMPARE(waits.mid(0, 3),
                 (QList<int> {RegistryWatcher::FirstRetryMs, 2 * RegistryWatcher::FirstRetryMs,
                              4 * RegistryWatcher::FirstRetryMs}));
        // Asked to try now, it does at once and starts the backoff again.
        retrying.clear();
        thread.retryNow();
        QTRY_VERIFY(!retrying.isEmpty());
        QCOMPARE(retrying.constFirst().constFirst().toInt(), 2 * RegistryWatcher::FirstRetryMs);
        QCOMPARE(lost.size(), 1);
        QCOMPARE(back.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRegistryWatcher)
#include "tst_registrywatcher.moc"
