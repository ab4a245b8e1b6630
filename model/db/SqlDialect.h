#pragma once

#include <QString>

namespace fd {

// The few places where SQLite and PostgreSQL spell things differently (and, further down, what
// they do differently). Schema text is written once with ${PK}, ${TS}, ${NOW}, ${BIGINT}
// placeholders, and the dialect fills them in; queries may use
// ${ARTIFACTS_OF_SET(id)}, how many artifacts use the set with that id (an SQL expression): the
// count the link table's triggers keep, one row per set on SQLite, a few to sum on PostgreSQL
// (counting a million index entries takes 31-45 ms on SQLite, 70-150 ms there); ${BYTEWISE}, the
// collation of text compared byte by byte; ${FOLDER_OF(key)}, a key up to its last '/' ("" if
// none);
// ${UNINDEXED(column)}, the column as a term SQLite does not look up by index ("+column");
// ${GENE_IDS_OF_SET}, a query with one placeholder, a set's id, whose rows hold that gene set's
// gene ids joined by ',' (no row, or an empty or NULL one, for none), in no particular order.
// Lists bound as one parameter are spelled by BoundUidList and its siblings.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {
    }

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }

    QString expand(QString sql) const;

    // "INSERT ... ON CONFLICT DO NOTHING" is spelled alike in both (SQLite 3.24+), as is RETURNING
    // (SQLite 3.35+); Debian 12 ships SQLite 3.40.
    QString caseInsensitiveLike(const QString &column) const;
    // The column as a term the planner does not look up by index: ${UNINDEXED(column)} for an
    // expression that may hold parentheses itself.
    QString unindexed(const QString &column) const;
    // A query of the ids of the feature sets that hold one of the genes whose ids are the column
    // "value" of the table expression "j" in geneIds (a BoundIdList's source), each set once.
    QString setsWithGenes(const QString &geneIds) const;

    // Where the backends differ in what they do rather than in how it is spelled:
    // - writers of a server registry overlap (each workstation in its own transaction), so a write
    //   that must be alone takes a lock; an SQLite file has one writer at a time;
    bool writersOverlap() const { return isPostgres(); }
    // - rows for a table travel fastest by COPY FROM STDIN (PgCopy), a batch at a time;
    bool hasCopy() const { return isPostgres(); }
    // - the server plans from table statistics and answers from an index alone only where the
    //   visibility map says so, both of which autovacuum brings up to date later: a bulk write
    //   is followed by ANALYZE or VACUUM (ANALYZE);
    bool tendsTablesAfterBulkWrites() const { return isPostgres(); }
    // - roles and grants (an SQLite file has the file's permissions);
    bool hasRoles() const { return isPostgres(); }
    // - a gene set's genes are one sorted array (fd_feature_set_genes, schema step 11), not a row
    //   per gene (fd_feature_set_gene).
    bool setGenesAreArrays() const { return isPostgres(); }

private:
    Kind m_kind;
};

} // namespace fd
