#pragma once

#include "model/anndata/H5adSummary.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace fd {

class H5adColumnsModel;
class H5adSummaryJob;
struct Error;

// An AnnData .h5ad file as the import page shows it: its shape and X (dtype, dense or sparse) on
// one line, then obs (the cells) and var (the genes), each its index and a row per column with
// dtype, missing and distinct counts. The summary is read on a worker ("Reading…" meanwhile); a
// newer read or a cancel lets go of the one in flight, whose result is never shown. A file that
// cannot be read shows the reader's message and nothing else.
class H5adSummaryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(H5adSummaryView)

public:
    explicit H5adSummaryView(QString path, QWidget *parent = nullptr);
    ~H5adSummaryView() override;

    bool isReading() const { return !m_job.isNull(); }
    bool hasSummary() const { return m_hasSummary; }
    const H5adSummary &summary() const { return m_summary; }

    H5adColumnsModel *obsModel() const { return m_obsModel; }
    H5adColumnsModel *varModel() const { return m_varModel; }
    QLabel *shapeLabel() const { return m_shape; }
    QLabel *obsTitle() const { return m_obsTitle; }
    QLabel *varTitle() const { return m_varTitle; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *errorLabel() const { return m_error; }
    QTableView *obsView() const { return m_obsView; }
    QTableView *varView() const { return m_varView; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *rereadButton() const { return m_reread; }

    // The words of the header line, for the page and its tests.
    static QString shapeText(const H5adSummary &summary);

public Q_SLOTS:
    void read();
    void cancelRead();

Q_SIGNALS:
    void summaryRead(const fd::H5adSummary &summary);
    void readFailed(const QString &message);

private:
    QWidget *buildFrame(const QString &accessibleName, H5adColumnsModel *model, QLabel **title,
                        QTableView **view);
    void onFinished(const H5adSummary &summary);
    void onFailed(const Error &error);
    void showReading(bool reading);

    QString m_path;
    QPointer<H5adSummaryJob> m_job;
    H5adSummary m_summary;
    bool m_hasSummary = false;
    H5adColumnsModel *m_obsModel;
    H5adColumnsModel *m_varModel;

    QLabel *m_shape = nullptr;
    QWidget *m_tables = nullptr;
    QLabel *m_obsTitle = nullptr;
    QLabel *m_varTitle = nullptr;
    QTableView *m_obsView = nullptr;
    QTableView *m_varView = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_reread = nullptr;
};

} // namespace fd
