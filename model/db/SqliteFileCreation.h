#pragma once

#include "model/Result.h"
#include "model/db/Registry.h"

#include <QString>

#include <functional>

namespace fd {

// Makes a new SQLite registry file complete or not at all. The registry is built under a
// temporary name in the same folder (a hidden file beside it), every connection to it closed, and
// only then moved to its name, which it takes only if no file appeared there meanwhile. A build
// that fails (a full disk, a kill) never leaves a file under the registry's name: its temporary
// file is removed (after a kill, the hidden file may stay behind, named ".NAME.creating-…").
class SqliteFileCreation
{
public:
    // For Registry::open: when options ask for a missing SQLite file to be created, creates it
    // (migrated to the latest schema, the user on record) through create(); otherwise nothing.
    static Status createIfMissing(const RegistryLocation &location,
                                  const Registry::OpenOptions &options);

    // build: makes a complete registry at the path it is given (an empty file) and closes it. An
    // error of build names the registry's path, not the temporary one. Another process creating the
    // same file meanwhile is no error: that file is kept, and this build removed.
    static Status create(const QString &path,
                         const std::function<Status(const QString &buildPath)> &build);

    // The name build gets, for tests: hidden, in path's folder, unique to this process and call.
    static QString temporaryPathFor(const QString &path);
};

} // namespace fd
