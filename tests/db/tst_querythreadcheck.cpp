// The guard that keeps SQL off the window's thread: what it reports and what it does not.

#include "model/db/QueryThreadCheck.h"
#include "model/db/Registry.h"
#include "tests/support/BackendTest.h"

#include <QSqlQuery>
#include <QThread>

using namespace fd;

class TestQueryThreadCheck : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    QString m_backend;
    QStringList m_reports;

    std::unique_ptr<Registry> open(bool mayRunOnWatchedThread)
    {
        Registry::OpenOptions options;
        options.createIfMissing = true;
        options.mayRunOnWatchedThread = mayRunOnWatchedThread;
        Result<std::unique_ptr<Registry>> opened
            = Registry::open(*RegistryLocation::parse(m_location), options);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return nullptr;
        }
        return std::move(opened).value();
    }

    static bool select(Registry &registry, const QString &sql)
    {
        QSqlQuery query(registry.database());
        return query.exec(sql) && query.next();
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void init()
    {
        FD_BACKEND_INIT(m_registries, m_location);
        QFETCH_GLOBAL(QString, backend);
        m_backend = backend;
        m_reports.clear();
    }

    void cleanup() { QueryThreadCheck::watch(nullptr, {}); }

    void reportsTheWatchedThreadOnly()
    {
        std::unique_ptr<Registry> registry = open(false);
        QVERIFY(registry);
        QVERIFY(m_reports.isEmpty()); // nothing watched yet
        QueryThreadCheck::watch(QThread::currentThread(),
                                [this](const QString &what) { m_reports.append(what); });
        QVERIFY(QueryThreadCheck::onWatchedThread());
        QVERIFY(select(*registry, QStringLiteral("SELECT 4711")));
        QVERIFY(!m_reports.isEmpty());
        QVERIFY2(m_reports.constFirst().contains(registry->location().displayText()),
                 qPrintable(m_reports.constFirst()));
        if (m_backend == QLatin1StringView("sqlite")) {
            // SQLite says which statement ran.
            QVERIFY2(m_reports.join(QLatin1Char('\n')).contains(QStringLiteral("SELECT 4711")),
                     qPrintable(m_reports.join(QLatin1Char('\n'))));
        }

        // The same statement on another thread, over a connection of its own: not reported.
        m_reports.clear();
        bool ranElsewhere = false;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            QVERIFY(!QueryThreadCheck::onWatchedThread());
            std::unique_ptr<Registry> own = open(false);
            ranElsewhere = own && select(*own, QStringLiteral("SELECT 4712"));
        }));
        worker->start();
        QVERIFY(worker->wait(30000));
        QVERIFY(ranElsewhere);
        QCOMPARE(m_reports, QStringList());

        // Unwatched: nothing reported any more.
        QueryThreadCheck::watch(nullptr, {});
        QVERIFY(select(*registry, QStringLiteral("SELECT 4713")));
        QCOMPARE(m_reports, QStringList());
    }

    void aTestsOwnConnectionIsNotReported()
    {
        QueryThreadCheck::watch(QThread::currentThread(),
                                [this](const QString &what) { m_reports.append(what); });
        std::unique_ptr<Registry> own = open(true);
        QVERIFY(own);
        QVERIFY(select(*own, QStringLiteral("SELECT 1")));
        QCOMPARE(m_reports, QStringList());
        // Opened here without the permission: even opening it is reported.
        std::unique_ptr<Registry> window = open(false);
        QVERIFY(window);
        QVERIFY(!m_reports.isEmpty());
    }

    void reconnectingKeepsTheCheck()
    {
        std::unique_ptr<Registry> registry = open(false);
        QVERIFY(registry);
        FD_VERIFY_OK(registry->reconnect());
        QueryThreadCheck::watch(QThread::currentThread(),
                                [this](const QString &what) { m_reports.append(what); });
        QVERIFY(select(*registry, QStringLiteral("SELECT 4714")));
        QVERIFY(!m_reports.isEmpty());
        if (m_backend == QLatin1StringView("sqlite")) // the new connection is traced too
            QVERIFY(m_reports.join(QLatin1Char('\n')).contains(QStringLiteral("SELECT 4714")));
    }
};

QTEST_GUILESS_MAIN(TestQueryThreadCheck)
#include "tst_querythreadcheck.moc"
