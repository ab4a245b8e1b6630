// The window's way with a registry, for scripts/soak-registry.sh: one connection kept open on the
// main thread (the window's session) that writes now and then, and worker threads that each open a
// connection of their own for every job, read, write and close it again (reviews, registrations,
// gene imports). Every feature it adds is appended to a log once committed, so that the soak can
// check afterwards that no write was lost. It watches its own footing too: while its main
// connection is open, the registry's -wal and -shm files must exist and this process must hold
// its locks on the registry file.
//
//   featuredesk_soakwindow REGISTRY SECONDS TAG LOG

#include "model/Records.h"
#include "model/db/Registry.h"
#include "model/db/RegistryLocation.h"
#include "model/features/FeatureStore.h"
#include "tests/support/ProcessLocks.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRandomGenerator>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <memory>

using namespace fd;
using fd::test::locksHeldOn;

namespace {

std::atomic<int> failures {0};
QMutex logMutex;

void fail(const QString &what)
{
    ++failures;
    std::fprintf(stderr, "soakwindow: %s\n", qPrintable(what));
}

std::unique_ptr<Registry> openRegistry(const QString &path)
{
    Registry::OpenOptions options;
    options.busyTimeoutMs = 60000;
    Result<std::unique_ptr<Registry>> opened
        = Registry::open(*RegistryLocation::parse(path), options);
    if (!opened) {
        fail(QStringLiteral("open: %1").arg(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

void added(QFile &log, const QString &name)
{
    QMutexLocker lock(&logMutex);
    log.write(name.toUtf8() + '\n');
    log.flush();
}

bool addFeature(Registry &registry, QFile &log, const QString &name)
{
    NewFeature feature;
    feature.name = name;
    feature.dtype = QStringLiteral("int");
    const Result<FeatureRecord> record = FeatureStore(registry).add(feature);
    if (!record) {
        fail(QStringLiteral("add %1: %2").arg(name, record.error().message));
        return false;
    }
    added(log, name);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: featuredesk_soakwindow REGISTRY SECONDS TAG LOG\n");
        return 2;
    }
    const QString path = QFileInfo(args.at(1)).absoluteFilePath();
    const qint64 deadlineMs = args.at(2).toLongLong() * 1000;
    const QString tag = args.at(3);
    QFile log(args.at(4));
    if (!log.open(QIODevice::Append)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(args.at(4)));
        return 2;
    }

    std::unique_ptr<Registry> window = openRegistry(path);
    if (!window)
        return 1;
    QElapsedTimer clock;
    clock.start();

    std::atomic<int> jobs {0};
    QList<QThread *> workers;
    for (int w = 0; w < 2; ++w) {
        workers.append(QThread::create([&, w] {
            for (int job = 0; clock.elapsed() < deadlineMs; ++job) {
                std::unique_ptr<Registry> registry = openRegistry(path);
                if (!registry)
                    continue;
                if (!FeatureStore(*registry).list())
                    fail(QStringLiteral("worker read failed"));
                if (QRandomGenerator::global()->bounded(2) == 0)
                    addFeature(*registry, log,
                               QStringLiteral("%1_w%2_%3").arg(tag).arg(w).arg(job));
                ++jobs;
                QThread::msleep(QRandomGenerator::global()->bounded(5, 60));
            }
        }));
        workers.last()->start();
    }

    int writes = 0;
    while (clock.elapsed() < deadlineMs) {
        if (!QFileInfo::exists(path + QStringLiteral("-wal"))
            || !QFileInfo::exists(path + QStringLiteral("-shm")))
            fail(QStringLiteral(
                "the registry's -wal or -shm is gone while this process has it open"));
        if (locksHeldOn(path) == 0)
            fail(QStringLiteral("this process holds no lock on the registry file"));
        if (addFeature(*window, log, QStringLiteral("%1_main_%2").arg(tag).arg(writes)))
            ++writes;
        QThread::msleep(QRandomGenerator::global()->bounded(20, 150));
    }
    for (QThread *worker : std::as_const(workers)) {
        worker->wait();
        delete worker;
    }
    std::printf(
        "soakwindow %s: %d writes on the window's connection, %d worker jobs, %d failures\n",
        qPrintable(tag), writes, jobs.load(), failures.load());
    return failures.load() == 0 ? 0 : 1;
}
