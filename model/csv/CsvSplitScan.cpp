#include "model/csv/CsvSplitScan.h"

#include "model/csv/CsvProgress.h"
#include "model/csv/CsvReader.h"
#include "model/db/OpenRegistryFiles.h"

#include <QCoreApplication>
#include <QFile>

#include <chrono>

namespace fd {

namespace {

// How far past the middle a line end is looked for; a record longer than that is not worth a guess.
constexpr qint64 SplitSearchBytes = 1 << 20;

// Publishes the scan's progress to the caller's thread, and passes cancel back.
class ScanProgress final : public CsvProgress
{
public:
    ScanProgress(qint64 offset, std::atomic<qint64> &done, const std::atomic<bool> &cancelled)
        : m_offset(offset)
        , m_done(done)
        , m_cancelled(cancelled)
    {
    }

    bool update(qint64 bytesDone, qint64) override
    {
        m_done.store(bytesDone - m_offset, std::memory_order_relaxed);
        return !m_cancelled.load(std::memory_order_relaxed);
    }

private:
    qint64 m_offset;
    std::atomic<qint64> &m_done;
    const std::atomic<bool> &m_cancelled;
};

} // namespace

qint64 CsvSplitScan::findSplit(const QString &path, const CsvOptions &options)
{
    if (!OpenRegistryFiles::refuseRegistryFile(
            path, QCoreApplication::translate("fd::CsvSplitScan", "read it as a data file")))
        return -1;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const qint64 size = file.size();
    if (options.splitMinBytes < 0 || size < qMax<qint64>(options.splitMinBytes, 2)
        || !file.seek(size / 2))
        return -1;
    const QByteArray bytes = file.read(qMin(SplitSearchBytes, size - size / 2));
    const qsizetype lineEnd = bytes.indexOf('\n');
    if (lineEnd < 0 || size / 2 + lineEnd + 1 >= size)
        return -1;
    return size / 2 + lineEnd + 1;
}

CsvSplitScan::CsvSplitScan(QString path, CsvOptions options, qint64 offset, char delimiter,
                           char quote, qint64 expectedSize)
    : m_path(std::move(path))
    , m_options(std::move(options))
    , m_offset(offset)
    , m_expectedSize(expectedSize)
    , m_delimiter(delimiter)
    , m_quote(quote)
{
}

CsvSplitScan::~CsvSplitScan()
{
    cancel();
    if (m_result.valid())
        m_result.wait();
}

void CsvSplitScan::start(qsizetype columnCount)
{
    if (m_result.valid())
        return;
    m_tally = CsvRowTally(columnCount);
    m_result = std::async(std::launch::async, [this] { return run(); });
}

CsvError CsvSplitScan::run()
{
    CsvReader reader(m_options);
    if (CsvError error = reader.open(m_path); !error.ok())
        return error;
    if (m_expectedSize > 0)
        reader.expectFileSize(m_expectedSize);
    ScanProgress progress(m_offset, m_bytesDone, m_cancelled);
    return reader.readFrom(
        m_offset, m_delimiter, m_quote,
        [this](const CsvRow &row) {
            m_tally.add(row);
            return true;
        },
        &progress);
}

CsvError CsvSplitScan::finish(CsvProgress *progress, qint64 bytesBefore, qint64 lineOffset)
{
    using namespace std::chrono_literals;
    const qint64 total = QFile(m_path).size();
    while (m_result.wait_for(50ms) != std::future_status::ready) {
        if (progress && !progress->update(bytesBefore + bytesDone(), total))
            cancel();
    }
    CsvError error = m_result.get();
    if (error.line > 0)
        error.line += lineOffset;
    return error;
}

} // namespace fd
