#include "model/db/Registry.h"

#include "model/db/ConnectionWatchdog.h"
#include "model/db/OpenRegistryFiles.h"
#include "model/db/QueryThreadCheck.h"
#include "model/db/Schema.h"
#include "model/db/SqlErrors.h"
#include "model/db/SqliteFileCheck.h"
#include "model/db/SqliteFileCreation.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace fd {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("featuredesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString osUserHandle()
{
    QString handle = qEnvironmentVariable("USER");
    if (handle.isEmpty())
        handle = qEnvironmentVariable("LOGNAME");
    if (handle.isEmpty())
        handle = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    if (handle.isEmpty()) {
        if (const passwd *entry = getpwuid(geteuid()))
            handle = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    if (handle.isEmpty())
        handle = QStringLiteral("unknown");
    return handle;
}

// Error messages always name the registry and say what the user can do.
Error withLocation(Error error, const RegistryLocation &location)
{
    const QString where = location.displayText();
    if (!error.message.contains(where))
        error.message = where + QStringLiteral(": ") + error.message;
    switch (error.code) {
    case Error::Code::Locked:
        error.message
            += QCoreApplication::translate("fd::Registry",
                                           " Another program is writing to this registry; close it "
                                           "or try again in a moment.");
        break;
    case Error::Code::Corrupt:
        error.message += QCoreApplication::translate(
            "fd::Registry", " The file is damaged; restore it from a backup.");
        break;
    case Error::Code::Unreachable:
        error.message
            += QCoreApplication::translate("fd::Registry",
                                           " Check that the server is running and reachable, and "
                                           "the host, port and user.");
        break;
    default:
        break;
    }
    return error;
}

} // namespace

Registry::Registry(RegistryLocation location, QString connectionName, OpenOptions options)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
    , m_options(std::move(options))
    , m_dialect(m_location.isPostgres() ? SqlDialect::Kind::Postgres : SqlDialect::Kind::Sqlite)
{
}

Registry::~Registry()
{
    unwatchConnection();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Registry>> Registry::open(const RegistryLocation &location)
{
    return open(location, OpenOptions {});
}

Result<std::unique_ptr<Registry>> Registry::open(const RegistryLocation &location,
                                                 const OpenOptions &options)
{
    if (Status created = SqliteFileCreation::createIfMissing(location, options); !created)
        return withLocation(created.error(), location);
    const QString name
        = options.connectionName.isEmpty() ? uniqueConnectionName() : options.connectionName;
    std::unique_ptr<Registry> registry(new Registry(location, name, options));
    if (Status opened = registry->openConnection(options); !opened)
        return withLocation(opened.error(), location);
    return registry;
}

Result<std::unique_ptr<Registry>> Registry::openAnother(const QString &connectionName) const
{
    OpenOptions options = m_options;
    options.createIfMissing = false;
    options.migrate = false;
    options.connectionName = connectionName;
    return open(m_location, options);
}

QSqlDatabase Registry::database() const
{
    if (!m_options.mayRunOnWatchedThread && QueryThreadCheck::onWatchedThread())
        QueryThreadCheck::note(m_connectionName + QStringLiteral(": a connection to ")
                               + m_location.displayText() + QStringLiteral(" used"));
    return QSqlDatabase::database(m_connectionName, false);
}

Status Registry::openConnection(const OpenOptions &options)
{
    Status opened = m_location.isSqlite() ? openSqlite(options) : openPostgres(options);
    if (!opened)
        return opened;
    if (Status schema = prepareSchema(options); !schema)
        return schema;
    // Only after the migration: a schema step over a large registry may take longer.
    if (Status limited = applyStatementTimeout(); !limited)
        return limited;
    watchConnection();
    return ensureUser();
}

int Registry::clientWatchdogMs() const
{
    if (!m_location.isPostgres() || m_options.clientWatchdogMs == 0)
        return 0;
    if (m_options.clientWatchdogMs > 0)
        return m_options.clientWatchdogMs;
    if (m_options.statementTimeoutMs <= 0)
        return 0; // work that asked for no limit
    return m_options.statementTimeoutMs + ClientWatchdogMarginMs;
}

void Registry::watchConnection()
{
    unwatchConnection();
    const int deadlineMs = clientWatchdogMs();
    if (deadlineMs > 0)
        m_watchdogTicket = ConnectionWatchdog::watch(
            QSqlDatabase::database(m_connectionName, false), deadlineMs);
}

void Registry::unwatchConnection()
{
    ConnectionWatchdog::unwatch(m_watchdogTicket);
    m_watchdogTicket = 0;
}

Status Registry::applyStatementTimeout()
{
    if (!m_location.isPostgres())
        return {}; // SQLite has no server to stop a statement; busyTimeoutMs bounds its waits
    // Set even when 0, so that a limit the server or role has by default does not cut work that
    // asked for none.
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SET statement_timeout = %1")
                        .arg(qMax(0, m_options.statementTimeoutMs))))
        return sqlError(
            query, QCoreApplication::translate("fd::Registry", "set the statement time limit"));
    return {};
}

