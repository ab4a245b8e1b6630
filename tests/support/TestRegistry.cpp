#include "tests/support/TestRegistry.h"

#include "model/db/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

namespace fd::test {

QString sharedData(const QString &relativePath)
{
    QString root = qEnvironmentVariable("FEATUREDESK_SHARED_DATA");
    if (root.isEmpty())
        root = QStringLiteral(FEATUREDESK_SOURCE_DIR "/../shared/data");
    return QDir(root).filePath(relativePath);
}

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

QString TestRegistries::pgServer()
{
    return qEnvironmentVariable("FEATUREDESK_TEST_PG");
}

TestRegistries::TestRegistries() = default;

QString TestRegistries::skipReason(const QString &backend) const
{
    if (backend == QLatin1StringView("postgresql") && pgServer().isEmpty())
        return QStringLiteral("FEATUREDESK_TEST_PG is not set: no PostgreSQL server to test "
                              "against (scripts/test.sh starts one).");
    return {};
}

bool TestRegistries::pgAdmin(const QString &sql, QString *error)
{
    const QUrl url(pgServer());
    const QString name = QStringLiteral("fd-test-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(QStringLiteral("postgres"));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok && error)
                *error = query.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString TestRegistries::freshLocation(const QString &backend, const QString &tag)
{
    ++m_counter;
    const QString base = QCoreApplication::applicationName().toLower().remove(QLatin1Char('_'));
    if (backend == QLatin1StringView("sqlite"))
        return m_dir.filePath(QStringLiteral("%1-%2-%3.sqlite").arg(base, tag).arg(m_counter));
    const QString database
        = QStringLiteral("fd_%1_%2_%3").arg(base, tag).arg(QCoreApplication::applicationPid());
    QString error;
    if (!pgAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database), &error))
        qWarning("dropping %s: %s", qPrintable(database), qPrintable(error));
    if (!pgAdmin(QStringLiteral("CREATE DATABASE %1").arg(database), &error))
        qWarning("creating %s: %s", qPrintable(database), qPrintable(error));
    return pgServer() + QLatin1Char('/') + database;
}

std::unique_ptr<Registry> TestRegistries::openFresh(const QString &backend)
{
    const Result<RegistryLocation> location = RegistryLocation::parse(freshLocation(backend));
    if (!location) {
        qWarning("%s", qPrintable(location.error().message));
        return nullptr;
    }
    Registry::OpenOptions options;
    options.createIfMissing = true;
    Result<std::unique_ptr<Registry>> registry = Registry::open(*location, options);
    if (!registry) {
        qWarning("%s", qPrintable(registry.error().message));
        return nullptr;
    }
    return std::move(registry).value();
}

QSqlDatabase rawDatabase(const RegistryLocation &location, const QString &name)
{
    QSqlDatabase db = location.isSqlite()
        ? QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name)
        : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (location.isSqlite()) {
        db.setDatabaseName(location.filePath());
    } else {
        db.setHostName(location.host());
        db.setPort(location.port());
        db.setUserName(location.user());
        db.setDatabaseName(location.database());
    }
    db.open();
    return db;
}

Result<QSqlDatabase> rawDatabaseAt(const RegistryLocation &location, const QString &name,
                                   int version)
{
    QSqlDatabase db = rawDatabase(location, name);
    if (!db.isOpen())
        return Error::make(Error::Code::Unreachable, db.lastError().text());
    const SqlDialect dialect(location.isSqlite() ? SqlDialect::Kind::Sqlite
                                                 : SqlDialect::Kind::Postgres);
    if (Status migrated = Schema::migrate(db, dialect, name, version); !migrated)
        return migrated.error();
    return db;
}

Result<std::unique_ptr<Registry>> openMigrated(const QString &location, int version,
                                               const std::function<Status(QSqlQuery &)> &fill)
{
    const Result<RegistryLocation> parsed = RegistryLocation::parse(location);
    if (!parsed)
        return parsed.error();
    const QString name = QStringLiteral("version-%1").arg(version);
    {
        const Result<QSqlDatabase> db = rawDatabaseAt(*parsed, name, version);
        if (!db)
            return db.error();
        QSqlQuery query(*db);
        if (Status filled = fill(query); !filled)
            return filled.error();
    }
    QSqlDatabase::removeDatabase(name);
    return Registry::open(*parsed, Registry::OpenOptions());
}

Result<std::unique_ptr<Registry>> openMigrated(const QString &location, int version,
                                               std::initializer_list<const char *> statements)
{
    return openMigrated(location, version, [statements](QSqlQuery &query) -> Status {
        for (const char *sql : statements) {
            if (!query.exec(QString::fromLatin1(sql)))
                return Error::make(Error::Code::Database,
                                   QStringLiteral("%1: %2").arg(QString::fromLatin1(sql),
                                                                query.lastError().text()));
        }
        return {};
    });
}

qint64 scalar(const QSqlDatabase &database, const QString &sql)
{
    QSqlQuery query(database);
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace fd::test
