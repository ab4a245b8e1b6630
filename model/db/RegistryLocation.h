#pragma once

#include "model/Result.h"

#include <QString>

namespace fd {

// Where a registry lives: an SQLite file, or a PostgreSQL database named by a URL
// postgresql://user[:password]@host[:port]/database[?connect_timeout=N].
class RegistryLocation
{
public:
    enum class Kind { Sqlite, Postgres };

    RegistryLocation() = default;

    static Result<RegistryLocation> parse(const QString &text);
    static RegistryLocation sqliteFile(const QString &path);

    // The GUI's default registry: registry.sqlite in the user's application-data folder.
    // FEATUREDESK_REGISTRY overrides it.
    static QString defaultLocationText();

    Kind kind() const { return m_kind; }
    bool isSqlite() const { return m_kind == Kind::Sqlite; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }

    QString filePath() const { return m_path; } // SQLite only, absolute
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString database() const { return m_database; }
    int connectTimeoutSeconds() const { return m_connectTimeout; }

    // For messages and the status bar; never shows a password.
    QString displayText() const;

private:
    Kind m_kind = Kind::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_database;
    int m_connectTimeout = 5;
};

} // namespace fd
