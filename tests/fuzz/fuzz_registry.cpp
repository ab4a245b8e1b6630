// libFuzzer target: a registry file that is not what it should be (damaged on disk, cut short,
// written by something else) opened as the window and `featuredesk-cli --registry F` open it —
// Registry::open with its checks and migrations, then the counts the status bar shows. A damaged
// file must be refused with an error or opened; never a crash.

#include "FuzzInput.h"

#include "model/db/Registry.h"
#include "model/db/RegistryLocation.h"

#include <QFile>

using namespace fd;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication(); // the SQL driver plugins need one
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QStringLiteral("input.sqlite");
    // What SQLite left beside the last input would be read with this one.
    const QString path = fuzz::writeInput(data, size, name);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    Registry::OpenOptions options;
    options.createIfMissing = false;
    Result<std::unique_ptr<Registry>> registry
        = Registry::open(RegistryLocation::sqliteFile(path), options);
    if (registry)
        (void)registry.value()->counts();
    return 0;
}
