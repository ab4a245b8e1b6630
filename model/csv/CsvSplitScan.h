#pragma once

#include "model/csv/CsvError.h"
#include "model/csv/CsvOptions.h"
#include "model/csv/CsvRowTally.h"

#include <QString>

#include <atomic>
#include <future>

namespace fd {

class CsvProgress;

// Tallies the second half of a file on a second thread while the caller reads the first half, for
// inspect on a machine with more than one core.
//
// The split is a guess that is checked, never trusted: this scan starts after the first line end
// past the middle of the file, as if a record started there, and the caller's reader stops at the
// first record that starts at or past that offset (CsvReader::setSplit). If that record starts
// exactly at the offset, both parsers saw the same records and the halves are merged; if not (the
// line end was inside a quoted field), this scan is cancelled and the caller reads on to the end
// alone.
class CsvSplitScan
{
public:
    // Where to split path: just after the first line end past its middle; -1 when the file is
    // smaller than options.splitMinBytes, or no line end follows the middle closely.
    static qint64 findSplit(const QString &path, const CsvOptions &options);

    // expectedSize: the file's size as the caller's reader found it; this scan, opening the file
    // later, treats a shorter file as one cut short while being read (-1: no expectation).
    CsvSplitScan(QString path, CsvOptions options, qint64 offset, char delimiter, char quote,
                 qint64 expectedSize = -1);
    ~CsvSplitScan(); // cancels the scan and waits for it
    Q_DISABLE_COPY_MOVE(CsvSplitScan)

    qint64 offset() const { return m_offset; }

    // Starts the scan, with the column count the header (or the sniffer) gave.
    void start(qsizetype columnCount);
    bool isStarted() const { return m_result.valid(); }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    qint64 bytesDone() const { return m_bytesDone.load(std::memory_order_relaxed); }

    // Waits for the scan to end, passing progress on (bytesBefore: what the caller read), and
    // returns its error, with line numbers made file-wide by adding lineOffset. The tally is then
    // complete.
    CsvError finish(CsvProgress *progress, qint64 bytesBefore, qint64 lineOffset);
    const CsvRowTally &tally() const { return m_tally; }

private:
    CsvError run();

    QString m_path;
    CsvOptions m_options;
    qint64 m_offset;
    qint64 m_expectedSize;
    char m_delimiter;
    char m_quote;
    CsvRowTally m_tally;
    std::atomic<bool> m_cancelled {false};
    std::atomic<qint64> m_bytesDone {0};
    std::future<CsvError> m_result;
};

} // namespace fd
