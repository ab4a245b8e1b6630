// StallProbe, the GUI-thread stall meter of bench_window: a loop held busy shows as a stall as
// long as it was held, a time without calls has no samples, and a stopped probe sends no more.

#include "StallProbe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>

class TestStallProbe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBusyLoopIsAStallAsLongAsItWasBusy()
    {
        fd::bench::StallProbe probe;
        probe.start();
        QTest::qWait(100); // answered at once: the loop runs
        const qint64 idleEnd = probe.now();
        const fd::bench::StallProbe::Summary idle = probe.summarize(0, idleEnd);
        QVERIFY2(idle.probes > 0, "no call ran while the loop was free");

        const qint64 from = probe.now();
        QThread::msleep(500); // the GUI thread does not answer
        const qint64 to = probe.now();
        QTest::qWait(100); // the calls queued meanwhile run now
        const fd::bench::StallProbe::Summary busy = probe.summarize(from, to);
        QVERIFY(busy.probes > 0);
        // The first call sent in those 500 ms waited for nearly all of them.
        QVERIFY2(busy.longestMs >= 250, qPrintable(QString::number(busy.longestMs)));
        QVERIFY(busy.longestMs <= double(to - from) / 1e6 + 1000);
        QVERIFY(busy.p99Ms > 0 && busy.p99Ms <= busy.longestMs);
        // Calls sent after it are not blamed on it.
        QVERIFY(probe.summarize(to + 50'000'000, probe.now()).longestMs < busy.longestMs);
    }

    void aTimeWithoutCallsHasNoSamples()
    {
        fd::bench::StallProbe probe;
        probe.start();
        QTest::qWait(50);
        const fd::bench::StallProbe::Summary none
            = probe.summarize(probe.now() + 1'000'000'000, probe.now() + 2'000'000'000);
        QCOMPARE(none.probes, 0);
        QCOMPARE(none.longestMs, 0.0);
        QCOMPARE(none.p99Ms, 0.0);
    }

    void aStoppedProbeSendsNoMore()
    {
        fd::bench::StallProbe probe;
        probe.start();
        QTest::qWait(50);
        probe.stop();
        QTest::qWait(20); // what was queued before stop() runs
        const qint64 stopped = probe.now();
        const int before = probe.summarize(0, stopped).probes;
        QVERIFY(before > 0);
        QTest::qWait(100);
        QCOMPARE(probe.summarize(0, probe.now()).probes, before);
    }
};

QTEST_GUILESS_MAIN(TestStallProbe)
#include "tst_stallprobe.moc"
