#pragma once

#include "model/db/SqlDialect.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace fd {

// The filter a user types above a registry view: every word must occur, ignoring case, in at least
// one of the record's filterable columns. The same rule runs in memory (matches) and in SQL
// (where), so a million-row table is filtered by the database and a small list by the proxy.
class RecordFilter
{
public:
    RecordFilter() = default;
    explicit RecordFilter(const QString &text);

    QString text() const { return m_text; }
    bool isEmpty() const { return m_words.isEmpty(); }
    const QStringList &words() const { return m_words; }

    bool matches(const QStringList &cells) const;

    struct SqlWhere
    {
        QString clause; // without "WHERE"; empty when everything matches
        QVariantList values; // bound in order
    };
    SqlWhere where(const QStringList &columnExpressions, const SqlDialect &dialect) const;

    // A column as SQL tests it: expression LIKE the word's pattern; or, when given, condition, in
    // which each %1 stands for "LIKE ?" bound to that pattern: a test of the base table's own
    // columns, so that a million rows are tested before any join. With conditionWithoutSlashOnly,
    // condition holds for words without '/' only (an artifact's key is its folder, which ends in
    // '/', and a name: only such a word can span the two); words with one test expression.
    struct Column
    {
        QString expression;
        QString condition = {};
        bool conditionWithoutSlashOnly = false;
    };
    SqlWhere where(const QList<Column> &columns, const SqlDialect &dialect) const;

    // Escapes % _ and \ for a LIKE pattern with ESCAPE '\'.
    static QString escapeLike(const QString &text);

    friend bool operator==(const RecordFilter &a, const RecordFilter &b)
    {
        return a.m_words == b.m_words;
    }

private:
    QString m_text;
    QStringList m_words;
};

} // namespace fd
