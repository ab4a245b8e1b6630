#pragma once

#include "model/Result.h"
#include "model/anndata/H5adSummary.h"

#include <QObject>

#include <memory>

class QThreadPool;

namespace fd {

// Reads an .h5ad file's summary (H5adReader::summary) on a thread pool thread and hands it back
// by signal, queued to the thread the job lives in. The reader cannot be stopped half-way, so
// cancelling is letting go: deleting the job never waits for the read, whose result is then
// dropped, and a newer job's result is the only one its owner sees.
class H5adSummaryJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(H5adSummaryJob)

public:
    explicit H5adSummaryJob(QString path, QObject *parent = nullptr);
    ~H5adSummaryJob() override;

    const QString &path() const { return m_path; }
    // Starts the read on pool (the global one by default); once only.
    void start(QThreadPool *pool = nullptr);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const fd::H5adSummary &summary);
    void failed(const fd::Error &error);

private:
    struct Link; // what the pool thread shares with the job: the job, while it lives
    void deliver(const Result<H5adSummary> &result);

    QString m_path;
    std::shared_ptr<Link> m_link;
    bool m_running = false;
};

} // namespace fd
