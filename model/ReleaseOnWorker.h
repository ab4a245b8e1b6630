#pragma once

#include "model/WorkerPool.h"

#include <QHash>
#include <QList>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace fd {

// Lets go of a shared structure so that, where this was the last reference, it is freed on a
// pool thread rather than on the caller's. Freeing a gene or name index of 200,000 genes takes
// 10-15 ms of the GUI thread, which drops the old one whenever the registry changes.
template<typename T>
void releaseOnWorker(std::shared_ptr<T> &pointer)
{
    std::shared_ptr<T> held = std::exchange(pointer, nullptr);
    if (!held || held.use_count() > 1)
        return; // nothing, or another holder frees it
    workerPool().start([held = std::move(held)]() mutable {
        yieldToTheWindow();
        held.reset();
    });
}

namespace detail {
template<typename Container>
void releaseContainerOnWorker(Container &container)
{
    if (container.size() < 10'000)
        return;
    workerPool().start([held = std::exchange(container, {})]() mutable {
        yieldToTheWindow();
        held = {};
    });
}
} // namespace detail

// The same for a list or hash, implicitly shared: a million uids take 25 ms to free, a review's
// 20,000 items and their lookup hash several. Short ones are left to the caller: freeing them
// costs less than a task.
template<typename T>
void releaseOnWorker(QList<T> &list)
{
    detail::releaseContainerOnWorker(list);
}
template<typename K, typename V>
void releaseOnWorker(QHash<K, V> &hash)
{
    detail::releaseContainerOnWorker(hash);
}

} // namespace fd
