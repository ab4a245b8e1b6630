#include "model/db/RegistryLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace fd {

Result<RegistryLocation> RegistryLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("fd::RegistryLocation", "No registry location was given."));

    const bool isUrl = trimmed.startsWith(QLatin1StringView("postgresql://"))
        || trimmed.startsWith(QLatin1StringView("postgres://"));
    if (!isUrl) {
        if (trimmed.contains(QLatin1StringView("://")))
            return Error::make(
                Error::Code::Invalid,
                QCoreApplication::translate("fd::RegistryLocation",
                                            "'%1' is neither a file path nor a postgresql:// URL.")
                    .arg(trimmed));
        return sqliteFile(trimmed);
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    RegistryLocation location;
    location.m_kind = Kind::Postgres;
    location.m_host = url.host();
    location.m_port = url.port(5432);
    location.m_user = url.userName();
    location.m_password = url.password();
    location.m_database = url.path().mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("connect_timeout")))
        location.m_connectTimeout = query.queryItemValue(QStringLiteral("connect_timeout")).toInt();
    if (!url.isValid() || location.m_host.isEmpty() || location.m_database.isEmpty()
        || location.m_database.contains(QLatin1Char('/')))
        return Error::make(Error::Code::Invalid,
                           QCoreApplication::translate("fd::RegistryLocation",
                                                       "'%1' is not a valid registry URL; write "
                                                       "postgresql://user@host:port/database.")
                               .arg(location.displayText()));
    return location;
}

RegistryLocation RegistryLocation::sqliteFile(const QString &path)
{
    RegistryLocation location;
    location.m_kind = Kind::Sqlite;
    location.m_path = QFileInfo(QDir::fromNativeSeparators(path)).absoluteFilePath();
    return location;
}

QString RegistryLocation::defaultLocationText()
{
    const QString fromEnvironment = qEnvironmentVariable("FEATUREDESK_REGISTRY");
    if (!fromEnvironment.trimmed().isEmpty())
        return fromEnvironment.trimmed();
    QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.local/share");
    return folder + QStringLiteral("/FeatureDesk/registry.sqlite");
}

QString RegistryLocation::displayText() const
{
    if (m_kind == Kind::Sqlite)
        return QDir::toNativeSeparators(m_path);
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        text += m_user + QLatin1Char('@');
    text += m_host + QLatin1Char(':') + QString::number(m_port) + QLatin1Char('/') + m_database;
    return text;
}

} // namespace fd
