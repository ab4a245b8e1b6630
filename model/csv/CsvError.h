#pragma once

#include "model/Result.h"

#include <QMetaType>
#include <QString>

namespace fd {

// Why reading a CSV/TSV file stopped, in the spirit of LabPlot's FilterStatus: a typed status that
// the GUI and the CLI can test, and a translated message that names the file, line and column.
enum class CsvStatus {
    Ok,
    Cancelled,
    FileNotFound,
    ReadError, // the OS refused to open or read the file, or it vanished while being read
    GzipError, // a damaged or truncated gzip stream
    EmptyFile, // no bytes, or nothing but blank and comment lines
    BinaryFile, // NUL bytes in the sample: not a text file
    UnknownEncoding, // CsvOptions::encoding names an encoding we cannot decode
    InvalidOption, // e.g. a delimiter that is also the quote character
    UnbalancedQuote, // a quoted field opened and never closed before the end of the file
    RowTooLong, // one record larger than CsvOptions::maxRecordBytes
    RegistryFile, // a registry file this process has open (detail: the whole message)
};

struct CsvError
{
    CsvStatus status = CsvStatus::Ok;
    QString file;
    qint64 line = 0; // 1-based physical line, 0 when it does not apply
    qint64 column = 0; // 1-based field number, 0 when it does not apply
    QString detail; // e.g. the OS's error string or the unknown encoding's name

    bool ok() const { return status == CsvStatus::Ok; }

    // A complete sentence for the user, translated in the "CsvReader" context.
    QString message() const;

    // The project-wide error value, with the code that fits the status and message() as its text.
    Error toError() const;

    static CsvError make(CsvStatus status, QString file, qint64 line = 0, qint64 column = 0,
                         QString detail = {});
};

} // namespace fd

Q_DECLARE_METATYPE(fd::CsvError)
