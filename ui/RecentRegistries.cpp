#include "ui/RecentRegistries.h"

#include <QSettings>

namespace fd {

namespace {
const QString Key = QStringLiteral("registry/recent");
}

QStringList RecentRegistries::list()
{
    return QSettings().value(Key).toStringList();
}

void RecentRegistries::add(const QString &displayLocation)
{
    if (displayLocation.isEmpty())
        return;
    QStringList recent = list();
    recent.removeAll(displayLocation);
    recent.prepend(displayLocation);
    while (recent.size() > Kept)
        recent.removeLast();
    QSettings().setValue(Key, recent);
}

void RecentRegistries::remove(const QString &displayLocation)
{
    QStringList recent = list();
    recent.removeAll(displayLocation);
    QSettings().setValue(Key, recent);
}

} // namespace fd
