#pragma once

#include "model/csv/CsvInspection.h"
#include "model/csv/CsvOptions.h"
#include "model/csv/CsvPreview.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLayout;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;

namespace fd {

class CsvColumnsModel;
class CsvInspectJob;
class CsvPreviewModel;
class H5adSummaryView;
class ImportQueue;
class RegistrySession;
class ReviewPanel;
struct CsvError;

// One file being imported: the dialect (sniffed, or the user's), a preview of the first rows (read
// on a worker, there within moments), and the full scan in the background with progress and cancel,
// after which every column shows its dtype, missing and distinct counts and examples. Changing the
// dialect previews and scans again; changing a dtype is kept as the user's choice. An AnnData .h5ad
// file (told by its name) shows its obs and var instead (H5adSummaryView), read on a worker; its
// review checks the obs column names as features or its var ids as genes, and registers the file
// with its var and obs sets.
class ImportPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPage)

public:
    // session: the registry the review validates against; without one the page only inspects.
    ImportPage(QString path, ImportQueue *queue, RegistrySession *session = nullptr,
               QWidget *parent = nullptr);
    ~ImportPage() override;

    QString path() const { return m_path; }
    CsvOptions options() const;
    bool isScanning() const;
    bool hasResult() const { return m_hasResult; }
    const CsvInspection &inspection() const { return m_inspection; }

    CsvPreviewModel *previewModel() const { return m_previewModel; }
    CsvColumnsModel *columnsModel() const { return m_columnsModel; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QComboBox *quoteBox() const { return m_quote; }
    QComboBox *headerBox() const { return m_header; }
    QComboBox *encodingBox() const { return m_encoding; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }
    ReviewPanel *review() const { return m_review; }
    QTabWidget *views() const { return m_views; }
    // An .h5ad file's obs and var; null for a delimited file (whose controls are null instead).
    H5adSummaryView *anndata() const { return m_anndata; }
    void showReview();

public Q_SLOTS:
    void rescan();
    void cancelScan();

Q_SIGNALS:
    void scanFinished(const QString &path);
    void scanFailed(const QString &path, const QString &message);

private:
    void buildFileLabel();
    void buildControls();
    void buildAnnDataControls();
    void sendSummaryToReview(); // an .h5ad's obs and var
    QLayout *buildDialectControls(); // delimiter, quote, header, encoding
    QWidget *buildTableViews(); // the preview and the columns, one above the other
    QLayout *buildStatusRow(); // scan status, malformed rows, progress, cancel, rescan
    void showDialect();
    // Reads the first rows on a worker (the GUI thread never waits for a file); showPreview takes
    // them unless a newer preview was asked for meanwhile.
    void preview();
    void showPreview(quint64 generation, const Result<CsvPreviewData> &data);
    void showWarnings(); // the preview's and, once scanned, the scan's
    void startScan();
    void onProgress(qint64 done, qint64 total);
    void onFinished(const fd::CsvInspection &inspection);
    void onFailed(const fd::CsvError &error);
    void showMalformedRows();
    void sendColumnsToReview();
    void setStatus(const QString &text, bool problem = false);

    QString m_path;
    // The window's queue, which a closing window may destroy before its pages (its children too).
    QPointer<ImportQueue> m_queue;
    struct PreviewLink; // what a preview's worker shares with the page, while the page lives
    std::shared_ptr<PreviewLink> m_previewLink;
    quint64 m_previewGeneration = 0;
    QPointer<CsvInspectJob> m_job;
    CsvPreviewModel *m_previewModel;
    CsvColumnsModel *m_columnsModel;
    CsvInspection m_inspection;
    bool m_hasResult = false;
    bool m_updatingControls = false;

    QLabel *m_fileLabel = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_quote = nullptr;
    QComboBox *m_header = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_warnings = nullptr;
    QTableView *m_previewView = nullptr;
    QTableView *m_columnsView = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_rescan = nullptr;
    QPushButton *m_malformed = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_views = nullptr;
    ReviewPanel *m_review = nullptr;
    H5adSummaryView *m_anndata = nullptr;
};

} // namespace fd
