#include "model/RecordFilter.h"

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
    SqlWhere result;
    if (m_words.isEmpty() || columnExpressions.isEmpty())
        return result;
    QStringList conjunction;
    for (const QString &word : m_words) {
        const QString pattern = QLatin1Char('%') + escapeLike(word) + QLatin1Char('%');
        QStringList disjunction;
        for (const QString &column : columnExpressions) {
            disjunction.append(dialect.caseInsensitiveLike(column));
            result.values.append(pattern);
        }
        conjunction.append(QLatin1Char('(') + disjunction.join(QStringLiteral(" OR "))
                           + QLatin1Char(')'));
    }
    result.clause = conjunction.join(QStringLiteral(" AND "));
    return result;
}

} // namespace fd
