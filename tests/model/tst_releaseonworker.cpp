#include "model/ReleaseOnWorker.h"

#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace {

// Says on which thread it was destroyed.
struct Witness
{
    std::shared_ptr<std::atomic<QThread *>> destroyedOn;
    ~Witness()
    {
        if (destroyedOn)
            destroyedOn->store(QThread::currentThread());
    }
};

} // namespace

class TestReleaseOnWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The last reference: freed on a pool thread, not the caller's.
    void lastReferenceIsFreedElsewhere()
    {
        auto destroyedOn = std::make_shared<std::atomic<QThread *>>(nullptr);
        auto held = std::make_shared<Witness>();
        held->destroyedOn = destroyedOn;
        fd::releaseOnWorker(held);
        QVERIFY(!held);
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QVERIFY(destroyedOn->load() != nullptr);
        QVERIFY(destroyedOn->load() != QThread::currentThread());
    }

    // Not the last: this reference goes, the holder that remains keeps it alive.
    void sharedReferenceStays()
    {
        auto destroyedOn = std::make_shared<std::atomic<QThread *>>(nullptr);
        auto held = std::make_shared<Witness>();
        held->destroyedOn = destroyedOn;
        std::shared_ptr<Witness> other = held;
        fd::releaseOnWorker(held);
        QVERIFY(!held);
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QCOMPARE(destroyedOn->load(), nullptr);
        QCOMPARE(other.use_count(), 1);
        other.reset();
        QCOMPARE(destroyedOn->load(), QThread::currentThread());
    }

    // A long list goes to a pool thread; a short one is left as it is.
    void longListsAreFreedElsewhere()
    {
        auto destroyedOn = std::make_shared<std::atomic<QThread *>>(nullptr);
        QList<Witness> list(20'000);
        list.last().destroyedOn = destroyedOn;
        fd::releaseOnWorker(list);
        QVERIFY(list.isEmpty());
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QVERIFY(destroyedOn->load() != nullptr);
        QVERIFY(destroyedOn->load() != QThread::currentThread());

        QList<Witness> shortList(10);
        fd::releaseOnWorker(shortList);
        QCOMPARE(shortList.size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestReleaseOnWorker)
#include "tst_releaseonworker.moc"
