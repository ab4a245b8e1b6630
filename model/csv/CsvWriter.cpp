#include "model/csv/CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace fd {

namespace {

// Writes reach the device in pieces this large, not a record at a time.
constexpr qsizetype FlushSize = 1 << 16;

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, char delimiter, char quote, LineEnding lineEnding)
    : m_device(device)
    , m_delimiter(delimiter)
    , m_quote(quote)
    , m_lineEnd(lineEnding == LineEnding::CrLf ? QByteArrayView("\r\n") : QByteArrayView("\n"))
{
    m_buffer.reserve(FlushSize + (FlushSize >> 2));
}

// Flushing in the destructor would hide its error; the owner flushes.
CsvWriter::~CsvWriter() = default;

bool CsvWriter::writeByteOrderMark()
{
    if (!m_error.isEmpty())
        return false;
    m_buffer.append("\xEF\xBB\xBF");
    return true;
}

bool CsvWriter::needsQuotes(QByteArrayView field, bool firstField) const
{
    if (field.isEmpty())
        return false;
    if (isSpace(field.front()) || isSpace(field.back()))
        return true;
    if (firstField && !m_commentPrefix.isEmpty() && field.startsWith(m_commentPrefix))
        return true;
    for (const char c : field) {
        if (c == m_delimiter || c == m_quote || c == '\n' || c == '\r')
            return true;
    }
    return false;
}

void CsvWriter::appendField(QByteArray &out, QByteArrayView field, bool firstField) const
{
    if (!needsQuotes(field, firstField)) {
        out.append(field);
        return;
    }
    out.append(m_quote);
    qsizetype from = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == m_quote) {
            out.append(field.sliced(from, i + 1 - from));
            out.append(m_quote);
            from = i + 1;
        }
    }
    out.append(field.sliced(from));
    out.append(m_quote);
}

QByteArray CsvWriter::encodeField(QByteArrayView field, bool firstField) const
{
    QByteArray out;
    appendField(out, field, firstField);
    return out;
}

bool CsvWriter::endRecord()
{
    m_buffer.append(m_lineEnd);
    return m_buffer.size() < FlushSize || flush();
}

bool CsvWriter::writeRecord(const std::vector<QByteArrayView> &fields)
{
    if (!m_error.isEmpty())
        return false;
    if (fields.size() == 1 && fields.front().isEmpty()) {
        m_buffer.append(m_quote);
        m_buffer.append(m_quote);
        return endRecord();
    }
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer.append(m_delimiter);
        appendField(m_buffer, fields[i], i == 0);
    }
    return endRecord();
}

bool CsvWriter::writeRecord(const QStringList &fields)
{
    std::vector<QByteArray> utf8;
    utf8.reserve(size_t(fields.size()));
    for (const QString &field : fields)
        utf8.push_back(field.toUtf8());
    return writeRecord(std::vector<QByteArrayView>(utf8.cbegin(), utf8.cend()));
}

bool CsvWriter::flush()
{
    if (!m_error.isEmpty())
        return false;
    if (m_buffer.isEmpty())
        return true;
    if (m_device->write(m_buffer) != m_buffer.size()) {
        m_error = m_device->errorString();
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("CsvReader", "the write failed");
        return false;
    }
    m_buffer.clear();
    return true;
}

} // namespace fd
