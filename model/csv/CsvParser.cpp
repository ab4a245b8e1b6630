#include "model/csv/CsvParser.h"

#include "model/csv/CsvDecoder.h"

#include <bit>
#include <cstring>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace fd {

CsvParser::CsvParser(char delimiter, char quote, QByteArray commentPrefix)
    : m_delimiter(delimiter)
    , m_quote(quote)
    , m_comment(std::move(commentPrefix))
{
    m_special[uchar(delimiter)] = true;
    m_special[uchar('\n')] = true;
    m_special[uchar('\r')] = true;
}

char *CsvParser::scanUnquoted(char *&start, char *const end)
{
    char *p = start;
#if defined(__SSE2__)
    // Sixteen bytes at a time, since this loop sees nearly every byte of the file. A block holds
    // two or three short fields: every delimiter in it that another terminator follows in the same
    // block ends a field, taken here, unless a quote opens the next field. The last field found is
    // left to the caller, with the terminator that ends it (a delimiter, or a line end).
    const __m128i delimiters = _mm_set1_epi8(m_delimiter);
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i quotes = _mm_set1_epi8(m_quote);
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i isDelimiter = _mm_cmpeq_epi8(bytes, delimiters);
        auto ends = unsigned(_mm_movemask_epi8(_mm_or_si128(
            isDelimiter, _mm_or_si128(_mm_cmpeq_epi8(bytes, lf), _mm_cmpeq_epi8(bytes, cr)))));
        if (ends == 0) {
            p += 16;
            continue;
        }
        const auto delimiter = unsigned(_mm_movemask_epi8(isDelimiter));
        // Bit i: byte i + 1 opens a quoted field (never set without a quote character).
        const unsigned quoteNext
            = m_quote ? unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, quotes))) >> 1 : 0u;
        int at = std::countr_zero(ends);
        while ((delimiter >> at & 1) && (ends & (ends - 1)) && !(quoteNext >> at & 1)) {
            m_row.m_fields.emplace_back(start, p + at - start);
            start = p + at + 1;
            ends &= ends - 1;
            at = std::countr_zero(ends);
        }
        return p + at;
    }
#endif
    while (p < end && !isTerminator(*p))
        ++p;
    return p;
}

qint64 CsvParser::countLineBreaks(const char *begin, const char *end)
{
    qint64 count = 0;
    for (const char *p = begin; p < end; ++p) {
        if (*p == '\n')
            ++count;
        else if (*p == '\r' && (p + 1 == end || p[1] != '\n'))
            ++count;
    }
    return count;
}

void CsvParser::unescape(ComplexField &field)
{
    // The field began with a quote; inside quotes a doubled quote is one quote, a single one closes
    // the quotes, and anything after that is kept as it is (lenient like Python's csv and pandas).
    char *out = field.begin;
    bool quoted = true;
    for (char *in = field.begin; in < field.end; ++in) {
        if (*in == m_quote && quoted) {
            if (in + 1 < field.end && in[1] == m_quote) {
                *out++ = m_quote;
                ++in;
            } else {
                quoted = false;
            }
        } else {
            *out++ = *in;
        }
    }
    m_row.m_fields[field.index] = QByteArrayView(field.begin, out - field.begin);
}

void CsvParser::validateUtf8(const char *recordBegin, const char *recordEnd)
{
    m_row.m_invalidUtf8 = false;
    m_row.m_invalidUtf8Field = -1;
    if (CsvDecoder::isAscii(QByteArrayView(recordBegin, recordEnd - recordBegin)))
        return;
    for (size_t i = 0; i < m_row.m_fields.size(); ++i) {
        if (!CsvDecoder::isValidUtf8(m_row.m_fields[i])) {
            m_row.m_invalidUtf8 = true;
            m_row.m_invalidUtf8Field = qsizetype(i);
            return;
        }
    }
}

qint64 CsvParser::parse(char *data, qint64 size, bool atEof, const RowCallback &onRow)
{
    const qint64 consumed = parseRecords(data, size, atEof, onRow);
    m_consumed += consumed;
    return consumed;
}

