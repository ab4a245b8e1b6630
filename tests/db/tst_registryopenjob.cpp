// Opening a registry off the GUI thread.

#include "model/db/RegistryOpenJob.h"
#include "model/db/Schema.h"
#include "tests/support/BackendTest.h"

#include <QFile>
#include <QSignalSpy>
#include <QThread>
#include <QThreadPool>

using namespace fd;

class TestRegistryOpenJob : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { FD_BACKEND_INIT(m_registries, m_location); }

    void createsAndMigratesOnAWorkerThread()
    {
        Registry::OpenOptions options;
        options.createIfMissing = true;
        RegistryOpenJob job(m_location, options);
        QSignalSpy succeeded(&job, &RegistryOpenJob::succeeded);
        QSignalSpy failed(&job, &RegistryOpenJob::failed);
        QThread *ranOn = nullptr;
        connect(
            &job, &RegistryOpenJob::succeeded, this, [&ranOn] { ranOn = QThread::currentThread(); },
            Qt::DirectConnection);
        QThreadPool::globalInstance()->start(&job);
        QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
        QTRY_COMPARE(succeeded.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(succeeded.first().first().toString(), m_location);
        QVERIFY(ranOn != nullptr);
        QVERIFY(ranOn != QThread::currentThread());
        // What the window keeps instead of a connection.
        const auto opened = succeeded.first().at(1).value<OpenedRegistry>();
        QCOMPARE(opened.location.displayText(), RegistryLocation::parse(m_location)->displayText());
        QCOMPARE(opened.schemaVersion, Schema::latestVersion());
        QVERIFY(!opened.readOnly);
        QVERIFY(!opened.userHandle.isEmpty());

        // The registry is there and current: opening it here needs no migration.
        Registry::OpenOptions noMigration;
        noMigration.migrate = false;
        Result<std::unique_ptr<Registry>> registry
            = Registry::open(*RegistryLocation::parse(m_location), noMigration);
        FD_VERIFY_OK(registry);
        QCOMPARE((*registry)->schemaVersion(), Schema::latestVersion());
    }

    void reportsFailureAsAValue()
    {
        QFETCH_GLOBAL(QString, backend);
        QString location = m_location;
        if (backend == QLatin1StringView("sqlite")) {
            QFile file(location);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not,a,registry\n");
        } else {
            location += QStringLiteral("_absent");
        }
        RegistryOpenJob job(location, Registry::OpenOptions {});
        QSignalSpy succeeded(&job, &RegistryOpenJob::succeeded);
        QSignalSpy failed(&job, &RegistryOpenJob::failed);
        QThreadPool::globalInstance()->start(&job);
        QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(succeeded.size(), 0);
        const Error error = failed.first().at(1).value<Error>();
        QCOMPARE(error.code,
                 backend == QLatin1StringView("sqlite") ? Error::Code::NotARegistry
                                                        : Error::Code::NotFound);
        QVERIFY(error.message.contains(RegistryLocation::parse(location)->displayText()));
    }

    void badLocationText()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1StringView("sqlite"))
            QSKIP("once is enough");
        RegistryOpenJob job(QStringLiteral("ftp://x/y"), Registry::OpenOptions {});
        QSignalSpy failed(&job, &RegistryOpenJob::failed);
        job.run();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(1).value<Error>().code, Error::Code::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestRegistryOpenJob)
#include "tst_registryopenjob.moc"
