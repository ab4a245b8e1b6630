#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace fd::bench {

// One measured figure: the samples of R repeats, in milliseconds, and what they were checked
// against (rows on screen, total count), so a figure that "got faster" by returning nothing shows.
struct Figure
{
    QString id; // stable, for JSON and scripts: "open", "sort_key_desc", ...
    QString label; // for the table
    QList<double> samplesMs;
    qint64 rows = -1; // rows the model (or query) held afterwards
    qint64 total = -1; // the model's total count, or the query's count

    double medianMs() const;
    double minMs() const;
    double maxMs() const;
    QJsonObject toJson() const;
};

double msSince(const QElapsedTimer &timer);

// One unmeasured warm-up round, then repeat measured ones, said on stderr as they end; work
// returns its time in ms and may note rows and totals in the figure.
Figure measure(const QString &id, const QString &label, int repeat,
               const std::function<double(Figure &)> &work);

} // namespace fd::bench
