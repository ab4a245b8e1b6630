#pragma once

#include "model/Result.h"
#include "model/validation/Curation.h"
#include "model/validation/Validation.h"

#include <QList>

namespace fd {

// Writes a review (its report and decisions) for people who were not at the screen: CSV or TSV
// for a spreadsheet, or a self-contained HTML page with the counts per status and a table. One
// row per checked value: value, status, standard, candidates, suggestions, count, dtypes,
// decision, note. Written atomically: a failed export leaves no half file.
class ValidationExport
{
public:
    enum class Format { Csv, Tsv, Html };

    // The format a file name asks for (.csv, .tsv/.tab/.txt, .html/.htm); Csv when unknown.
    static Format formatForPath(const QString &path);

    // source: the file that was reviewed, named in the HTML's title.
    static Status write(const QString &path, Format format, const ValidationReport &report,
                        const QList<ValueDecision> &decisions, const QString &source);

    static QByteArray toDelimited(const ValidationReport &report,
                                  const QList<ValueDecision> &decisions, char delimiter);
    static QByteArray toHtml(const ValidationReport &report, const QList<ValueDecision> &decisions,
                             const QString &source);
};

} // namespace fd
