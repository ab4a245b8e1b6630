#include "ui/ReviewSummary.h"

#include "model/validation/ValidationFilterProxyModel.h"
#include "model/validation/ValidationModel.h"
#include "model/validation/ValidationSummaryModel.h"
#include "ui/ChartExport.h"
#include "ui/StatusStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPen>
#include <QToolButton>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QValueAxis>

namespace fd {

ReviewSummary::ReviewSummary(ValidationSummaryModel *summary, ValidationFilterProxyModel *proxy,
                             QWidget *parent)
    : QWidget(parent)
    , m_summary(summary)
    , m_proxy(proxy)
{
    auto *strip = new QWidget(this);
    auto *row = new QHBoxLayout(strip);
    row->setContentsMargins(0, 0, 0, 0);
    for (ValidationStatus status : allValidationStatuses()) {
        auto *button = new QToolButton(strip);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(statusStyle::icon(status));
        button->setToolTip(ValidationModel::statusExplanation(status)
                           + tr("\nClick to show only these rows; click again to show all."));
        connect(button, &QToolButton::toggled, this,
                [this, status](bool on) { toggleStatus(status, on); });
        m_statusButtons.append(button);
        row->addWidget(button);
    }
    m_extraCounts = new QLabel(strip);
    row->addWidget(m_extraCounts);
    row->addStretch(1);

    // The chart: one stacked bar, a bar set per status, bound to the summary model.
    auto *series = new QHorizontalStackedBarSeries;
    auto *mapper = new QVBarModelMapper(strip);
    mapper->setFirstBarSetColumn(0);
    mapper->setLastBarSetColumn(m_summary->columnCount() - 1);
    mapper->setFirstRow(0);
    mapper->setRowCount(1);
    mapper->setSeries(series);
    mapper->setModel(m_summary);
    auto *chart = new QChart;
    chart->addSeries(series);
    // The strip above is the legend (with glyphs and counts); the bar only shows proportions.
    chart->legend()->setVisible(false);
    auto *categories = new QBarCategoryAxis(chart);
    categories->append(tr("Values"));
    categories->setVisible(false);
    auto *counts = new QValueAxis(chart);
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setGridLineVisible(false);
    counts->setLabelsVisible(false);
    counts->setLineVisible(false);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(counts);
    // The axis spans all values, so the bar is always full width, divided by status.
    const auto rescale = [this, counts] {
        int total = 0;
        for (ValidationStatus status : allValidationStatuses())
            total += m_summary->count(status);
        counts->setRange(0, std::max(1, total));
        counts->setTickCount(2);
    };
    connect(m_summary, &QAbstractItemModel::dataChanged, counts, rescale);
    rescale();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    // The chart's own theme is light whatever the palette: on a dark one it was a white box.
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setAnimationOptions(QChart::NoAnimation);
    // Bar sets come from the mapper, labelled by the model's headers: colour each (not relabel:
    // the mapper would write a label back and rebuild its sets); a click filters by its status.
    const auto styleSets = [this, series](const QList<QBarSet *> &added) {
        const QList<QBarSet *> sets = series->barSets();
        for (QBarSet *set : added) {
            const ValidationStatus status
                = ValidationSummaryModel::statusOfColumn(int(sets.indexOf(set)));
            set->setBrush(statusStyle::accent(status, palette()));
            set->setPen(QPen(palette().color(QPalette::Base)));
        }
    };
    connect(series, &QBarSeries::barsetsAdded, this, styleSets);
    connect(series, &QBarSeries::clicked, this, [this, series](int, QBarSet *set) {
        const int column = int(series->barSets().indexOf(set));
        if (column < 0)
            return;
        QToolButton *button = statusButton(ValidationSummaryModel::statusOfColumn(column));
        button->setChecked(!button->isChecked());
    });
    styleSets(series->barSets());
    m_chartView = new QChartView(chart, strip);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(70);
    m_chartView->setMaximumHeight(80);
    m_chartView->setAccessibleName(tr("Chart of the counts per status"));
    m_chartView->setToolTip(tr("Values per status; click a bar to filter by its status."));

    // The bar as an image, for a lab meeting's slides or a report.
    m_saveChart = new QToolButton(strip);
    m_saveChart->setText(tr("Save char&t…"));
    m_saveChart->setAutoRaise(true);
    m_saveChart->setAccessibleName(tr("Save chart"));
    m_saveChart->setToolTip(tr("Save the chart of the counts as a PNG or SVG image"));
    connect(m_saveChart, &QToolButton::clicked, this,
            [this] { chooseAndSaveChart(m_chartView, tr("review-chart"), this); });

    m_legendButton = new QToolButton(strip);
    m_legendButton->setText(tr("What do the statuses &mean?"));
    m_legendButton->setCheckable(true);
    m_legendButton->setAutoRaise(true);

    // The chart's two buttons beside it, not in the strip of counts: the strip stays narrow
    // enough for a 1024-pixel screen in every language.
    auto *chartButtons = new QVBoxLayout;
    chartButtons->addWidget(m_saveChart, 0, Qt::AlignLeft);
    chartButtons->addWidget(m_legendButton, 0, Qt::AlignLeft);
    chartButtons->addStretch(1);
    auto *chartRow = new QHBoxLayout;
    chartRow->addWidget(m_chartView, 1);
    chartRow->addLayout(chartButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(strip);
    layout->addLayout(chartRow);
    layout->addWidget(buildLegend());
    // Statuses change only with a new report (decisions do not change a status).
    connect(m_summary, &QAbstractItemModel::dataChanged, this, &ReviewSummary::updateCounts);
    updateCounts();
}

QToolButton *ReviewSummary::statusButton(ValidationStatus status) const
{
    return m_statusButtons.value(allValidationStatuses().indexOf(status));
}

void ReviewSummary::updateCounts()
{
    for (ValidationStatus status : allValidationStatuses())
        statusButton(status)->setText(QStringLiteral("%1 %2").arg(
            QLocale().toString(m_summary->count(status)), ValidationModel::statusLabel(status)));
}

void ReviewSummary::setEmptyAndDuplicates(bool known, qint64 empty, qint64 duplicates)
{
    m_extraCounts->setText(known
                               ? tr("· empty %1 · duplicate %2")
                                     .arg(QLocale().toString(empty), QLocale().toString(duplicates))
                               : QString());
}

void ReviewSummary::toggleStatus(ValidationStatus status, bool on)
{
    QSet<ValidationStatus> statuses = m_proxy->filter().statuses();
    if (on)
        statuses.insert(status);
    else
        statuses.remove(status);
    m_proxy->setStatuses(statuses);
}

QWidget *ReviewSummary::buildLegend()
{
    m_legend = new QWidget(this);
    auto *grid = new QFormLayout(m_legend);
    grid->setContentsMargins(8, 4, 8, 4);
    for (ValidationStatus status : allValidationStatuses()) {
        const int size = fontMetrics().height();
        auto *iconLabel = new QLabel(m_legend);
        iconLabel->setPixmap(statusStyle::icon(status).pixmap(size, size));
        auto *title = new QWidget(m_legend);
        auto *titleRow = new QHBoxLayout(title);
        titleRow->setContentsMargins(0, 0, 0, 0);
        titleRow->addWidget(iconLabel);
        titleRow->addWidget(new QLabel(
            QStringLiteral("<b>%1</b>").arg(ValidationModel::statusLabel(status).toHtmlEscaped()),
            m_legend));
        auto *explanation = new QLabel(ValidationModel::statusExplanation(status), m_legend);
        explanation->setWordWrap(true);
        grid->addRow(title, explanation);
    }
    grid->addRow(new QLabel(tr("<i>Nothing is written to the registry until you press Apply; "
                               "Ctrl+Z undoes a decision, Ctrl+Shift+Z redoes it.</i>"),
                            m_legend));
    m_legend->setVisible(false);
    m_legend->setAccessibleName(tr("Legend of the statuses"));
    connect(m_legendButton, &QToolButton::toggled, m_legend, &QWidget::setVisible);
    return m_legend;
}

} // namespace fd
