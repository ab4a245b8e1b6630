#include "model/ArtifactStore.h"

#include "model/Identity.h"
#include "model/Records.h"
#include "model/Registry.h"
#include "model/SqlErrors.h"
#include "model/Transaction.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace fd {

namespace {

// ".csv", or ".tsv.gz" for a compressed file: what LaminDB keeps as the suffix.
QString suffixOf(const QString &fileName)
{
    const QFileInfo info(fileName);
    const QString last = info.suffix();
    if (last.isEmpty())
        return {};
    if (last.compare(QLatin1StringView("gz"), Qt::CaseInsensitive) == 0) {
        const QString inner = QFileInfo(info.completeBaseName()).suffix();
        if (!inner.isEmpty())
            return QLatin1Char('.') + inner + QStringLiteral(".gz");
    }
    return QLatin1Char('.') + last;
}

Result<qint64> idOf(QSqlQuery &query, const QString &table, const QString &uid, const QString &what)
{
    if (!query.prepare(QStringLiteral("SELECT id FROM %1 WHERE uid = ?").arg(table)))
        return sqlError(query, QStringLiteral("find %1").arg(what));
    query.addBindValue(uid);
    if (!query.exec())
        return sqlError(query, QStringLiteral("find %1").arg(what));
    if (!query.next())
        return Error::make(Error::Code::NotFound,
                           QStringLiteral("No %1 has the uid '%2'; nothing was attached.").arg(what, uid));
    return query.value(0).toLongLong();
}

} // namespace

Status ArtifactStore::checkSlot(const QString &slot)
{
    if (slot.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid, QStringLiteral("A slot needs a name (columns, var, obs, ...)."));
    if (slot.size() > 100)
        return Error::make(Error::Code::Invalid, QStringLiteral("A slot name has at most 100 characters."));
    if (hasControlCharacter(slot) || slot != slot.trimmed())
        return Error::make(Error::Code::Invalid,
                           QStringLiteral("The slot name '%1' holds control characters or outer white "
                                          "space; use letters, digits and punctuation.")
                               .arg(showControlCharacters(slot)));
    return {};
}

Result<ArtifactStore::Registered> ArtifactStore::registerFile(const QString &path, const QString &key)
{
    if (Status writable = m_registry.checkWritable(); !writable)
        return writable.error();
    const QFileInfo info(path);
    if (!info.isFile())
        return Error::make(Error::Code::NotFound,
                           QStringLiteral("%1 is not there (or not a file); nothing was registered.").arg(path));
    // Hash before the transaction: reading a large file must not hold the registry's write lock.
    const Result<identity::FileHash> hash = identity::hashFile(path);
    if (!hash)
        return hash.error();
    const qint64 size = QFileInfo(path).size();
    const QString artifactKey = key.isEmpty() ? info.fileName() : key;

    Transaction transaction(m_registry.database());
    const QString doing = QStringLiteral("register %1").arg(path);
    if (Status begun = transaction.begin(doing); !begun)
        return begun.error();
    QSqlQuery query(m_registry.database());
    if (!query.prepare(QStringLiteral("SELECT uid FROM fd_artifact WHERE hash = ?")))
        return sqlError(query, doing);
    query.addBindValue(hash->hash);
    if (!query.exec())
        return sqlError(query, doing);
    if (query.next()) {
        const QString uid = query.value(0).toString();
        query.finish();
        transaction.rollback();
        Result<ArtifactRecord> existing = findByUid(uid);
        if (!existing)
            return existing.error();
        return Registered{std::move(existing).value(), false};
    }
    const Result<qint64> run = m_registry.startRun(QStringLiteral("artifacts.register"),
                                                   QStringLiteral("Register %1").arg(artifactKey));
    if (!run)
        return run.error();
    const QString uid = identity::newArtifactUid();
    if (!query.prepare(QStringLiteral("INSERT INTO fd_artifact (uid, key, suffix, size, hash, hash_type, "
                                      "created_by, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return sqlError(query, doing);
    for (const QVariant &value : {QVariant(uid), QVariant(artifactKey), QVariant(suffixOf(info.fileName())),
                                  QVariant(size), QVariant(hash->hash), QVariant(hash->type),
                                  QVariant(m_registry.userId()), QVariant(*run)})
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, doing);
    if (Status finished = m_registry.finishRun(*run); !finished)
        return finished.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    m_registry.notifyChanged(QStringLiteral("artifacts"));
    Result<ArtifactRecord> added = findByUid(uid);
    if (!added)
        return added.error();
    return Registered{std::move(added).value(), true};
}

Result<ArtifactRecord> ArtifactStore::findByUid(const QString &uid) const
{
    QSqlQuery query(m_registry.database());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT a.id, a.uid, a.key, a.suffix, a.size, a.hash, a.hash_type, a.created_at, u.handle "
            "FROM fd_artifact a JOIN fd_user u ON u.id = a.created_by WHERE a.uid = ?")))
        return sqlError(query, QStringLiteral("read the artifact %1").arg(uid));
    query.addBindValue(uid);
    if (!query.exec())
        return sqlError(query, QStringLiteral("read the artifact %1").arg(uid));
    if (!query.next())
        return Error::make(Error::Code::NotFound, QStringLiteral("No artifact has the uid '%1'.").arg(uid));
    ArtifactRecord record;
    record.id = query.value(0).toLongLong();
    record.uid = query.value(1).toString();
    record.key = query.value(2).toString();
    record.suffix = query.value(3).toString();
    record.size = query.value(4).toLongLong();
    record.hash = query.value(5).toString();
    record.hashType = query.value(6).toString();
    record.createdAt = query.value(7).toDateTime();
    record.createdBy = query.value(8).toString();
    query.finish();
    if (!query.prepare(QStringLiteral("SELECT l.slot, s.uid FROM fd_artifact_feature_set l "
                                      "JOIN fd_feature_set s ON s.id = l.feature_set_id "
                                      "WHERE l.artifact_id = ?")))
        return sqlError(query, QStringLiteral("read the slots of %1").arg(uid));
    query.addBindValue(record.id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("read the slots of %1").arg(uid));
    while (query.next())
        record.slots.insert(query.value(0).toString(), query.value(1).toString());
    return record;
}

