#include "model/db/SqliteTriggersOff.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace fd {

namespace {

// The driver's connection, if it is SQLite's and runs on the library linked here: a Qt built with
// its own copy of SQLite (not Debian's) would hand over a handle of another library, which this
// one must not touch. The versions tell them apart well enough to stay on the safe side.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    static const bool sameLibrary = [db] {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next()
            && query.value(0).toString() == QString::fromLatin1(sqlite3_libversion());
    }();
    return sameLibrary ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}

// Sets the switch (1 on, 0 off, -1 unchanged) and returns whether triggers run afterwards, or -1
// when the connection is not SQLite's or the call failed.
int enableTriggers(sqlite3 *handle, int on)
{
    int state = -1;
    if (!handle
        || sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, on, &state) != SQLITE_OK)
        return -1;
    return state;
}

} // namespace

SqliteTriggersOff::SqliteTriggersOff(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    // Statements prepared before are expired by the switch and prepared again by SQLite on their
    // next step, without the triggers.
    if (enableTriggers(handle, 0) == 0)
        m_handle = handle;
}

SqliteTriggersOff::~SqliteTriggersOff()
{
    if (m_handle)
        enableTriggers(static_cast<sqlite3 *>(m_handle), 1);
}

bool SqliteTriggersOff::triggersOn(const QSqlDatabase &db)
{
    return enableTriggers(sqliteHandle(db), -1) == 1;
}

} // namespace fd
