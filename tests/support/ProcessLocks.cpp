#include "tests/support/ProcessLocks.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <sys/stat.h>
#include <unistd.h>

namespace fd::test {

int locksHeldOn(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    // "1: POSIX  ADVISORY  READ 1234 fd:01:5678 128 128": the pid, then major:minor:inode.
    const QByteArray pid = QByteArray::number(qint64(::getpid()));
    const QByteArray inode = ':' + QByteArray::number(qulonglong(info.st_ino));
    int held = 0;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 6 && fields.at(1) == "POSIX" && fields.at(4) == pid
            && fields.at(5).endsWith(inode))
            ++held;
    }
    return held;
}

} // namespace fd::test
