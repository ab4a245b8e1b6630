#pragma once

#include "model/PgTextArray.h"
#include "model/SqlDialect.h"

#include <QString>
#include <QStringList>

namespace fd {

// Many uids as one bound parameter and the table expression that reads it: a JSON array through
// json_each() on SQLite, a text array through unnest() on PostgreSQL. One statement then handles a
// list of one uid or of a million (joined to the table that holds them), instead of a round trip
// or an IN list chunk per few hundred. The uids must be base62 (identity::isBase62): they are
// written into the JSON unescaped.
struct BoundUidList
{
    QString source; // a table expression "j" with a text column "value"; one ? placeholder
    QString bound;  // the value for that placeholder

    BoundUidList(const SqlDialect &dialect, const QStringList &uids)
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
};

} // namespace fd
