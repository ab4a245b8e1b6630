#pragma once

#include "model/db/Registry.h"

#include <QSqlQuery>

#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <initializer_list>
#include <memory>

namespace fd::test {

// Where ../shared/data is (FEATUREDESK_SHARED_DATA, set by CTest).
QString sharedData(const QString &relativePath);

// For initTestCase_data(): a "backend" column with a row per backend, "sqlite" and "postgresql".
// The PostgreSQL row needs FEATUREDESK_TEST_PG=postgresql://user@host:port (scripts/test.sh starts
// a server and sets it); without it the row is skipped, or fails when
// FEATUREDESK_TEST_PG_REQUIRED=1.
void addBackendRows();

// The one number a query such as SELECT COUNT(*) gives, or -1 (the query's error printed).
qint64 scalar(const QSqlDatabase &database, const QString &sql);

// A plain connection to the registry at location (either backend), outside Registry, for setting up
// a registry as an older FeatureDesk left it; name is the connection's (remove it afterwards).
QSqlDatabase rawDatabase(const RegistryLocation &location, const QString &name);

// rawDatabase, open and migrated to schema version (an older registry, for testing the steps
// after it), or why not.
Result<QSqlDatabase> rawDatabaseAt(const RegistryLocation &location, const QString &name,
                                   int version);

// The registry at location (a fresh one) as FeatureDesk of schema version `version` left it, with
// what fill wrote through a raw connection, then opened by Registry, which migrates it to the
// latest version; or why not (the fill's error included).
Result<std::unique_ptr<Registry>> openMigrated(const QString &location, int version,
                                               const std::function<Status(QSqlQuery &)> &fill);
// The same, the fill being SQL statements run in order.
Result<std::unique_ptr<Registry>> openMigrated(const QString &location, int version,
                                               std::initializer_list<const char *> statements);

// Fresh, empty registry locations: an SQLite file in a temporary folder, or a PostgreSQL database
// dropped and created again. One per test function; init() calls freshLocation().
class TestRegistries
{
public:
    TestRegistries();

    // Skips or fails the current test (via QSKIP/QFAIL in the caller) when the backend is missing:
    // check skipReason() first.
    QString skipReason(const QString &backend) const;
    QString freshLocation(const QString &backend, const QString &tag = QStringLiteral("main"));
    std::unique_ptr<Registry> openFresh(const QString &backend);

    QString tempPath(const QString &name) const { return m_dir.filePath(name); }

    // Runs SQL on a PostgreSQL server's maintenance database (CREATE/DROP DATABASE, roles).
    static bool pgAdmin(const QString &sql, QString *error = nullptr);
    static QString pgServer(); // postgresql://user@host:port, without a database

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
};

} // namespace fd::test

// QVERIFY for a Result/Status that prints the error's message when it fails.
#define FD_VERIFY_OK(expr)                                                                         \
    do {                                                                                           \
        const auto &fdResult_ = (expr);                                                            \
        QVERIFY2(fdResult_.ok(),                                                                   \
                 qPrintable(fdResult_.ok() ? QString() : fdResult_.error().message));              \
    } while (false)
