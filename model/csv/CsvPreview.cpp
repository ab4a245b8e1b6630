#include "model/csv/CsvPreview.h"

#include "model/csv/CsvHeader.h"
#include "model/csv/CsvReader.h"
#include "model/csv/CsvSniffer.h"

namespace fd {

CsvPreview::CsvPreview(CsvOptions options)
    : m_options(std::move(options))
{
}

Result<CsvPreviewData> CsvPreview::preview(const QString &path, int rowCount)
{
    CsvReader reader(m_options);
    m_error = reader.open(path);
    if (!m_error.ok())
        return m_error.toError();
    CsvSniffer sniffer(m_options);
    Result<CsvSniffResult> sniffed = sniffer.sniff(reader);
    if (!sniffed) {
        m_error = sniffer.lastError();
        return sniffed.error();
    }

    CsvPreviewData data;
    data.dialect = sniffed->dialect;
    data.warnings = sniffed->warnings;
    bool headerPending = data.dialect.hasHeader;
    if (rowCount <= 0 && !headerPending)
        return data;
    m_error = reader.read(data.dialect.delimiter, data.dialect.quote, [&](const CsvRow &row) {
        if (headerPending) {
            headerPending = false;
            data.columns = CsvHeader::uniqueNames(row.texts(), &data.warnings);
        } else {
            data.rows.append(row.texts());
        }
        return data.rows.size() < rowCount;
    });
    if (!m_error.ok())
        return m_error.toError();
    return data;
}

} // namespace fd
