#include "model/csv/CsvError.h"

#include <QCoreApplication>
#include <QDir>

namespace fd {

namespace {

QString location(const CsvError &error)
{
    const QString file = QDir::toNativeSeparators(error.file);
    if (error.line > 0 && error.column > 0)
        return QCoreApplication::translate("CsvReader", "%1, line %2, column %3")
            .arg(file)
            .arg(error.line)
            .arg(error.column);
    if (error.line > 0)
        return QCoreApplication::translate("CsvReader", "%1, line %2").arg(file).arg(error.line);
    return file;
}

} // namespace

QString CsvError::message() const
{
    const QString where = location(*this);
    switch (status) {
    case CsvStatus::Ok:
        return {};
    case CsvStatus::Cancelled:
        return QCoreApplication::translate("CsvReader", "Reading %1 was cancelled.").arg(where);
    case CsvStatus::FileNotFound:
        return QCoreApplication::translate("CsvReader",
                                           "%1: the file does not exist. Check the path.")
            .arg(where);
    case CsvStatus::ReadError:
        return QCoreApplication::translate("CsvReader",
                                           "%1: the file could not be read (%2). Check that it "
                                           "still exists and that you may "
                                           "read it.")
            .arg(where, detail);
    case CsvStatus::GzipError:
        return QCoreApplication::translate("CsvReader",
                                           "%1: the gzip data is damaged or truncated (%2).")
            .arg(where, detail);
    case CsvStatus::EmptyFile:
        return QCoreApplication::translate("CsvReader", "%1: the file is empty.").arg(where);
    case CsvStatus::BinaryFile:
        return QCoreApplication::translate(
                   "CsvReader",
                   "%1: this is not a text file (it contains NUL bytes). Choose a CSV or TSV file.")
            .arg(where);
    case CsvStatus::UnknownEncoding:
        return QCoreApplication::translate(
                   "CsvReader",
                   "%1: the encoding \"%2\" is not supported. Use UTF-8, UTF-16LE, UTF-16BE, "
                   "Latin-1 or Windows-1252.")
            .arg(where, detail);
    case CsvStatus::InvalidOption:
        return QCoreApplication::translate("CsvReader", "%1: invalid option: %2.")
            .arg(where, detail);
    case CsvStatus::UnbalancedQuote:
        return QCoreApplication::translate("CsvReader",
                                           "%1: a quoted field starts here and is never closed. "
                                           "Check the quotes on that line.")
            .arg(where);
    case CsvStatus::RowTooLong:
        return QCoreApplication::translate("CsvReader",
                                           "%1: a record is longer than %2 MiB; the file is "
                                           "probably not a CSV file, or a quote "
                                           "is never closed.")
            .arg(where, detail);
    case CsvStatus::RegistryFile:
        return detail;
    }
    return {};
}

Error CsvError::toError() const
{
    Error::Code code = Error::Code::Io;
    switch (status) {
    case CsvStatus::Ok:
        code = Error::Code::None;
        break;
    case CsvStatus::Cancelled:
        code = Error::Code::Cancelled;
        break;
    case CsvStatus::FileNotFound:
        code = Error::Code::NotFound;
        break;
    case CsvStatus::ReadError:
    case CsvStatus::GzipError:
        code = Error::Code::Io;
        break;
    case CsvStatus::EmptyFile:
    case CsvStatus::BinaryFile:
    case CsvStatus::UnknownEncoding:
    case CsvStatus::InvalidOption:
    case CsvStatus::UnbalancedQuote:
    case CsvStatus::RowTooLong:
    case CsvStatus::RegistryFile:
        code = Error::Code::Invalid;
        break;
    }
    return Error::make(code, message());
}

CsvError CsvError::make(CsvStatus status, QString file, qint64 line, qint64 column, QString detail)
{
    return CsvError {status, std::move(file), line, column, std::move(detail)};
}

} // namespace fd
