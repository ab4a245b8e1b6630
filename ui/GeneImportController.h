#pragma once

#include "model/Result.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace fd {

class GeneImportJob;
class RegistrySession;
struct GeneImportReport;

// Registry ▸ Import genes…: picks the file, asks for the organism when the file does not say,
// runs the import in the background with a progress dialog and Cancel, and reports what it did.
class GeneImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneImportController)

public:
    GeneImportController(RegistrySession *session, QWidget *window);
    ~GeneImportController() override;

    void chooseAndImport();
    // organism: empty to take it from the file (asks when the file does not say).
    void importFile(const QString &path, const QString &organism = {});
    bool isRunning() const { return !m_job.isNull(); }

Q_SIGNALS:
    void importFinished(const fd::GeneImportReport &report);
    void importFailed(const fd::Error &error);

private:
    QString askOrganism(const QString &path, const QString &why) const;
    void onFinished(const GeneImportReport &report);
    void onFailed(const Error &error);

    RegistrySession *m_session;
    QWidget *m_window;
    QPointer<GeneImportJob> m_job;
    QPointer<QProgressDialog> m_progress;
};

// The words for a finished import, for the report box and tests.
QString describeGeneImport(const GeneImportReport &report);
// The genes that share an id or symbol with another one, a line each, for the box's details.
QString listGeneCollisions(const GeneImportReport &report);

} // namespace fd
