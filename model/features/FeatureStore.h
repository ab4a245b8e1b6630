#pragma once

#include "model/Records.h"
#include "model/Result.h"

#include <QList>

namespace fd {

class Registry;

// Features: the named, typed columns a lab measures again and again.
class FeatureStore
{
public:
    explicit FeatureStore(Registry &registry)
        : m_registry(registry)
    {
    }

    // Adds one feature in its own run. Refuses an empty name, one with control or invisible
    // formatting characters (names::findRefusedCharacter), an unknown dtype and a name already
    // taken (the message names the feature that has it).
    Result<FeatureRecord> add(const NewFeature &feature);

    // The writes of a larger change (a curation applied): the caller holds the transaction and the
    // run. insert() returns the new feature's uid, or a Conflict naming the feature that has the
    // name.
    Result<QString> insert(const NewFeature &feature, qint64 runId);
    // Adds a synonym to a feature; refused when another feature already has it as name or synonym.
    Status addSynonym(const QString &featureUid, const QString &synonym);

    Result<QList<FeatureRecord>> list() const;
    Result<FeatureRecord> findByName(const QString &name) const;
    Result<FeatureRecord> findByUid(const QString &uid) const;

    // Checks a name as the registry will store it: an Error explaining what is wrong, or nothing.
    static Status checkName(const QString &name);

private:
    Result<QList<FeatureRecord>> select(const QString &where, const QVariant &value) const;

    Registry &m_registry;
};

} // namespace fd
