#pragma once

#include "model/csv/CsvRow.h"

#include <QByteArray>

#include <array>
#include <functional>
#include <vector>

namespace fd {

// The RFC 4180 state machine over UTF-8 bytes: quoted delimiters, doubled quotes, newlines inside
// quotes, CRLF, LF and CR line ends, a last record without a line end, comment and blank lines.
//
// It works on whatever bytes it is given and keeps no copy: a record cut by the end of the buffer
// is left unconsumed, and parse() is called again once the caller has appended more bytes.
// Restarting that one record is cheaper than carrying a per-byte state across buffers, and lets
// fields be plain views.
class CsvParser
{
public:
    using RowCallback = std::function<bool(const CsvRow &row)>; // false stops the parse

    enum class State {
        NeedMore, // every whole record was passed on; call again with more bytes
        Finished, // atEof and every record passed on
        Stopped, // the callback returned false
        Unbalanced, // atEof inside a quoted field; see errorLine() and errorColumn()
        LimitReached, // the next record starts at or past the record limit; see setRecordLimit()
    };

    CsvParser(char delimiter, char quote, QByteArray commentPrefix = {});

    // Checks every record for valid UTF-8 and flags the rows that are not (see
    // CsvRow::invalidUtf8).
    void setValidateUtf8(bool validate) { m_validateUtf8 = validate; }

    // Parses the whole records in data[0, size) and returns how many bytes it consumed. Quoted
    // fields are unescaped in place, so the consumed bytes are rewritten. Without atEof, a record
    // cut by the end of data is left for the next call.
    qint64 parse(char *data, qint64 size, bool atEof, const RowCallback &onRow);

    // Makes parse() stop, with LimitReached, before the first record (or blank or comment line)
    // that starts at or past offset, counted in bytes consumed since the parser was made. A second
    // thread may have parsed the rest from an offset it guessed to be a record start; the offset
    // where this parser stopped tells whether it was. Negative: no limit.
    void setRecordLimit(qint64 offset) { m_limit = offset; }
    qint64 offset() const { return m_consumed; } // bytes consumed by all parse() calls

    State state() const { return m_state; }
    qint64 line() const { return m_line; } // physical line where the next record starts
    qint64 errorLine() const { return m_errorLine; }
    qint64 errorColumn() const { return m_errorColumn; }

private:
    struct ComplexField
    {
        size_t index;
        char *begin;
        char *end;
    };

    qint64 parseRecords(char *data, qint64 size, bool atEof, const RowCallback &onRow);
    bool isTerminator(char c) const { return m_special[uchar(c)]; }
    // The terminator (or the end of the bytes) of the unquoted field at start. Fields that end
    // before it in the same 16-byte block are appended to the row on the way, and start moves to
    // the last field's start.
    char *scanUnquoted(char *&start, char *end);
    void unescape(ComplexField &field);
    void validateUtf8(const char *recordBegin, const char *recordEnd);
    static qint64 countLineBreaks(const char *begin, const char *end);

    char m_delimiter;
    char m_quote;
    QByteArray m_comment;
    std::array<bool, 256> m_special {};
    bool m_validateUtf8 = false;
    bool m_skipLf
        = false; // the last call ended on a CR: a LF at the start of the next belongs to it
    qint64 m_line = 1;
    qint64 m_consumed = 0;
    qint64 m_limit = -1;
    qint64 m_errorLine = 0;
    qint64 m_errorColumn = 0;
    State m_state = State::NeedMore;
    CsvRow m_row;
    std::vector<ComplexField> m_complex;
};

} // namespace fd
