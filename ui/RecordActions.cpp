#include "ui/RecordActions.h"

#include "model/db/RegistryWorker.h"
#include "model/features/FeatureStore.h"
#include "model/sets/FeatureSetStore.h"
#include "ui/ErrorPresenter.h"
#include "ui/NewFeatureDialog.h"
#include "ui/NewFeatureSetDialog.h"
#include "ui/RegistrySession.h"
#include "ui/RegistryWrites.h"
#include "ui/SaveFeatureSetDialog.h"

#include <QMessageBox>

namespace fd {

namespace {

// What deleting several sets did: each set is its own transaction, and a set that artifacts use
// is refused without stopping the others.
struct Deleted
{
    int removed = 0;
    QList<Error> refused;
};

} // namespace

RecordActions::RecordActions(RegistrySession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_writes(new RegistryWrites(session, window, tr("Registry")))
{
}

bool RecordActions::isBusy() const
{
    return m_reading || m_writes->isBusy();
}

void RecordActions::addFeature(const NewFeature &typed)
{
    if (!m_session->location())
        return;
    NewFeatureDialog dialog(m_window);
    if (!typed.name.isEmpty())
        dialog.setFeature(typed);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const NewFeature feature = dialog.feature();
    m_writes->write(
        tr("Adding the feature “%1”…").arg(feature.name), {RegistryTable::Features},
        [feature](Registry &registry) { return FeatureStore(registry).add(feature); },
        [this, feature](const Result<FeatureRecord> &added) {
            Q_EMIT finished();
            if (added) {
                Q_EMIT statusMessage(tr("Added feature %1").arg(added->name));
                return;
            }
            ErrorPresenter::show(m_window, added.error());
            addFeature(feature);
        });
}

void RecordActions::newFeatureSet()
{
    const std::optional<RegistryLocation> location = m_session->location();
    if (!location || m_reading)
        return;
    m_reading = true;
    runOnRegistry(
        m_pool, *location, this, [](Registry &worker) { return FeatureStore(worker).list(); },
        [this](const Result<QList<FeatureRecord>> &features) {
            m_reading = false;
            saveFeatureSet(features);
        });
}

void RecordActions::saveFeatureSet(const Result<QList<FeatureRecord>> &features)
{
    NewFeatureSetDialog dialog(features, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const NewFeatureSet set = dialog.featureSet();
    m_writes->write(
        tr("Saving the feature set “%1”…").arg(set.name), {RegistryTable::FeatureSets},
        [set](Registry &worker) { return FeatureSetStore(worker).create(set); },
        [this](const Result<FeatureSetStore::Created> &created) {
            Q_EMIT finished();
            if (!created) {
                ErrorPresenter::show(m_window, created.error());
                return;
            }
            Q_EMIT featureSetSaved(created->set.uid);
            Q_EMIT statusMessage(SaveFeatureSetDialog::outcomeText(*created));
            if (created->created)
                return;
            QMessageBox::information(
                m_window, tr("Feature set exists"),
                tr("A feature set with exactly these members is stored already: \"%1\" (uid %2, "
                   "hash %3). FeatureDesk keeps each panel once, so that set is used instead of a "
                   "new one.")
                    .arg(created->set.name, created->set.uid, created->set.hash));
        });
}

void RecordActions::deleteFeatureSets(const QStringList &setUids)
{
    if (!m_session->location())
        return;
    if (setUids.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the feature sets to delete first."));
        return;
    }
    if (QMessageBox::question(m_window, tr("Delete feature sets"),
                              tr("Delete %n feature set(s)? Sets that artifacts use are kept.",
                                 nullptr, int(setUids.size())))
        != QMessageBox::Yes)
        return;
    m_writes->write(
        tr("Deleting %n feature set(s)…", nullptr, int(setUids.size())),
        {RegistryTable::FeatureSets},
        [setUids](Registry &registry) -> Result<Deleted> {
            FeatureSetStore store(registry);
            Deleted deleted;
            for (const QString &uid : setUids) {
                if (Status removed = store.remove(uid); removed)
                    ++deleted.removed;
                else
                    deleted.refused.append(removed.error());
            }
            return deleted;
        },
        [this](const Result<Deleted> &deleted) {
            Q_EMIT finished();
            if (!deleted) {
                ErrorPresenter::show(m_window, deleted.error());
                return;
            }
            Q_EMIT statusMessage(tr("Deleted %n feature set(s).", nullptr, deleted->removed));
            for (const Error &error : deleted->refused)
                ErrorPresenter::show(m_window, error);
        });
}

} // namespace fd
