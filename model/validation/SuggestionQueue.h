#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace fd {

class Similarity;

// "Did you mean" for the values that did not validate, found while the validator goes on with
// the others: values are handed over in batches to one more thread of the global thread pool,
// when it has one free, and finish() does on the calling thread whatever that thread has not
// finished yet, even a batch it is working on, rather than wait for it: on a busy machine the
// helper may not get a core for a while. Each value's suggestions are the same whichever thread
// found them. Used from one thread.
class SuggestionQueue
{
public:
    SuggestionQueue(std::shared_ptr<const Similarity> similarity, int count);
    ~SuggestionQueue();
    SuggestionQueue(const SuggestionQueue &) = delete;
    SuggestionQueue &operator=(const SuggestionQueue &) = delete;

    // item: the caller's reference for the value, handed back by finish().
    void add(qsizetype item, QString text);
    // Every value added with its suggestions: calls done for each, in the order added.
    void finish(const std::function<void(qsizetype item, QStringList &&names)> &done);

private:
    struct Request
    {
        qsizetype item;
        QString text;
    };
    struct Batch
    {
        std::vector<Request> requests; // not changed once handed over
        std::vector<QStringList> names; // set once, by whichever thread finishes first
        bool done = false;
    };
    struct Shared;

    static std::vector<QStringList> suggest(const Shared &shared, const Batch &batch);
    // Keeps names unless another thread was first; under Shared::mutex.
    static void settle(Batch &batch, std::vector<QStringList> &&names);
    static void help(const std::shared_ptr<Shared> &shared); // the pool thread's loop
    void hand(std::shared_ptr<Batch> batch);

    // Shared with the helper, which may outlive the queue; so does the Similarity it holds.
    std::shared_ptr<Shared> m_shared;
    std::vector<Request> m_requests; // not handed over yet
    std::vector<std::shared_ptr<Batch>> m_batches; // every batch, in the order added
    bool m_helped = false;
};

} // namespace fd
