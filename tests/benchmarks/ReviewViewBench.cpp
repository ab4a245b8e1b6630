#include "ReviewViewBench.h"

#include "model/validation/Curation.h"
#include "model/validation/ValidationFilterProxyModel.h"
#include "model/validation/ValidationModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace fd::bench {

ReviewViewBench::ReviewViewBench(const ValidationReport &report, Options options)
    : m_report(report)
    , m_options(std::move(options))
{
}

Figure &ReviewViewBench::figure(const QString &id, const QString &label)
{
    if (const auto it = m_figureOf.constFind(id); it != m_figureOf.cend())
        return m_figures[*it];
    m_figureOf.insert(id, m_figures.size());
    m_figures.append(Figure {id, label, {}, -1, -1});
    return m_figures.last();
}

// The event loop once (delayed layouts, the proxy's queued work, posted paints), then a paint of
// the table done now, whether or not the platform delivered one: an upper bound on what the user
// waits for, since the rows may be painted twice.
void ReviewViewBench::settle(QTableView *view)
{
    QCoreApplication::processEvents();
    view->viewport()->repaint();
}

void ReviewViewBench::step(QTableView *view, const QAbstractItemModel *proxy, const QString &id,
                           const QString &label, const std::function<void()> &action)
{
    QElapsedTimer timer;
    timer.start();
    action();
    const double call = msSince(timer);
    if (view)
        settle(view);
    const double total = msSince(timer);
    if (m_warmingUp)
        return;
    if (!view) {
        Figure &alone
            = figure(id + QStringLiteral("_proxy"), QStringLiteral("  no view: ") + label);
        alone.samplesMs.append(total);
        alone.rows = proxy->rowCount();
        return;
    }
    Figure &all = figure(id, label);
    all.samplesMs.append(total);
    all.rows = proxy->rowCount();
    all.total = m_report.items.size();
    Figure &alone = figure(id + QStringLiteral("_call"), QStringLiteral("  the call alone"));
    alone.samplesMs.append(call);
    alone.rows = all.rows;
    if (total > m_worstMs) {
        m_worstMs = total;
        m_worstLabel = label;
    }
}

// Page by page from the top to the bottom, as PgDn or clicks below the scroll bar's handle do.
void ReviewViewBench::scroll(QTableView &view)
{
    QScrollBar *bar = view.verticalScrollBar();
    bar->setValue(0);
    settle(&view);
    QList<double> steps;
    QElapsedTimer all;
    all.start();
    while (bar->value() < bar->maximum()) {
        QElapsedTimer timer;
        timer.start();
        bar->setValue(std::min(bar->maximum(), bar->value() + bar->pageStep()));
        settle(&view);
        steps.append(msSince(timer));
    }
    const double total = msSince(all);
    if (m_warmingUp)
        return;
    const QString label
        = QStringLiteral("scroll one page down (each of %L1 steps)").arg(steps.size());
    Figure &page = figure(QStringLiteral("scroll_page"), label);
    page.samplesMs.append(steps);
    page.rows = view.model()->rowCount();
    page.total = m_report.items.size();
    Figure &whole = figure(QStringLiteral("scroll_all"),
                           QStringLiteral("scroll through the whole table, top to bottom"));
    whole.samplesMs.append(total);
    whole.rows = page.rows;
    whole.total = page.total;
    const double worst = steps.isEmpty() ? 0 : *std::max_element(steps.cbegin(), steps.cend());
    if (worst > m_worstMs) {
        m_worstMs = worst;
        m_worstLabel = label;
    }
}

void ReviewViewBench::round(QTableView *view)
{
    const int rows = int(m_report.items.size());
    const QString typed = m_options.typed;
    ValidationModel model;
    ValidationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    if (view) {
        view->setModel(&proxy);
        // Sorting on, but by no column yet, as a review opens: rows in the file's order.
        view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        view->setSortingEnabled(true);
        view->horizontalHeader()->setStretchLastSection(true);
        view->resize(m_options.windowSize);
        view->show();
        settle(view);
    }

    step(view, &proxy, QStringLiteral("set_report"),
         QStringLiteral("setReport: %L1 rows").arg(rows), [&] { model.setReport(m_report); });

    const auto statuses
        = [&](const QString &id, const QString &label, const QSet<ValidationStatus> &set) {
              step(view, &proxy, id, label, [&] { proxy.setStatuses(set); });
          };
    statuses(QStringLiteral("status_not_validated"), QStringLiteral("status filter: not validated"),
             {ValidationStatus::NotValidated});
    statuses(QStringLiteral("status_open"),
             QStringLiteral("status filter: standardizable + ambiguous + not validated"),
             {ValidationStatus::Standardizable, ValidationStatus::Ambiguous,
              ValidationStatus::NotValidated});
    statuses(QStringLiteral("status_all"), QStringLiteral("status filter: all again"), {});

    const auto type = [&](const QString &suffix, const QString &how) {
        for (qsizetype n = 1; n <= typed.size(); ++n) {
            const QString text = typed.first(n);
            step(view, &proxy, QStringLiteral("type_%1%2").arg(text, suffix),
                 QStringLiteral("type '%1' in the filter box%2").arg(text, how),
                 [&] { proxy.setText(text); });
        }
        step(view, &proxy, QStringLiteral("type_clear%1").arg(suffix),
             QStringLiteral("clear the filter box%1").arg(how), [&] { proxy.setText({}); });
    };
    type({}, {});

    // What a click on a header does (QTableView::sortByColumn sorts the proxy).
    const auto sort = [&](int column, Qt::SortOrder order) {
        if (view)
            view->sortByColumn(column, order);
        else
            proxy.sort(column, order);
    };
    step(view, &proxy, QStringLiteral("sort_value"), QStringLiteral("sort by Value"),
         [&] { sort(ValidationModel::Value, Qt::AscendingOrder); });
    step(view, &proxy, QStringLiteral("sort_count"), QStringLiteral("sort by Count, descending"),
         [&] { sort(ValidationModel::Count, Qt::DescendingOrder); });
    type(QStringLiteral("_sorted"), QStringLiteral(", sorted by Count"));

    if (view)
        scroll(*view);

    // "Accept all standard names": one decision per standardizable row, as a bulk action has to
    // make them through setDecision().
    step(view, &proxy, QStringLiteral("accept_all"),
         QStringLiteral("accept every standard name (setDecision per row), sorted"), [&] {
             for (int row = 0; row < model.rowCount(); ++row) {
                 const CurationDecision decision = standardDecision(model.item(row));
                 if (decision.isDecided())
                     model.setDecision(row, decision);
             }
         });
    step(view, &proxy, QStringLiteral("set_report_again"),
         QStringLiteral("setReport again (re-validation), sorted, decisions kept"),
         [&] { model.setReport(m_report); });
    if (view)
        view->setModel(nullptr);
}

QList<Figure> ReviewViewBench::run()
{
    for (int round = 0; round <= m_options.repeat; ++round) {
        m_warmingUp = round == 0;
        QTableView view;
        this->round(&view);
    }
    // The same steps on model and proxy alone: what the view adds.
    for (int round = 0; round <= m_options.repeat; ++round) {
        m_warmingUp = round == 0;
        this->round(nullptr);
    }
    m_warmingUp = false;
    return m_figures;
}

} // namespace fd::bench
