#include "ui/ArtifactRegistrationController.h"

#include "model/artifacts/ArtifactRegistrationJob.h"
#include "model/db/Registry.h"
#include "ui/ErrorPresenter.h"
#include "ui/ProgressDialogs.h"
#include "ui/RegistrySession.h"
#include "ui/RegistryWrites.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>

namespace fd {

QString describeRegistration(const ArtifactRegistration::Outcome &outcome)
{
    const QLocale locale;
    QString text = ArtifactRegistrationController::tr("%n file(s) read: ", nullptr,
                                                      int(outcome.files.size()))
        + ArtifactRegistrationController::tr(
              "%1 registered, %2 known already (same content), %3 not registered.")
              .arg(locale.toString(outcome.created), locale.toString(outcome.recognised),
                   locale.toString(outcome.failed));
    if (!outcome.setUids.isEmpty() || outcome.attached > 0)
        text += QLatin1Char('\n')
            + ArtifactRegistrationController::tr(
                  "%1 files got their columns set: %2 distinct set(s), %3 of them new.")
                  .arg(locale.toString(outcome.attached), locale.toString(outcome.setUids.size()),
                       locale.toString(outcome.setsCreated));
    return text;
}

QString describeRegistrationDetails(const ArtifactRegistration::Outcome &outcome)
{
    QStringList lines;
    for (const ArtifactRegistration::FileOutcome &file : outcome.files) {
        QString line = file.key + QStringLiteral(": ");
        if (file.uid.isEmpty()) {
            line += file.error;
        } else {
            line += file.created
                ? ArtifactRegistrationController::tr("registered as %1").arg(file.uid)
                : ArtifactRegistrationController::tr("known as %1").arg(file.uid);
            if (file.attached)
                line += ArtifactRegistrationController::tr("; columns set %1 (%n feature(s))",
                                                           nullptr, file.members)
                            .arg(file.setUid);
            else if (!file.error.isEmpty())
                line += QStringLiteral("; ") + file.error;
            if (file.decisions > 0)
                line += (file.decisionsDraft ? ArtifactRegistrationController::tr(
                             "; curated by %n decision(s) saved from %1 (not applied yet)", nullptr,
                             file.decisions)
                                             : ArtifactRegistrationController::tr(
                                                 "; curated by %n decision(s) saved from %1",
                                                 nullptr, file.decisions))
                            .arg(file.decisionsFrom);
            if (!file.leftOutInWords.isEmpty())
                line += ArtifactRegistrationController::tr("; not in the set: %1")
                            .arg(file.leftOutInWords.join(QStringLiteral(", ")));
        }
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QString describeAnnDataRegistration(const ArtifactRegistration::FileOutcome &file)
{
    // A slot's left out may be thousands of var ids: the first few here, all in the review.
    constexpr qsizetype Shown = 10;
    const QString name = QFileInfo(file.path).fileName();
    QStringList lines;
    lines.append(file.created ? ArtifactRegistrationController::tr("Registered %1 as artifact %2.")
                                    .arg(name, file.uid)
                              : ArtifactRegistrationController::tr(
                                    "%1 was registered already, as artifact %2.")
                                    .arg(name, file.uid));
    for (const ArtifactRegistration::SlotOutcome &slot : file.anndataSlots) {
        const bool genes = slot.slot == QLatin1StringView("var");
        QString line;
        if (slot.attached)
            line = (genes ? ArtifactRegistrationController::tr("%1: set %2 of %n gene(s) attached.",
                                                               nullptr, slot.members)
                          : ArtifactRegistrationController::tr(
                              "%1: set %2 of %n feature(s) attached.", nullptr, slot.members))
                       .arg(slot.slot, slot.setUid);
        else
            line = ArtifactRegistrationController::tr("%1: no set. %2").arg(slot.slot, slot.note);
        if (!slot.leftOut.isEmpty()) {
            line += QLatin1Char(' ')
                + ArtifactRegistrationController::tr("Left out (%n): %1", nullptr,
                                                     int(slot.leftOut.size()))
                      .arg(slot.leftOut.mid(0, Shown).join(QStringLiteral("; ")));
            if (slot.leftOut.size() > Shown)
                line += QLatin1Char(' ')
                    + ArtifactRegistrationController::tr("… and %n more.", nullptr,
                                                         int(slot.leftOut.size() - Shown));
        }
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

ArtifactRegistrationController::ArtifactRegistrationController(RegistrySession *session,
                                                               QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    m_pool.setMaxThreadCount(1);
}

ArtifactRegistrationController::~ArtifactRegistrationController()
{
    if (m_job)
        m_job->cancel();
    m_pool.waitForDone();
    delete m_job;
}

void ArtifactRegistrationController::chooseFiles(bool inferColumns)
{
    const QStringList paths = QFileDialog::getOpenFileNames(m_window, tr("Register files"),
                                                            QString(), tr("All files (*)"));
    if (!paths.isEmpty())
        registerPaths(paths, inferColumns);
}

void ArtifactRegistrationController::chooseFolder(bool inferColumns)
{
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Register a folder"));
    if (!folder.isEmpty())
        registerPaths({folder}, inferColumns);
}

void ArtifactRegistrationController::registerPaths(const QStringList &paths, bool inferColumns)
{
    if (!m_session->location() || m_job)
        return;
    const Result<RegistryLocation> location = RegistryWrites::writableLocation(*m_session);
    if (!location) {
        ErrorPresenter::show(m_window, location.error());
        return;
    }
    QStringList skipped;
    const QList<ArtifactRegistration::Source> sources
        = ArtifactRegistration::sourcesOf(paths, &skipped);
    if (sources.isEmpty()) {
        ErrorPresenter::show(
            m_window,
            Error::make(Error::Code::NotFound,
                        tr("Nothing to register:\n%1").arg(skipped.join(QLatin1Char('\n')))));
        return;
    }
    ArtifactRegistration::Options options;
    options.inferColumns = inferColumns;
    auto *job = new ArtifactRegistrationJob(*location, sources, options);
    job->setAutoDelete(false);
    m_job = job;
    auto *progress
        = new QProgressDialog(tr("Reading and hashing %n file(s)…", nullptr, int(sources.size())),
                              tr("Cancel"), 0, int(sources.size()), m_window);
    progress->setWindowTitle(tr("Register artifacts"));
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setWindowModality(Qt::WindowModal);
    m_progress = progress;
    connect(progress, &QProgressDialog::canceled, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(job, &ArtifactRegistrationJob::progressed, progress,
            [progress](qint64 done, qint64) { progress->setValue(int(done)); });
    connect(job, &ArtifactRegistrationJob::finished, this,
            &ArtifactRegistrationController::onFinished);
    connect(job, &ArtifactRegistrationJob::failed, this, &ArtifactRegistrationController::onFailed);
    m_pool.start(job);
}

void ArtifactRegistrationController::done()
{
    closeProgress(m_progress);
    m_pool.waitForDone(); // the signal is run()'s last act; let it return before the job goes
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
}

void ArtifactRegistrationController::onFinished(const ArtifactRegistration::Outcome &outcome)
{
    done();
    // The job wrote through its own connection and told the other workstations; this window's
    // views are told here.
    m_session->announceChanged(RegistryTable::Artifacts);
    m_session->announceChanged(RegistryTable::FeatureSets);
    Q_EMIT registrationFinished(outcome);
    if (m_quiet)
        return;
    QMessageBox box(outcome.failed > 0 ? QMessageBox::Warning : QMessageBox::Information,
                    tr("Artifacts registered"), describeRegistration(outcome), QMessageBox::Ok,
                    m_window);
    box.setDetailedText(describeRegistrationDetails(outcome));
    box.exec();
}

void ArtifactRegistrationController::onFailed(const Error &error)
{
    done();
    Q_EMIT registrationFailed(error);
    if (m_quiet)
        return;
    if (error.code == Error::Code::Cancelled) {
        QMessageBox::information(m_window, tr("Registration cancelled"),
                                 tr("The registration was cancelled; nothing was registered."));
        return;
    }
    ErrorPresenter::show(m_window, error);
}

} // namespace fd
