#include "model/WorkerPool.h"
#include "model/csv/CsvInspectJob.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <atomic>

using namespace fd;
using namespace Qt::StringLiterals;

class TestCsvInspectJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void finishes();
    void fails_data();
    void fails();
    void cancelMidway();
    void deleteWhileRunning();

private:
    QTemporaryDir m_dir;
    QString m_bigFile;
};

void TestCsvInspectJob::initTestCase()
{
    // About 50 MB of narrow numeric rows.
    m_bigFile = m_dir.filePath(u"big.csv"_s);
    QFile file(m_bigFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,x,y,group\n");
    QByteArray chunk;
    for (int i = 0; i < 2'000'000; ++i) {
        chunk += QByteArray::number(i) + ',' + QByteArray::number(i * 0.001, 'f', 3) + ','
            + QByteArray::number(i % 1000) + ",g" + QByteArray::number(i % 7) + '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    QVERIFY(file.size() > 45'000'000);
}

void TestCsvInspectJob::finishes()
{
    CsvInspectJob job(QFINDTESTDATA("data/quoted.csv"), {});
    QSignalSpy finished(&job, &CsvInspectJob::finished);
    QSignalSpy failed(&job, &CsvInspectJob::failed);
    QSignalSpy progress(&job, &CsvInspectJob::progressChanged);
    job.start();
    // The spies record in the pool thread; a small file may be done before wait() would start.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QCOMPARE(failed.count(), 0);
    const auto result = finished.front().front().value<CsvInspection>();
    QCOMPARE(result.rowCount, 5);
    QCOMPARE(result.columns.size(), 3);
    QCOMPARE(result.columns[2].dtype, u"int"_s);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.back()[0].toLongLong(), progress.back()[1].toLongLong());
}

void TestCsvInspectJob::fails_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::newRow("binary") << u"binary.bin"_s << int(CsvStatus::BinaryFile);
    QTest::newRow("unbalanced") << u"unbalanced.csv"_s << int(CsvStatus::UnbalancedQuote);
}

void TestCsvInspectJob::fails()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    CsvInspectJob job(QFINDTESTDATA(u"data/"_s + file), {});
    QSignalSpy finished(&job, &CsvInspectJob::finished);
    QSignalSpy failed(&job, &CsvInspectJob::failed);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(int(failed.front().front().value<CsvError>().status), status);
}

void TestCsvInspectJob::cancelMidway()
{
    CsvOptions options;
    options.bufferSize = 256 << 10;
    CsvInspectJob job(m_bigFile, options);
    QSignalSpy finished(&job, &CsvInspectJob::finished);
    QSignalSpy failed(&job, &CsvInspectJob::failed);
    // Cancel as the first progress report leaves the worker, as a click during the scan would: a
    // cancel from this thread after the report arrives could come after a fast scan had finished.
    std::atomic<qint64> done {-1};
    std::atomic<qint64> total {-1};
    QElapsedTimer timer;
    connect(
        &job, &CsvInspectJob::progressChanged, &job,
        [&](qint64 bytesDone, qint64 bytesTotal) {
            if (done.load() < 0) {
                total = bytesTotal;
                done = bytesDone;
                timer.start();
                job.cancel();
            }
        },
        Qt::DirectConnection);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    qInfo("cancelled after %lld ms", timer.elapsed());
    QVERIFY(done > 0 && done < total);
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.front().front().value<CsvError>().status, CsvStatus::Cancelled);
}

void TestCsvInspectJob::deleteWhileRunning()
{
    auto *job = new CsvInspectJob(m_bigFile, {});
    job->start();
    QTest::qWait(20);
    QElapsedTimer timer;
    timer.start();
    delete job; // cancels and waits for the pool thread
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(fd::workerPool().waitForDone(1000));
}

QTEST_GUILESS_MAIN(TestCsvInspectJob)
#include "tst_csvinspectjob.moc"
