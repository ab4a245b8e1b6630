#include "model/db/RegistryWatchThread.h"

#include "model/db/RegistryWatcher.h"

#include <QMetaObject>

namespace fd {

RegistryWatchThread::RegistryWatchThread(RegistryLocation location, int intervalMs, QObject *parent)
    : QThread(parent)
    , m_location(std::move(location))
    , m_intervalMs(intervalMs)
{
    setObjectName(QStringLiteral("registry watcher"));
}

RegistryWatchThread::~RegistryWatchThread()
{
    quit();
    wait();
}

void RegistryWatchThread::release(RegistryWatchThread *thread)
{
    if (!thread)
        return;
    thread->disconnect(); // its last signals reach nobody
    thread->quit();
    if (thread->wait(200)) {
        delete thread;
        return;
    }
    thread->setParent(nullptr);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    if (thread->isFinished()) // ended between the wait and the connection
        thread->deleteLater();
}

void RegistryWatchThread::retryNow()
{
    if (RegistryWatcher *watcher = m_watcher.load())
        QMetaObject::invokeMethod(watcher, &RegistryWatcher::retryNow, Qt::QueuedConnection);
}

void RegistryWatchThread::run()
{
    RegistryWatcher watcher(m_location, m_intervalMs);
    connect(&watcher, &RegistryWatcher::changed, this, &RegistryWatchThread::changed);
    connect(&watcher, &RegistryWatcher::connectionLost, this, &RegistryWatchThread::connectionLost);
    connect(&watcher, &RegistryWatcher::reconnected, this, &RegistryWatchThread::reconnected);
    connect(&watcher, &RegistryWatcher::answered, this, &RegistryWatchThread::answered);
    connect(&watcher, &RegistryWatcher::retrying, this, &RegistryWatchThread::retrying);
    m_watcher.store(&watcher);
    watcher.checkNow(); // opens the connection and takes the first data_version
    exec();
    m_watcher.store(nullptr);
}

} // namespace fd
