#pragma once

#include <QString>
#include <QStringList>

#include <algorithm>

namespace fd {

// A PostgreSQL array literal of text, {"a","b",NULL}, bound as one parameter and cast with
// ?::text[]: every element quoted, so that commas, braces, quotes and backslashes travel safely;
// empty text is NULL. Rows that go into a table as they are travel by COPY (PgCopy); a list that a
// statement joins or resolves (uids to ids, updates by id) is bound as such an array, one
// statement whatever its length (BENCHMARKS.md compares the two).
class PgTextArray
{
public:
    void reserve(qsizetype bytes) { m_text.reserve(bytes); }
    void append(const QString &value)
    {
        m_text += m_count++ == 0 ? QLatin1Char('{') : QLatin1Char(',');
        if (value.isEmpty()) {
            m_text += QLatin1StringView("NULL");
            return;
        }
        m_text += QLatin1Char('"');
        const auto special
            = [](QChar c) { return c == QLatin1Char('"') || c == QLatin1Char('\\'); };
        if (std::none_of(value.cbegin(), value.cend(), special)) {
            m_text += value; // uids and most names: copied at once, not character by character
        } else {
            for (const QChar c : value) {
                if (special(c))
                    m_text += QLatin1Char('\\');
                m_text += c;
            }
        }
        m_text += QLatin1Char('"');
    }
    qsizetype count() const { return m_count; }
    QString take()
    {
        QString out = m_count == 0 ? QStringLiteral("{}") : m_text + QLatin1Char('}');
        m_text.clear();
        m_count = 0;
        return out;
    }

    static QString of(const QStringList &values)
    {
        PgTextArray array;
        qsizetype bytes = 2;
        for (const QString &value : values)
            bytes += value.size() + 3;
        array.reserve(bytes);
        for (const QString &value : values)
            array.append(value);
        return array.take();
    }

private:
    QString m_text;
    qsizetype m_count = 0;
};

} // namespace fd
