#pragma once

#include "BenchFigure.h"

#include "model/validation/Validation.h"

#include <QHash>
#include <QList>
#include <QSize>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QTableView;

namespace fd::bench {

// Times what a user does in the curation review of a large validation: a ValidationModel in a
// ValidationFilterProxyModel, shown in a QTableView (run it on the offscreen platform). Each round
// starts with a fresh model, proxy and window, after one unmeasured warm-up round. A step is the
// call, then one turn of the event loop and a synchronous repaint of the table, i.e. until the
// new rows are on screen; its worst time is what a "visible stall" is about. The same steps are
// then timed on model and proxy without a view, to tell the proxy's share from the view's.
class ReviewViewBench
{
public:
    struct Options
    {
        int repeat = 5;
        QString typed = QStringLiteral("TP5"); // typed into the filter box one key at a time
        QSize windowSize {1280, 800};
    };

    ReviewViewBench(const ValidationReport &report, Options options);

    QList<Figure> run();

    // The slowest single step of all rounds, and which step it was.
    double worstStepMs() const { return m_worstMs; }
    QString worstStep() const { return m_worstLabel; }

private:
    Figure &figure(const QString &id, const QString &label);
    // One round of every step; without a view, on model and proxy alone ("_proxy" figures).
    void round(QTableView *view);
    // Times action until the table shows its result; keeps the sample unless warming up.
    void step(QTableView *view, const QAbstractItemModel *proxy, const QString &id,
              const QString &label, const std::function<void()> &action);
    void scroll(QTableView &view);
    void settle(QTableView *view);

    const ValidationReport &m_report;
    Options m_options;
    bool m_warmingUp = false;
    QList<Figure> m_figures;
    QHash<QString, qsizetype> m_figureOf; // id -> index in m_figures
    double m_worstMs = 0;
    QString m_worstLabel;
};

} // namespace fd::bench
