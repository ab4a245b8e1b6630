// Dropped files are scanned one at a time, in order; a waiting scan can be withdrawn.

#include "model/csv/CsvInspectJob.h"
#include "model/import/ImportQueue.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;

class TestImportQueue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_small;
    QString m_large;

private Q_SLOTS:
    void initTestCase()
    {
        m_small = m_dir.filePath(QStringLiteral("small.csv"));
        QFile small(m_small);
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write("gene,value\nA1BG,1\nTP53,2\n");
        small.close();
        // Large enough that a scan is still running when the test looks (~40 MB).
        m_large = m_dir.filePath(QStringLiteral("large.csv"));
        QFile large(m_large);
        QVERIFY(large.open(QIODevice::WriteOnly));
        large.write("id,x,y,label\n");
        QByteArray block;
        for (int i = 0; i < 20000; ++i)
            block += QByteArray::number(i) + ",1.25," + QByteArray::number(i % 97) + ",abc\n";
        for (int i = 0; i < 100; ++i)
            large.write(block);
    }

    void runsOneAtATimeInOrder()
    {
        ImportQueue queue;
        CsvInspectJob first(m_large, {});
        CsvInspectJob second(m_small, {});
        QSignalSpy started(&queue, &ImportQueue::jobStarted);
        QList<CsvInspectJob *> order;
        connect(&queue, &ImportQueue::jobStarted, this,
                [&order](CsvInspectJob *job) { order.append(job); });
        QSignalSpy firstDone(&first, &CsvInspectJob::finished);
        QSignalSpy secondDone(&second, &CsvInspectJob::finished);
        queue.enqueue(&first);
        queue.enqueue(&second);
        QCOMPARE(started.size(), 1);
        QCOMPARE(queue.running(), &first);
        QVERIFY(queue.isWaiting(&second));
        QCOMPARE(queue.waitingCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(secondDone.size(), 1, 60000);
        QCOMPARE(firstDone.size(), 1);
        QCOMPARE(started.size(), 2);
        QCOMPARE(order, (QList<CsvInspectJob *> {&first, &second}));
        QCOMPARE(firstDone.first().first().value<CsvInspection>().rowCount, 2000000);
        QCOMPARE(secondDone.first().first().value<CsvInspection>().rowCount, 2);
        // The spy hears the worker's signal at once; the queue hears it through its event loop.
        QTRY_COMPARE(queue.running(), nullptr);
        QCOMPARE(queue.waitingCount(), 0);
    }

    void withdrawnWaitingJobNeverRuns()
    {
        ImportQueue queue;
        CsvInspectJob first(m_large, {});
        CsvInspectJob second(m_small, {});
        CsvInspectJob third(m_small, {});
        QSignalSpy secondEnded(&second, &CsvInspectJob::finished);
        QSignalSpy secondFailed(&second, &CsvInspectJob::failed);
        QSignalSpy thirdDone(&third, &CsvInspectJob::finished);
        queue.enqueue(&first);
        queue.enqueue(&second);
        queue.enqueue(&third);
        queue.withdraw(&second);
        QVERIFY(!queue.isWaiting(&second));
        QTRY_COMPARE_WITH_TIMEOUT(thirdDone.size(), 1, 60000);
        QCOMPARE(secondEnded.size(), 0);
        QCOMPARE(secondFailed.size(), 0);
    }

    void withdrawingTheRunningJobCancelsIt()
    {
        ImportQueue queue;
        CsvInspectJob first(m_large, {});
        CsvInspectJob second(m_small, {});
        QSignalSpy failed(&first, &CsvInspectJob::failed);
        QSignalSpy secondDone(&second, &CsvInspectJob::finished);
        queue.enqueue(&first);
        queue.enqueue(&second);
        queue.withdraw(&first);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(failed.first().first().value<CsvError>().status, CsvStatus::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(secondDone.size(), 1, 10000);
    }

    void deletedJobsDoNotStallTheQueue()
    {
        ImportQueue queue;
        auto *first = new CsvInspectJob(m_large, {});
        auto *waiting = new CsvInspectJob(m_small, {});
        CsvInspectJob last(m_small, {});
        QSignalSpy lastDone(&last, &CsvInspectJob::finished);
        queue.enqueue(first);
        queue.enqueue(waiting);
        queue.enqueue(&last);
        delete waiting; // a page closed while its scan waited
        delete first; // ... and one closed while its scan ran
        QTRY_COMPARE_WITH_TIMEOUT(lastDone.size(), 1, 10000);
        QCOMPARE(queue.waitingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportQueue)
#include "tst_importqueue.moc"
