#pragma once

#include "model/csv/CsvColumnProfile.h"
#include "model/csv/CsvHashArena.h"
#include "model/csv/CsvInspection.h"

#include <vector>

namespace fd {

class CsvRow;

// What inspect counts over a stretch of data rows: the row count, the malformed rows and a profile
// per column. A file read in two halves at once has a tally per half, merged in file order.
class CsvRowTally
{
public:
    CsvRowTally() = default;
    explicit CsvRowTally(qsizetype columnCount);

    bool hasColumns() const { return m_expected >= 0; }
    qsizetype columnCount() const { return m_expected; }

    // Counts a data row; lineOffset is added to its line numbers (for a stretch that does not start
    // at line 1).
    void add(const CsvRow &row, qint64 lineOffset = 0);
    void merge(const CsvRowTally &later, qint64 lineOffset);

    qint64 rowCount() const { return m_rowCount; }
    // Moves the counts into inspection, the columns named by names. The distinct tables are given
    // back first (the counts are kept apart from them), so that a wide file's summaries do not
    // add to the memory its tables hold; the tally takes no rows after it.
    void fill(CsvInspection &inspection, const QStringList &names);

private:
    void addMalformed(qint64 line, const QString &reason);

    qsizetype m_expected = -1;
    CsvHashArena m_tables; // every profile's distinct table, one block
    std::vector<CsvColumnProfile> m_profiles;
    std::vector<quint64> m_hashes; // a wide row's value hashes, see add()
    bool m_allCapped = false; // every column's distinct count is capped: no more hashing
    qint64 m_nextCapCheck = 0;
    qint64 m_rowCount = 0;
    qint64 m_malformedCount = 0;
    QList<CsvMalformedRow> m_malformedRows;
    bool m_filled = false; // fill() gave the distinct tables back
};

} // namespace fd
