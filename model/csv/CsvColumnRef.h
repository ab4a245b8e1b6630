#pragma once

#include "model/Result.h"

#include <QString>
#include <QStringList>

namespace fd {

// A column as a user names it: by its header name, or, in a file without a header, by its 0-based
// position. A command line cannot tell which it is before the file is sniffed, so fromText() keeps
// both readings and resolve() picks one once the first record is known. Shared by every reader that
// works on one column (CsvColumnValues, CsvStandardizer), so that they find columns and word their
// errors alike.
class CsvColumnRef
{
public:
    CsvColumnRef() = default;

    static CsvColumnRef named(QString name);
    static CsvColumnRef at(qsizetype index);
    // A header name; when it is a plain number, also the 0-based position in a file without a
    // header.
    static CsvColumnRef fromText(const QString &text);

    // The column's 0-based position, given the file's first record (its header when hasHeader). A
    // name is matched exactly, then against the names preview and inspect show
    // (CsvHeader::uniqueNames: "Unnamed: 2", "a.1" for a second "a"). The error names path and the
    // column.
    Result<qsizetype> resolve(const QStringList &firstRecord, bool hasHeader,
                              const QString &path) const;

private:
    QString m_name;
    qsizetype m_index = -1;
};

} // namespace fd
