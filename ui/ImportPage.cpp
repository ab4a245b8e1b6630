#include "ui/ImportPage.h"

#include "ui/Preferences.h"

#include "model/WorkerPool.h"
#include "model/csv/CsvDecoder.h"
#include "model/csv/CsvError.h"
#include "model/csv/CsvInspectJob.h"
#include "model/csv/CsvPreview.h"
#include "model/import/CsvColumnsModel.h"
#include "model/import/CsvPreviewModel.h"
#include "model/import/ImportFiles.h"
#include "model/import/ImportQueue.h"
#include "ui/DtypeDelegate.h"
#include "ui/H5adSummaryView.h"
#include "ui/ReviewPanel.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMetaObject>
#include <QMutex>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {

// The preview's worker posts its rows to the page only while the page lives: the page's destructor
// takes itself out under the lock, so a post never races the deletion, and one posted just before
// is dropped by Qt with the page's other pending events.
struct ImportPage::PreviewLink
{
    QMutex mutex;
    ImportPage *page = nullptr;
};

namespace {
constexpr int PreviewRows = 50;

// Combo entries carry the option's value as item data; an invalid QVariant means "detect".
void addChoice(QComboBox *box, const QString &text, const QVariant &value)
{
    box->addItem(text, value);
}
} // namespace

ImportPage::ImportPage(QString path, ImportQueue *queue, RegistrySession *session, QWidget *parent)
    : QWidget(parent)
    , m_path(std::move(path))
    , m_queue(queue)
    , m_previewLink(std::make_shared<PreviewLink>())
    , m_previewModel(new CsvPreviewModel(this))
    , m_columnsModel(new CsvColumnsModel(this))
    , m_review(new ReviewPanel(session, this))
{
    m_previewLink->page = this;
    if (ImportFiles::isAnnDataName(m_path)) {
        buildAnnDataControls();
        return;
    }
    buildControls();
    preview();
    startScan();
}

ImportPage::~ImportPage()
{
    {
        const QMutexLocker locker(&m_previewLink->mutex);
        m_previewLink->page = nullptr;
    }
    if (m_job) {
        if (m_queue)
            m_queue->withdraw(m_job);
        delete m_job; // cancels and waits for a running scan to let go
    }
}

void ImportPage::buildControls()
{
    buildFileLabel();
    QLayout *dialect = buildDialectControls();
    m_warnings = new QLabel(this);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    QWidget *tables = buildTableViews();
    QLayout *bottom = buildStatusRow();

    // The file as read, and its review: two views of one import, kept side by side so that
    // switching between them loses nothing.
    m_views = new QTabWidget(this);
    m_views->setDocumentMode(true);
    m_views->addTab(tables, tr("&Preview and columns"));
    m_views->addTab(m_review, tr("Re&view"));
    m_views->setTabEnabled(1, false);
    m_views->setTabToolTip(1,
                           tr("Validate the column names or one column's values against the "
                              "registry, and curate them"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addLayout(dialect);
    layout->addWidget(m_warnings);
    layout->addWidget(m_views, 1);
    layout->addLayout(bottom);

    for (QComboBox *box : {m_delimiter, m_quote, m_header, m_encoding})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (m_updatingControls)
                return;
            preview();
            startScan();
        });
    connect(m_cancel, &QPushButton::clicked, this, &ImportPage::cancelScan);
    connect(m_rescan, &QPushButton::clicked, this, &ImportPage::rescan);
    connect(m_malformed, &QPushButton::clicked, this, &ImportPage::showMalformedRows);
    // A dtype the user sets may make or clear a dtype mismatch.
    connect(m_columnsModel, &CsvColumnsModel::dtypeOverridden, this,
            &ImportPage::sendColumnsToReview);
}

void ImportPage::buildFileLabel()
{
    m_fileLabel = new QLabel(this);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setText(QDir::toNativeSeparators(m_path));
    QFont bold = m_fileLabel->font();
    bold.setBold(true);
    m_fileLabel->setFont(bold);
}

