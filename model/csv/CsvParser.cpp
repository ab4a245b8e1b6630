#include "model/csv/CsvParser.h"

#include "model/csv/CsvDecoder.h"

#include <bit>
#include <cstring>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace fd {

namespace {

// The end of an unquoted field: the first delimiter or line end in [p, end), or end. Sixteen bytes
// at a time with SSE2 (every x86-64 has it), since this loop sees every byte of the file.
char *findTerminator(char *p, char *const end, char delimiter, const std::array<bool, 256> &special)
{
#if defined(__SSE2__)
    const __m128i delimiters = _mm_set1_epi8(delimiter);
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, delimiters),
                                                       _mm_cmpeq_epi8(bytes, lf)),
                                          _mm_cmpeq_epi8(bytes, cr));
        if (const int mask = _mm_movemask_epi8(hits))
            return p + std::countr_zero(unsigned(mask));
        p += 16;
    }
#else
    Q_UNUSED(delimiter);
#endif
    while (p < end && !special[uchar(*p)])
        ++p;
    return p;
}

} // namespace

CsvParser::CsvParser(char delimiter, char quote, QByteArray commentPrefix)
    : m_delimiter(delimiter)
    , m_quote(quote)
    , m_comment(std::move(commentPrefix))
{
    m_special[uchar(delimiter)] = true;
    m_special[uchar('\n')] = true;
    m_special[uchar('\r')] = true;
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
                p = findTerminator(p, end, m_delimiter, m_special);
                if (p == end && !atEof)
                    return recordStart - data;
                m_row.m_fields.emplace_back(fieldStart, p - fieldStart);
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
