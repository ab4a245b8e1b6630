// H5adSummaryJob: an .h5ad file's summary read on a pool thread, its result back by signal; a job
// deleted before its read ends is let go of without waiting.

#include "model/import/H5adSummaryJob.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {
QString fixture(const QString &name)
{
    return QFINDTESTDATA(u"../fixtures/h5ad/"_s + name);
}
} // namespace

class TestH5adSummaryJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsOnAWorker()
    {
        H5adSummaryJob job(fixture(u"sparse_csr_int.h5ad"_s));
        QSignalSpy finished(&job, &H5adSummaryJob::finished);
        QSignalSpy failed(&job, &H5adSummaryJob::failed);
        job.start();
        QVERIFY(job.isRunning());
        // Nothing arrives before the event loop runs: the result is queued, not delivered inline.
        QCOMPARE(finished.size(), 0);
        QVERIFY(finished.wait(20000));
        QCOMPARE(failed.size(), 0);
        QVERIFY(!job.isRunning());
        const auto summary = finished.first().first().value<H5adSummary>();
        QCOMPARE(summary.nObs, 4);
        QCOMPARE(summary.nVars, 7);
        QVERIFY(summary.x.sparse);
        QCOMPARE(summary.x.dtype, u"int"_s);
        QCOMPARE(summary.obs.columns.size(), 2);
    }

    void failsWithTheReadersMessage()
    {
        H5adSummaryJob job(fixture(u"not_hdf5.h5ad"_s));
        QSignalSpy finished(&job, &H5adSummaryJob::finished);
        QSignalSpy failed(&job, &H5adSummaryJob::failed);
        job.start();
        QVERIFY(failed.wait(20000));
        QCOMPARE(finished.size(), 0);
        const auto error = failed.first().first().value<Error>();
        QCOMPARE(error.code, Error::Code::Invalid);
        QVERIFY2(error.message.contains(u"not an HDF5 file"_s), qPrintable(error.message));
        QVERIFY(error.message.contains(u"not_hdf5.h5ad"_s));
    }

    void deletedJobIsLetGo()
    {
        // A pool of one thread kept busy: the read cannot have started when the job is deleted,
        // so deleting it must not wait for the read.
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        QSemaphore release;
        pool.start([&release] { release.acquire(); });
        QObject owner;
        auto *job = new H5adSummaryJob(fixture(u"dense_float.h5ad"_s), &owner);
        QSignalSpy finished(job, &H5adSummaryJob::finished);
        job->start(&pool);
        QElapsedTimer timer;
        timer.start();
        delete job;
        QVERIFY(timer.elapsed() < 1000);
        release.release();
        QVERIFY(pool.waitForDone(20000));
        // The read ran after the job was gone, and nothing reached anybody.
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestH5adSummaryJob)
#include "tst_h5adsummaryjob.moc"
