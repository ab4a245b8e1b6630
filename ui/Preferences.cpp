#include "ui/Preferences.h"

#include <QSettings>

namespace fd::preferences {

QString defaultRegistry()
{
    return QSettings().value(QStringLiteral("registry/default")).toString();
}

void setDefaultRegistry(const QString &location)
{
    QSettings().setValue(QStringLiteral("registry/default"), location.trimmed());
}

QString language()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

int headerRow()
{
    return QSettings().value(QStringLiteral("import/header"), -1).toInt();
}

void setHeaderRow(int header)
{
    QSettings().setValue(QStringLiteral("import/header"), header);
}

QString encoding()
{
    return QSettings().value(QStringLiteral("import/encoding")).toString();
}

void setEncoding(const QString &encoding)
{
    QSettings().setValue(QStringLiteral("import/encoding"), encoding);
}

} // namespace fd::preferences
