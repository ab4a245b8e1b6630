#pragma once

#include "model/Result.h"
#include "model/csv/CsvError.h"
#include "model/csv/CsvInspection.h"
#include "model/csv/CsvOptions.h"

namespace fd {

class CsvProgress;

// Sniffs a file and scans all of it: the row count, each column's dtype over every value, missing
// and distinct counts, examples, and the malformed rows. Memory stays bounded whatever the file
// size: distinct values are counted as hashes, up to a cap per column that shrinks for wide files.
//
// A row with the wrong field count does not stop the scan: it is counted and listed (the first
// 100), and its cells still count (absent ones as missing, extra ones ignored). Rows are never
// dropped.
class CsvInspector
{
public:
    static constexpr qsizetype DistinctCap = 10000;
    static constexpr qsizetype DistinctBudget = 2'000'000; // hashes over all columns
    // Wider files are read by one thread, to keep memory under 100 MB (see CsvSplitScan).
    static constexpr qsizetype MaxSplitColumns = 4096;

    explicit CsvInspector(CsvOptions options = {});

    Result<CsvInspection> inspect(const QString &path, CsvProgress *progress = nullptr);

    // The typed status behind the last error (Cancelled, UnbalancedQuote, BinaryFile...).
    const CsvError &lastError() const { return m_error; }

    static qsizetype distinctCapFor(qsizetype columnCount);

private:
    CsvOptions m_options;
    CsvError m_error;
};

} // namespace fd
