#include "model/csv/CsvColumnValues.h"

#include "model/csv/CsvColumnRef.h"
#include "model/csv/CsvReader.h"
#include "model/csv/CsvSniffer.h"

#include <optional>

namespace fd {

Result<CsvColumnValues> CsvColumnValues::read(const QString &path, const CsvColumnRef &column,
                                              const CsvOptions &options, CsvProgress *progress)
{
    CsvReader reader(options);
    if (const CsvError opened = reader.open(path); !opened.ok())
        return opened.toError();
    CsvSniffer sniffer(options);
    const Result<CsvSniffResult> sniffed = sniffer.sniff(reader);
    if (!sniffed)
        return sniffed.error();

    CsvColumnValues values;
    values.dialect = sniffed->dialect;
    bool first = true;
    std::optional<Error> missing;
    const CsvError read = reader.read(
        values.dialect.delimiter, values.dialect.quote,
        [&](const CsvRow &row) {
            if (first) {
                first = false;
                Result<qsizetype> found
                    = column.resolve(row.texts(), values.dialect.hasHeader, path);
                if (!found) {
                    missing = found.error();
                    return false;
                }
                values.column = *found;
                if (values.dialect.hasHeader)
                    return true;
            }
            ++values.total;
            if (values.column >= row.size()) {
                ++values.empty;
                return true;
            }
            const QString value = row.text(values.column);
            if (value.trimmed().isEmpty()) {
                ++values.empty;
                return true;
            }
            auto it = values.counts.find(value);
            if (it == values.counts.end()) {
                values.counts.insert(value, 1);
                values.distinct.append(value);
            } else {
                ++*it;
            }
            return true;
        },
        progress);
    if (missing)
        return *missing;
    if (!read.ok())
        return read.toError();
    return values;
}

} // namespace fd
