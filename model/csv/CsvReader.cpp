#include "model/csv/CsvReader.h"

#include "model/csv/CsvProgress.h"

#include <QCoreApplication>

namespace fd {

namespace {

// Counts whole records in text as far as a quote tells (blank lines count too), a piece at a time
// as the sample grows: enough for deciding when a sample is long enough, before the dialect is
// known.
class RecordCounter
{
public:
    explicit RecordCounter(char quote)
        : m_quote(quote)
    {
    }

    int count(QByteArrayView text)
    {
        const char *p = text.data() + m_scanned;
        const char *const end = text.data() + text.size();
        m_scanned = text.size();
        for (; p < end; ++p) {
            const char c = *p;
            if (m_afterCr && c == '\n') {
                m_afterCr = false;
                continue; // the LF of a CRLF counted at its CR
            }
            m_afterCr = false;
            if (c == m_quote) {
                m_quoted = !m_quoted;
            } else if (!m_quoted && (c == '\n' || c == '\r')) {
                m_afterCr = c == '\r';
                ++m_records;
            }
        }
        return m_records;
    }

private:
    char m_quote;
    bool m_quoted = false;
    bool m_afterCr = false;
    int m_records = 0;
    qsizetype m_scanned = 0;
};

constexpr qint64 GrowthThreshold = 64 << 10;

} // namespace

CsvReader::CsvReader(CsvOptions options)
    : m_options(std::move(options))
{
    m_options.bufferSize = qMax<qint64>(1, m_options.bufferSize);
}

qint64 CsvReader::readRaw(QByteArray &into, qint64 max)
{
    if (m_sourceAtEnd)
        return 0;
    const qsizetype before = into.size();
    into.resize(before + max);
    const qint64 count = m_source.read(into.data() + before, max);
    into.resize(before + qMax<qint64>(0, count));
    if (count == 0)
        m_sourceAtEnd = true;
    return count;
}

CsvError CsvReader::open(const QString &path)
{
    m_path = path;
    m_head.clear();
    m_sourceAtEnd = false;
    m_warnings.clear();
    if (CsvError error = m_source.open(path); !error.ok())
        return error;

    // The head is read whole, not until the buffer size, so detection sees the full sample (and at
    // least a byte order mark's worth).
    const qint64 headSize = qMax<qint64>(m_options.sampleBytes, 4);
    while (m_head.size() < headSize && !m_sourceAtEnd) {
        if (readRaw(m_head, headSize - m_head.size()) < 0)
            return sourceError();
    }
    const CsvDecoder::Detection detected = CsvDecoder::detect(m_head, m_sourceAtEnd);
    const QString wanted = m_options.encoding.trimmed();
    if (wanted.isEmpty() || wanted.compare(u"auto", Qt::CaseInsensitive) == 0) {
        if (detected.binary)
            return CsvError::make(CsvStatus::BinaryFile, path);
        m_encoding = detected.encoding;
        m_bomLength = detected.bomLength;
        if (detected.fallback) {
            m_warnings << QCoreApplication::translate(
                "CsvReader", "The file is not valid UTF-8; it was read as Windows-1252.");
        }
    } else {
        const QString key = wanted.toLower().remove(QLatin1Char('-'));
        if (key == u"utf16") {
            m_encoding = detected.encoding == CsvDecoder::Encoding::Utf16BE
                ? CsvDecoder::Encoding::Utf16BE
                : CsvDecoder::Encoding::Utf16LE;
        } else if (auto encoding = CsvDecoder::encodingFromName(wanted)) {
            m_encoding = *encoding;
        } else {
            return CsvError::make(CsvStatus::UnknownEncoding, path, 0, 0, wanted);
        }
        const bool utf16 = m_encoding == CsvDecoder::Encoding::Utf16LE
            || m_encoding == CsvDecoder::Encoding::Utf16BE;
        if (!utf16 && m_head.contains('\0'))
            return CsvError::make(CsvStatus::BinaryFile, path);
        // A byte order mark that agrees with the chosen encoding is not text.
        m_bomLength = detected.encoding == m_encoding ? detected.bomLength : 0;
    }
    if (m_head.size() <= m_bomLength && m_sourceAtEnd)
        return CsvError::make(CsvStatus::EmptyFile, path);
    return {};
}

CsvError CsvReader::readSample(QByteArray *sample, bool *wholeFile, int minRecords)
{
    CsvDecoder decoder(m_encoding, m_bomLength);
    sample->clear();
    decoder.decode(m_head, *sample);
    RecordCounter records(m_options.quote.value_or('"'));
    while (!m_sourceAtEnd && sample->size() < m_options.maxRecordBytes
           && (sample->size() < m_options.sampleBytes || records.count(*sample) < minRecords)) {
        QByteArray raw;
        const qint64 count = readRaw(raw, qMax<qint64>(m_options.sampleBytes, sample->size()));
        if (count < 0)
            return sourceError();
        m_head.append(raw);
        decoder.decode(raw, *sample);
    }
    *wholeFile = m_sourceAtEnd;
    return {};
}

namespace {

CsvError checkDialect(char delimiter, char quote, const QString &path)
{
    if (delimiter == quote || delimiter == '\n' || delimiter == '\r' || delimiter == '\0') {
        return CsvError::make(CsvStatus::InvalidOption, path, 0, 0,
                              QCoreApplication::translate("CsvReader",
                                                          "the delimiter cannot be the quote "
                                                          "character or a line end"));
    }
    return {};
}

} // namespace

bool CsvReader::canSplit() const
{
    return !m_source.isGzip() && m_encoding == CsvDecoder::Encoding::Utf8;
}

void CsvReader::setSplit(qint64 fileOffset, LimitCallback onLimit)
{
    m_splitOffset = fileOffset;
    m_onLimit = std::move(onLimit);
}

CsvError CsvReader::read(char delimiter, char quote, const RowCallback &onRow,
                         CsvProgress *progress)
{
    if (CsvError error = checkDialect(delimiter, quote, m_path); !error.ok())
        return error;
    CsvParser parser(delimiter, quote, m_options.commentPrefix);
    parser.setValidateUtf8(m_encoding == CsvDecoder::Encoding::Utf8);
    // The parser counts the bytes after the byte order mark, which are the file's bytes when it can
    // be split.
    if (m_splitOffset >= 0 && canSplit())
        parser.setRecordLimit(m_splitOffset - m_bomLength);
    CsvDecoder decoder(m_encoding, m_bomLength);
    return stream(parser, decoder, onRow, progress);
}

CsvError CsvReader::readFrom(qint64 fileOffset, char delimiter, char quote,
                             const RowCallback &onRow, CsvProgress *progress)
{
    if (CsvError error = checkDialect(delimiter, quote, m_path); !error.ok())
        return error;
    if (!canSplit() || !m_source.seek(fileOffset)) {
        return CsvError::make(CsvStatus::ReadError, m_path, 0, 0,
                              QCoreApplication::translate("CsvReader", "cannot seek in the file"));
    }
    m_head.clear();
    m_sourceAtEnd = false;
    CsvParser parser(delimiter, quote, m_options.commentPrefix);
    parser.setValidateUtf8(true);
    CsvDecoder decoder(m_encoding, 0);
    return stream(parser, decoder, onRow, progress);
}

CsvError CsvReader::stream(CsvParser &parser, CsvDecoder &decoder, const RowCallback &onRow,
                           CsvProgress *progress)
{
    QByteArray text;
    text.reserve(m_options.bufferSize + (m_options.bufferSize >> 2));
    // The bytes read for detection and the sample are replayed a buffer at a time, like the rest.
    const QByteArray head = std::move(m_head);
    m_head.clear();
    qsizetype headOffset = 0;
    QByteArray raw;
    qint64 readSize = m_options.bufferSize;
    for (;;) {
        const bool direct
            = decoder.passesThrough() && decoder.pendingSkip() == 0 && headOffset == head.size();
        if (direct) {
            // UTF-8 needs no decoding: read straight into the parser's buffer, saving a copy.
            if (readRaw(text, readSize) < 0)
                return sourceError(parser.line());
        } else {
            raw.clear();
            if (headOffset < head.size()) {
                const qsizetype take = qMin<qsizetype>(readSize, head.size() - headOffset);
                raw = head.sliced(headOffset, take);
                headOffset += take;
            } else if (readRaw(raw, readSize) < 0) {
                return sourceError(parser.line());
            }
            decoder.decode(raw, text);
        }
        const bool atEof = m_sourceAtEnd && headOffset == head.size();

        qint64 consumed = parser.parse(text.data(), text.size(), atEof, onRow);
        if (parser.state() == CsvParser::State::LimitReached) {
            if (m_onLimit && m_onLimit(parser.offset() + m_bomLength, parser.line()))
                return {};
            parser.setRecordLimit(-1);
            consumed += parser.parse(text.data() + consumed, text.size() - consumed, atEof, onRow);
        }
        switch (parser.state()) {
        case CsvParser::State::Finished:
        case CsvParser::State::Stopped:
            return {};
        case CsvParser::State::Unbalanced:
            return CsvError::make(CsvStatus::UnbalancedQuote, m_path, parser.errorLine(),
                                  parser.errorColumn());
        case CsvParser::State::NeedMore:
        case CsvParser::State::LimitReached:
            break;
        }
        text.remove(0, consumed);
        if (text.size() > m_options.maxRecordBytes) {
            return CsvError::make(CsvStatus::RowTooLong, m_path, parser.line(), 0,
                                  QString::number(double(m_options.maxRecordBytes) / (1 << 20)));
        }
        // A record longer than a buffer is parsed again from its start after each read; reading as
        // much again as is pending keeps that linear.
        readSize = consumed == 0 && text.size() > GrowthThreshold
            ? qMax<qint64>(m_options.bufferSize, text.size())
            : m_options.bufferSize;
        if (progress && !progress->update(m_source.position(), m_source.size()))
            return CsvError::make(CsvStatus::Cancelled, m_path, parser.line());
    }
}

} // namespace fd
