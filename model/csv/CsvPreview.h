#pragma once

#include "model/Result.h"
#include "model/csv/CsvDialect.h"
#include "model/csv/CsvError.h"
#include "model/csv/CsvOptions.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

namespace fd {

struct CsvPreviewData
{
    CsvDialect dialect;
    QStringList warnings;
    QStringList columns; // unique header names; empty without a header
    QList<QStringList> rows; // as many fields as the records have, not padded
};

// Sniffs a file and reads its first rows as text, for the import page and `featuredesk-cli
// preview`. It reads only the sample and the rows asked for, so a 60,000-column file previews in
// milliseconds.
class CsvPreview
{
public:
    explicit CsvPreview(CsvOptions options = {});

    Result<CsvPreviewData> preview(const QString &path, int rowCount = 20);
    const CsvError &lastError() const { return m_error; }

private:
    CsvOptions m_options;
    CsvError m_error;
};

} // namespace fd

Q_DECLARE_METATYPE(fd::CsvPreviewData)
