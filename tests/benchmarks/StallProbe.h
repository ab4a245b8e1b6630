#pragma once

#include <QElapsedTimer>
#include <QList>

#include <atomic>
#include <memory>
#include <thread>

namespace fd::bench {

// How long the GUI thread takes to answer, measured from inside the process: a thread of its own
// posts a call to the GUI thread every interval (a queued call on qApp, carrying the time it was
// sent) and the GUI thread notes how late it ran it. It is what a window manager's _NET_WM_PING
// tells from outside: while the GUI thread is busy, every call posted meanwhile waits, and the
// first one waits as long as the stall.
class StallProbe
{
public:
    struct Sample
    {
        qint64 sentNs; // on clock()
        qint64 lateNs; // from sending to running on the GUI thread
    };

    struct Summary
    {
        int probes = 0;
        double longestMs = 0;
        double p99Ms = 0;
    };

    explicit StallProbe(int intervalMs = 5);
    ~StallProbe();
    StallProbe(const StallProbe &) = delete;
    StallProbe &operator=(const StallProbe &) = delete;

    void start();
    void stop();

    // Nanoseconds since the probe was made: the clock the samples and the actions share.
    qint64 now() const { return m_clock.nsecsElapsed(); }
    // The calls sent in [fromNs, toNs] that have run by now.
    Summary summarize(qint64 fromNs, qint64 toNs) const;

private:
    void run();

    QElapsedTimer m_clock;
    int m_intervalMs;
    // Shared with the calls still queued, so that one running after stop() finds it alive.
    std::shared_ptr<QList<Sample>> m_samples;
    std::atomic<bool> m_running {false};
    std::thread m_thread;
};

} // namespace fd::bench
