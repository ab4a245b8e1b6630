#pragma once

#include "model/db/Registry.h"

#include <QObject>
#include <QRunnable>

namespace fd {

// What opening a registry found out, for a window that keeps no connection of its own: its views,
// panes and writes each open theirs on a worker.
struct OpenedRegistry
{
    RegistryLocation location;
    int schemaVersion = 0;
    bool readOnly = false;
    QString readOnlyReason;
    QString userHandle;
    // What migrating the registry changed in its records (see Registry::migrationNotes).
    QStringList migrationNotes;
};

// Opens (creates, checks, migrates) a registry on a pool thread, so that a slow server, a busy
// file or a long migration never blocks the window, and closes it again.
class RegistryOpenJob final : public QObject, public QRunnable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryOpenJob)

public:
    RegistryOpenJob(QString locationText, Registry::OpenOptions options, QObject *parent = nullptr);

    void run() override;

    QString locationText() const { return m_locationText; }

    // The job's work on the calling thread (which must not be the window's).
    static Result<OpenedRegistry> openAndClose(const QString &locationText,
                                               const Registry::OpenOptions &options);

Q_SIGNALS:
    void succeeded(const QString &locationText, const fd::OpenedRegistry &opened);
    void failed(const QString &locationText, const fd::Error &error);

private:
    QString m_locationText;
    Registry::OpenOptions m_options;
};

} // namespace fd

Q_DECLARE_METATYPE(fd::OpenedRegistry)
