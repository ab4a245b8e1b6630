#include "model/db/Transaction.h"

#include "model/db/SqlErrors.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace fd {

namespace {

bool isSqlite(const QSqlDatabase &db)
{
    return db.driver()->dbmsType() == QSqlDriver::SQLite;
}

// Open Transactions per connection name. A connection is used on one thread, but connections of
// several threads share this table.
QMutex depthsMutex;
QHash<QString, int> &depths()
{
    static QHash<QString, int> all;
    return all;
}

int changeDepth(const QSqlDatabase &db, int by)
{
    const QMutexLocker locker(&depthsMutex);
    int &depth = depths()[db.connectionName()];
    depth += by;
    const int now = depth;
    if (now <= 0)
        depths().remove(db.connectionName());
    return now;
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

int Transaction::openOn(const QSqlDatabase &db)
{
    const QMutexLocker locker(&depthsMutex);
    return depths().value(db.connectionName());
}

QString Transaction::savepointName() const
{
    return QStringLiteral("fd_transaction_%1").arg(m_depth);
}

Status Transaction::begin(const QString &doing)
{
    m_doing = doing;
    if (m_active)
        return Error::make(Error::Code::Database,
                           //: %1 is a phrase such as "read the features", as in "Could not %1: %2".
                           QCoreApplication::translate(
                               "fd::Transaction", "Could not %1: the transaction is open already.")
                               .arg(doing));
    m_depth = changeDepth(m_db, 1);
    QSqlQuery query(m_db);
    bool begun = false;
    if (m_depth > 1)
        begun = query.exec(QStringLiteral("SAVEPOINT ") + savepointName());
    else if (isSqlite(m_db))
        begun = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    else
        begun = m_db.transaction();
    if (!begun) {
        const Error error = m_depth == 1 && !isSqlite(m_db) ? sqlError(m_db.lastError(), doing)
                                                            : sqlError(query, doing);
        changeDepth(m_db, -1);
        m_depth = 0;
        return error;
    }
    m_active = true;
    return {};
}

Status Transaction::commit()
{
    if (!m_active)
        return Error::make(
            Error::Code::Database,
            //: %1 is a phrase such as "read the features".
            QCoreApplication::translate("fd::Transaction", "Could not %1: no transaction is open.")
                .arg(m_doing));
    QSqlQuery query(m_db);
    bool committed = false;
    if (m_depth > 1)
        committed = query.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepointName());
    else if (isSqlite(m_db))
        committed = query.exec(QStringLiteral("COMMIT"));
    else
        committed = m_db.commit();
    if (!committed) {
        const Error error = m_depth == 1 && !isSqlite(m_db) ? sqlError(m_db.lastError(), m_doing)
                                                            : sqlError(query, m_doing);
        rollback();
        return error;
    }
    m_active = false;
    changeDepth(m_db, -1);
    m_depth = 0;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    if (m_depth > 1) {
        // Undo since the savepoint, then drop it: the enclosing transaction goes on.
        query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepointName());
        query.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepointName());
    } else if (isSqlite(m_db)) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        m_db.rollback();
    }
    changeDepth(m_db, -1);
    m_depth = 0;
}

} // namespace fd
