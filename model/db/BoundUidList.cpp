#include "model/db/BoundUidList.h"

#include "model/db/PgCopy.h"
#include "model/db/SqlErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlQuery>

namespace fd {

BoundUidList::BoundUidList(const SqlDialect &dialect, const QStringList &uids)
{
    if (dialect.isPostgres()) {
        source = QStringLiteral("unnest(CAST(? AS TEXT[])) AS j(value)");
        bound = PgTextArray::of(uids);
        return;
    }
    source = QStringLiteral("json_each(?) AS j");
    bound.reserve(uids.size() * 23 + 2);
    bound += QLatin1Char('[');
    for (qsizetype i = 0; i < uids.size(); ++i) {
        if (i > 0)
            bound += QLatin1Char(',');
        bound += QLatin1Char('"') + uids.at(i) + QLatin1Char('"');
    }
    bound += QLatin1Char(']');
}

Result<BoundUidList> BoundUidList::stage(QSqlDatabase db, const SqlDialect &dialect,
                                         const QStringList &uids, const QString &doing)
{
    if (!dialect.hasCopy() || uids.size() < StageFrom)
        return BoundUidList(dialect, uids);
    // One table per connection, emptied at every commit (and by a rollback of what it received),
    // so a list never outlives the transaction that staged it.
    if (Status emptied = PgCopy::emptyStagingTable(db, QStringLiteral("fd_staged_uids"),
                                                   QStringLiteral("value TEXT NOT NULL"), doing);
        !emptied)
        return emptied.error();
    QSqlQuery query(db);
    PgCopy copy(db, QStringLiteral("COPY fd_staged_uids (value) FROM STDIN"), 1);
    for (const QString &uid : uids)
        copy.addRow({uid});
    if (Status sent = copy.send(doing); !sent)
        return sent.error();
    if (!query.exec(QStringLiteral("ANALYZE fd_staged_uids")))
        return sqlError(query, doing);
    BoundUidList list;
    list.source = QStringLiteral("fd_staged_uids AS j");
    list.staged = true;
    return list;
}

BoundIdList::BoundIdList(const SqlDialect &dialect, const std::vector<qint64> &ids)
{
    const bool postgres = dialect.isPostgres();
    source = postgres ? QStringLiteral("unnest(CAST(? AS BIGINT[])) AS j(value)")
                      : QStringLiteral("json_each(?) AS j");
    QByteArray text;
    text.reserve(qsizetype(ids.size()) * 9 + 2);
    text += postgres ? '{' : '[';
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            text += ',';
        text += QByteArray::number(ids[i]);
    }
    text += postgres ? '}' : ']';
    bound = QString::fromLatin1(text);
}

void BoundUidList::bindTo(QSqlQuery &query) const
{
    if (!staged)
        query.addBindValue(bound);
}

namespace {

// A JSON string, or null for empty text (as PgTextArray makes it NULL).
QJsonValue jsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

BoundTextList::BoundTextList(const SqlDialect &dialect, const QStringList &values)
{
    if (dialect.isPostgres()) {
        source = QStringLiteral("unnest(CAST(? AS TEXT[])) AS j(value)");
        bound = PgTextArray::of(values);
        return;
    }
    source = QStringLiteral("json_each(?) AS j");
    QJsonArray array;
    for (const QString &value : values)
        array.append(jsonText(value));
    bound = compactJson(array);
}

void BoundTextList::bindTo(QSqlQuery &query) const
{
    query.addBindValue(bound);
}

BoundTextPairs::BoundTextPairs(const SqlDialect &dialect, const QStringList &first,
                               const QStringList &second)
{
    Q_ASSERT(first.size() == second.size());
    if (dialect.isPostgres()) {
        source = QStringLiteral("unnest(CAST(? AS TEXT[]), CAST(? AS TEXT[])) AS j(first, second)");
        boundValues = {PgTextArray::of(first), PgTextArray::of(second)};
        return;
    }
    // One array of pairs, read in one pass; two arrays would need a look-up by position in the
    // second for every element of the first.
    source = QStringLiteral("(SELECT json_extract(p.value, '$[0]') AS first, "
                            "json_extract(p.value, '$[1]') AS second FROM json_each(?) AS p) AS j");
    QJsonArray pairs;
    for (qsizetype i = 0; i < first.size(); ++i)
        pairs.append(QJsonArray {jsonText(first.at(i)), jsonText(second.at(i))});
    boundValues = {compactJson(pairs)};
}

void BoundTextPairs::bindTo(QSqlQuery &query) const
{
    for (const QString &value : boundValues)
        query.addBindValue(value);
}

BoundUidRows::BoundUidRows(const SqlDialect &dialect, const QString &table,
                           const QByteArray &joinedUids)
{
    if (dialect.isPostgres()) {
        rows = QStringLiteral("%1 m WHERE m.uid = ANY(string_to_array(?, ':'))").arg(table);
        bound = QString::fromLatin1(joinedUids);
        return;
    }
    rows = QStringLiteral("json_each(?) AS j JOIN %1 m ON m.uid = j.value").arg(table);
    bound = QLatin1StringView("[\"")
        + QString::fromLatin1(joinedUids).replace(QLatin1Char(':'), QLatin1StringView("\",\""))
        + QLatin1StringView("\"]");
}

void BoundUidRows::bindTo(QSqlQuery &query) const
{
    query.addBindValue(bound);
}

} // namespace fd
