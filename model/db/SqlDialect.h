#pragma once

#include <QString>

namespace fd {

// The few places where SQLite and PostgreSQL spell things differently. Schema text is written once
// with ${PK}, ${TS}, ${NOW}, ${BIGINT} placeholders, and the dialect fills them in; queries may use
// ${ARTIFACTS_OF_SET(id)}, how many artifacts use the set with that id (an SQL expression): the
// count the link table's triggers keep, one row per set on SQLite, a few to sum on PostgreSQL
// (counting a million index entries takes 31-45 ms on SQLite, 70-150 ms there); ${BYTEWISE}, the
// collation of text compared byte by byte; ${FOLDER_OF(key)}, a key up to its last '/' ("" if none);
// ${UNINDEXED(column)}, the column as a term SQLite does not look up by index ("+column").
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind) : m_kind(kind) {}

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }

    QString expand(QString sql) const;

    // "INSERT ... ON CONFLICT DO NOTHING" is spelled alike in both (SQLite 3.24+), as is RETURNING
    // (SQLite 3.35+); Debian 12 ships SQLite 3.40.
    QString caseInsensitiveLike(const QString &column) const;

private:
    Kind m_kind;
};

} // namespace fd
