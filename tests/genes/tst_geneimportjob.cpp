#include "model/WorkerPool.h"
#include "model/db/Registry.h"
#include "model/genes/GeneImportJob.h"
#include "tests/support/BackendTest.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QThreadPool>

using namespace fd;

class TestGeneImportJob : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<Registry> m_registry;

    qint64 genes()
    {
        return test::scalar(
            m_registry->database(),
            QStringLiteral("SELECT (SELECT COUNT(*) FROM fd_gene) + (SELECT COUNT(*) FROM "
                           "fd_run) + (SELECT COUNT(*) FROM fd_organism)"));
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void init() { FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry); }

    void cleanup() { m_registry.reset(); }

    void importsOnAWorkerThread()
    {
        GeneImportJob job(m_registry->location(), QFINDTESTDATA("data/ncbi_small.gene_info.tsv"),
                          {});
        QSignalSpy finished(&job, &GeneImportJob::finished);
        QSignalSpy failed(&job, &GeneImportJob::failed);
        QSignalSpy progress(&job, &GeneImportJob::progressChanged);
        QSignalSpy stages(&job, &GeneImportJob::stageChanged);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000); // the spy may have it before any wait
        QCOMPARE(failed.size(), 0);
        const GeneImportReport report
            = finished.constFirst().constFirst().value<GeneImportReport>();
        QCOMPARE(report.added, 10);
        QCOMPARE(report.organism, QStringLiteral("human"));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0).toLongLong(), GeneImportJob::ProgressTotal);
        QCOMPARE(stages.size(), 3); // reading, matching, writing
        // The GUI's connection sees the worker's commit.
        QSqlQuery query(m_registry->database());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM fd_gene")) && query.next());
        QCOMPARE(query.value(0).toInt(), 10);
    }

    void cancelLeavesNothingBehind()
    {
        const QString file = test::sharedData(QStringLiteral("genes/Homo_sapiens.gene_info.tsv"));
        const qint64 before = genes();
        GeneImportJob job(
            m_registry->location(),
            QFile::exists(file) ? file : QFINDTESTDATA("data/ncbi_small.gene_info.tsv"), {});
        QSignalSpy finished(&job, &GeneImportJob::finished);
        QSignalSpy failed(&job, &GeneImportJob::failed);
        // Cancel once it is writing: the transaction is open and half the genes may be in it.
        connect(
            &job, &GeneImportJob::stageChanged, &job,
            [&job](GeneStore::Stage stage) {
                if (stage == GeneStore::Stage::Writing)
                    job.cancel();
            },
            Qt::DirectConnection);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 60000); // the spy may have it before any wait
        QCOMPARE(finished.size(), 0);
        QCOMPARE(failed.constFirst().constFirst().value<Error>().code, Error::Code::Cancelled);
        QCOMPARE(genes(), before);
    }

    void cancelBeforeStart()
    {
        GeneImportJob job(m_registry->location(), QFINDTESTDATA("data/ncbi_small.gene_info.tsv"),
                          {});
        QSignalSpy failed(&job, &GeneImportJob::failed);
        job.cancel();
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000); // the spy may have it before any wait
        QCOMPARE(failed.constFirst().constFirst().value<Error>().code, Error::Code::Cancelled);
        QCOMPARE(genes(), 0);
    }

    void badFileFails()
    {
        GeneImportJob job(m_registry->location(), QFINDTESTDATA("data/ncbi_truncated.tsv"), {});
        QSignalSpy failed(&job, &GeneImportJob::failed);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000); // the spy may have it before any wait
        const Error error = failed.constFirst().constFirst().value<Error>();
        QCOMPARE(error.code, Error::Code::Invalid);
        QVERIFY(error.message.contains(QLatin1StringView("truncated")));
        QCOMPARE(genes(), 0);
    }

    void deletingARunningJobWaits()
    {
        auto job = std::make_unique<GeneImportJob>(m_registry->location(),
                                                   QFINDTESTDATA("data/ncbi_small.gene_info.tsv"),
                                                   GeneStore::ImportOptions {});
        job->start();
        job.reset(); // cancels and waits for the pool thread
        fd::workerPool().waitForDone();
    }
};

QTEST_GUILESS_MAIN(TestGeneImportJob)
#include "tst_geneimportjob.moc"
