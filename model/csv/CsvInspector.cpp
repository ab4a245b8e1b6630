#include "model/csv/CsvInspector.h"

#include "model/csv/CsvHeader.h"
#include "model/csv/CsvProgress.h"
#include "model/csv/CsvReader.h"
#include "model/csv/CsvRowTally.h"
#include "model/csv/CsvSniffer.h"
#include "model/csv/CsvSplitScan.h"

#include <QCoreApplication>
#include <QThread>

#include <memory>

namespace fd {

namespace {

// The first half's reader reports progress; the second half's bytes are added, and a cancel is
// passed on to it.
class SplitProgress final : public CsvProgress
{
public:
    SplitProgress(CsvProgress *progress, CsvSplitScan *split)
        : m_progress(progress)
        , m_split(split)
    {
    }

    bool update(qint64 bytesDone, qint64 bytesTotal) override
    {
        if (!m_progress)
            return true;
        const qint64 second = m_split && m_split->isStarted() ? m_split->bytesDone() : 0;
        if (m_progress->update(bytesDone + second, bytesTotal))
            return true;
        if (m_split)
            m_split->cancel();
        return false;
    }

private:
    CsvProgress *m_progress;
    CsvSplitScan *m_split;
};

} // namespace

CsvInspector::CsvInspector(CsvOptions options)
    : m_options(std::move(options))
{
}

qsizetype CsvInspector::distinctCapFor(qsizetype columnCount)
{
    return qBound<qsizetype>(16, DistinctBudget / qMax<qsizetype>(1, columnCount), DistinctCap);
}

Result<CsvInspection> CsvInspector::inspect(const QString &path, CsvProgress *progress)
{
    CsvReader reader(m_options);
    m_error = reader.open(path);
    if (!m_error.ok())
        return m_error.toError();
    CsvSniffer sniffer(m_options);
    Result<CsvSniffResult> sniffed = sniffer.sniff(reader);
    if (!sniffed) {
        m_error = sniffer.lastError();
        return sniffed.error();
    }

    CsvInspection inspection;
    inspection.path = path;
    inspection.dialect = sniffed->dialect;
    inspection.warnings = sniffed->warnings;
    const char delimiter = inspection.dialect.delimiter;
    const char quote = inspection.dialect.quote;

    // With two cores, a second thread tallies the second half of the file; see CsvSplitScan.
    std::unique_ptr<CsvSplitScan> split;
    qint64 splitLine = 0; // the file's line where the second half starts, once confirmed
    if (m_options.maxRows < 0 && reader.canSplit() && QThread::idealThreadCount() > 1) {
        if (const qint64 offset = CsvSplitScan::findSplit(path, m_options); offset > 0) {
            split = std::make_unique<CsvSplitScan>(path, m_options, offset, delimiter, quote,
                                                   reader.fileSize());
            reader.setSplit(offset, [&](qint64 recordOffset, qint64 line) {
                if (split->isStarted() && recordOffset == split->offset()) {
                    splitLine = line;
                    return true;
                }
                split->cancel(); // the guess was inside a quoted field: read on alone
                return false;
            });
        }
    }
    SplitProgress combined(progress, split.get());

    QStringList names;
    CsvRowTally tally;
    auto setColumns = [&](qsizetype count) {
        tally = CsvRowTally(count);
        // A second tally doubles the memory of the profiles, which grows with the column count.
        if (split && count <= MaxSplitColumns)
            split->start(count);
    };
    bool headerPending = inspection.dialect.hasHeader;
    if (!headerPending)
        setColumns(qMax<qsizetype>(sniffed->columnCount, 1));

    m_error = reader.read(
        delimiter, quote,
        [&](const CsvRow &row) {
            if (headerPending) {
                headerPending = false;
                QStringList raw;
                raw.reserve(row.size());
                for (qsizetype i = 0; i < row.size(); ++i)
                    raw.append(row.text(i));
                names = CsvHeader::uniqueNames(raw, &inspection.warnings);
                setColumns(row.size());
                if (row.invalidUtf8()) {
                    inspection.warnings
                        << QCoreApplication::translate("CsvReader",
                                                       "The header on line %1 is not valid UTF-8.")
                               .arg(row.line());
                }
                return true;
            }
            if (m_options.maxRows >= 0 && tally.rowCount() >= m_options.maxRows) {
                inspection.truncated = true;
                return false;
            }
            tally.add(row);
            return true;
        },
        split ? &combined : progress);
    if (!m_error.ok())
        return m_error.toError(); // split's destructor cancels it and waits
    if (splitLine > 0) {
        m_error = split->finish(progress, split->offset(), splitLine - 1);
        if (!m_error.ok())
            return m_error.toError();
        tally.merge(split->tally(), splitLine - 1);
    }

    if (!tally.hasColumns())
        tally = CsvRowTally(qMax<qsizetype>(sniffed->columnCount, 1)); // only a header, or nothing
    if (names.isEmpty()) {
        for (qsizetype i = 0; i < tally.columnCount(); ++i)
            names << QString::number(i);
    }
    tally.fill(inspection, names);
    return inspection;
}

} // namespace fd
