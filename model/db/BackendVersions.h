#pragma once

#include "model/Result.h"

#include <QString>

namespace fd {

// What the database backends on this machine are, for the About box and bug reports.
struct BackendVersions
{
    // The SQLite library Qt's QSQLITE driver runs on ("3.40.1"), asked of the library itself on a
    // throwaway in-memory connection: the driver may be built against the system library or its
    // own copy, so the version cannot be known at compile time.
    static Result<QString> sqliteVersion();

    // Whether Qt's PostgreSQL driver (and so the PostgreSQL client library) can be loaded, which
    // shared lab registries need.
    static bool postgresAvailable();
};

} // namespace fd
