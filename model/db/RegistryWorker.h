#pragma once

#include "model/Result.h"
#include "model/WorkerPool.h"
#include "model/db/Registry.h"
#include "model/db/RegistryLocation.h"

#include <QMetaObject>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

namespace fd {

// Runs work(registry) on pool over a registry connection of its own (opened on that thread, not
// migrated, closed there when the work is done), then done(outcome) on receiver's thread. work
// returns a Result<T> or a Status; a registry that cannot be opened is that outcome's error.
// For short writes and reads the window must not wait for (a 50 ms server, a locked file); long
// work with progress and cancel has a job class of its own.
// The pool must be the receiver's (a member, or a child's), so that the receiver outlives the
// work: QThreadPool's destructor waits for it. done is not called once the receiver is gone.
template<typename Work, typename Done>
void runOnRegistry(QThreadPool &pool, RegistryLocation location, QObject *receiver, Work work,
                   Done done)
{
    using Outcome = std::invoke_result_t<Work &, Registry &>;
    pool.start([location = std::move(location), receiver, work = std::move(work),
                done = std::move(done)]() mutable {
        yieldToTheWindow();
        Outcome outcome = [&]() -> Outcome {
            Registry::OpenOptions options;
            options.migrate = false;
            Result<std::unique_ptr<Registry>> opened = Registry::open(location, options);
            if (!opened)
                return opened.error();
            return work(**opened);
        }();
        // Moved: what the work and its answer hold is freed where it is used last, not here
        // and there.
        QMetaObject::invokeMethod(
            receiver,
            [done = std::move(done), outcome = std::move(outcome)]() mutable { done(outcome); },
            Qt::QueuedConnection);
    });
}

} // namespace fd
