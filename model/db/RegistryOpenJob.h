#pragma once

#include "model/db/Registry.h"

#include <QObject>
#include <QRunnable>

namespace fd {

// Opens (creates, checks, migrates) a registry on a pool thread, so that a slow server, a busy
// file or a long migration never blocks the window. The worker's connection is closed when it is
// done; the caller then opens its own connection on its thread, which is quick because the checks
// and the migration have been done.
class RegistryOpenJob final : public QObject, public QRunnable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryOpenJob)

public:
    RegistryOpenJob(QString locationText, Registry::OpenOptions options, QObject *parent = nullptr);

    void run() override;

    QString locationText() const { return m_locationText; }

Q_SIGNALS:
    // migrationNotes: what migrating the registry changed in its records (see
    // Registry::migrationNotes).
    void succeeded(const QString &locationText, const QStringList &migrationNotes);
    void failed(const QString &locationText, const fd::Error &error);

private:
    QString m_locationText;
    Registry::OpenOptions m_options;
};

} // namespace fd