Status ArtifactStore::attach(const QStringList &artifactUids, const QString &slot,
                             const QString &setUid, bool replace)
{
    if (Status writable = m_registry.checkWritable(); !writable)
        return writable.error();
    if (Status valid = checkSlot(slot); !valid)
        return valid.error();
    if (artifactUids.isEmpty())
        return Error::make(Error::Code::Invalid, QStringLiteral("Name the artifacts to attach the set to."));
    const QString doing = QStringLiteral("attach the set %1 under '%2'").arg(setUid, slot);
    Transaction transaction(m_registry.database());
    if (Status begun = transaction.begin(doing); !begun)
        return begun.error();
    QSqlQuery query(m_registry.database());
    const Result<qint64> setId = idOf(query, QStringLiteral("fd_feature_set"), setUid, QStringLiteral("feature set"));
    if (!setId)
        return setId.error();
    const Result<qint64> run = m_registry.startRun(
        QStringLiteral("artifacts.attach"),
        QStringLiteral("Attach %1 under '%2' to %3 artifacts").arg(setUid, slot).arg(artifactUids.size()));
    if (!run)
        return run.error();
    // Without replace the insert never overwrites: a slot another writer filled meanwhile (even one
    // whose transaction commits while this one waits on it) leaves the row as it is, and the check
    // after it sees that row. With replace, the slot takes this set whatever it held.
    QSqlQuery write(m_registry.database());
    QSqlQuery current(m_registry.database());
    if (!current.prepare(QStringLiteral("SELECT feature_set_id FROM fd_artifact_feature_set "
                                        "WHERE artifact_id = ? AND slot = ?")))
        return sqlError(current, doing);
    if (!write.prepare(QStringLiteral("INSERT INTO fd_artifact_feature_set (artifact_id, feature_set_id, "
                                      "slot, created_by, run_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT "
                                      "(artifact_id, slot) DO ")
                       + (replace ? QStringLiteral("UPDATE SET feature_set_id = excluded.feature_set_id, "
                                                   "created_by = excluded.created_by, run_id = excluded.run_id")
                                  : QStringLiteral("NOTHING"))))
        return sqlError(write, doing);
    for (const QString &uid : artifactUids) {
        const Result<qint64> artifactId = idOf(query, QStringLiteral("fd_artifact"), uid, QStringLiteral("artifact"));
        if (!artifactId)
            return artifactId.error();
        for (const QVariant &value : {QVariant(*artifactId), QVariant(*setId), QVariant(slot),
                                      QVariant(m_registry.userId()), QVariant(*run)})
            write.addBindValue(value);
        if (!write.exec())
            return sqlError(write, doing);
        if (replace || write.numRowsAffected() > 0)
            continue;
        current.addBindValue(*artifactId);
        current.addBindValue(slot);
        if (!current.exec() || !current.next())
            return sqlError(current, doing);
        if (current.value(0).toLongLong() != *setId)
            return Error::make(Error::Code::Conflict,
                               QStringLiteral("The artifact %1 holds another set under '%2'; replace "
                                              "it explicitly. Nothing was attached.")
                                   .arg(uid, slot));
        current.finish();
    }
    if (Status finished = m_registry.finishRun(*run); !finished)
        return finished.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    m_registry.notifyChanged(QStringLiteral("artifacts"));
    m_registry.notifyChanged(QStringLiteral("feature_sets"));
    return {};
}

Status ArtifactStore::detach(const QString &artifactUid, const QString &slot)
{
    if (Status writable = m_registry.checkWritable(); !writable)
        return writable.error();
    QSqlQuery query(m_registry.database());
    const QString doing = QStringLiteral("detach '%1' from %2").arg(slot, artifactUid);
    if (!query.prepare(QStringLiteral("DELETE FROM fd_artifact_feature_set WHERE slot = ? AND "
                                      "artifact_id = (SELECT id FROM fd_artifact WHERE uid = ?)")))
        return sqlError(query, doing);
    query.addBindValue(slot);
    query.addBindValue(artifactUid);
    if (!query.exec())
        return sqlError(query, doing);
    if (query.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound,
                           QStringLiteral("The artifact %1 has nothing under '%2'.").arg(artifactUid, slot));
    m_registry.notifyChanged(QStringLiteral("artifacts"));
    m_registry.notifyChanged(QStringLiteral("feature_sets"));
    return {};
}

} // namespace fd
