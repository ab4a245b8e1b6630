#include "model/browse/RegistryRoles.h"

#include "model/db/Registry.h"
#include "model/db/SqlErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace fd {

namespace {

QString quotedIdentifier(QString name)
{
    name.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + name + QLatin1Char('"');
}

} // namespace

Result<RegistryRoles::Report> RegistryRoles::ensure(Registry &registry)
{
    if (!registry.dialect().hasRoles())
        return Error::make(Error::Code::Invalid,
                           QCoreApplication::translate("fd::RegistryRoles",
                                                       "Roles are for a PostgreSQL registry; an "
                                                       "SQLite file has the file's permissions."));
    Report report;
    report.database = registry.location().database();
    QSqlQuery query(registry.database());
    const QString doing = QCoreApplication::translate(
        "fd::RegistryRoles", "set up the roles featuredesk_reader and featuredesk_writer");
    for (const char *role : {Reader, Writer}) {
        if (!query.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?")))
            return sqlError(query, doing);
        query.addBindValue(QString::fromLatin1(role));
        if (!query.exec())
            return sqlError(query, doing);
        if (query.next())
            continue;
        query.finish();
        // 42710: another init made it meanwhile, which is just as good.
        if (!query.exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(QString::fromLatin1(role)))) {
            const QString code = query.lastError().nativeErrorCode();
            if (code == QLatin1StringView("42710"))
                continue;
            if (code == QLatin1StringView("42501"))
                return Error::make(Error::Code::Permission,
                                   QCoreApplication::translate(
                                       "fd::RegistryRoles",
                                       "The user %1 may not create roles, so the roles %2 and %3 "
                                       "were not set up.")
                                       .arg(registry.userHandle(), QString::fromLatin1(Reader),
                                            QString::fromLatin1(Writer)),
                                   Error::Remedy::SetUpRoles);
            return sqlError(query, doing);
        }
        report.created.append(QString::fromLatin1(role));
    }
    const QString database = quotedIdentifier(report.database);
    const QStringList grants {
        QStringLiteral("GRANT featuredesk_reader TO featuredesk_writer"),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO featuredesk_reader").arg(database),
        // Bulk writes stage uid lists in temporary tables (BoundUidList::stage): granted here, so
        // that a lab that revokes TEMPORARY from PUBLIC, as hardening guides advise, still works.
        QStringLiteral("GRANT TEMPORARY ON DATABASE %1 TO featuredesk_writer").arg(database),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO featuredesk_reader"),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO featuredesk_reader"),
        QStringLiteral(
            "GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO featuredesk_writer"),
        QStringLiteral(
            "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO featuredesk_writer"),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO "
                       "featuredesk_reader"),
        QStringLiteral(
            "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES "
            "TO featuredesk_writer"),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES "
                       "TO featuredesk_writer"),
    };
    for (const QString &grant : grants) {
        // Two inits granting at once may meet on one catalogue row (XX000, "tuple concurrently
        // updated"); the grant is the same, so once more is enough.
        bool done = query.exec(grant);
        if (!done && query.lastError().nativeErrorCode() == QLatin1StringView("XX000"))
            done = query.exec(grant);
        if (!done)
            return sqlError(query, doing);
    }
    return report;
}

} // namespace fd