qint64 CsvParser::parseRecords(char *data, qint64 size, bool atEof, const RowCallback &onRow)
{
    char *const end = data + size;
    char *p = data;
    m_state = State::NeedMore;
    m_row.m_bufferEnd = end;
    if (m_skipLf && p < end) {
        if (*p == '\n')
            ++p;
        m_skipLf = false;
    }
    const bool quoting = m_quote != 0;

    const qint64 limit = m_limit < 0 ? std::numeric_limits<qint64>::max() : m_limit - m_consumed;
    for (;;) {
        char *const recordStart = p;
        if (p - data >= limit) {
            m_state = State::LimitReached;
            return p - data;
        }
        if (p == end) {
            if (atEof)
                m_state = State::Finished;
            return p - data;
        }

        // Blank lines are skipped, as pandas does; they still count as lines.
        if (*p == '\n' || *p == '\r') {
            const bool cr = *p == '\r';
            ++p;
            ++m_line;
            if (cr) {
                if (p == end)
                    m_skipLf = !atEof;
                else if (*p == '\n')
                    ++p;
            }
            continue;
        }

        if (!m_comment.isEmpty()) {
            const qint64 available = end - p;
            const qint64 compared = qMin<qint64>(available, m_comment.size());
            if (std::memcmp(p, m_comment.constData(), size_t(compared)) == 0) {
                if (compared < m_comment.size() && !atEof)
                    return recordStart - data;
                if (compared == m_comment.size()) {
                    while (p < end && *p != '\n' && *p != '\r')
                        ++p;
                    if (p == end && !atEof)
                        return recordStart - data;
                    ++m_line;
                    if (p < end) {
                        const bool cr = *p == '\r';
                        ++p;
                        if (cr) {
                            if (p == end)
                                m_skipLf = !atEof;
                            else if (*p == '\n')
                                ++p;
                        }
                    }
                    continue;
                }
            }
        }

        m_row.m_fields.clear();
        m_complex.clear();
        qint64 extraLines = 0;
        for (;;) {
            char *const fieldStart = p;
            if (quoting && p < end && *p == m_quote) {
                ++p;
                char *const content = p;
                bool complex = false;
                for (;;) {
                    auto *q = static_cast<char *>(std::memchr(p, m_quote, size_t(end - p)));
                    if (!q) {
                        if (!atEof)
                            return recordStart - data;
                        m_state = State::Unbalanced;
                        m_errorLine = m_line + countLineBreaks(recordStart, fieldStart);
                        m_errorColumn = qint64(m_row.m_fields.size()) + 1;
                        return recordStart - data;
                    }
                    p = q + 1;
                    if (p < end && *p == m_quote) {
                        complex = true;
                        ++p;
                        continue;
                    }
                    break;
                }
                if (p == end && !atEof)
                    return recordStart - data;
                if (p < end && !isTerminator(*p)) {
                    complex = true; // text after the closing quote
                    while (p < end && !isTerminator(*p))
                        ++p;
                    if (p == end && !atEof)
                        return recordStart - data;
                }
                extraLines += countLineBreaks(content, p);
                if (complex) {
                    m_complex.push_back({m_row.m_fields.size(), content, p});
                    m_row.m_fields.emplace_back();
                } else {
                    m_row.m_fields.emplace_back(content, p - 1 - content);
                }
            } else {
                char *start = fieldStart;
                p = scanUnquoted(start, end);
                if (p == end && !atEof)
                    return recordStart - data;
                m_row.m_fields.emplace_back(start, p - start);
            }

            if (p == end)
                break; // the last record has no line end
            const char c = *p++;
            if (c == m_delimiter)
                continue;
            if (c == '\r') {
                if (p == end)
                    m_skipLf = !atEof;
                else if (*p == '\n')
                    ++p;
            }
            break;
        }

        for (ComplexField &field : m_complex)
            unescape(field);
        if (m_validateUtf8)
            validateUtf8(recordStart, p);
        m_row.m_line = m_line;
        m_row.m_lineCount = 1 + extraLines;
        m_line += 1 + extraLines;
        if (!onRow(m_row)) {
            m_state = State::Stopped;
            return p - data;
        }
    }
}

} // namespace fd
