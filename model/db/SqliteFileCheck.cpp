#include "model/db/SqliteFileCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fd {

namespace {

quint32 bigEndian(const QByteArray &bytes, int offset, int width)
{
    quint32 value = 0;
    for (int i = 0; i < width; ++i)
        value = (value << 8) | static_cast<unsigned char>(bytes.at(offset + i));
    return value;
}

} // namespace

Result<SqliteFileCheck::State> SqliteFileCheck::inspect(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return State::Missing;
    if (info.isDir())
        return Error::make(
            Error::Code::NotARegistry,
            QCoreApplication::translate("fd::SqliteFileCheck",
                                        "%1 is a folder, not a registry file. Choose the "
                                        "registry's .sqlite file inside it.")
                .arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("fd::SqliteFileCheck",
                                        "Cannot read %1: %2. Check the file's permissions.")
                .arg(shown, file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return State::Empty;
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return Error::make(
            Error::Code::NotARegistry,
            QCoreApplication::translate("fd::SqliteFileCheck",
                                        "%1 is not a FeatureDesk registry (not an SQLite "
                                        "database). Open a registry file instead.")
                .arg(shown),
            Error::Remedy::CreateRegistry);
    // Page size at offset 16 (1 means 65536); the page count at 28 is valid when the "version
    // valid for" number at 92 equals the change counter at 24.
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = bigEndian(header, 28, 4);
    const bool countValid = bigEndian(header, 92, 4) == bigEndian(header, 24, 4);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return Error::make(
            Error::Code::Corrupt,
            QCoreApplication::translate("fd::SqliteFileCheck",
                                        "%1 is damaged: its header is not valid. Restore the "
                                        "registry from a backup.")
                .arg(shown));
    const qint64 expected = qint64(pageSize) * pageCount;
    if (countValid && pageCount > 0 && size < expected)
        return Error::make(
            Error::Code::Corrupt,
            QCoreApplication::translate("fd::SqliteFileCheck",
                                        "%1 is truncated: it should hold %2 bytes but holds %3. "
                                        "Restore the registry from a backup; FeatureDesk "
                                        "has not changed it.")
                .arg(shown)
                .arg(expected)
                .arg(size));
    return State::SqliteDatabase;
}

QString SqliteFileCheck::readOnlyReason(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    const QFile::Permissions permissions = QFile::permissions(path);
    // WriteUser asks the system whether we may write, which root always may; a file with no write
    // bit at all is marked read-only on purpose, and root respects that here too.
    const bool fileWritable = (permissions & QFile::WriteUser)
        && (permissions & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
    if (!fileWritable)
        return QCoreApplication::translate("fd::SqliteFileCheck",
                                           "The registry file %1 is read-only.")
            .arg(QDir::toNativeSeparators(path));
    if (!folderWritable(path))
        return QCoreApplication::translate(
                   "fd::SqliteFileCheck",
                   "The folder %1 that holds the registry is read-only, and SQLite must "
                   "create the registry's working files (-wal, -shm) beside it.")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

bool SqliteFileCheck::folderWritable(const QString &path)
{
    return QFileInfo(QFileInfo(path).absolutePath()).isWritable();
}

} // namespace fd
