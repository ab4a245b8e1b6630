#include "ui/H5adSummaryView.h"

#include "model/Result.h"
#include "model/import/H5adColumnsModel.h"
#include "model/import/H5adSummaryJob.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {

namespace {

QString matrixText(const H5adMatrix &x)
{
    if (!x.present)
        return H5adSummaryView::tr("no X");
    if (!x.sparse)
        return H5adSummaryView::tr("X: %1, dense").arg(x.dtype);
    const QString layout = x.encoding == QLatin1StringView("csc_matrix") ? QStringLiteral("CSC")
                                                                         : QStringLiteral("CSR");
    return H5adSummaryView::tr("X: %1, sparse (%2)").arg(x.dtype, layout);
}

QString frameTitle(const QString &slot, const QString &what, const H5adFrame &frame)
{
    const QString index = frame.index.isEmpty() ? H5adSummaryView::tr("unnamed") : frame.index;
    return H5adSummaryView::tr("<b>%1</b> (%2) — index <b>%3</b>, %n column(s)", nullptr,
                               int(frame.columns.size()))
        .arg(slot, what, index.toHtmlEscaped());
}

} // namespace

H5adSummaryView::H5adSummaryView(QString path, QWidget *parent)
    : QWidget(parent)
    , m_path(std::move(path))
    , m_obsModel(new H5adColumnsModel(this))
    , m_varModel(new H5adColumnsModel(this))
{
    m_shape = new QLabel(this);
    m_shape->setTextFormat(Qt::PlainText);
    m_shape->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_shape->setAccessibleName(tr("Shape and X"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(buildFrame(tr("obs columns"), m_obsModel, &m_obsTitle, &m_obsView));
    splitter->addWidget(buildFrame(tr("var columns"), m_varModel, &m_varTitle, &m_varView));
    m_tables = splitter;

    // A file that cannot be read says so in place of the tables, in words that wrap.
    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_error->setAccessibleName(tr("Why the file cannot be read"));
    QFont big = m_error->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_error->setFont(big);
    m_error->setVisible(false);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Read status"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // the reader tells no progress: busy, not a percentage
    m_busy->setAccessibleName(tr("Reading"));
    m_busy->setMaximumWidth(160);
    m_cancel = new QPushButton(tr("&Cancel reading"), this);
    m_reread = new QPushButton(tr("&Read again"), this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_busy);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_reread);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_shape);
    layout->addWidget(m_tables, 1);
    layout->addWidget(m_error, 1);
    layout->addLayout(bottom);

    connect(m_cancel, &QPushButton::clicked, this, &H5adSummaryView::cancelRead);
    connect(m_reread, &QPushButton::clicked, this, &H5adSummaryView::read);
    read();
}

H5adSummaryView::~H5adSummaryView() = default; // a read in flight is let go of, not waited for

QWidget *H5adSummaryView::buildFrame(const QString &accessibleName, H5adColumnsModel *model,
                                     QLabel **title, QTableView **view)
{
    auto *box = new QWidget(this);
    *title = new QLabel(box);
    (*title)->setTextFormat(Qt::RichText);
    *view = new QTableView(box);
    (*view)->setModel(model);
    (*view)->setAccessibleName(accessibleName);
    (*view)->setEditTriggers(QAbstractItemView::NoEditTriggers);
    (*view)->setWordWrap(false);
    (*view)->verticalHeader()->setVisible(false);
    (*view)->horizontalHeader()->setStretchLastSection(true);
    // Thousands of var columns are rare, but a sample sizes the columns as well as all of them.
    (*view)->horizontalHeader()->setResizeContentsPrecision(200);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(*title);
    layout->addWidget(*view);
    return box;
}

QString H5adSummaryView::shapeText(const H5adSummary &summary)
{
    const QLocale locale;
    return tr("%1 cells (obs) × %2 genes (var) — %3")
        .arg(locale.toString(summary.nObs), locale.toString(summary.nVars), matrixText(summary.x));
}

void H5adSummaryView::read()
{
    // Deleting the job in flight lets go of it: its result, when it comes, is not shown.
    delete m_job;
    auto *job = new H5adSummaryJob(m_path, this);
    m_job = job;
    connect(job, &H5adSummaryJob::finished, this, &H5adSummaryView::onFinished);
    connect(job, &H5adSummaryJob::failed, this, &H5adSummaryView::onFailed);
    showReading(true);
    m_status->setText(tr("Reading obs and var…"));
    job->start();
}

void H5adSummaryView::cancelRead()
{
    if (!m_job)
        return;
    delete m_job;
    showReading(false);
    m_status->setText(m_hasSummary ? tr("Reading cancelled; the tables show the last read.")
                                   : tr("Reading cancelled. Read again to see obs and var."));
}

void H5adSummaryView::showReading(bool reading)
{
    m_busy->setVisible(reading);
    m_cancel->setEnabled(reading);
    m_reread->setEnabled(!reading);
}

void H5adSummaryView::onFinished(const H5adSummary &summary)
{
    m_job->deleteLater();
    m_job = nullptr;
    showReading(false);
    m_summary = summary;
    m_hasSummary = true;
    m_shape->setText(shapeText(summary));
    m_obsTitle->setText(frameTitle(QStringLiteral("obs"), tr("cells"), summary.obs));
    m_varTitle->setText(frameTitle(QStringLiteral("var"), tr("genes"), summary.var));
    m_obsModel->setFrame(summary.obs);
    m_varModel->setFrame(summary.var);
    m_obsView->resizeColumnsToContents();
    m_varView->resizeColumnsToContents();
    m_shape->setVisible(true);
    m_tables->setVisible(true);
    m_error->setVisible(false);
    m_status->setText(tr("Read obs and var; X's values are not read."));
    Q_EMIT summaryRead(summary);
}

void H5adSummaryView::onFailed(const Error &error)
{
    m_job->deleteLater();
    m_job = nullptr;
    showReading(false);
    m_hasSummary = false;
    m_summary = {};
    m_obsModel->clear();
    m_varModel->clear();
    m_shape->setVisible(false);
    m_tables->setVisible(false);
    m_error->setText(QStringLiteral("⚠ ") + error.message);
    m_error->setVisible(true);
    m_status->setText(tr("This file cannot be opened as AnnData."));
    Q_EMIT readFailed(error.message);
}

} // namespace fd
