#include "model/db/RegistryTable.h"

namespace fd {

QString registryTableKey(RegistryTable table)
{
    switch (table) {
    case RegistryTable::Features:
        return QStringLiteral("features");
    case RegistryTable::FeatureSets:
        return QStringLiteral("feature_sets");
    case RegistryTable::Artifacts:
        return QStringLiteral("artifacts");
    case RegistryTable::Genes:
        return QStringLiteral("genes");
    }
    return {};
}

std::optional<RegistryTable> parseRegistryTable(QStringView key)
{
    for (RegistryTable table : allRegistryTables()) {
        if (registryTableKey(table) == key)
            return table;
    }
    return std::nullopt;
}

QList<RegistryTable> allRegistryTables()
{
    return {RegistryTable::Features, RegistryTable::FeatureSets, RegistryTable::Artifacts,
            RegistryTable::Genes};
}

} // namespace fd
