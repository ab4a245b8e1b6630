// libFuzzer target: a delimited file as the import page and `featuredesk-cli inspect` read it —
// plain or gzip (see FuzzInput.h), sniffed, decoded, previewed, every value
// typed and profiled, and the first column's values read as the review's values mode does.

#include "FuzzInput.h"

#include "model/csv/CsvColumnRef.h"
#include "model/csv/CsvColumnValues.h"
#include "model/csv/CsvInspector.h"
#include "model/csv/CsvPreview.h"
#include "model/csv/CsvSniffer.h"

#include <cstdlib>

using namespace fd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::writeMaybeGzip(data, size, QStringLiteral("input.csv"));

    (void)CsvSniffer().sniff(path);
    (void)CsvPreview().preview(path);
    const Result<CsvInspection> inspection = CsvInspector().inspect(path);
    if (!inspection)
        return 0;
    // What a scan says of itself must hold whatever the bytes.
    for (const CsvColumnSummary &column : inspection->columns)
        if (column.missing < 0 || column.missing > inspection->rowCount || column.distinct < 0
            || column.name.isEmpty())
            std::abort();
    if (inspection->malformedCount > inspection->rowCount
        || inspection->malformedRows.size() > CsvInspection::MaxListedMalformedRows)
        std::abort();
    if (!inspection->columns.isEmpty()) {
        const Result<CsvColumnValues> values = CsvColumnValues::read(path, CsvColumnRef::at(0));
        if (values && (values->empty < 0 || values->empty > values->total))
            std::abort();
    }
    return 0;
}
