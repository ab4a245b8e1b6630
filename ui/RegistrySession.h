#pragma once

#include "model/Result.h"
#include "model/db/RegistryLocation.h"
#include "model/db/RegistryOpenJob.h"
#include "model/db/RegistryTable.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>

namespace fd {

class RegistryWatchThread;

// The registry the window is working on: where it is and what opening it found out. The session
// holds no connection the window's thread could wait on: views, panes and writes each open theirs
// on a worker (runOnRegistry, the views' query threads), and a watcher on a thread of its own keeps
// the registry current and tells when the connection is lost or the server stops answering.
// Panels and dialogs hold a pointer to the session, so that opening another registry swaps it for
// all of them at once.
class RegistrySession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrySession)

public:
    // No answer from the watcher for this long: the server is said not to answer.
    static constexpr int SilentAfterMs = 2000;

    explicit RegistrySession(QObject *parent = nullptr);
    ~RegistrySession() override;

    // Where the open registry is; nullopt when none is open.
    std::optional<RegistryLocation> location() const;
    bool isOpen() const { return m_opened.has_value(); }
    bool isReadOnly() const;
    QString readOnlyReason() const;
    QString userHandle() const;
    int schemaVersion() const;

    // Opens (or, with create, makes) the registry at location; on failure the current one stays.
    // Waits while a worker checks and migrates: for tests and the command line.
    Status open(const QString &locationText, bool create);
    // The same without waiting: checks and migrates on a worker thread, then switches over.
    // Ends in registryChanged or openFailed.
    void openInBackground(const QString &locationText, bool create);
    bool isOpening() const { return m_opening; }
    // False while the connection to a shared registry is lost or its server does not answer.
    bool isConnected() const;
    // While not connected: try again now instead of at the next retry.
    void retryNow();
    // This window wrote to table (through a worker): its own views refresh.
    void announceChanged(RegistryTable table);
    void close();

Q_SIGNALS:
    void aboutToChangeRegistry();
    void registryChanged();
    void recordsChanged(fd::RegistryTable table);
    void openStarted(const QString &locationText);
    void openFailed(const QString &locationText, const fd::Error &error);
    // After registryChanged, when opening it migrated the registry and that changed records.
    void migrated(const QStringList &notes);
    // The connection is lost or the server has not answered for SilentAfterMs; message says so.
    void connectionLost(const QString &message);
    // The next attempt to reach the server is in ms milliseconds.
    void retryScheduled(int ms);
    void reconnected();

private:
    void switchTo(OpenedRegistry opened);
    void watch();
    void onAnswered();
    void checkSilence();
    void setConnected(bool connected, const QString &message = {});

    std::optional<OpenedRegistry> m_opened;
    RegistryWatchThread *m_watcher = nullptr;
    QThreadPool m_pool; // waits for a running open job before the session goes
    QTimer m_silence; // how long since the watcher last answered
    QElapsedTimer m_lastAnswer;
    bool m_opening = false;
    bool m_connected = true;
    bool m_watcherLost = false; // the watcher itself reported the connection lost
};

} // namespace fd
