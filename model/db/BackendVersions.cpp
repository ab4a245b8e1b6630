#include "model/db/BackendVersions.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace fd {

Result<QString> BackendVersions::sqliteVersion()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("fd::BackendVersions",
                                        "Qt's SQLite driver (QSQLITE) is not installed."));
    static QAtomicInteger<quint64> counter;
    const QString name
        = QStringLiteral("featuredesk-sqlite-version-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<QString> result = Error::make(Error::Code::Database, QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            result = Error::make(
                Error::Code::Database,
                QCoreApplication::translate("fd::BackendVersions",
                                            "Cannot open an in-memory SQLite database: %1.")
                    .arg(db.lastError().text().simplified()));
        } else {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                result = query.value(0).toString();
            else
                result = Error::make(
                    Error::Code::Database,
                    QCoreApplication::translate("fd::BackendVersions",
                                                "Cannot ask SQLite for its version: %1.")
                        .arg(query.lastError().text().simplified()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool BackendVersions::postgresAvailable()
{
    return QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"));
}

} // namespace fd
