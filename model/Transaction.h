#pragma once

#include "model/Result.h"

#include <QSqlDatabase>

namespace fd {

// One transaction around a multi-row write: begin() takes the write lock at once (SQLite's
// BEGIN IMMEDIATE, so two writers queue on the busy timeout instead of failing half-way), commit()
// ends it, and a Transaction destroyed without commit() rolls back.
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

private:
    QSqlDatabase m_db;
    QString m_doing;
    bool m_active = false;
};

} // namespace fd