Status Registry::openSqlite(const OpenOptions &options)
{
    const QString path = m_location.filePath();
    // The file's header is read only while no other connection of this process holds the file:
    // reading it then would release that connection's locks (see OpenRegistryFiles). A file that
    // a connection holds has been checked by the first one.
    SqliteFileCheck::State state = SqliteFileCheck::State::SqliteDatabase;
    Result<OpenRegistryFiles::Lease> lease = OpenRegistryFiles::acquire(path, [&]() -> Status {
        const Result<SqliteFileCheck::State> inspected = SqliteFileCheck::inspect(path);
        if (!inspected)
            return inspected.error();
        state = *inspected;
        return {};
    });
    if (!lease)
        return lease.error();
    m_fileLease = std::move(lease).value();

    if (state == SqliteFileCheck::State::Missing) {
        if (!options.createIfMissing)
            return Error::make(
                Error::Code::NotFound,
                QCoreApplication::translate("fd::Registry", "There is no registry here."),
                Error::Remedy::CreateRegistry);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return Error::make(
                Error::Code::Io,
                QCoreApplication::translate("fd::Registry",
                                            "Cannot create the folder %1; choose a folder you "
                                            "may write to.")
                    .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        if (!SqliteFileCheck::folderWritable(path))
            return Error::make(
                Error::Code::ReadOnly,
                QCoreApplication::translate("fd::Registry",
                                            "Cannot create a registry in the folder %1: it is "
                                            "read-only. Choose a folder you may write to.")
                    .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    } else if (state == SqliteFileCheck::State::Empty && !options.createIfMissing) {
        return Error::make(
            Error::Code::NotARegistry,
            QCoreApplication::translate("fd::Registry", "The file is empty, not a registry."),
            Error::Remedy::CreateRegistry);
    }

    const QString readOnlyReason = state == SqliteFileCheck::State::Missing
        ? QString()
        : SqliteFileCheck::readOnlyReason(path);
    if (!readOnlyReason.isEmpty()) {
        if (!options.allowReadOnly)
            return Error::make(Error::Code::ReadOnly,
                               QCoreApplication::translate(
                                   "fd::Registry",
                                   "%1 Ask its owner for write permission, or copy it to a "
                                   "folder of yours.")
                                   .arg(readOnlyReason));
        m_readOnly = true;
        m_readOnlyReason = readOnlyReason;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    if (m_readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    // A registry in WAL mode is read through its -shm file, which a read-only folder cannot get
    // when no other program has the registry open (the last one to close removes it). SQLite can
    // then read the file only as immutable: as it is now, without the changes of a program that
    // opens it for writing later (which a read-only folder makes unlikely, not impossible).
    if (m_readOnly && !SqliteFileCheck::folderWritable(path)
        && !QFileInfo::exists(path + QStringLiteral("-shm"))) {
        connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)
                           + QStringLiteral("?immutable=1"));
        m_readOnlyReason
            += QCoreApplication::translate("fd::Registry",
                                           " FeatureDesk shows the registry as it was when opened; "
                                           "open it again to see later changes.");
    }
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return sqlError(db.lastError(),
                        QCoreApplication::translate("fd::Registry", "open the registry"));
    QueryThreadCheck::traceSqlite(db, m_connectionName, &m_options.mayRunOnWatchedThread);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return sqlError(query, QCoreApplication::translate("fd::Registry", "turn on foreign keys"));
    // A 64 MiB page cache and memory-mapped reads: counting and paging a million artifacts then
    // reads memory, not the file, after the first time (SQLite's default cache is 2 MiB).
    for (const char *pragma : {"PRAGMA cache_size = -65536", "PRAGMA mmap_size = 268435456"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return sqlError(
                query, QCoreApplication::translate("fd::Registry", "set up the registry's cache"));
        query.finish();
    }
    return {};
}

QSqlDatabase Registry::addPostgresConnection(const QString &connectionName,
                                             const QString &databaseName) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(m_location.host());
    db.setPort(m_location.port());
    db.setUserName(m_location.user());
    db.setPassword(m_location.password());
    db.setDatabaseName(databaseName);
    // Keepalives and a user timeout: a server that vanishes (cable, VPN) is noticed within
    // seconds instead of a query hanging for the kernel's TCP timeout.
    QString connectOptions
        = QStringLiteral("connect_timeout=%1;application_name=FeatureDesk;keepalives=1;"
                         "keepalives_idle=5;keepalives_interval=2;keepalives_count=2")
              .arg(m_location.connectTimeoutSeconds());
    if (m_options.tcpUserTimeoutMs > 0)
        connectOptions += QStringLiteral(";tcp_user_timeout=%1").arg(m_options.tcpUserTimeoutMs);
    db.setConnectOptions(connectOptions);
    return db;
}

Status Registry::openPostgres(const OpenOptions &options)
{
    QSqlDatabase db = addPostgresConnection(m_connectionName, m_location.database());
    if (db.open())
        return {};
    const QSqlError failure = db.lastError();
    // SQLSTATE 3D000: the server is there, the database is not.
    const bool missingDatabase = failure.nativeErrorCode() == QLatin1StringView("3D000")
        || failure.text().contains(QLatin1StringView("does not exist"));
    if (!missingDatabase)
        return Error::make(Error::Code::Unreachable,
                           QCoreApplication::translate("fd::Registry", "Cannot connect: %1.")
                               .arg(failure.text().simplified()));
    if (!options.createIfMissing)
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate(
                               "fd::Registry", "The database does not exist on that server."),
                           Error::Remedy::SetUpDatabase);
    if (Status created = createPostgresDatabase(); !created)
        return created;
    if (!db.open())
        return Error::make(Error::Code::Unreachable,
                           QCoreApplication::translate("fd::Registry", "Cannot connect: %1.")
                               .arg(db.lastError().text().simplified()));
    return {};
}

Status Registry::createPostgresDatabase()
{
    const QString maintenance = m_connectionName + QStringLiteral("-maintenance");
    Status result;
    {
        QSqlDatabase admin = addPostgresConnection(maintenance, QStringLiteral("postgres"));
        if (!admin.open()) {
            result = Error::make(Error::Code::Unreachable,
                                 QCoreApplication::translate(
                                     "fd::Registry", "Cannot connect to create the database: %1.")
                                     .arg(admin.lastError().text().simplified()));
        } else {
            // The name goes in as a quoted identifier, so it cannot carry SQL.
            QString identifier = m_location.database();
            identifier.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            QSqlQuery create(admin);
            // 42P04: another workstation created it meanwhile, which is just as good.
            if (!create.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(identifier))
                && create.lastError().nativeErrorCode() != QLatin1StringView("42P04"))
                result = sqlError(
                    create, QCoreApplication::translate("fd::Registry", "create the database"));
        }
    }
    QSqlDatabase::removeDatabase(maintenance);
    return result;
}

