#pragma once

#include "model/artifacts/ArtifactRegistration.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

class QProgressDialog;
class QWidget;

namespace fd {

class ArtifactRegistrationJob;
class RegistrySession;

// Registering files and folders from the window: runs ArtifactRegistrationJob in the background
// with a progress dialog and Cancel, then says what happened (new, known, failed; the columns sets
// found and the columns that are not features), per file in the details.
class ArtifactRegistrationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactRegistrationController)

public:
    ArtifactRegistrationController(RegistrySession *session, QWidget *window);
    ~ArtifactRegistrationController() override;

    // Files keyed by name, folders by the path inside them. inferColumns: attach each delimited
    // file's columns set. quiet: no report box at the end (tests); the signals say it all.
    void registerPaths(const QStringList &paths, bool inferColumns);
    void chooseFiles(bool inferColumns);
    void chooseFolder(bool inferColumns);
    bool isRunning() const { return !m_job.isNull(); }
    void setQuiet(bool quiet) { m_quiet = quiet; }

Q_SIGNALS:
    void registrationFinished(const fd::ArtifactRegistration::Outcome &outcome);
    void registrationFailed(const fd::Error &error);

private:
    void onFinished(const ArtifactRegistration::Outcome &outcome);
    void onFailed(const Error &error);
    void done();

    RegistrySession *m_session;
    QWidget *m_window;
    QThreadPool m_pool;
    QPointer<ArtifactRegistrationJob> m_job;
    QPointer<QProgressDialog> m_progress;
    bool m_quiet = false;
};

// The words for a finished registration: the summary, and a line per file for the details.
QString describeRegistration(const ArtifactRegistration::Outcome &outcome);
QString describeRegistrationDetails(const ArtifactRegistration::Outcome &outcome);
// An AnnData file registered with its sets: the artifact, then per slot (var, obs) the set attached
// and its members, or why there is none, and what was left out (the first few of each slot).
QString describeAnnDataRegistration(const ArtifactRegistration::FileOutcome &file);

} // namespace fd
