#pragma once

#include "model/Records.h"
#include "model/Result.h"

#include <QList>

namespace fd {

class Registry;

// Feature sets: a panel of features or genes, stored once and identified by the hash of its
// members.
class FeatureSetStore
{
public:
    explicit FeatureSetStore(Registry &registry)
        : m_registry(registry)
    {
    }

    struct Created
    {
        FeatureSetRecord set;
        bool created = false; // false: a set with the same members existed and is returned instead
    };

    // Creates the set in one transaction and run, or returns the existing set with the same hash.
    // Race-safe: the hash's unique constraint decides between two writers.
    Result<Created> create(const NewFeatureSet &set);

    Result<QList<FeatureSetRecord>> list() const;
    Result<FeatureSetRecord> findByUid(const QString &uid) const;
    Result<FeatureSetRecord> findByHash(const QString &hash) const;
    Result<QList<SetMember>> members(const QString &setUid) const;

    // Refused while any artifact uses the set.
    Status remove(const QString &setUid);
    Status rename(const QString &setUid, const QString &name);
    // Empty (or blank) removes the description.
    Status setDescription(const QString &setUid, const QString &description);

    static Status checkName(const QString &name);

private:
    Result<QList<FeatureSetRecord>> select(const QString &where, const QVariant &value) const;
    // One column of one set; column is ours, never the user's.
    Status update(const QString &setUid, const QString &column, const QVariant &value,
                  const QString &doing);

    Registry &m_registry;
};

} // namespace fd
