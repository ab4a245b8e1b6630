#include "model/db/BoundUidList.h"

#include "model/db/PgCopy.h"
#include "model/db/SqlErrors.h"

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
    if (!dialect.isPostgres() || uids.size() < StageFrom)
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

} // namespace fd
