#include "StallProbe.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace fd::bench {

StallProbe::StallProbe(int intervalMs)
    : m_intervalMs(intervalMs)
    , m_samples(std::make_shared<QList<Sample>>())
{
    m_clock.start();
}

StallProbe::~StallProbe()
{
    stop();
}

void StallProbe::start()
{
    if (m_running.exchange(true))
        return;
    m_thread = std::thread([this] { run(); });
}

void StallProbe::stop()
{
    if (!m_running.exchange(false))
        return;
    m_thread.join();
}

void StallProbe::run()
{
    const QElapsedTimer clock = m_clock;
    const std::shared_ptr<QList<Sample>> samples = m_samples;
    while (m_running.load()) {
        const qint64 sent = clock.nsecsElapsed();
        // Runs on the GUI thread (qApp's), which alone touches the samples.
        QMetaObject::invokeMethod(
            qApp,
            [clock, samples, sent] {
                samples->append({sent, clock.nsecsElapsed() - sent});
            },
            Qt::QueuedConnection);
        std::this_thread::sleep_for(std::chrono::milliseconds(m_intervalMs));
    }
}

StallProbe::Summary StallProbe::summarize(qint64 fromNs, qint64 toNs) const
{
    QList<qint64> late;
    for (const Sample &sample : std::as_const(*m_samples))
        if (sample.sentNs >= fromNs && sample.sentNs <= toNs)
            late.append(sample.lateNs);
    Summary summary;
    summary.probes = int(late.size());
    if (late.isEmpty())
        return summary;
    std::sort(late.begin(), late.end());
    // The nearest-rank percentile: the smallest value at least 99% of the samples do not exceed.
    const auto rank = qsizetype(std::ceil(0.99 * double(late.size()))) - 1;
    summary.longestMs = double(late.constLast()) / 1e6;
    summary.p99Ms = double(late.at(std::clamp<qsizetype>(rank, 0, late.size() - 1))) / 1e6;
    return summary;
}

} // namespace fd::bench
