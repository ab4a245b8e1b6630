#pragma once

#include "BenchFigure.h"

#include "model/Result.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>

class QElapsedTimer;

namespace fd {
class Registry;
}

namespace fd {
class PagedTableModel;
class Registry;
} // namespace fd

namespace fd::bench {

// One round of a measurement: does the work, returns its time in ms (or the error that stopped
// it) and records on the figure what it produced (rows, total), so an empty result shows.
using Round = std::function<Result<double>(Figure &)>;

// One unmeasured warm-up round, then `repeat` measured ones; the figure is appended to figures.
// Prints the label and the median on stderr as it goes.
Status measureRounds(QList<Figure> &figures, const QString &id, const QString &label, int repeat,
                     const Round &round);

double msSince(const QElapsedTimer &timer);

// An Error for a benchmark whose result is not what it should be (a wrong count, no rows).
Error benchMismatch(const QString &what);

// The first column of the first row of a query the benchmark runs to check or set up, not to time.
Result<QVariant> benchScalar(Registry &registry, const QString &sql,
                             const QVariantList &values = {});

// Whether a view's model holds what it should after opening: no error, expectedTotal rows counted
// (when not negative) and a first page of them.
Status checkModel(const PagedTableModel &model, qint64 expectedTotal, const QString &what);

// Waits, in an event loop, until the model's worker has answered what the model asked (the first
// page, the count, a page fetchMore asked for): what a user waits for, timed as such.
void settle(PagedTableModel &model);
// Points model at the registry and waits for its first page and count.
void openOn(PagedTableModel &model, const Registry &registry);

// Literal SQL for EXPLAIN: PostgreSQL cannot PREPARE an EXPLAIN, so the values go in as text.
QString inlined(const Registry &registry, QString sql, const QVariantList &values);

} // namespace fd::bench
