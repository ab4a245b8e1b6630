#pragma once

#include <QString>

namespace fd::test {

// How many POSIX locks this process holds on the file, read from /proc/locks (Linux); -1 when the
// file is not there or /proc/locks cannot be read. SQLite's locks are such locks, so a connection
// in WAL mode shows at least one on its registry file.
int locksHeldOn(const QString &path);

} // namespace fd::test
