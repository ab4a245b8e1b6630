#include "model/csv/CsvReader.h"

#include "model/csv/CsvProgress.h"

#include <QCoreApplication>

namespace fd {

namespace {

// Whole records in text as far as a quote tells (blank lines count too): enough for deciding when a
// sample is long enough, before the dialect is known.
int countRecords(QByteArrayView text, char quote)
{
    bool quoted = false;
    int records = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = text[i];
        if (c == quote) {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (c == '\r' && i + 1 < size && text[i + 1] == '\n')
                ++i;
            ++records;
        }
    }
    return records;
}

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
    const char quote = m_options.quote.value_or('"');
    while (!m_sourceAtEnd && sample->size() < m_options.maxRecordBytes
           && (sample->size() < m_options.sampleBytes || countRecords(*sample, quote) < minRecords)) {
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

CsvError CsvReader::read(char delimiter, char quote, const RowCallback &onRow, CsvProgress *progress)
{
    if (delimiter == quote || delimiter == '\n' || delimiter == '\r' || delimiter == '\0') {
        return CsvError::make(CsvStatus::InvalidOption, m_path, 0, 0,
                              QCoreApplication::translate("CsvReader",
                                                          "the delimiter cannot be the quote "
                                                          "character or a line end"));
    }
    CsvParser parser(delimiter, quote, m_options.commentPrefix);
    parser.setValidateUtf8(m_encoding == CsvDecoder::Encoding::Utf8);
    CsvDecoder decoder(m_encoding, m_bomLength);

    QByteArray text;
    text.reserve(m_options.bufferSize + (m_options.bufferSize >> 2));
    // The bytes read for detection and the sample are replayed a buffer at a time, like the rest.
    const QByteArray head = std::move(m_head);
    m_head.clear();
    qsizetype headOffset = 0;
    QByteArray raw;
    qint64 readSize = m_options.bufferSize;
    for (;;) {
        raw.clear();
        if (headOffset < head.size()) {
            const qsizetype take = qMin<qsizetype>(readSize, head.size() - headOffset);
            raw = head.sliced(headOffset, take);
            headOffset += take;
        } else if (readRaw(raw, readSize) < 0) {
            return sourceError();
        }
        const bool atEof = m_sourceAtEnd && headOffset == head.size();
        decoder.decode(raw, text);

        const qint64 consumed = parser.parse(text.data(), text.size(), atEof, onRow);
        switch (parser.state()) {
        case CsvParser::State::Finished:
        case CsvParser::State::Stopped:
            return {};
        case CsvParser::State::Unbalanced:
            return CsvError::make(CsvStatus::UnbalancedQuote, m_path, parser.errorLine(),
                                  parser.errorColumn());
        case CsvParser::State::NeedMore:
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
