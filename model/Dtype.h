#pragma once

#include <QString>
#include <QStringList>

namespace fd {

// Feature dtypes in LaminDB's vocabulary: number, int, float, bool, str, cat (optionally
// cat[Registry] or cat[Registry1|Registry2]), date, datetime, object.
namespace dtype {

QStringList vocabulary();
bool isValid(const QString &dtype);
// A clear sentence listing the allowed dtypes, for errors.
QString explainInvalid(const QString &dtype);

} // namespace dtype
} // namespace fd
