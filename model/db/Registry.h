#pragma once

#include "model/Result.h"
#include "model/db/OpenRegistryFiles.h"
#include "model/db/RegistryLocation.h"
#include "model/db/RegistryTable.h"
#include "model/db/SqlDialect.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace fd {

// An open registry: one named QSqlDatabase connection to an SQLite file or a PostgreSQL database,
// checked, migrated to the current schema, with the current user on record. Each thread opens its
// own Registry (connections must not cross threads).
class Registry final : public QObject
{
    Q_OBJECT

public:
    struct OpenOptions
    {
        bool createIfMissing = false; // make the file (or PostgreSQL database) when it is not there
        bool allowReadOnly = true; // open a file we may not write for browsing only
        bool migrate = true; // bring an older schema up to date
        int busyTimeoutMs = 5000; // how long to wait for another writer
        // PostgreSQL only. How long data sent to the server may go unacknowledged before the
        // connection is given up as lost (libpq's tcp_user_timeout; keepalives cover a connection
        // that waits for an answer). 0: the system's, which is many minutes.
        int tcpUserTimeoutMs = 10000;
        // PostgreSQL only. The server stops a statement that runs longer (statement_timeout), so
        // that no query holds a connection for ever. 0: no limit, for long legitimate work that
        // asks for it (a gene import, a registration of many files, the command line). Not in
        // force while open() migrates the schema.
        int statementTimeoutMs = 120000;
        // PostgreSQL only. How long a statement may wait for its answer with nothing coming
        // back before this side gives the connection up as lost (ConnectionWatchdog): a link that
        // acknowledges but never answers meets neither limit above. -1: statementTimeoutMs plus
        // ClientWatchdogMarginMs, so that the server's limit speaks first when the server is
        // there, and none when statementTimeoutMs is 0. 0: none. Not in force while open()
        // migrates the schema.
        int clientWatchdogMs = -1;
        QString connectionName; // empty: a unique name is made up
        // A test's own connection, used on the thread QueryThreadCheck watches (the window's) to
        // set up and check records: not reported there.
        bool mayRunOnWatchedThread = false;
        // PostgreSQL only. notifyChanged() marks the change as this program's (processToken()),
        // and this program's RegistryWatcher passes it over: the window tells its own views of
        // its writes itself. false: as another program's (a test's other workstation).
        bool notifyAsThisProgram = true;
    };

    // What the client's watchdog gives the server beyond its statement timeout (by default).
    static constexpr int ClientWatchdogMarginMs = 5000;

    static Result<std::unique_ptr<Registry>> open(const RegistryLocation &location,
                                                  const OpenOptions &options);
    static Result<std::unique_ptr<Registry>> open(const RegistryLocation &location);
    ~Registry() override;
    Q_DISABLE_COPY_MOVE(Registry)

    // A second connection to the same registry, for another thread. Call it on the thread that
    // will use the connection.
    Result<std::unique_ptr<Registry>> openAnother(const QString &connectionName = {}) const;

    const RegistryLocation &location() const { return m_location; }
    QSqlDatabase database() const;
    const SqlDialect &dialect() const { return m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }
    // What the schema migration done by open() changed in the records, a sentence each ("12 gene
    // uids corrected to LaminDB's encoding ..."); empty when it changed none, or did not migrate.
    const QStringList &migrationNotes() const { return m_migrationNotes; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }

    qint64 userId() const { return m_userId; }
    QString userHandle() const { return m_userHandle; }

    // Every write goes through here first: an Error when this registry may not be written.
    Status checkWritable() const;

    // A run groups the records one import or curation session makes.
    Result<qint64> startRun(const QString &kind, const QString &description);
    Status finishRun(qint64 runId);
    Status describeRun(qint64 runId, const QString &description);

    // Counts of the main tables, for the status bar and `featuredesk-cli info`.
    struct Counts
    {
        qint64 features = 0;
        qint64 featureSets = 0;
        qint64 artifacts = 0;
        qint64 genes = 0;
        qint64 organisms = 0;
    };
    Result<Counts> counts() const;

    // Tell views that records of table changed. On PostgreSQL also every other workstation
    // connected to the registry (NOTIFY on ChangeChannel with the table's key, which
    // RegistryWatcher listens to): the payload is the table's key, then, after a space, this
    // program's token (OpenOptions::notifyAsThisProgram).
    void notifyChanged(RegistryTable table);
    static constexpr const char *ChangeChannel = "featuredesk_changed";
    // This program's (process's) mark on its notifications; the same in all its connections.
    static QString processToken();

    // Whether the connection still answers (a round trip); after a lost connection, reconnect()
    // opens it again on the same location and user.
    bool ping() const;
    Status reconnect();

Q_SIGNALS:
    void recordsChanged(fd::RegistryTable table);

private:
    Registry(RegistryLocation location, QString connectionName, OpenOptions options);
    Status openConnection(const OpenOptions &options);
    Status openSqlite(const OpenOptions &options);
    Status openPostgres(const OpenOptions &options);
    Status applyStatementTimeout();
    // The client's deadline (clientWatchdogMs resolved), 0 for none.
    int clientWatchdogMs() const;
    void watchConnection();
    void unwatchConnection();
    QSqlDatabase addPostgresConnection(const QString &connectionName,
                                       const QString &databaseName) const;
    Status createPostgresDatabase();
    Status prepareSchema(const OpenOptions &options);
    Status ensureUser();

    RegistryLocation m_location;
    QString m_connectionName;
    OpenOptions m_options;
    SqlDialect m_dialect;
    int m_schemaVersion = 0;
    QStringList m_migrationNotes;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    qint64 m_userId = -1;
    QString m_userHandle;
    quint64 m_watchdogTicket = 0; // ConnectionWatchdog's, 0 while not watched
    // Last, so that it is released after the connection is closed (SQLite file only).
    OpenRegistryFiles::Lease m_fileLease;
};

} // namespace fd
