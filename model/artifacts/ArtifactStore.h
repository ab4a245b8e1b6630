#pragma once

#include "model/Identity.h"
#include "model/Records.h"

#include "model/Result.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace fd {

class Registry;

struct BoundUidList;

// Artifacts: the files a lab registers, each identified by its content hash, with one feature set
// attached per slot ("columns", "var", "obs", ...). A million files measuring one panel are a
// million links to one set, not a link per file and feature.
class ArtifactStore
{
public:
    explicit ArtifactStore(Registry &registry)
        : m_registry(registry)
    {
    }

    struct Registered
    {
        ArtifactRecord artifact;
        bool created = false; // false: a file with this content was registered before
    };
    // A file read and hashed, not yet registered: hashing a large file must not hold the
    // registry's write lock, so it happens before the transaction.
    struct HashedFile
    {
        QString path;
        QString key;
        QString suffix;
        qint64 size = 0;
        identity::FileHash hash;
    };
    // Reads the file whole (LaminDB's hash_file); a file that is gone or unreadable is an error
    // naming it. key: empty for the file name.
    static Result<HashedFile> hashFile(const QString &path, const QString &key = {});

    // Registers the files in one transaction and run; a file whose content is registered already
    // (before, or earlier in the list) is recognised and its artifact returned, in list order.
    Result<QList<Registered>> registerHashed(const QList<HashedFile> &files);

    // hashFile and registerHashed for one file.
    Result<Registered> registerFile(const QString &path, const QString &key = {});

    Result<ArtifactRecord> findByUid(const QString &uid) const;

    // Attaches a set to every artifact under slot, in one transaction and run (one statement, so a
    // million artifacts take seconds, not minutes). An artifact whose
    // slot holds another set is refused (nothing written) unless replace; a missing artifact or
    // set is an error naming it. An artifact holds a set under one slot at most (LaminDB's
    // unique (artifact, featureset)): one that holds it under another slot is refused too.
    Status attach(const QStringList &artifactUids, const QString &slot, const QString &setUid,
                  bool replace = false);
    // Empties slot on every artifact named, in one transaction and run; an artifact that is gone
    // is an error naming it, as is nothing to detach at all.
    Status detach(const QStringList &artifactUids, const QString &slot);

    // Which of the artifacts hold a set other than exceptSetUid under slot: how many, and the
    // first three by key with the set each holds. What a window asks before replacing.
    struct SlotHolder
    {
        QString artifactUid;
        QString artifactKey;
        QString setUid;
        QString setName;
    };
    struct SlotHolders
    {
        QList<SlotHolder> first;
        qint64 count = 0;
    };
    Result<SlotHolders> slotHolders(const QStringList &artifactUids, const QString &slot,
                                    const QString &exceptSetUid) const;

    // A slot names a part of a dataset: not empty, no control characters, at most 100 characters.
    static Status checkSlot(const QString &slot);

private:
    void refreshStatistics(qint64 changedLinks);
    // The list's artifacts with a link that meets condition (SQL over the link "l", its ? bound to
    // values in order): the first three by uid, as "uid ('slot')" when withSlot, and how many.
    struct Linked
    {
        QStringList first;
        qint64 count = 0;
    };
    Result<Linked> linkedArtifacts(const BoundUidList &list, const QString &condition,
                                   const QVariantList &values, bool withSlot, const QString &doing);
    // Why attach() wrote fewer links than it was asked to, or none.
    Error whyRefused(const BoundUidList &list, qint64 setId, const QString &setUid,
                     const QString &slot, const Error &refused, const QString &doing);
    Status whyFewerWritten(const BoundUidList &list, qint64 setId, const QString &slot,
                           const QString &doing);

    Registry &m_registry;
};

} // namespace fd
