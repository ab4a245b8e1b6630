#pragma once

#include "model/Result.h"
#include "model/csv/CsvDialect.h"
#include "model/csv/CsvError.h"
#include "model/csv/CsvOptions.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include <vector>

namespace fd {

class CsvReader;

struct CsvSniffResult
{
    CsvDialect dialect;
    int columnCount = 0; // the field count most sampled records have
    double consistency = 0; // the share of sampled records that have columnCount fields
    qsizetype sampledRecords = 0;
    bool unbalancedQuote = false; // the whole file was sampled and a quoted field never closes
    QList<CsvDialect> alternatives; // dialects that fit the sample as well or nearly as well
    QStringList warnings; // doubts, never hidden: ties, a guessed header, one column...
};

// Finds the dialect of a file by trial-parsing a bounded sample: the first sampleBytes, extended to
// whole records (a 60,000-column header is read whole), at most sampleRecords records.
//
// Each delimiter among , \t ; | (and CsvOptions::extraDelimiter) and each quote among " and ' is
// tried; the one under which most records have the same field count, with more than one field,
// wins. Ties go to more fields, then to that order and to ", and are reported in alternatives and
// warnings. The header is detected as in Python's csv.Sniffer.has_header: a column whose values
// below share a type (number, boolean, date) or a length votes for a header when the first cell
// does not fit it; with no votes either way, a first row of distinct, non-numeric cells is taken as
// a header, with a warning.
class CsvSniffer
{
public:
    explicit CsvSniffer(CsvOptions options = {});

    Result<CsvSniffResult> sniff(const QString &path);
    // Uses an open reader that has not read yet; the reader can read() the file afterwards.
    Result<CsvSniffResult> sniff(CsvReader &reader);
    // The sniffing itself, on UTF-8 text; the encoding and gzip fields of the dialect are left as
    // is.
    CsvSniffResult sniffSample(QByteArrayView sample, bool wholeFile) const;

    const CsvError &lastError() const { return m_error; }

    // Python's has_header on parsed records, plus the distinct-names rule when undecided.
    static bool detectHeader(const std::vector<std::vector<QByteArrayView>> &records,
                             bool *doubtful);

private:
    CsvOptions m_options;
    CsvError m_error;
};

} // namespace fd
