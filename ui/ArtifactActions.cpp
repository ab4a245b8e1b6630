#include "ui/ArtifactActions.h"

#include "model/ReleaseOnWorker.h"
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
#include <QPushButton>

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
        [this, artifactUids = artifactUids, setUid, slot](const Status &outcome) mutable {
            onAttachOutcome(artifactUids, setUid, slot, false, outcome);
            releaseOnWorker(artifactUids);
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
    // What the artifacts hold there and the set's name, read off the window's thread, so that
    // the question names files and sets rather than uids.
    const std::optional<RegistryLocation> location = m_session->location();
    if (!location) {
        fail(outcome.error());
        return;
    }
    struct Holders
    {
        ArtifactStore::SlotHolders artifacts;
        FeatureSetRecord set;
    };
    runOnRegistry(
        m_pool, *location, this,
        [artifactUids, setUid, slot](Registry &worker) -> Result<Holders> {
            Result<ArtifactStore::SlotHolders> holders
                = ArtifactStore(worker).slotHolders(artifactUids, slot, setUid);
            if (!holders)
                return holders.error();
            Result<FeatureSetRecord> set = FeatureSetStore(worker).findByUid(setUid);
            if (!set)
                return set.error();
            return Holders {*holders, *set};
        },
        [this, artifactUids, setUid, slot](const Result<Holders> &holders) {
            if (!holders) {
                fail(holders.error());
                return;
            }
            if (holders->artifacts.count == 0) {
                // Emptied meanwhile: attach as asked, without replacing anything.
                write(
                    tr("Attaching the set under “%1” to %n artifact(s)…", nullptr,
                       int(artifactUids.size()))
                        .arg(slot),
                    [artifactUids, slot, setUid](Registry &worker) {
                        return ArtifactStore(worker).attach(artifactUids, slot, setUid);
                    },
                    [this, artifactUids = artifactUids, setUid, slot](const Status &again) mutable {
                        onAttachOutcome(artifactUids, setUid, slot, true, again);
                        releaseOnWorker(artifactUids);
                    });
                return;
            }
            if (!askToReplace(holders->artifacts, holders->set, slot, int(artifactUids.size()))) {
                fail(Error::make(Error::Code::Cancelled, tr("Nothing was attached.")));
                return;
            }
            write(
                tr("Replacing the set under “%1” for %n artifact(s)…", nullptr,
                   int(artifactUids.size()))
                    .arg(slot),
                [artifactUids, slot, setUid](Registry &worker) {
                    return ArtifactStore(worker).attach(artifactUids, slot, setUid, true);
                },
                [this, artifactUids = artifactUids, setUid, slot](const Status &again) mutable {
                    onAttachOutcome(artifactUids, setUid, slot, true, again);
                    releaseOnWorker(artifactUids);
                });
        });
}

bool ArtifactActions::askToReplace(const ArtifactStore::SlotHolders &holders,
                                   const FeatureSetRecord &set, const QString &slot, int selected)
{
    const ArtifactStore::SlotHolder &first = holders.first.constFirst();
    QString question;
    if (holders.count == 1 && selected == 1) {
        question = tr("%1 already has the set “%2” under “%3”. Replace it with “%4”?")
                       .arg(first.artifactKey, first.setName, slot, set.name);
    } else {
        QStringList named;
        for (const ArtifactStore::SlotHolder &holder : holders.first)
            named.append(tr("%1 (“%2”)").arg(holder.artifactKey, holder.setName));
        if (holders.count > holders.first.size())
            named.append(tr("%n more", nullptr, int(holders.count - holders.first.size())));
        question = tr("%n of the selected artifacts already hold another set under “%1”: %2. "
                      "Replace what they hold with “%3”?",
                      nullptr, int(holders.count))
                       .arg(slot, named.join(QStringLiteral(", ")), set.name);
    }
    QMessageBox box(QMessageBox::Question, tr("Replace the set under “%1”?").arg(slot), question,
                    QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box.setInformativeText(
        holders.count == 1 && selected == 1
            ? tr("Replace: %1 holds “%2” under “%3” afterwards; “%4” stays in the registry.\n"
                 "Keep what is there: nothing is attached.")
                  .arg(first.artifactKey, set.name, slot, first.setName)
            : tr("Replace: every selected artifact holds “%1” under “%2” afterwards; the sets it "
                 "replaces stay in the registry.\nKeep what is there: nothing is attached to any "
                 "selected artifact.")
                  .arg(set.name, slot));
    QStringList details;
    for (const ArtifactStore::SlotHolder &holder : holders.first)
        details.append(
            tr("%1: artifact %2, holds %3 (%4)")
                .arg(holder.artifactKey, holder.artifactUid, holder.setName, holder.setUid));
    details.append(tr("New set: %1 (%2)").arg(set.name, set.uid));
    box.setDetailedText(details.join(QLatin1Char('\n')));
    box.button(QMessageBox::Yes)->setText(tr("&Replace"));
    box.button(QMessageBox::Cancel)->setText(tr("&Keep what is there"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void ArtifactActions::detachSlot(const QStringList &artifactUids, const QString &slot)
{
    write(
        tr("Detaching “%1” from %n artifact(s)…", nullptr, int(artifactUids.size())).arg(slot),
        [artifactUids, slot](Registry &registry) {
            return ArtifactStore(registry).detach(artifactUids, slot);
        },
        [this, artifactUids = artifactUids, slot](const Status &outcome) mutable {
            if (!outcome) {
                fail(outcome.error());
            } else {
                Q_EMIT statusMessage(
                    tr("Detached “%1” from %n artifact(s).", nullptr, int(artifactUids.size()))
                        .arg(slot));
                Q_EMIT detached(artifactUids, slot);
            }
            releaseOnWorker(artifactUids);
        });
}

void ArtifactActions::chooseAndAttachSet(const QStringList &artifactUids,
                                         const QString &preselected)
{
    const std::optional<RegistryLocation> location = m_session->location();
    if (!location)
        return;
    if (artifactUids.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the artifacts to attach a set to first."));
        return;
    }
    // The sets to choose from, read off the window's thread too.
    runOnRegistry(
        m_pool, *location, this, [](Registry &worker) { return FeatureSetStore(worker).list(); },
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
    if (!m_session->location())
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
    if (!m_session->location())
        return;
    if (candidates.size() < 2) {
        Q_EMIT statusMessage(subject == ComparisonDialog::Subject::FeatureSets
                                 ? tr("Select two or more feature sets to compare.")
                                 : tr("Select two or more artifacts to compare."));
        return;
    }
    // Compared on the dialog's worker, over the registry open when each comparison starts.
    auto location = [session = QPointer<RegistrySession>(m_session)] {
        return session ? session->location() : std::nullopt;
    };
    ComparisonDialog *dialog = nullptr;
    if (subject == ComparisonDialog::Subject::FeatureSets) {
        dialog
            = new ComparisonDialog(candidates, location,
                                   ComparisonDialog::CompareSets(
                                       [](Registry &registry, const QString &a, const QString &b) {
                                           return ArtifactComparison::compareSets(registry, a, b);
                                       }),
                                   m_window);
    } else {
        dialog
            = new ComparisonDialog(candidates, location,
                                   ComparisonDialog::CompareArtifacts(
                                       [](Registry &registry, const QString &a, const QString &b) {
                                           return ArtifactComparison::compare(registry, a, b);
                                       }),
                                   m_window);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace fd
