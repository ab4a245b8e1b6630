#include "model/db/PgCopy.h"

#include "model/db/SqlErrors.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

namespace fd {

namespace {

constexpr int ChunkBytes = 1 << 20; // what one PQputCopyData call sends

PGconn *connectionOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // PGconn is a typedef of struct pg_conn, which is the name Qt's meta-type system records.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0
            && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

// The server's message and SQLSTATE as a QSqlError, so that sqlError() classifies it as it does
// the driver's own errors.
Error copyError(const char *message, const char *sqlState, const QString &doing)
{
    const QString text = QString::fromUtf8(message).trimmed();
    return sqlError(QSqlError(QStringLiteral("COPY"), text, QSqlError::StatementError,
                              QString::fromLatin1(sqlState ? sqlState : "")),
                    doing);
}

} // namespace

PgCopy::PgCopy(QSqlDatabase db, QString statement, int columns)
    : m_db(std::move(db))
    , m_statement(statement.toUtf8())
    , m_columns(columns)
{
}

void PgCopy::appendField(QByteArray &row, const QString &value)
{
    if (value.isNull()) {
        row += "\\N";
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            row += "\\\\";
            break;
        case '\t':
            row += "\\t";
            break;
        case '\n':
            row += "\\n";
            break;
        case '\r':
            row += "\\r";
            break;
        default:
            row += c;
            break;
        }
    }
}

void PgCopy::addRow(const QStringList &values)
{
    Q_ASSERT(values.size() == m_columns);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_data += '\t';
        appendField(m_data, values.at(i));
    }
    m_data += '\n';
    ++m_rows;
}

Status PgCopy::emptyStagingTable(QSqlDatabase db, const QString &table, const QString &columns,
                                 const QString &doing)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('pg_temp.%1') IS NULL").arg(table))
        || !query.next())
        return sqlError(query, doing);
    const bool missing = query.value(0).toBool();
    query.finish();
    if ((missing
         && !query.exec(QStringLiteral("CREATE TEMPORARY TABLE %1 (%2) ON COMMIT DELETE ROWS")
                            .arg(table, columns)))
        || !query.exec(QStringLiteral("TRUNCATE %1").arg(table)))
        return sqlError(query, doing);
    return {};
}

Status PgCopy::send(const QString &doing)
{
    PGconn *connection = connectionOf(m_db);
    if (!connection) {
        return Error::make(Error::Code::Database,
                           //: %1 is a phrase such as "add 3 genes".
                           QCoreApplication::translate(
                               "fd::PgCopy", "Could not %1: COPY needs a PostgreSQL connection.")
                               .arg(doing));
    }
    const QByteArray data = std::exchange(m_data, {});
    m_rows = 0;
    PGresult *started = PQexec(connection, m_statement.constData());
    const ExecStatusType startStatus = PQresultStatus(started);
    if (startStatus != PGRES_COPY_IN) {
        const Error error = startStatus == PGRES_FATAL_ERROR
            ? copyError(PQresultErrorMessage(started),
                        PQresultErrorField(started, PG_DIAG_SQLSTATE), doing)
            : copyError(PQerrorMessage(connection), nullptr, doing);
        PQclear(started);
        return error;
    }
    PQclear(started);
    for (qsizetype offset = 0; offset < data.size(); offset += ChunkBytes) {
        const int size = int(qMin<qsizetype>(ChunkBytes, data.size() - offset));
        if (PQputCopyData(connection, data.constData() + offset, size) != 1)
            break; // the connection failed: PQputCopyEnd and PQgetResult below say why
    }
    PQputCopyEnd(connection, nullptr);
    Status status;
    while (PGresult *result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && status.ok())
            status = copyError(PQresultErrorMessage(result),
                               PQresultErrorField(result, PG_DIAG_SQLSTATE), doing);
        PQclear(result);
    }
    if (status.ok() && PQstatus(connection) != CONNECTION_OK)
        status = copyError(PQerrorMessage(connection), "08006", doing);
    return status;
}

} // namespace fd
