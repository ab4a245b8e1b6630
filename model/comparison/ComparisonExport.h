#pragma once

#include "model/Result.h"
#include "model/comparison/ArtifactComparison.h"

#include <QByteArray>
#include <QList>

namespace fd {

// Writes the differences of a comparison for a spreadsheet or a script: one row per member that
// is only in A or only in B (and, when asked, per shared member), slot by slot. Columns: slot,
// where ("only_a", "only_b", "shared"), uid, name. Written atomically: a failed export leaves no
// half a file, and no file at all where there was none.
class ComparisonExport
{
public:
    enum class Format { Tsv, Csv };
    enum class Members { Differences, All }; // All: the shared members too

    // Csv for a .csv file name, Tsv for anything else (.tsv, .tab, .txt, none).
    static Format formatForPath(const QString &path);

    static QByteArray toDelimited(const QList<SlotComparison> &comparisons, Members members,
                                  char delimiter);
    static Status write(const QString &path, Format format,
                        const QList<SlotComparison> &comparisons, Members members);
};

} // namespace fd
