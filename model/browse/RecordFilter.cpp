#include "model/browse/RecordFilter.h"

namespace fd {

RecordFilter::RecordFilter(const QString &text)
    : m_text(text)
    , m_words(text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts))
{
}

bool RecordFilter::matches(const QStringList &cells) const
{
    for (const QString &word : m_words) {
        const bool found = std::any_of(cells.cbegin(), cells.cend(), [&word](const QString &cell) {
            return cell.contains(word, Qt::CaseInsensitive);
        });
        if (!found)
            return false;
    }
    return true;
}

QString RecordFilter::escapeLike(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    return escaped;
}

RecordFilter::SqlWhere RecordFilter::where(const QStringList &columnExpressions,
                                           const SqlDialect &dialect) const
{
    QList<Column> columns;
    columns.reserve(columnExpressions.size());
    for (const QString &expression : columnExpressions)
        columns.append(Column {expression});
    return where(columns, dialect);
}

RecordFilter::SqlWhere RecordFilter::where(const QList<Column> &columns,
                                           const SqlDialect &dialect) const
{
    SqlWhere result;
    if (m_words.isEmpty() || columns.isEmpty())
        return result;
    const QString like = dialect.caseInsensitiveLike(QString()); // " LIKE ? ESCAPE '\'" or ILIKE
    QStringList conjunction;
    for (const QString &word : m_words) {
        const QString pattern = QLatin1Char('%') + escapeLike(word) + QLatin1Char('%');
        const bool slash = word.contains(QLatin1Char('/'));
        QStringList disjunction;
        for (const Column &column : columns) {
            if (column.condition.isEmpty() || (slash && column.conditionWithoutSlashOnly)) {
                disjunction.append(dialect.caseInsensitiveLike(column.expression));
                result.values.append(pattern);
                continue;
            }
            disjunction.append(column.condition.arg(like));
            for (qsizetype n = column.condition.count(QLatin1StringView("%1")); n > 0; --n)
                result.values.append(pattern);
        }
        conjunction.append(QLatin1Char('(') + disjunction.join(QStringLiteral(" OR "))
                           + QLatin1Char(')'));
    }
    result.clause = conjunction.join(QStringLiteral(" AND "));
    return result;
}

} // namespace fd
