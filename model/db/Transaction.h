#pragma once

#include "model/Result.h"

#include <QSqlDatabase>

namespace fd {

// One transaction around a multi-row write: begin() takes the write lock at once (SQLite's
// BEGIN IMMEDIATE, so two writers queue on the busy timeout instead of failing half-way), commit()
// ends it, and a Transaction destroyed without commit() rolls back.
//
// Transactions nest: begun while another Transaction is open on the same connection, it is a
// savepoint inside that one. Its commit() releases the savepoint (the rows become the outer
// transaction's, written or not with it), its rollback() undoes what was done since its begin()
// and leaves the outer transaction usable, also on PostgreSQL after a failed statement. So a
// write made of several stores' writes (register files, save their set, attach it) is one
// transaction when the caller opens one around them.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    Status begin(const QString &doing);
    Status commit();
    void rollback();
    bool isActive() const { return m_active; }
    // Whether begin() opened a savepoint inside an enclosing transaction.
    bool isNested() const { return m_depth > 1; }

    // How many Transactions are open on the connection (0: none).
    static int openOn(const QSqlDatabase &db);

private:
    QString savepointName() const;

    QSqlDatabase m_db;
    QString m_doing;
    bool m_active = false;
    int m_depth = 0; // 1: the outermost transaction; more: a savepoint
};

} // namespace fd
