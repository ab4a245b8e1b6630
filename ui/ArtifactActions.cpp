#include "ui/ArtifactActions.h"

#include "model/artifacts/ArtifactStore.h"
#include "model/comparison/ArtifactComparison.h"
#include "model/db/RegistryWorker.h"
#include "model/sets/FeatureSetStore.h"
#include "ui/AttachSetDialog.h"
#include "ui/ErrorPresenter.h"
#include "ui/RegistrySession.h"
#include "ui/RegistryWrites.h"

#include <QInputDialog>
#include <QMessageBox>

namespace fd {

ArtifactActions::ArtifactActions(RegistrySession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_writes(new RegistryWrites(session, window, tr("Artifacts")))
{
    m_pool.setMaxThreadCount(1);
}

ArtifactActions::~ArtifactActions()
{
    m_pool.waitForDone();
}

bool ArtifactActions::isBusy() const
{
    return m_writes->isBusy();
}

void ArtifactActions::write(const QString &label, std::function<Status(Registry &)> work,
                            std::function<void(const Status &)> done)
{
    m_writes->write(label, {RegistryTable::Artifacts, RegistryTable::FeatureSets}, std::move(work),
                    std::move(done));
}

void ArtifactActions::fail(const Error &error)
{
    Q_EMIT failed(error);
    if (error.code != Error::Code::Cancelled)
        ErrorPresenter::show(m_window, error);
}

void ArtifactActions::attachSet(const QStringList &artifactUids, const QString &setUid,
                                const QString &slot)
{
    write(
        tr("Attaching the set under “%1” to %n artifact(s)…", nullptr, int(artifactUids.size()))
            .arg(slot),
        [artifactUids, slot, setUid](Registry &registry) {
            return ArtifactStore(registry).attach(artifactUids, slot, setUid);
        },
        [this, artifactUids, setUid, slot](const Status &outcome) {
            onAttachOutcome(artifactUids, setUid, slot, false, outcome);
        });
}

void ArtifactActions::onAttachOutcome(const QStringList &artifactUids, const QString &setUid,
                                      const QString &slot, bool replaced, const Status &outcome)
{
    if (outcome) {
        Q_EMIT statusMessage(
            tr("Attached the set under “%1” to %n artifact(s).", nullptr, int(artifactUids.size()))
                .arg(slot));
        Q_EMIT attached(artifactUids, slot, setUid);
        return;
    }
    // The slot holds another set: replaced only when the user says so (Cancel needs no more box).
    if (replaced || outcome.error().code != Error::Code::Conflict) {
        fail(outcome.error());
        return;
    }
    if (QMessageBox::question(m_window, tr("Replace what the slot holds?"),
                              tr("%1\n\nReplace it with this set for every selected artifact?")
                                  .arg(outcome.error().message),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes) {
        fail(Error::make(Error::Code::Cancelled, tr("Nothing was attached.")));
        return;
    }
    write(
        tr("Replacing the set under “%1” for %n artifact(s)…", nullptr, int(artifactUids.size()))
            .arg(slot),
        [artifactUids, slot, setUid](Registry &registry) {
            return ArtifactStore(registry).attach(artifactUids, slot, setUid, true);
        },
        [this, artifactUids, setUid, slot](const Status &again) {
            onAttachOutcome(artifactUids, setUid, slot, true, again);
        });
}

void ArtifactActions::detachSlot(const QStringList &artifactUids, const QString &slot)
{
    write(
        tr("Detaching “%1” from %n artifact(s)…", nullptr, int(artifactUids.size())).arg(slot),
        [artifactUids, slot](Registry &registry) {
            return ArtifactStore(registry).detach(artifactUids, slot);
        },
        [this, artifactUids, slot](const Status &outcome) {
            if (!outcome) {
                fail(outcome.error());
                return;
            }
            Q_EMIT statusMessage(
                tr("Detached “%1” from %n artifact(s).", nullptr, int(artifactUids.size()))
                    .arg(slot));
            Q_EMIT detached(artifactUids, slot);
        });
}

void ArtifactActions::chooseAndAttachSet(const QStringList &artifactUids,
                                         const QString &preselected)
{
    Registry *registry = m_session->registry();
    if (!registry)
        return;
    if (artifactUids.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the artifacts to attach a set to first."));
        return;
    }
    // The sets to choose from, read off the window's thread too.
    runOnRegistry(
        m_pool, registry->location(), this,
        [](Registry &worker) { return FeatureSetStore(worker).list(); },
        [this, artifactUids, preselected](const Result<QList<FeatureSetRecord>> &sets) {
            if (!sets) {
                fail(sets.error());
                return;
            }
            AttachSetDialog dialog(*sets, int(artifactUids.size()), m_window);
            dialog.selectSet(preselected);
            if (dialog.exec() == QDialog::Accepted)
                attachSet(artifactUids, dialog.setUid(), dialog.slot());
        });
}

void ArtifactActions::chooseAndDetachSlot(const QStringList &artifactUids)
{
    if (!m_session->registry())
        return;
    if (artifactUids.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the artifacts to detach a slot from first."));
        return;
    }
    bool ok = false;
    const QString slot = QInputDialog::getItem(
        m_window, tr("Detach slot"),
        tr("Remove the set under which slot from %n artifact(s)? The sets themselves stay.",
           nullptr, int(artifactUids.size())),
        {QStringLiteral("columns"), QStringLiteral("var"), QStringLiteral("obs")}, 0, true, &ok);
    if (ok && !slot.isEmpty())
        detachSlot(artifactUids, slot);
}

void ArtifactActions::confirmAndDetach(const QString &artifactUid, const QString &slot)
{
    if (QMessageBox::question(m_window, tr("Detach slot"),
                              tr("Remove the set under “%1” from this artifact? The set itself "
                                 "stays.")
                                  .arg(slot))
        == QMessageBox::Yes)
        detachSlot({artifactUid}, slot);
}

void ArtifactActions::compare(const QList<ComparisonDialog::Candidate> &candidates,
                              ComparisonDialog::Subject subject)
{
    if (!m_session->registry())
        return;
    if (candidates.size() < 2) {
        Q_EMIT statusMessage(subject == ComparisonDialog::Subject::FeatureSets
                                 ? tr("Select two or more feature sets to compare.")
                                 : tr("Select two or more artifacts to compare."));
        return;
    }
    // The comparison asks the session each time: the registry may have been swapped meanwhile.
    RegistrySession *session = m_session;
    ComparisonDialog *dialog = nullptr;
    if (subject == ComparisonDialog::Subject::FeatureSets) {
        dialog = new ComparisonDialog(
            candidates,
            ComparisonDialog::CompareSets(
                [session](const QString &a, const QString &b) -> Result<SlotComparison> {
                    if (!session->registry())
                        return Error::make(Error::Code::NotFound, tr("No registry is open."));
                    return ArtifactComparison::compareSets(*session->registry(), a, b);
                }),
            m_window);
    } else {
        dialog = new ComparisonDialog(
            candidates,
            ComparisonDialog::CompareArtifacts(
                [session](const QString &a, const QString &b) -> Result<QList<SlotComparison>> {
                    if (!session->registry())
                        return Error::make(Error::Code::NotFound, tr("No registry is open."));
                    return ArtifactComparison::compare(*session->registry(), a, b);
                }),
            m_window);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace fd
