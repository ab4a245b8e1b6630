#include "BenchFigure.h"

#include <QJsonArray>

#include <algorithm>
#include <cstdio>

namespace fd::bench {

double Figure::medianMs() const
{
    if (samplesMs.isEmpty())
        return -1;
    QList<double> sorted = samplesMs;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype middle = sorted.size() / 2;
    return sorted.size() % 2 ? sorted.at(middle) : (sorted.at(middle - 1) + sorted.at(middle)) / 2;
}

double Figure::minMs() const
{
    return samplesMs.isEmpty() ? -1 : *std::min_element(samplesMs.cbegin(), samplesMs.cend());
}

double Figure::maxMs() const
{
    return samplesMs.isEmpty() ? -1 : *std::max_element(samplesMs.cbegin(), samplesMs.cend());
}

QJsonObject Figure::toJson() const
{
    QJsonArray samples;
    for (const double sample : samplesMs)
        samples.append(sample);
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("label"), label},
        {QStringLiteral("median_ms"), medianMs()},
        {QStringLiteral("min_ms"), minMs()},
        {QStringLiteral("max_ms"), maxMs()},
        {QStringLiteral("samples_ms"), samples},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("total"), total},
    };
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

Figure measure(const QString &id, const QString &label, int repeat,
               const std::function<double(Figure &)> &work)
{
    Figure figure {id, label, {}, -1, -1};
    std::fprintf(stderr, "  %-66s", qPrintable(label));
    std::fflush(stderr);
    for (int round = 0; round <= repeat; ++round) {
        const double ms = work(figure);
        if (round > 0)
            figure.samplesMs.append(ms);
    }
    std::fprintf(stderr, "%10.2f ms\n", figure.medianMs());
    return figure;
}

} // namespace fd::bench
