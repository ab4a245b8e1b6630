#include "model/WorkerPool.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace {
constexpr int WorkerNice = 5;
} // namespace

namespace fd {

QThreadPool &workerPool()
{
    static QThreadPool pool;
    static const bool prepared = [] {
        pool.setObjectName(QStringLiteral("FeatureDesk workers"));
        pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        // As Qt does with its global pool: the application waits for the work when it ends.
        qAddPostRoutine([] { pool.waitForDone(); });
        return true;
    }();
    Q_UNUSED(prepared);
    return pool;
}

void yieldToTheWindow()
{
#ifdef Q_OS_LINUX
    thread_local bool yielded = false;
    if (yielded)
        return;
    yielded = true;
    // Linux keeps a nice value per thread: this one, not the process.
    const auto thread = id_t(syscall(SYS_gettid));
    if (getpriority(PRIO_PROCESS, thread) < WorkerNice)
        setpriority(PRIO_PROCESS, thread, WorkerNice);
#endif
}

} // namespace fd
