#pragma once

#include "model/Result.h"
#include "model/csv/CsvDialect.h"
#include "model/csv/CsvOptions.h"
#include "model/csv/CsvWriter.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace fd {

class CsvColumnRef;
class CsvProgress;

struct CsvStandardization
{
    CsvDialect dialect; // the input's, as sniffed or forced; the copy keeps its delimiter and quote
    CsvWriter::LineEnding lineEnding = CsvWriter::LineEnding::Lf;
    qint64 cellsReplaced = 0; // header cells when standardizing the header
    qint64 rows = 0; // data rows written; the header is not one
    QStringList warnings; // the sniffer's, and names the header now has twice
};

// Writes a copy of a CSV/TSV file with one column's values, or the header's column names, replaced:
// the writing half of "validate, then standardize". The replacements come from the caller (the
// validator's standardizable values); this class knows nothing of registries and shows nothing.
//
// The input is streamed through CsvReader and never written. The copy goes through QSaveFile, so it
// appears whole or not at all: a read error, a write error or a cancel through progress leaves no
// partial file (and an existing file at outPath as it was). outPath naming the input is refused.
//
// What the copy keeps and what it does not, since it is re-written rather than patched:
// - cells are written back from the parsed fields, quoted only where CsvWriter must: quotes that
//   were not needed are dropped, nothing else in a field changes (invalid UTF-8 is copied as is);
// - rows with fewer or more fields than the header (malformed rows) are copied as parsed, with
//   their own field count; a row too short to have the column has nothing to replace;
// - blank lines, and comment lines when CsvOptions::commentPrefix is set, are dropped: the parser
//   skips them before any record reaches us;
// - the text is UTF-8, with a byte order mark when the input had a UTF-8 one; UTF-16 and
//   Latin-1/Windows-1252 input becomes UTF-8 and gzip input is written uncompressed;
// - a NUL character (U+0000) anywhere, which a UTF-16 file holds as text, stops the copy with an
//   error naming its line and field: written out it would make the copy a binary file;
// - the line ending is the input's first one, CRLF or LF (a file of old-Mac CRs gets LF);
// - CsvOptions::maxRows does not apply: a copy is always whole.
class CsvStandardizer
{
public:
    explicit CsvStandardizer(CsvOptions options = {});

    // Replaces the cells of column whose whole text is a key of replacements (exact match: a value
    // padded with spaces is its own key, as the validator reports it).
    Result<CsvStandardization> standardizeColumn(const QString &path, const CsvColumnRef &column,
                                                 const QHash<QString, QString> &replacements,
                                                 const QString &outPath,
                                                 CsvProgress *progress = nullptr) const;

    // Replaces header cells, looked up by the names inspect and validate show
    // (CsvHeader::uniqueNames: a second "a" is "a.1", an empty name "Unnamed: N"). A file without a
    // header is an error.
    Result<CsvStandardization> standardizeHeader(const QString &path,
                                                 const QHash<QString, QString> &replacements,
                                                 const QString &outPath,
                                                 CsvProgress *progress = nullptr) const;

private:
    Result<CsvStandardization> copy(const QString &path, const CsvColumnRef *column,
                                    const QHash<QString, QString> &replacements,
                                    const QString &outPath, CsvProgress *progress) const;

    CsvOptions m_options;
};

} // namespace fd
