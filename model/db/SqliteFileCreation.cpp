#include "model/db/SqliteFileCreation.h"

#include "model/db/SqliteFileCheck.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace fd {

namespace {

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1StringView(suffix));
}

enum class Moved { Done, TargetExists, Failed };

// Moves from to to unless to exists, in one step where the system allows it.
Moved moveWithoutReplacing(const QString &from, const QString &to, QString *why)
{
#ifdef Q_OS_UNIX
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
#ifdef Q_OS_LINUX
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE)
        == 0)
        return Moved::Done;
    if (errno == EEXIST)
        return Moved::TargetExists;
    if (errno != EINVAL && errno != ENOSYS) {
        *why = QString::fromLocal8Bit(strerror(errno));
        return Moved::Failed;
    }
#endif
    // A file system without that rename: a hard link fails as well when the name is taken.
    if (::link(source.constData(), target.constData()) == 0) {
        ::unlink(source.constData());
        return Moved::Done;
    }
    if (errno == EEXIST)
        return Moved::TargetExists;
    *why = QString::fromLocal8Bit(strerror(errno));
    return Moved::Failed;
#else
    if (QFileInfo::exists(to))
        return Moved::TargetExists;
    QFile file(from);
    if (file.rename(to))
        return Moved::Done;
    *why = file.errorString();
    return Moved::Failed;
#endif
}

// The new name on disk, not only in the page cache: a power cut after `init` returned keeps it.
void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

} // namespace

Status SqliteFileCreation::createIfMissing(const RegistryLocation &location,
                                           const Registry::OpenOptions &options)
{
    if (!location.isSqlite() || !options.createIfMissing || QFileInfo::exists(location.filePath()))
        return {};
    // A folder that may not be written gets its message from Registry::openSqlite, which creates
    // nothing there either.
    const QFileInfo folder(QFileInfo(location.filePath()).absolutePath());
    if (folder.exists() && !SqliteFileCheck::folderWritable(location.filePath()))
        return {};
    return create(location.filePath(), [&options](const QString &buildPath) -> Status {
        Registry::OpenOptions building = options;
        building.connectionName.clear();
        const Result<std::unique_ptr<Registry>> built
            = Registry::open(RegistryLocation::sqliteFile(buildPath), building);
        return built ? Status() : Status(built.error());
    });
}

QString SqliteFileCreation::temporaryPathFor(const QString &path)
{
    static QAtomicInteger<quint32> counter;
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QStringLiteral(".%1.creating-%2-%3")
                                           .arg(info.fileName())
                                           .arg(QCoreApplication::applicationPid())
                                           .arg(counter.fetchAndAddRelaxed(1)));
}

Status SqliteFileCreation::create(const QString &path,
                                  const std::function<Status(const QString &buildPath)> &build)
{
    const QString building = temporaryPathFor(path);
    removeWithCompanions(building);
    const QString shown = QDir::toNativeSeparators(path);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate(
                               "fd::SqliteFileCreation",
                               "Cannot create the folder %1; choose a folder you may write to.")
                               .arg(QDir::toNativeSeparators(folder)));
    {
        // Empty, the file is one SQLite makes a database of; and build's open finds it there.
        QFile reserved(building);
        if (!reserved.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error::make(
                reserved.error() == QFileDevice::PermissionsError ? Error::Code::ReadOnly
                                                                  : Error::Code::Io,
                QCoreApplication::translate(
                    "fd::SqliteFileCreation",
                    "Could not create the registry %1 in the folder %2: %3. "
                    "Choose a folder you may write to.")
                    .arg(shown, QDir::toNativeSeparators(folder), reserved.errorString()));
    }
    Status built = build(building);
    if (!built) {
        removeWithCompanions(building);
        Error error = built.error();
        error.message.replace(QDir::toNativeSeparators(building), shown);
        error.message.replace(building, shown);
        return error;
    }
    // Closed, an SQLite file holds everything itself; a journal left beside it means the last
    // write did not reach the file (no space for the checkpoint, for one).
    for (const char *suffix : {"-wal", "-journal"}) {
        const QFileInfo companion(building + QLatin1StringView(suffix));
        if (companion.exists() && companion.size() > 0) {
            removeWithCompanions(building);
            return Error::make(Error::Code::Io,
                               QCoreApplication::translate(
                                   "fd::SqliteFileCreation",
                                   "Could not create the registry %1: its last write did not "
                                   "reach the file, most likely because the disk is full. Nothing "
                                   "was created; free some space and try again.")
                                   .arg(shown));
        }
    }
    QString why;
    switch (moveWithoutReplacing(building, path, &why)) {
    case Moved::Done:
        removeWithCompanions(building); // an empty -shm, if any
        syncFolder(folder);
        return {};
    case Moved::TargetExists:
        // Made by another program meanwhile: that one stands.
        removeWithCompanions(building);
        return {};
    case Moved::Failed:
        break;
    }
    removeWithCompanions(building);
    return Error::make(
        Error::Code::Io,
        QCoreApplication::translate("fd::SqliteFileCreation",
                                    "Could not create the registry %1: %2. Nothing was created.")
            .arg(shown, why));
}

} // namespace fd
