#pragma once

#include "model/db/Registry.h"
#include "model/db/RegistryLocation.h"
#include "model/db/RegistryTable.h"

#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace fd {

class RegistryWatcher;

// The registry the window is working on. Panels and dialogs hold a pointer to the session, never
// their own Registry, so that opening another registry swaps it for all of them at once.
class RegistrySession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrySession)

public:
    explicit RegistrySession(QObject *parent = nullptr);
    ~RegistrySession() override;

    Registry *registry() const { return m_registry.get(); }

    // What panels and dialogs may know of the open registry without a connection of their own:
    // where it is (for runOnRegistry) and what opening it found out. No SQL.
    std::optional<RegistryLocation> location() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;
    QString userHandle() const;
    int schemaVersion() const;
    // Tells this window's own views that records of table changed (after a worker's write, which
    // told the other workstations itself). No SQL.
    void announceChanged(RegistryTable table);

    // Opens (or, with create, makes) the registry at location; on failure the current one stays.
    // Blocks while it checks and migrates: for tests and the command line.
    Status open(const QString &locationText, bool create);
    // The same without blocking: checks and migrates on a worker thread, then switches over.
    // Ends in registryChanged or openFailed.
    void openInBackground(const QString &locationText, bool create);
    bool isOpening() const { return m_opening; }
    // False while the connection to a shared registry is lost (and being re-established).
    bool isConnected() const;
    RegistryWatcher *watcher() const { return m_watcher; }
    void close();

Q_SIGNALS:
    void aboutToChangeRegistry();
    void registryChanged(fd::Registry *registry);
    void recordsChanged(fd::RegistryTable table);
    void openStarted(const QString &locationText);
    void openFailed(const QString &locationText, const fd::Error &error);
    // After registryChanged, when opening it migrated the registry and that changed records.
    void migrated(const QStringList &notes);
    void connectionLost(const QString &message);
    void reconnected();

private:
    void watch();

    std::unique_ptr<Registry> m_registry;
    RegistryWatcher *m_watcher = nullptr;
    QThreadPool m_pool; // waits for a running open job before the session goes
    bool m_opening = false;
};

} // namespace fd
