#include "model/Transaction.h"

#include "model/SqlErrors.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace fd {

namespace {
bool isSqlite(const QSqlDatabase &db)
{
    return db.driver()->dbmsType() == QSqlDriver::SQLite;
}
} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin(const QString &doing)
{
    m_doing = doing;
    if (isSqlite(m_db)) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return sqlError(query, doing);
    } else if (!m_db.transaction()) {
        return sqlError(m_db.lastError(), doing);
    }
    m_active = true;
    return {};
}

Status Transaction::commit()
{
    if (!m_active)
        return Error::make(Error::Code::Database,
                           QStringLiteral("Could not %1: no transaction is open.").arg(m_doing));
    bool committed = false;
    if (isSqlite(m_db)) {
        QSqlQuery query(m_db);
        committed = query.exec(QStringLiteral("COMMIT"));
        if (!committed) {
            Error error = sqlError(query, m_doing);
            rollback();
            return error;
        }
    } else {
        committed = m_db.commit();
        if (!committed) {
            Error error = sqlError(m_db.lastError(), m_doing);
            rollback();
            return error;
        }
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (isSqlite(m_db)) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        m_db.rollback();
    }
}

} // namespace fd
