#pragma once

#include "model/Result.h"

#include <QString>

namespace fd {

// Looks at an SQLite file's 100-byte header before any connection touches it, so that a text file,
// an image or a truncated registry is named as such instead of failing later with "malformed".
struct SqliteFileCheck
{
    enum class State { Missing, Empty, SqliteDatabase };

    // An Error for a file that is not an SQLite database, is truncated, or cannot be read.
    static Result<State> inspect(const QString &path);

    // Why the registry at path cannot be written, naming the file or its folder; empty when it
    // can. The file's permission bits count even for root, who could ignore them; a folder counts
    // when the system says no (a read-only mount, or no write permission for this user), since
    // SQLite must create the registry's -wal and -shm files beside it.
    static QString readOnlyReason(const QString &path);
    // Whether the folder that holds path may be written (files created in it).
    static bool folderWritable(const QString &path);
};

} // namespace fd
