#pragma once

#include <QStringList>

namespace fd {

// The registries opened last, local files and shared servers, newest first, in QSettings: for
// File ▸ Open recent. Locations are kept as shown (RegistryLocation::displayText), so a password
// typed for a server is never written down.
class RecentRegistries
{
public:
    static constexpr int Kept = 8;

    static QStringList list();
    static void add(const QString &displayLocation);
    static void remove(const QString &displayLocation);
};

} // namespace fd
