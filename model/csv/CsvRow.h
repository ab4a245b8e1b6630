#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <vector>

namespace fd {

// One record as the parser saw it: views of UTF-8 bytes that live only until the row callback
// returns. Nothing is decoded or copied unless asked for, so that scanning a file allocates nothing
// per cell.
class CsvRow
{
public:
    qsizetype size() const { return qsizetype(m_fields.size()); }
    QByteArrayView field(qsizetype index) const { return m_fields[size_t(index)]; }
    QString text(qsizetype index) const { return utf8Text(field(index)); }
    QStringList texts() const // every field decoded, e.g. a header
    {
        QStringList cells;
        cells.reserve(size());
        for (qsizetype i = 0; i < size(); ++i)
            cells.append(text(i));
        return cells;
    }

    // bytes as text, every character kept. QString::fromUtf8 drops a byte order mark at the start
    // without a word, which made a column named U+FEFF "id" validate as "id". (The file's own mark
    // is the reader's and never reaches a field.)
    static QString utf8Text(QByteArrayView bytes)
    {
        if (!bytes.startsWith("\xEF\xBB\xBF"))
            return QString::fromUtf8(bytes);
        return QChar(0xFEFF) + utf8Text(bytes.sliced(3)); // the rest may start with one again
    }

    qint64 line() const { return m_line; } // physical line (1-based) where the record starts
    qint64 lineCount() const { return m_lineCount; } // physical lines it spans (quoted newlines)
    bool invalidUtf8() const { return m_invalidUtf8; }
    qsizetype invalidUtf8Field() const { return m_invalidUtf8Field; } // 0-based, -1 when valid

    // True when ReadAhead bytes can be read from the start of field index, whatever its length:
    // the parser's buffer goes on at least that far, so a cell can be classified with one SIMD
    // load.
    static constexpr qsizetype ReadAhead = 16;
    bool canReadAhead(qsizetype index) const
    {
        const char *const start = m_fields[size_t(index)].data();
        return start && m_bufferEnd - start >= ReadAhead;
    }

private:
    friend class CsvParser;
    friend class CsvReader;

    std::vector<QByteArrayView> m_fields;
    const char *m_bufferEnd = nullptr; // the end of the bytes the fields point into
    qint64 m_line = 0;
    qint64 m_lineCount = 1;
    bool m_invalidUtf8 = false;
    qsizetype m_invalidUtf8Field = -1;
};

} // namespace fd
