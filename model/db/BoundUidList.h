#pragma once

#include "model/Result.h"
#include "model/db/PgTextArray.h"
#include "model/db/SqlDialect.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

class QSqlQuery;

namespace fd {

// Many uids as one table expression "j" with a text column "value", so that one statement handles
// a list of one uid or of a million (joined to the table that holds them), instead of a round trip
// or an IN list chunk per few hundred:
// - bound as one parameter: a JSON array through json_each() on SQLite, a text array through
//   unnest() on PostgreSQL (the constructor);
// - or, on PostgreSQL inside a transaction, copied into a temporary table with COPY and analysed,
//   so the server reads a million uids at COPY speed and plans the join on their real count
//   (stage()).
// bindTo() adds the parameter where the source's placeholder is (nothing for a staged list). The
// uids must be base62 (identity::isBase62): they are written into the JSON unescaped.
struct BoundUidList
{
    QString source; // the table expression; one ? placeholder unless staged
    QString bound; // the value for that placeholder
    bool staged = false;

    BoundUidList(const SqlDialect &dialect, const QStringList &uids);

    // PostgreSQL, with a transaction open and at least StageFrom uids: the staged list; otherwise
    // the bound one.
    static constexpr qsizetype StageFrom = 1000;
    static Result<BoundUidList> stage(QSqlDatabase db, const SqlDialect &dialect,
                                      const QStringList &uids, const QString &doing);

    void bindTo(QSqlQuery &query) const;

private:
    BoundUidList() = default;
};

// Many row ids as one table expression "j" with an integer column "value", bound as one parameter:
// a JSON array through json_each() on SQLite, a bigint array through unnest() on PostgreSQL. Rows
// come in the list's order, so a sorted list inserts into id-ordered indexes in order.
struct BoundIdList
{
    QString source; // the table expression, with one ? placeholder
    QString bound; // the value for it

    BoundIdList(const SqlDialect &dialect, const std::vector<qint64> &ids);
};

// Any text (folder paths, names) as one table expression "j" with a text column "value", bound as
// one parameter: an escaped JSON array through json_each() on SQLite, a text array through unnest()
// on PostgreSQL. Rows come in the list's order, one per element (repeats included); empty text is
// NULL on both.
struct BoundTextList
{
    QString source; // the table expression, with one ? placeholder
    QString bound; // the value for it

    BoundTextList(const SqlDialect &dialect, const QStringList &values);

    void bindTo(QSqlQuery &query) const;
};

// Two lists of text of the same length as one table expression "j" with the text columns "first"
// and "second", row i holding element i of each, in the lists' order: one JSON array of pairs
// through json_each() on SQLite (one placeholder), two text arrays side by side through unnest()
// on PostgreSQL (two placeholders). Empty text is NULL on both.
struct BoundTextPairs
{
    QString source; // the table expression
    QStringList boundValues; // the values for its placeholders, in order

    BoundTextPairs(const SqlDialect &dialect, const QStringList &first, const QStringList &second);

    void bindTo(QSqlQuery &query) const;
};

// The rows of a table whose column "uid" is one of a list of distinct base62 uids, joined by ':'
// as identity::SetMembers::joined holds them, bound as one parameter: the text that follows FROM,
// with the table as "m", to be followed by GROUP BY, HAVING or ORDER BY only. PostgreSQL splits
// the list once and tests each of the table's rows against it (a hashed = ANY); SQLite looks each
// uid of a JSON array up in the table's uid index (a uid listed twice would give its row twice).
struct BoundUidRows
{
    QString rows; // "<table> m ...", with one ? placeholder
    QString bound; // the value for it

    BoundUidRows(const SqlDialect &dialect, const QString &table, const QByteArray &joinedUids);

    void bindTo(QSqlQuery &query) const;
};

} // namespace fd