Status Registry::prepareSchema(const OpenOptions &options)
{
    QSqlDatabase db = database();
    const Result<int> version = Schema::currentVersion(db);
    if (!version) {
        Error error = version.error();
        if (error.code == Error::Code::NotARegistry)
            error.message
                = QCoreApplication::translate("fd::Registry",
                                              "This database %1, so it is not a FeatureDesk "
                                              "registry. FeatureDesk has not changed it; open a "
                                              "registry or create a new one.")
                      .arg(error.message);
        return error;
    }
    if (*version > Schema::latestVersion())
        return Error::make(
            Error::Code::NewerSchema,
            QCoreApplication::translate(
                "fd::Registry",
                "The registry has schema version %1, made by a newer FeatureDesk; "
                "this FeatureDesk knows versions up to %2. Update FeatureDesk to open "
                "it. The registry has not been changed.")
                .arg(*version)
                .arg(Schema::latestVersion()));
    m_schemaVersion = *version;

    if (m_location.isSqlite() && !m_readOnly) {
        // Only now, once we know the file is ours and not too new, may we change its journal mode.
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
            return sqlError(
                query,
                QCoreApplication::translate("fd::Registry", "switch the registry to WAL mode"));
        query.finish();
        if (!query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
            return sqlError(
                query, QCoreApplication::translate("fd::Registry", "set the registry's sync mode"));
    }

    if (*version < Schema::latestVersion()) {
        if (m_readOnly)
            return Error::make(
                Error::Code::ReadOnly,
                QCoreApplication::translate("fd::Registry",
                                            "The registry has schema version %1 and needs an "
                                            "update to version %2, but it is read-only. Open it "
                                            "once with write permission.")
                    .arg(*version)
                    .arg(Schema::latestVersion()));
        if (!options.migrate && *version > 0)
            return Error::make(
                Error::Code::Invalid,
                QCoreApplication::translate("fd::Registry",
                                            "The registry has schema version %1; this "
                                            "FeatureDesk works on version %2.")
                    .arg(*version)
                    .arg(Schema::latestVersion()),
                Error::Remedy::UpdateSchema);
        if (*version == 0 && !options.createIfMissing)
            return Error::make(Error::Code::NotARegistry,
                               QCoreApplication::translate(
                                   "fd::Registry", "The database is empty, not a registry."),
                               Error::Remedy::SetUpDatabase);
        if (Status migrated
            = Schema::migrate(db, m_dialect, m_location.displayText(), -1, &m_migrationNotes);
            !migrated)
            return migrated;
        m_schemaVersion = Schema::latestVersion();
    }
    return {};
}

Status Registry::ensureUser()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (m_location.isPostgres()) {
        if (!query.exec(QStringLiteral("SELECT current_user")) || !query.next())
            return sqlError(query,
                            QCoreApplication::translate("fd::Registry", "find the database user"));
        m_userHandle = query.value(0).toString();
        query.finish();
        // The UI adapts to what this user may do: no INSERT on features means read-only.
        if (query.exec(QStringLiteral("SELECT has_table_privilege('fd_feature', 'INSERT')"))
            && query.next() && !query.value(0).toBool()) {
            m_readOnly = true;
            m_readOnlyReason
                = QCoreApplication::translate("fd::Registry",
                                              "The database user %1 may read this registry but "
                                              "not change it.")
                      .arg(m_userHandle);
        }
        query.finish();
    } else {
        m_userHandle = osUserHandle();
    }

    if (!m_readOnly) {
        if (!query.prepare(QStringLiteral(
                "INSERT INTO fd_user (handle) VALUES (?) ON CONFLICT (handle) DO NOTHING")))
            return sqlError(query, QCoreApplication::translate("fd::Registry", "record the user"));
        query.addBindValue(m_userHandle);
        if (!query.exec())
            return sqlError(query, QCoreApplication::translate("fd::Registry", "record the user"));
    }
    if (!query.prepare(QStringLiteral("SELECT id FROM fd_user WHERE handle = ?")))
        return sqlError(query, QCoreApplication::translate("fd::Registry", "look up the user"));
    query.addBindValue(m_userHandle);
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("fd::Registry", "look up the user"));
    m_userId = query.next() ? query.value(0).toLongLong() : -1;
    return {};
}

