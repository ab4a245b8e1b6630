#include "model/ReleaseOnWorker.h"
#include "model/WorkerPool.h"

#include <QHash>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif
#include <algorithm>
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
        QVERIFY(fd::workerPool().waitForDone(10000));
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
        QVERIFY(fd::workerPool().waitForDone(10000));
        QCOMPARE(destroyedOn->load(), nullptr);
        QCOMPARE(other.use_count(), 1);
        other.reset();
        QCOMPARE(destroyedOn->load(), QThread::currentThread());
    }

    // The freeing runs on FeatureDesk's pool, never on Qt's global one, which Qt's raster paint
    // engine needs free for the GUI thread's repaints (model/WorkerPool.h).
    void qtsGlobalPoolStaysFree()
    {
        QSemaphore go;
        struct Slow
        {
            QSemaphore *go = nullptr;
            ~Slow()
            {
                if (go)
                    go->acquire();
            }
        };
        auto held = std::make_shared<Slow>();
        held->go = &go;
        fd::releaseOnWorker(held);
        QTRY_COMPARE(fd::workerPool().activeThreadCount(), 1);
        QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
        QVERIFY(&fd::workerPool() != QThreadPool::globalInstance());
        go.release();
        QVERIFY(fd::workerPool().waitForDone(10000));
    }

#ifdef Q_OS_LINUX
    // A worker gives way to the window: nice 5 for its thread, the calling thread's own untouched.
    void workersYieldToTheWindow()
    {
        const int before = getpriority(PRIO_PROCESS, 0);
        std::atomic<int> niceThere = -100;
        std::atomic<int> niceAgain = -100;
        QThread *thread = QThread::create([&] {
            const auto self = id_t(syscall(SYS_gettid));
            fd::yieldToTheWindow();
            niceThere = getpriority(PRIO_PROCESS, self);
            fd::yieldToTheWindow(); // once per thread
            niceAgain = getpriority(PRIO_PROCESS, self);
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QCOMPARE(niceThere.load(), std::max(before, 5));
        QCOMPARE(niceAgain.load(), niceThere.load());
        QCOMPARE(getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid))), before);
    }
#endif

    // A long list goes to a pool thread; a short one is left as it is.
    void longListsAreFreedElsewhere()
    {
        auto destroyedOn = std::make_shared<std::atomic<QThread *>>(nullptr);
        QList<Witness> list(20'000);
        list.last().destroyedOn = destroyedOn;
        fd::releaseOnWorker(list);
        QVERIFY(list.isEmpty());
        QVERIFY(fd::workerPool().waitForDone(10000));
        QVERIFY(destroyedOn->load() != nullptr);
        QVERIFY(destroyedOn->load() != QThread::currentThread());

        QList<Witness> shortList(10);
        fd::releaseOnWorker(shortList);
        QCOMPARE(shortList.size(), 10);
    }

    // A long hash too (a review's value → row lookup).
    void longHashesAreFreedElsewhere()
    {
        auto destroyedOn = std::make_shared<std::atomic<QThread *>>(nullptr);
        QHash<int, Witness> hash;
        for (int key = 0; key < 20'000; ++key)
            hash.insert(key, Witness {});
        hash[7].destroyedOn = destroyedOn;
        fd::releaseOnWorker(hash);
        QVERIFY(hash.isEmpty());
        QVERIFY(fd::workerPool().waitForDone(10000));
        QVERIFY(destroyedOn->load() != nullptr);
        QVERIFY(destroyedOn->load() != QThread::currentThread());

        QHash<int, Witness> shortHash {{1, Witness {}}};
        fd::releaseOnWorker(shortHash);
        QCOMPARE(shortHash.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReleaseOnWorker)
#include "tst_releaseonworker.moc"
