#pragma once

#include "model/Result.h"

#include <QString>

class QIODevice;

#include <functional>

namespace fd {

// The SQLite registry files this process holds connections to.
//
// SQLite's locks are POSIX advisory locks, which belong to the process: closing *any* descriptor
// of a file drops every lock the process holds on it ("How To Corrupt An SQLite Database File",
// 2.2). A QFile opened and closed on a registry while a connection to it is open therefore
// leaves that connection without its locks, and another program may then checkpoint and delete
// the -wal and -shm files under it. So nothing in FeatureDesk opens a registry file, its -wal or
// its -shm outside SQLite while a connection to it exists:
// - Registry takes a Lease for each SQLite connection. Only the first lease on a file may look at
//   the file's bytes (the header check), under the same lock that records the lease, so no other
//   connection of this process can be open at that moment.
// - Every reader and writer of user-chosen files asks refuseRegistryFile() before it opens a path.
class OpenRegistryFiles
{
public:
    class Lease
    {
    public:
        Lease() = default;
        ~Lease();
        Lease(Lease &&other) noexcept;
        Lease &operator=(Lease &&other) noexcept;
        Q_DISABLE_COPY(Lease)

        bool isHeld() const { return !m_path.isEmpty(); }
        // Whether this lease was the first on its file (the file's bytes were checked).
        bool wasFirst() const { return m_first; }

    private:
        friend class OpenRegistryFiles;
        void release();
        QString m_path;
        bool m_first = false;
    };

    // A lease on the registry file at path for one more connection. When no connection of this
    // process holds the file, firstCheck runs first (it may open and read the file), and an
    // Error it returns is returned and no lease is taken; otherwise firstCheck is not called.
    static Result<Lease> acquire(const QString &path, const std::function<Status()> &firstCheck);

    // An Error naming the file when path is a registry file this process holds open, or its -wal
    // or -shm (the same file under another name or link counts too): `doing` says what was refused,
    // e.g. "read it as a data file".
    static Status refuseRegistryFile(const QString &path, const QString &doing);

    // Writes a file the user named (an export, a recipe, a chart) whole or not at all: refused
    // when it is an open registry's file, written into a temporary file beside it that replaces
    // it only once everything is written (QSaveFile). write() writes the content and returns an
    // empty string, or why it failed; a failure to open, write or replace the file is returned as
    // failed(reason), in the words of what was being saved.
    static Status writeWholeFile(const QString &path,
                                 const std::function<QString(QIODevice &file)> &write,
                                 const std::function<Error(const QString &reason)> &failed);

    // How many connections of this process hold the file (for tests and diagnostics).
    static int connectionCount(const QString &path);
};

} // namespace fd