Status Registry::checkWritable() const
{
    if (!m_readOnly)
        return {};
    return Error::make(Error::Code::ReadOnly,
                       QCoreApplication::translate("fd::Registry", "%1: %2 Nothing was changed.")
                           .arg(m_location.displayText(), m_readOnlyReason));
}

Result<qint64> Registry::startRun(const QString &kind, const QString &description)
{
    if (Status writable = checkWritable(); !writable)
        return writable.error();
    QSqlQuery query(database());
    if (!query.prepare(QStringLiteral("INSERT INTO fd_run (kind, description, created_by) "
                                      "VALUES (?, ?, ?) RETURNING id")))
        return sqlError(query, QCoreApplication::translate("fd::Registry", "start a run"));
    query.addBindValue(kind);
    query.addBindValue(description);
    query.addBindValue(m_userId);
    if (!query.exec() || !query.next())
        return withLocation(
            sqlError(query, QCoreApplication::translate("fd::Registry", "start a run")),
            m_location);
    return query.value(0).toLongLong();
}

Status Registry::finishRun(qint64 runId)
{
    QSqlQuery query(database());
    if (!query.prepare(m_dialect.expand(
            QStringLiteral("UPDATE fd_run SET finished_at = ${NOW} WHERE id = ?"))))
        return sqlError(query, QCoreApplication::translate("fd::Registry", "finish the run"));
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("fd::Registry", "finish the run"));
    return {};
}

