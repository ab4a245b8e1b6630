#pragma once

#include "model/validation/Validation.h"

#include <QList>
#include <QWidget>

class QChartView;
class QLabel;
class QToolButton;

namespace fd {

class ValidationFilterProxyModel;
class ValidationSummaryModel;

// The review's counts at a glance: a strip with a button per status (icon, glyph, count; a click
// shows only those rows, again shows all), the empty and duplicate counts, a bar of the
// proportions bound to the summary model through a QVBarModelMapper (a click on a part filters
// too), and the legend that says what each status means and what to do, one click away.
class ReviewSummary final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewSummary)

public:
    ReviewSummary(ValidationSummaryModel *summary, ValidationFilterProxyModel *proxy,
                  QWidget *parent = nullptr);

    QToolButton *statusButton(ValidationStatus status) const;
    QChartView *chartView() const { return m_chartView; }
    QWidget *legend() const { return m_legend; }
    QToolButton *legendButton() const { return m_legendButton; }
    QToolButton *saveChartButton() const { return m_saveChart; }
    void setEmptyAndDuplicates(bool known, qint64 empty, qint64 duplicates);

private:
    QWidget *buildLegend();
    void updateCounts();
    void toggleStatus(ValidationStatus status, bool on);

    ValidationSummaryModel *m_summary;
    ValidationFilterProxyModel *m_proxy;
    QList<QToolButton *> m_statusButtons;
    QLabel *m_extraCounts = nullptr;
    QChartView *m_chartView = nullptr;
    QToolButton *m_legendButton = nullptr;
    QToolButton *m_saveChart = nullptr;
    QWidget *m_legend = nullptr;
};

} // namespace fd
