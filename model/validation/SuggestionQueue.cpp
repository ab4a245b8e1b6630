#include "model/validation/SuggestionQueue.h"

#include "model/WorkerPool.h"
#include "model/validation/Similarity.h"

#include <QThreadPool>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace fd {

namespace {

// A batch is some 30 × 5 µs of work: enough to make handing it over cheap, few enough that the
// two threads end close together, and that redoing the helper's last one costs little.
constexpr size_t BatchSize = 32;
// The helper is woken when this many batches wait, not for each: where it has no core of its
// own, every wake-up is a switch between the threads, and its cost in cache misses.
constexpr size_t WakeAt = 4;

} // namespace

struct SuggestionQueue::Shared
{
    std::shared_ptr<const Similarity> similarity;
    int count = 0;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::shared_ptr<Batch>> waiting; // handed over, not taken yet
    bool closed = false; // nothing more will be handed over
};

SuggestionQueue::SuggestionQueue(std::shared_ptr<const Similarity> similarity, int count)
    : m_shared(std::make_shared<Shared>())
{
    m_shared->similarity = std::move(similarity);
    m_shared->count = count;
}

SuggestionQueue::~SuggestionQueue()
{
    // The helper, if it is still busy, keeps what it works on alive; it only has to stop.
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->closed = true;
        m_shared->waiting.clear();
    }
    m_shared->changed.notify_all();
}

std::vector<QStringList> SuggestionQueue::suggest(const Shared &shared, const Batch &batch)
{
    std::vector<QStringList> names(batch.requests.size());
    for (size_t i = 0; i < batch.requests.size(); ++i) {
        const QList<Similarity::Suggestion> suggestions
            = shared.similarity->suggest(batch.requests[i].text, shared.count);
        names[i].reserve(suggestions.size());
        for (const Similarity::Suggestion &suggestion : suggestions)
            names[i].append(suggestion.name);
    }
    return names;
}

void SuggestionQueue::settle(Batch &batch, std::vector<QStringList> &&names)
{
    if (batch.done)
        return;
    batch.names = std::move(names);
    batch.done = true;
}

void SuggestionQueue::help(const std::shared_ptr<Shared> &shared)
{
    std::unique_lock lock(shared->mutex);
    for (;;) {
        shared->changed.wait(lock, [&] { return !shared->waiting.empty() || shared->closed; });
        if (shared->closed)
            return; // the caller does what is left
        const std::shared_ptr<Batch> batch = std::move(shared->waiting.front());
        shared->waiting.pop_front();
        lock.unlock();
        std::vector<QStringList> names = suggest(*shared, *batch);
        lock.lock();
        settle(*batch, std::move(names));
    }
}

void SuggestionQueue::hand(std::shared_ptr<Batch> batch)
{
    bool wake = false;
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->waiting.push_back(std::move(batch));
        wake = m_shared->waiting.size() >= WakeAt;
    }
    if (wake)
        m_shared->changed.notify_one();
    // Only when there is a batch to share, and only if a pool thread is free right now: waiting
    // for one could wait for this very thread.
    if (!m_helped)
        m_helped = workerPool().tryStart([shared = m_shared] { help(shared); });
}

void SuggestionQueue::add(qsizetype item, QString text)
{
    if (m_requests.empty())
        m_requests.reserve(BatchSize);
    m_requests.push_back({item, std::move(text)});
    if (m_requests.size() < BatchSize)
        return;
    auto batch = std::make_shared<Batch>();
    batch->requests = std::exchange(m_requests, {});
    m_batches.push_back(batch);
    hand(std::move(batch));
}

void SuggestionQueue::finish(const std::function<void(qsizetype, QStringList &&)> &done)
{
    Shared &shared = *m_shared;
    if (!m_requests.empty()) {
        auto batch = std::make_shared<Batch>();
        batch->requests = std::exchange(m_requests, {});
        m_batches.push_back(std::move(batch));
    }
    {
        const std::lock_guard lock(shared.mutex);
        shared.closed = true;
        shared.waiting.clear();
    }
    shared.changed.notify_all();
    // The newest first: the helper took the oldest, and may well finish them meanwhile.
    for (auto it = m_batches.rbegin(); it != m_batches.rend(); ++it) {
        Batch &batch = **it;
        {
            const std::lock_guard lock(shared.mutex);
            if (batch.done)
                continue;
        }
        std::vector<QStringList> names = suggest(shared, batch);
        const std::lock_guard lock(shared.mutex);
        settle(batch, std::move(names));
    }
    // Every batch is settled, and was seen to be under the mutex: nothing writes them any more.
    for (const std::shared_ptr<Batch> &batch : m_batches)
        for (size_t i = 0; i < batch->requests.size(); ++i)
            done(batch->requests[i].item, std::move(batch->names[i]));
    m_batches.clear();
}

} // namespace fd