Status Registry::describeRun(qint64 runId, const QString &description)
{
    QSqlQuery query(database());
    if (!query.prepare(QStringLiteral("UPDATE fd_run SET description = ? WHERE id = ?")))
        return sqlError(query, QCoreApplication::translate("fd::Registry", "describe the run"));
    query.addBindValue(description);
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("fd::Registry", "describe the run"));
    return {};
}

Result<Registry::Counts> Registry::counts() const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM fd_feature), (SELECT COUNT(*) FROM fd_feature_set), "
            "(SELECT COUNT(*) FROM fd_artifact), (SELECT COUNT(*) FROM fd_gene), "
            "(SELECT COUNT(*) FROM fd_organism)"))
        || !query.next())
        return withLocation(
            sqlError(query, QCoreApplication::translate("fd::Registry", "count the records")),
            m_location);
    return Counts {query.value(0).toLongLong(), query.value(1).toLongLong(),
                   query.value(2).toLongLong(), query.value(3).toLongLong(),
                   query.value(4).toLongLong()};
}

void Registry::notifyChanged(RegistryTable table)
{
    Q_EMIT recordsChanged(table);
    if (!m_location.isPostgres())
        return; // SQLite: other connections see data_version change
    // Best effort: the write is committed; a lost notification only delays another
    // workstation's refresh until its next one.
    QSqlQuery query(database());
    if (query.prepare(QStringLiteral("SELECT pg_notify(?, ?)"))) {
        query.addBindValue(QString::fromLatin1(ChangeChannel));
        query.addBindValue(m_options.notifyAsThisProgram
                               ? registryTableKey(table) + QLatin1Char(' ') + processToken()
                               : registryTableKey(table));
        query.exec();
    }
}

QString Registry::processToken()
{
    static const QString token = QUuid::createUuid().toString(QUuid::Id128);
    return token;
}

bool Registry::ping() const
{
    QSqlDatabase db = database();
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

Status Registry::reconnect()
{
    QSqlDatabase db = database();
    unwatchConnection(); // the watchdog lets go of the socket before it closes
    db.close();
    if (!db.open())
        return Error::make(Error::Code::Unreachable,
                           QCoreApplication::translate("fd::Registry", "Cannot reach %1: %2")
                               .arg(m_location.displayText(), db.lastError().text().simplified()));
    if (m_location.isSqlite()) {
        QueryThreadCheck::traceSqlite(db, m_connectionName, &m_options.mayRunOnWatchedThread);
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    if (Status limited = applyStatementTimeout(); !limited)
        return withLocation(limited.error(), m_location);
    watchConnection();
    return {};
}

} // namespace fd
