#include "model/db/SqliteForeignKeysOff.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

namespace fd {

namespace {

bool isSqlite(const QSqlDatabase &db)
{
    return db.isOpen() && db.driver() && db.driver()->dbmsType() == QSqlDriver::SQLite;
}

// 1 when SQLite checks foreign keys on the connection, 0 when not, -1 on another driver or when
// the pragma could not be read.
int foreignKeysState(const QSqlDatabase &db)
{
    if (!isSqlite(db))
        return -1;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

SqliteForeignKeysOff::SqliteForeignKeysOff(const QSqlDatabase &db)
    : m_db(db)
{
    if (!isSqlite(m_db) || !QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return;
    // Inside a transaction the pragma succeeds and changes nothing.
    m_active = foreignKeysState(m_db) == 0;
}

SqliteForeignKeysOff::~SqliteForeignKeysOff()
{
    if (m_active)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

bool SqliteForeignKeysOff::foreignKeysOn(const QSqlDatabase &db)
{
    return foreignKeysState(db) == 1;
}

} // namespace fd
