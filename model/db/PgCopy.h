#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace fd {

// PostgreSQL's bulk path, COPY … FROM STDIN, on the registry's own QPSQL connection and therefore
// inside its open transaction: rows are written in COPY's text format and sent in large chunks
// through libpq (QSqlDriver::handle() gives the connection; Qt's driver has no COPY of its own).
// A failed COPY is an Error classified as any other statement's (a unique rule, a lost
// connection...), and the transaction it ran in is then aborted, as PostgreSQL does.
class PgCopy
{
public:
    // statement: "COPY table (columns) FROM STDIN"; columns: how many values each row has.
    PgCopy(QSqlDatabase db, QString statement, int columns);

    // Appends one row; a null QString (QString()) is SQL NULL, an empty one is empty text.
    void addRow(const QStringList &values);
    qsizetype rowCount() const { return m_rows; }
    qsizetype bytes() const { return m_data.size(); }

    // Sends every row added since the last send as one COPY; doing names the action in errors.
    Status send(const QString &doing);

    // COPY's text format: backslash, tab, newline and carriage return escaped; \N for null.
    static void appendField(QByteArray &row, const QString &value);

    // An empty temporary table to COPY into: made once per connection (rows deleted at every
    // commit), emptied on later calls. columns: its column definitions, "value TEXT NOT NULL".
    // (Asked for with to_regclass rather than CREATE … IF NOT EXISTS, whose notice would reach the
    // user's terminal.)
    static Status emptyStagingTable(QSqlDatabase db, const QString &table, const QString &columns,
                                    const QString &doing);

private:
    QSqlDatabase m_db;
    QByteArray m_statement;
    int m_columns;
    QByteArray m_data;
    qsizetype m_rows = 0;
};

} // namespace fd
