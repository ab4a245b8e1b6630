#include "model/db/OpenRegistryFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QSaveFile>

#include <utility>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace fd {

namespace {

struct Held
{
    QString path; // absolute
    int connections = 0;
};

QMutex &heldMutex()
{
    static QMutex mutex;
    return mutex;
}

QList<Held> &held()
{
    static QList<Held> files;
    return files;
}

QString absolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// The same file: the same inode where both exist (a hard link or another spelling of the path is
// the same file), else the same absolute path. stat() opens nothing, so it is safe to ask.
bool sameFile(const QString &a, const QString &b)
{
#ifdef Q_OS_UNIX
    struct stat sa
    {
    };
    struct stat sb
    {
    };
    const QByteArray na = QFile::encodeName(a);
    const QByteArray nb = QFile::encodeName(b);
    if (::stat(na.constData(), &sa) == 0 && ::stat(nb.constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
#endif
    return absolute(a) == absolute(b);
}

// Under heldMutex().
qsizetype indexOf(const QString &path)
{
    const QList<Held> &files = held();
    for (qsizetype i = 0; i < files.size(); ++i)
        if (files.at(i).connections > 0 && sameFile(files.at(i).path, path))
            return i;
    return -1;
}

} // namespace

OpenRegistryFiles::Lease::~Lease()
{
    release();
}

OpenRegistryFiles::Lease::Lease(Lease &&other) noexcept
    : m_path(std::exchange(other.m_path, QString()))
    , m_first(other.m_first)
{
}

OpenRegistryFiles::Lease &OpenRegistryFiles::Lease::operator=(Lease &&other) noexcept
{
    if (this != &other) {
        release();
        m_path = std::exchange(other.m_path, QString());
        m_first = other.m_first;
    }
    return *this;
}

void OpenRegistryFiles::Lease::release()
{
    if (m_path.isEmpty())
        return;
    QMutexLocker lock(&heldMutex());
    QList<Held> &files = held();
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (files.at(i).path == m_path) {
            if (--files[i].connections <= 0)
                files.removeAt(i);
            break;
        }
    }
    m_path.clear();
}

Result<OpenRegistryFiles::Lease>
OpenRegistryFiles::acquire(const QString &path, const std::function<Status()> &firstCheck)
{
    QMutexLocker lock(&heldMutex());
    Lease lease;
    const qsizetype at = indexOf(path);
    if (at >= 0) {
        ++held()[at].connections;
        lease.m_path = held().at(at).path;
        return lease;
    }
    if (firstCheck) {
        if (Status checked = firstCheck(); !checked)
            return checked.error();
    }
    const QString key = absolute(path);
    held().append(Held {key, 1});
    lease.m_path = key;
    lease.m_first = true;
    return lease;
}

Status OpenRegistryFiles::refuseRegistryFile(const QString &path, const QString &doing)
{
    QMutexLocker lock(&heldMutex());
    for (const Held &file : std::as_const(held())) {
        if (file.connections <= 0)
            continue;
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            const QString candidate = file.path + QLatin1StringView(suffix);
            if (!sameFile(path, candidate))
                continue;
            const QString shown = QDir::toNativeSeparators(path);
            const QString registry = QDir::toNativeSeparators(file.path);
            const QString what = *suffix
                ? QCoreApplication::translate("fd::OpenRegistryFiles",
                                              "%1 is a working file of the registry %2, "
                                              "which FeatureDesk has open")
                      .arg(shown, registry)
                : QCoreApplication::translate("fd::OpenRegistryFiles",
                                              "%1 is the registry FeatureDesk has open")
                      .arg(shown);
            return Error::make(
                Error::Code::Invalid,
                //: %2 is what was asked of the file: "write over it", "read it as a recipe" or
                //: "read it as a data file".
                QCoreApplication::translate("fd::OpenRegistryFiles",
                                            "%1; FeatureDesk will not %2, since opening it outside "
                                            "the database would release the registry's locks. "
                                            "Choose another file.")
                    .arg(what, doing));
        }
    }
    return {};
}

int OpenRegistryFiles::connectionCount(const QString &path)
{
    QMutexLocker lock(&heldMutex());
    const qsizetype at = indexOf(path);
    return at >= 0 ? held().at(at).connections : 0;
}

Status OpenRegistryFiles::writeWholeFile(const QString &path,
                                         const std::function<QString(QIODevice &file)> &write,
                                         const std::function<Error(const QString &reason)> &failed)
{
    if (Status allowed = refuseRegistryFile(
            path, QCoreApplication::translate("fd::OpenRegistryFiles", "write over it"));
        !allowed)
        return allowed;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    QString reason = write(file);
    if (reason.isEmpty() && file.error() != QFileDevice::NoError)
        reason = file.errorString();
    if (!reason.isEmpty()) {
        file.cancelWriting();
        return failed(reason);
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace fd
