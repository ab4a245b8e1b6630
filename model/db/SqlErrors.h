#pragma once

#include "model/Result.h"

class QSqlError;
class QSqlQuery;

namespace fd {

// Turns a driver error into an Error whose code says what kind of trouble it is (locked, read-only,
// a unique rule, no permission, a lost connection...) and whose message says what we were doing.
Error sqlError(const QSqlError &error, const QString &doing);
Error sqlError(const QSqlQuery &query, const QString &doing);

} // namespace fd
