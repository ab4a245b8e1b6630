#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace fd {

// The registry's tables as the window and the change notifications name them: what a write
// changed, which view shows what.
enum class RegistryTable { Features, FeatureSets, Artifacts, Genes };

// "features", "feature_sets", "artifacts", "genes": the payload of PostgreSQL's change
// notifications (other workstations read it) and part of the views' object names.
QString registryTableKey(RegistryTable table);
std::optional<RegistryTable> parseRegistryTable(QStringView key);
QList<RegistryTable> allRegistryTables();

} // namespace fd

Q_DECLARE_METATYPE(fd::RegistryTable)
