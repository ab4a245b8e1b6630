#pragma once

#include "model/csv/CsvByteSource.h"
#include "model/csv/CsvDecoder.h"
#include "model/csv/CsvError.h"
#include "model/csv/CsvOptions.h"
#include "model/csv/CsvParser.h"

#include <QByteArray>
#include <QStringList>

#include <functional>
#include <optional>

namespace fd {

class CsvProgress;

// Streams the records of a CSV/TSV file (plain or gzip, any supported encoding) to a callback, a
// buffer at a time, with progress and cooperative cancel. It never holds the whole file: memory is
// one buffer plus the longest record, and a record past CsvOptions::maxRecordBytes is an error.
//
// Use: open(), then optionally readSample() for the sniffer, then read() once.
class CsvReader
{
public:
    using RowCallback = CsvParser::RowCallback;

    explicit CsvReader(CsvOptions options = {});
    Q_DISABLE_COPY_MOVE(CsvReader)

    // Opens path and settles the encoding: CsvOptions::encoding, else a byte order mark, else UTF-8
    // if the first sampleBytes are valid UTF-8, else Windows-1252 (with a warning).
    CsvError open(const QString &path);

    const QString &path() const { return m_path; }
    QString encodingName() const { return CsvDecoder::encodingName(m_encoding, m_bomLength > 0); }
    bool isGzip() const { return m_source.isGzip(); }
    qint64 fileSize() const { return m_source.size(); } // as open() found it
    // Another reader of the same file found it this large: ending sooner is an error here too.
    void expectFileSize(qint64 size) { m_source.expectAtLeast(size); }
    const QStringList &warnings() const { return m_warnings; }

    // The start of the file as UTF-8, for the sniffer: sampleBytes or more, extended until it holds
    // minRecords whole records however long they are (a 60,000-column header is read whole), but no
    // more than maxRecordBytes. wholeFile tells whether the sample is all there is.
    CsvError readSample(QByteArray *sample, bool *wholeFile, int minRecords = 2);

    // Streams every record from the start of the file. Invalid UTF-8 is flagged on the row, not
    // fatal.
    CsvError read(char delimiter, char quote, const RowCallback &onRow,
                  CsvProgress *progress = nullptr);

    // For reading a file in two halves at once (see CsvSplitScan). A file can be split when its
    // bytes are the parser's bytes: plain UTF-8, not gzip.
    bool canSplit() const;
    // Makes read() stop at the first record that starts at or past fileOffset, and ask onLimit with
    // that record's file offset and line: true ends the read there, false reads on to the end.
    using LimitCallback = std::function<bool(qint64 fileOffset, qint64 line)>;
    void setSplit(qint64 fileOffset, LimitCallback onLimit);
    // Streams the records from fileOffset, which should be a record start, to the end of the file.
    // Line numbers on rows and in errors count from fileOffset's line as line 1.
    CsvError readFrom(qint64 fileOffset, char delimiter, char quote, const RowCallback &onRow,
                      CsvProgress *progress = nullptr);

private:
    qint64 readRaw(QByteArray &into, qint64 max); // appends; -1 on error
    CsvError stream(CsvParser &parser, CsvDecoder &decoder, const RowCallback &onRow,
                    CsvProgress *progress);
    CsvError sourceError(qint64 line = 0) const // line: where the next record would have started
    {
        CsvError error = m_source.error();
        if (error.line == 0)
            error.line = line;
        return error;
    }

    CsvOptions m_options;
    QString m_path;
    CsvByteSource m_source;
    CsvDecoder::Encoding m_encoding = CsvDecoder::Encoding::Utf8;
    int m_bomLength = 0;
    QByteArray m_head; // raw bytes read before read(): replayed by it
    bool m_sourceAtEnd = false;
    QStringList m_warnings;
    qint64 m_splitOffset = -1;
    LimitCallback m_onLimit;
};

} // namespace fd
