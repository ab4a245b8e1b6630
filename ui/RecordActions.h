#pragma once

#include "model/Records.h"
#include "model/Result.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>

class QWidget;

namespace fd {

class RegistrySession;
class RegistryWrites;

// What the window does to features and feature sets by hand: add a feature, make a set, delete
// sets. The dialogs are shown here; the writes run on a worker (RegistryWrites), and the outcome
// is said in the window's status bar or a message box.
class RecordActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordActions)

public:
    RecordActions(RegistrySession *session, QWidget *window);

    // The New feature dialog; a refused feature (a name taken, say) is explained and the dialog
    // comes back with what was typed.
    void addFeature(const NewFeature &typed = {});
    // The New feature set dialog (once the features to pick from are read on a worker), then the
    // set saved (or the stored set with those members named).
    void newFeatureSet();
    // Asks, then deletes the sets; those that artifacts use are kept, and said so.
    void deleteFeatureSets(const QStringList &setUids);

    bool isBusy() const;

Q_SIGNALS:
    void statusMessage(const QString &text);
    void featureSetSaved(const QString &setUid);
    void finished(); // after each write, whatever its outcome

private:
    void saveFeatureSet(const Result<QList<FeatureRecord>> &features);

    RegistrySession *m_session;
    QWidget *m_window;
    RegistryWrites *m_writes; // a child of the window
    bool m_reading = false; // the features for the New feature set dialog
    QThreadPool m_pool; // last: destroyed (waiting for a read) first
};

} // namespace fd
