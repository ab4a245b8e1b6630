#pragma once

#include <QSqlDatabase>

namespace fd {

// SQLite's foreign keys switched off on one connection for as long as this lives, and back on
// after, whatever happens (PRAGMA foreign_keys). For work whose references are valid by
// construction or checked once at its end (PRAGMA foreign_key_check), where SQLite's per-row
// look-ups would only repeat them or a statement needs them off (ALTER TABLE adding a column that
// references another table). SQLite ignores the pragma inside a transaction: make this before the
// transaction begins and let it end after the transaction has ended. Other connections keep their
// foreign keys. On another driver, or where the switch did not take (inside a transaction),
// active() is false and nothing changes.
class SqliteForeignKeysOff
{
public:
    explicit SqliteForeignKeysOff(const QSqlDatabase &db);
    ~SqliteForeignKeysOff();
    Q_DISABLE_COPY_MOVE(SqliteForeignKeysOff)

    // True while the foreign keys are off because of this.
    bool active() const { return m_active; }

    // Whether SQLite checks foreign keys on this connection now (false on another driver).
    static bool foreignKeysOn(const QSqlDatabase &db);

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace fd
