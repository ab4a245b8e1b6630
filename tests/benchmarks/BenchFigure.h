#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

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

} // namespace fd::bench
