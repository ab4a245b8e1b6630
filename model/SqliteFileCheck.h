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

    // True when the file's permission bits forbid writing (even for root, who ignores them).
    static bool isMarkedReadOnly(const QString &path);
};

} // namespace fd
