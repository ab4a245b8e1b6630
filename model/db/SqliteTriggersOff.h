#pragma once

#include <QSqlDatabase>

namespace fd {

// SQLite's triggers switched off on one connection for as long as this lives, and back on after,
// whatever happens (SQLITE_DBCONFIG_ENABLE_TRIGGER through QSqlDriver::handle(); SQL has no
// statement for it). For a bulk write whose trigger work the caller does itself, once, in the same
// transaction: the per-row triggers that keep each set's artifact count cost a third of a
// million-link attach. Other connections keep their triggers. On another driver, or where the
// switch did not take, active() is false and the triggers run as usual.
class SqliteTriggersOff
{
public:
    explicit SqliteTriggersOff(const QSqlDatabase &db);
    ~SqliteTriggersOff();
    Q_DISABLE_COPY_MOVE(SqliteTriggersOff)

    // True while the triggers are off: the caller must then do their work itself.
    bool active() const { return m_handle != nullptr; }

    // Whether triggers run on this connection now (false on another driver).
    static bool triggersOn(const QSqlDatabase &db);

private:
    void *m_handle = nullptr; // sqlite3*, kept opaque so that callers need no sqlite3.h
};

} // namespace fd
