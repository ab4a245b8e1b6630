#pragma once

#include "model/Result.h"
#include "model/artifacts/ArtifactStore.h"
#include "ui/ComparisonDialog.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>

class QWidget;

namespace fd {

class Registry;
class RegistrySession;
class RegistryWrites;

// What the window does to artifacts once they are registered: attach a feature set under a slot,
// detach a slot, compare artifacts or sets. Writes run on a worker over a connection of their own
// (an attach may link a million artifacts; a lab server may be far away), with a progress dialog
// when they take long; the window stays responsive and says the outcome in its status bar.
class ArtifactActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactActions)

public:
    ArtifactActions(RegistrySession *session, QWidget *window);
    ~ArtifactActions() override;

    // Attaches setUid to the artifacts under slot; when a slot holds another set, asks before
    // replacing it. Ends in attached() or failed() (Cancelled when the user kept what was there).
    void attachSet(const QStringList &artifactUids, const QString &setUid, const QString &slot);
    void detachSlot(const QStringList &artifactUids, const QString &slot);

    // The dialogs first: which set under which slot (preselected: the set to offer first), which
    // slot to detach, whether to detach one artifact's slot.
    void chooseAndAttachSet(const QStringList &artifactUids, const QString &preselected);
    void chooseAndDetachSlot(const QStringList &artifactUids);
    void confirmAndDetach(const QString &artifactUid, const QString &slot);

    // The Compare view for two or more artifacts, or feature sets.
    void compare(const QList<ComparisonDialog::Candidate> &candidates,
                 ComparisonDialog::Subject subject);

    bool isBusy() const;

Q_SIGNALS:
    void statusMessage(const QString &text);
    void attached(const QStringList &artifactUids, const QString &slot, const QString &setUid);
    void detached(const QStringList &artifactUids, const QString &slot);
    void failed(const fd::Error &error);

private:
    void write(const QString &label, std::function<Status(Registry &)> work,
               std::function<void(const Status &)> done);
    void onAttachOutcome(const QStringList &artifactUids, const QString &setUid,
                         const QString &slot, bool replaced, const Status &outcome);
    void fail(const Error &error);
    // Whether to replace what the artifacts hold under slot with set (selected: how many
    // artifacts the attach names).
    bool askToReplace(const ArtifactStore::SlotHolders &holders, const FeatureSetRecord &set,
                      const QString &slot, int selected);

    RegistrySession *m_session;
    QWidget *m_window;
    RegistryWrites *m_writes; // a child of the window
    QThreadPool m_pool; // reads (the sets to choose from); last: destroyed first
};

} // namespace fd
