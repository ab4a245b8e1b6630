#include "model/db/SqlErrors.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace fd {

namespace {

// A connection that broke or went silent: SQLSTATE class 08, the server shutting the session
// down (57P01-57P03), or libpq's own words when the socket failed (a reset, tcp_user_timeout or
// keepalives giving up on a silent server).
bool isConnectionLost(const QString &code, const QString &text)
{
    if (code.startsWith(QLatin1StringView("08")) || code.startsWith(QLatin1StringView("57P")))
        return true;
    for (const char *words :
         {"server closed the connection", "no connection to the server",
          "could not receive data from server", "could not send data to server",
          "connection timed out", "connection reset by peer", "terminating connection"}) {
        if (text.contains(QLatin1StringView(words)))
            return true;
    }
    return false;
}

// PostgreSQL's query_canceled (57014) when statement_timeout stopped the statement, not a cancel.
bool isStatementTimeout(const QString &code, const QString &text)
{
    return code == QLatin1StringView("57014")
        && text.contains(QLatin1StringView("statement timeout"));
}

QString lowerText(const QSqlError &error)
{
    return error.databaseText().toLower() + QLatin1Char(' ') + error.driverText().toLower();
}

Error::Code classify(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    const QString text = lowerText(error);
    // PostgreSQL reports five-character SQLSTATE codes.
    if (code == QLatin1StringView("42501"))
        return Error::Code::Permission;
    if (code == QLatin1StringView("23505") || code == QLatin1StringView("23503")
        || code == QLatin1StringView("23514") || code == QLatin1StringView("23502"))
        return Error::Code::Conflict;
    if (code == QLatin1StringView("25006"))
        return Error::Code::ReadOnly;
    if (isConnectionLost(code, text) || text.contains(QLatin1StringView("could not connect")))
        return Error::Code::Unreachable;
    // SQLite reports its (extended) result codes; the primary code is the low byte.
    bool isNumber = false;
    const int sqliteCode = code.toInt(&isNumber) & 0xff;
    if (isNumber) {
        switch (sqliteCode) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return Error::Code::Locked;
        case 8: // SQLITE_READONLY
            return Error::Code::ReadOnly;
        case 11: // SQLITE_CORRUPT
            return Error::Code::Corrupt;
        case 26: // SQLITE_NOTADB
            return Error::Code::NotARegistry;
        case 19: // SQLITE_CONSTRAINT
            return Error::Code::Conflict;
        case 14: // SQLITE_CANTOPEN
        case 10: // SQLITE_IOERR
        case 13: // SQLITE_FULL
            return Error::Code::Io;
        default:
            break;
        }
    }
    if (text.contains(QLatin1StringView("locked")) || text.contains(QLatin1StringView("busy")))
        return Error::Code::Locked;
    if (text.contains(QLatin1StringView("readonly"))
        || text.contains(QLatin1StringView("read-only")))
        return Error::Code::ReadOnly;
    return Error::Code::Database;
}

// SQLITE_FULL, or PostgreSQL's disk_full (53100): the server's or this computer's disk.
bool isDiskFull(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    bool isNumber = false;
    const int sqliteCode = code.toInt(&isNumber) & 0xff;
    // PostgreSQL's SQLSTATE has five characters, SQLite's (extended) codes at most four digits.
    return code.size() == 5 ? code == QLatin1StringView("53100") : isNumber && sqliteCode == 13;
}

} // namespace

Error sqlError(const QSqlError &error, const QString &doing)
{
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.driverText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    //: %1 is what was being done, a phrase such as "read the features" or "add the feature 'x'"
    //: (translated where it is written); %2 is the database's own message.
    QString message = QCoreApplication::translate("fd::SqlErrors", "Could not %1: %2")
                          .arg(doing, detail.simplified());
    if (isDiskFull(error)) {
        if (!message.endsWith(QLatin1Char('.')))
            message += QLatin1Char('.');
        message += QCoreApplication::translate(
            "fd::SqlErrors",
            " The disk is full; free some space and try again (what could "
            "not be written was undone).");
    }
    const Error::Code kind = classify(error);
    const QString code = error.nativeErrorCode();
    const QString text = lowerText(error);
    if (kind == Error::Code::Unreachable && isConnectionLost(code, text)) {
        if (!message.endsWith(QLatin1Char('.')))
            message += QLatin1Char('.');
        message += QCoreApplication::translate(
            "fd::SqlErrors",
            " The connection to the server was lost or the server did not answer in time.");
    } else if (isStatementTimeout(code, text)) {
        if (!message.endsWith(QLatin1Char('.')))
            message += QLatin1Char('.');
        message += QCoreApplication::translate(
            "fd::SqlErrors",
            " The server stopped it because it ran longer than FeatureDesk lets a statement run.");
    }
    return Error::make(kind, message);
}

Error sqlError(const QSqlQuery &query, const QString &doing)
{
    return sqlError(query.lastError(), doing);
}

} // namespace fd
