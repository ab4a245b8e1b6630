#pragma once

#include "model/Result.h"
#include "model/csv/CsvDialect.h"
#include "model/csv/CsvOptions.h"

#include <QHash>
#include <QStringList>

namespace fd {

class CsvColumnRef;
class CsvProgress;

// The values of one column, each distinct value once with how often it occurs: what validating a
// column's values needs (the validator sees each value once; the counts go into its report).
//
// read() streams the file, so memory is the distinct values, not the file; a column of a million
// distinct ids does hold a million strings, which the validator needs anyway.
struct CsvColumnValues
{
    CsvDialect dialect; // as sniffed, or as the options forced it
    qsizetype column = -1; // the 0-based position that was read
    QStringList distinct; // non-empty values in first-seen order, exactly as written
    QHash<QString, qint64> counts; // value → rows that hold it
    qint64 empty = 0; // empty or whitespace-only cells, and rows too short to have one
    qint64 total = 0; // data rows (the header is not one)

    qint64 duplicates() const { return total - empty - distinct.size(); }

    // Every unset dialect option is sniffed (CsvSniffer). A column that is not there is an error
    // naming the file and the column; progress may cancel the read (Error::Code::Cancelled).
    static Result<CsvColumnValues> read(const QString &path, const CsvColumnRef &column,
                                        const CsvOptions &options = {},
                                        CsvProgress *progress = nullptr);
};

} // namespace fd
