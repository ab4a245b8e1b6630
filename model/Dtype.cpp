#include "model/Dtype.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fd::dtype {

QStringList vocabulary()
{
    return {QStringLiteral("number"), QStringLiteral("int"),      QStringLiteral("float"),
            QStringLiteral("bool"),   QStringLiteral("str"),      QStringLiteral("cat"),
            QStringLiteral("date"),   QStringLiteral("datetime"), QStringLiteral("object")};
}

bool isValid(const QString &dtype)
{
    if (vocabulary().contains(dtype))
        return true;
    // cat[ULabel], cat[bionty.CellType], cat[bionty.CellType|bionty.Tissue]
    static const QRegularExpression categorical(
        QStringLiteral("^cat\\[[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?"
                       "(\\|[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?)*\\]$"));
    return categorical.match(dtype).hasMatch();
}

QString explainInvalid(const QString &dtype)
{
    return QCoreApplication::translate("fd::Dtype",
                                       "'%1' is not a dtype FeatureDesk knows; use one of %2, or "
                                       "cat[Registry].")
        .arg(dtype, vocabulary().join(QStringLiteral(", ")));
}

} // namespace fd::dtype
