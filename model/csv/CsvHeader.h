#pragma once

#include <QStringList>

namespace fd {

// Column names from a header record, made usable the way pandas' read_csv makes them.
class CsvHeader
{
public:
    // Empty names become "Unnamed: N" (N the 0-based column), duplicates get ".1", ".2"... skipping
    // names the header already has, exactly as pandas 1.5 does: a,a,a.1 → a, a.2, a.1.
    // Each change is described in warnings, if given.
    static QStringList uniqueNames(const QStringList &raw, QStringList *warnings = nullptr);
};

} // namespace fd