void ImportPage::buildAnnDataControls()
{
    buildFileLabel();
    m_anndata = new H5adSummaryView(m_path, this);

    m_views = new QTabWidget(this);
    m_views->setDocumentMode(true);
    m_views->addTab(m_anndata, tr("&obs and var"));
    m_views->addTab(m_review, tr("Re&view"));
    m_views->setTabEnabled(1, false);
    m_views->setTabToolTip(1,
                           tr("Validate the obs column names against the registry's features "
                              "or the var ids against its genes, and curate them"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_views, 1);

    connect(m_anndata, &H5adSummaryView::summaryRead, this, [this] {
        sendSummaryToReview();
        Q_EMIT scanFinished(m_path);
    });
    connect(m_anndata, &H5adSummaryView::readFailed, this, [this](const QString &message) {
        m_hasResult = false;
        m_views->setTabEnabled(1, false);
        Q_EMIT scanFailed(m_path, message);
    });
}

void ImportPage::sendSummaryToReview()
{
    m_hasResult = true;
    m_review->setAnnDataSource(m_path, m_anndata->summary());
    m_views->setTabEnabled(1, true);
}

QLayout *ImportPage::buildDialectControls()
{
    m_delimiter = new QComboBox(this);
    addChoice(m_delimiter, tr("Detect"), QVariant());
    addChoice(m_delimiter, tr("Comma ,"), QVariant(int(',')));
    addChoice(m_delimiter, tr("Tab"), QVariant(int('\t')));
    addChoice(m_delimiter, tr("Semicolon ;"), QVariant(int(';')));
    addChoice(m_delimiter, tr("Pipe |"), QVariant(int('|')));
    addChoice(m_delimiter, tr("Space"), QVariant(int(' ')));
    m_quote = new QComboBox(this);
    addChoice(m_quote, tr("Detect"), QVariant());
    addChoice(m_quote, tr("Double \""), QVariant(int('"')));
    addChoice(m_quote, tr("Single '"), QVariant(int('\'')));
    m_header = new QComboBox(this);
    addChoice(m_header, tr("Detect"), QVariant());
    addChoice(m_header, tr("First row is the header"), QVariant(true));
    addChoice(m_header, tr("No header row"), QVariant(false));
    m_encoding = new QComboBox(this);
    addChoice(m_encoding, tr("Detect"), QVariant());
    for (const QString &name : CsvDecoder::encodingNames())
        addChoice(m_encoding, name, name);
    // How the user asked new pages to start (Edit ▸ Preferences…); "Detect" otherwise.
    if (const int at = m_header->findData(
            preferences::headerRow() < 0 ? QVariant() : QVariant(preferences::headerRow() == 1));
        at > 0)
        m_header->setCurrentIndex(at);
    if (const int at = m_encoding->findData(preferences::encoding());
        at > 0 && !preferences::encoding().isEmpty())
        m_encoding->setCurrentIndex(at);
    // "Detect" becomes "Detect (found: …)" when the preview arrives, after the page was shown:
    // the boxes follow their texts, not only the first ones.
    for (QComboBox *box : {m_delimiter, m_quote, m_header, m_encoding})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_quote->setAccessibleName(tr("Quote character"));
    m_header->setAccessibleName(tr("Header row"));
    m_encoding->setAccessibleName(tr("Encoding"));

    auto *row = new QHBoxLayout;
    auto addLabelled = [this, row](const QString &text, QWidget *field) {
        // Each box is as wide as its text when there is room, and may get narrower than that
        // when there is not: the four German texts ("Automatisch (gefunden: Kopfzeile)", ...)
        // side by side would otherwise make the window wider than a 1280-pixel screen.
        field->setMinimumWidth(field->fontMetrics().averageCharWidth() * 12);
        if (row->count() > 0)
            row->addSpacing(12); // between the pairs, not after the last one
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    };
    addLabelled(tr("&Delimiter:"), m_delimiter);
    addLabelled(tr("&Quote:"), m_quote);
    addLabelled(tr("&Header:"), m_header);
    addLabelled(tr("&Encoding:"), m_encoding);
    row->addStretch(1);
    return row;
}

QWidget *ImportPage::buildTableViews()
{
    m_previewView = new QTableView(this);
    m_previewView->setModel(m_previewModel);
    m_previewView->setAccessibleName(tr("Preview of the first rows"));
    m_previewView->setWordWrap(false);
    m_previewView->horizontalHeader()->setDefaultSectionSize(110);

    m_columnsView = new QTableView(this);
    m_columnsView->setModel(m_columnsModel);
    m_columnsView->setAccessibleName(tr("Columns"));
    m_columnsView->setItemDelegateForColumn(
        CsvColumnsModel::Dtype, new DtypeDelegate(CsvColumnsModel::dtypeChoices(), this));
    m_columnsView->setEditTriggers(QAbstractItemView::DoubleClicked
                                   | QAbstractItemView::SelectedClicked
                                   | QAbstractItemView::EditKeyPressed);
    m_columnsView->verticalHeader()->setVisible(false);
    m_columnsView->horizontalHeader()->setStretchLastSection(true);
    // A 60,000-column file gives 60,000 rows here: size columns by a sample, not by every row.
    m_columnsView->horizontalHeader()->setResizeContentsPrecision(200);
    m_columnsView->setWordWrap(false);

    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("<b>Preview</b> — the first rows as read"), this));
    previewLayout->addWidget(m_previewView);
    auto *columnsBox = new QWidget(this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->addWidget(new QLabel(
        tr("<b>Columns</b> — over the whole file; double-click a dtype to change it"), this));
    columnsLayout->addWidget(m_columnsView);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(previewBox);
    splitter->addWidget(columnsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

QLayout *ImportPage::buildStatusRow()
{
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Scan progress"));
    m_cancel = new QPushButton(tr("&Cancel scan"), this);
    m_rescan = new QPushButton(tr("&Rescan"), this);
    m_malformed = new QPushButton(tr("&Malformed rows…"), this);
    m_malformed->setVisible(false);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Scan status"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_malformed);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_rescan);
    return bottom;
}

void ImportPage::showReview()
{
    m_views->setCurrentWidget(m_review);
}

void ImportPage::sendColumnsToReview()
{
    if (!m_hasResult)
        return;
    QStringList names;
    QStringList dtypes;
    for (int column = 0; column < m_inspection.columns.size(); ++column) {
        names.append(m_inspection.columns.at(column).name);
        dtypes.append(m_columnsModel->dtype(column));
    }
    m_review->setSource(m_path, options(), names, dtypes);
    m_views->setTabEnabled(1, true);
}

CsvOptions ImportPage::options() const
{
    CsvOptions options;
    if (m_anndata)
        return options;
    if (const QVariant value = m_delimiter->currentData(); value.isValid())
        options.delimiter = char(value.toInt());
    if (const QVariant value = m_quote->currentData(); value.isValid())
        options.quote = char(value.toInt());
    if (const QVariant value = m_header->currentData(); value.isValid())
        options.hasHeader = value.toBool();
    if (const QVariant value = m_encoding->currentData(); value.isValid())
        options.encoding = value.toString();
    return options;
}

bool ImportPage::isScanning() const
{
    if (m_anndata)
        return m_anndata->isReading();
    return !m_job.isNull();
}

void ImportPage::preview()
{
    const quint64 generation = ++m_previewGeneration;
    workerPool().start([link = m_previewLink, path = m_path, options = options(), generation] {
        yieldToTheWindow();
        Result<CsvPreviewData> data = CsvPreview(options).preview(path, PreviewRows);
        const QMutexLocker locker(&link->mutex);
        if (!link->page)
            return; // the page was closed
        QMetaObject::invokeMethod(
            link->page,
            [page = link->page, generation, data = std::move(data)] {
                page->showPreview(generation, data);
            },
            Qt::QueuedConnection);
    });
}

void ImportPage::showPreview(quint64 generation, const Result<CsvPreviewData> &data)
{
    if (generation != m_previewGeneration)
        return; // the dialect changed since: a newer preview is on its way
    if (!data) {
        m_previewModel->clear();
        if (!m_hasResult)
            m_columnsModel->clear();
        m_warnings->setText(data.error().message);
        m_warnings->setVisible(true);
        return;
    }
    m_previewModel->setPreview(*data);
    // The scan, started at the same time, may have been quicker: its columns say more.
    if (!m_hasResult) {
        QStringList names = data->columns;
        if (names.isEmpty() && !data->rows.isEmpty())
            for (int i = 0; i < m_previewModel->columnCount(); ++i)
                names.append(QString::number(i));
        m_columnsModel->setColumnNames(names);
    }
    showDialect();
    showWarnings();
}

void ImportPage::showWarnings()
{
    QStringList warnings = m_previewModel->preview().warnings;
    if (m_hasResult)
        for (const QString &warning : std::as_const(m_inspection.warnings))
            if (!warnings.contains(warning))
                warnings.append(warning);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

void ImportPage::showDialect()
{
    // "Detect" entries say what was found, so the user sees the sniffed dialect at a glance.
    const CsvDialect &dialect = m_previewModel->preview().dialect;
    m_updatingControls = true;
    const QString delimiterName = dialect.delimiter == '\t' ? tr("Tab")
        : dialect.delimiter == ' '                          ? tr("Space")
                                   : QString(QLatin1Char(dialect.delimiter));
    m_delimiter->setItemText(0, tr("Detect (found: %1)").arg(delimiterName));
    m_quote->setItemText(0, tr("Detect (found: %1)").arg(QLatin1Char(dialect.quote)));
    m_header->setItemText(
        0, dialect.hasHeader ? tr("Detect (found: header)") : tr("Detect (found: no header)"));
    m_encoding->setItemText(
        0,
        tr("Detect (found: %1%2)")
            .arg(dialect.encoding, dialect.gzip ? QStringLiteral(", gzip") : QString()));
    m_updatingControls = false;
}

void ImportPage::startScan()
{
    if (m_job) {
        m_queue->withdraw(m_job);
        delete m_job;
    }
    m_hasResult = false;
    m_malformed->setVisible(false);
    auto *job = new CsvInspectJob(m_path, options(), this);
    m_job = job;
    // The job is the context: when a job is replaced, what it had still queued dies with it.
    connect(job, &CsvInspectJob::progressChanged, job,
            [this](qint64 done, qint64 total) { onProgress(done, total); });
    connect(job, &CsvInspectJob::finished, job,
            [this](const CsvInspection &inspection) { onFinished(inspection); });
    connect(job, &CsvInspectJob::failed, job, [this](const CsvError &error) { onFailed(error); });
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setEnabled(true);
    m_rescan->setEnabled(false);
    m_queue->enqueue(job);
    setStatus(m_queue->isWaiting(job) ? tr("Waiting for the files before this one…")
                                      : tr("Scanning the whole file…"));
}

void ImportPage::rescan()
{
    if (m_anndata) {
        m_anndata->read();
        return;
    }
    preview();
    startScan();
}

void ImportPage::cancelScan()
{
    if (m_anndata) {
        m_anndata->cancelRead();
        return;
    }
    if (!m_job)
        return;
    if (m_queue->isWaiting(m_job)) {
        m_queue->withdraw(m_job);
        m_job->deleteLater();
        m_job = nullptr;
        m_progress->setVisible(false);
        m_cancel->setEnabled(false);
        m_rescan->setEnabled(true);
        setStatus(tr("Scan cancelled before it started. The preview shows the first rows only; "
                     "Rescan to read the whole file."));
        return;
    }
    m_cancel->setEnabled(false);
    m_job->cancel();
}

void ImportPage::onProgress(qint64 done, qint64 total)
{
    const QLocale locale;
    if (total > 0)
        m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    setStatus(tr("Scanning the whole file… %1 of %2")
                  .arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
}

void ImportPage::onFinished(const CsvInspection &inspection)
{
    m_job->deleteLater();
    m_job = nullptr;
    m_inspection = inspection;
    m_hasResult = true;
    m_columnsModel->setInspection(inspection);
    m_columnsView->resizeColumnsToContents();
    m_progress->setVisible(false);
    m_cancel->setEnabled(false);
    m_rescan->setEnabled(true);
    const QLocale locale;
    QString text = tr("%1 rows, %2 columns.")
                       .arg(locale.toString(inspection.rowCount),
                            locale.toString(inspection.columns.size()));
    if (inspection.malformedCount > 0)
        text += QLatin1Char(' ')
            + tr("%1 malformed rows were kept and counted; see which.")
                  .arg(locale.toString(inspection.malformedCount));
    setStatus(text, inspection.malformedCount > 0);
    m_malformed->setVisible(inspection.malformedCount > 0);
    showWarnings();
    sendColumnsToReview();
    Q_EMIT scanFinished(m_path);
}

void ImportPage::onFailed(const CsvError &error)
{
    m_job->deleteLater();
    m_job = nullptr;
    m_progress->setVisible(false);
    m_cancel->setEnabled(false);
    m_rescan->setEnabled(true);
    if (error.status == CsvStatus::Cancelled) {
        setStatus(tr("Scan cancelled. The preview shows the first rows only; Rescan to read the "
                     "whole file."));
        return;
    }
    setStatus(error.message(), true);
    Q_EMIT scanFailed(m_path, error.message());
}

void ImportPage::showMalformedRows()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Malformed rows in %1").arg(QFileInfo(m_path).fileName()));
    auto *text = new QPlainTextEdit(&dialog);
    text->setReadOnly(true);
    QStringList lines;
    for (const CsvMalformedRow &row : std::as_const(m_inspection.malformedRows))
        lines.append(tr("line %1: %2").arg(row.line).arg(row.reason));
    if (m_inspection.malformedCount > m_inspection.malformedRows.size())
        lines.append(tr("… and %1 more")
                         .arg(m_inspection.malformedCount - m_inspection.malformedRows.size()));
    text->setPlainText(lines.join(QLatin1Char('\n')));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("These rows have more or fewer cells than the header. They are "
                                    "kept: missing cells count as missing, extra cells are not "
                                    "read."),
                                 &dialog));
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(560, 400);
    dialog.exec();
}

void ImportPage::setStatus(const QString &text, bool problem)
{
    m_status->setText(problem ? QStringLiteral("⚠ ") + text : text);
    m_status->setToolTip(text);
}

} // namespace fd
