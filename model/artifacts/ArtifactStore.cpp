#include "model/artifacts/ArtifactStore.h"

#include "model/Identity.h"
#include "model/Records.h"
#include "model/artifacts/ArtifactFolders.h"
#include "model/db/BoundUidList.h"
#include "model/db/RecordReader.h"
#include "model/db/Registry.h"
#include "model/db/SqlDialect.h"
#include "model/db/SqlErrors.h"
#include "model/db/SqliteForeignKeysOff.h"
#include "model/db/SqliteTriggersOff.h"
#include "model/db/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

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
        //: %1 is what is looked up, such as "feature set".
        return sqlError(query,
                        QCoreApplication::translate("fd::ArtifactStore", "find %1").arg(what));
    query.addBindValue(uid);
    if (!query.exec())
        return sqlError(query,
                        QCoreApplication::translate("fd::ArtifactStore", "find %1").arg(what));
    if (!query.next())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("fd::ArtifactStore",
                                                       "No feature set has the uid '%1'; nothing "
                                                       "was attached.")
                               .arg(uid));
    return query.value(0).toLongLong();
}

} // namespace

Status ArtifactStore::checkSlot(const QString &slot)
{
    if (slot.trimmed().isEmpty())
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("fd::ArtifactStore",
                                        "A slot needs a name (columns, var, obs, ...)."));
    if (slot.size() > 100)
        return Error::make(Error::Code::Invalid,
                           QCoreApplication::translate("fd::ArtifactStore",
                                                       "A slot name has at most 100 characters."));
    if (hasControlCharacter(slot) || slot != slot.trimmed())
        return Error::make(Error::Code::Invalid,
                           QCoreApplication::translate(
                               "fd::ArtifactStore",
                               "The slot name '%1' holds control characters or outer white "
                               "space; use letters, digits and punctuation.")
                               .arg(showControlCharacters(slot)));
    return {};
}

Result<ArtifactStore::HashedFile> ArtifactStore::hashFile(const QString &path, const QString &key)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("fd::ArtifactStore",
                                        "%1 is not there (or not a file); nothing was registered.")
                .arg(path));
    HashedFile file;
    file.path = path;
    file.key = key.isEmpty() ? info.fileName() : key;
    file.suffix = suffixOf(info.fileName());
    file.size = info.size();
    Result<identity::FileHash> hash = identity::hashFile(path);
    if (!hash)
        return hash.error();
    file.hash = std::move(hash).value();
    return file;
}

Result<QList<ArtifactStore::Registered>>
ArtifactStore::registerHashed(const QList<HashedFile> &files)
{
    if (Status writable = m_registry.checkWritable(); !writable)
        return writable.error();
    if (files.isEmpty())
        return QList<Registered>();
    const QString doing = files.size() == 1
        ? QCoreApplication::translate("fd::ArtifactStore", "register %1")
              .arg(files.constFirst().path)
        : QCoreApplication::translate("fd::ArtifactStore", "register %n files", nullptr,
                                      int(files.size()));
    Transaction transaction(m_registry.database());
    if (Status begun = transaction.begin(doing); !begun)
        return begun.error();
    const Result<qint64> run = m_registry.startRun(
        QStringLiteral("artifacts.register"),
        files.size() == 1 ? QStringLiteral("Register %1").arg(files.constFirst().key)
                          : QStringLiteral("Register %1 files").arg(files.size()));
    if (!run)
        return run.error();
    QList<ArtifactFolders::Key> keys;
    QStringList folders;
    keys.reserve(files.size());
    for (const HashedFile &file : files)
        folders.append(keys.emplace_back(ArtifactFolders::split(file.key)).folder);
    const Result<QHash<QString, QString>> ords
        = ArtifactFolders(m_registry.database(), m_registry.dialect()).ords(folders, doing);
    if (!ords)
        return ords.error();
    // Insert-or-get on the hash's unique constraint: another workstation registering the same
    // content at the same moment leaves one artifact, which both get.
    QSqlQuery insert(m_registry.database());
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO fd_artifact (uid, key_folder, key_name, suffix, size, "
            "hash, hash_type, created_by, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (hash) DO NOTHING")))
        return sqlError(insert, doing);
    QSqlQuery find(m_registry.database());
    if (!find.prepare(QStringLiteral("SELECT uid FROM fd_artifact WHERE hash = ?")))
        return sqlError(find, doing);
    QStringList uids;
    QList<bool> created;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const HashedFile &file = files.at(i);
        const QString uid = identity::newArtifactUid();
        for (const QVariant &value :
             {QVariant(uid), QVariant(ords->value(keys.at(i).folder)), QVariant(keys.at(i).name),
              QVariant(file.suffix), QVariant(file.size), QVariant(file.hash.hash),
              QVariant(file.hash.type), QVariant(m_registry.userId()), QVariant(*run)})
            insert.addBindValue(value);
        if (!insert.exec())
            return sqlError(
                insert,
                QCoreApplication::translate("fd::ArtifactStore", "register %1").arg(file.path));
        if (insert.numRowsAffected() > 0) {
            uids.append(uid);
            created.append(true);
            continue;
        }
        find.addBindValue(file.hash.hash);
        if (!find.exec() || !find.next())
            return sqlError(
                find,
                QCoreApplication::translate("fd::ArtifactStore", "register %1").arg(file.path));
        uids.append(find.value(0).toString());
        // The same content twice in this list: created once, recognised the second time.
        created.append(false);
        find.finish();
    }
    if (Status finished = m_registry.finishRun(*run); !finished)
        return finished.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    if (created.contains(true))
        m_registry.notifyChanged(RegistryTable::Artifacts);
    QList<Registered> registered;
    registered.reserve(uids.size());
    for (qsizetype i = 0; i < uids.size(); ++i) {
        Result<ArtifactRecord> record = findByUid(uids.at(i));
        if (!record)
            return record.error();
        registered.append(Registered {std::move(record).value(), created.at(i)});
    }
    return registered;
}

Result<ArtifactStore::Registered> ArtifactStore::registerFile(const QString &path,
                                                              const QString &key)
{
    if (Status writable = m_registry.checkWritable(); !writable)
        return writable.error();
    const Result<HashedFile> file = hashFile(path, key);
    if (!file)
        return file.error();
    Result<QList<Registered>> registered = registerHashed({*file});
    if (!registered)
        return registered.error();
    return registered->constFirst();
}

Result<ArtifactRecord> ArtifactStore::findByUid(const QString &uid) const
{
    QSqlQuery query(m_registry.database());
    query.setForwardOnly(true);
    if (!query.prepare(RecordReader::artifacts().sql() + QStringLiteral(" WHERE a.uid = ?")))
        return sqlError(
            query,
            QCoreApplication::translate("fd::ArtifactStore", "read the artifact %1").arg(uid));
    query.addBindValue(uid);
    if (!query.exec())
        return sqlError(
            query,
            QCoreApplication::translate("fd::ArtifactStore", "read the artifact %1").arg(uid));
    if (!query.next())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("fd::ArtifactStore", "No artifact has the uid '%1'.")
                .arg(uid));
    ArtifactRecord record = RecordReader::artifact(query);
    query.finish();
    if (!query.prepare(QStringLiteral("SELECT l.slot, s.uid FROM fd_artifact_feature_set l "
                                      "JOIN fd_feature_set s ON s.id = l.feature_set_id "
                                      "WHERE l.artifact_id = ?")))
        return sqlError(
            query,
            QCoreApplication::translate("fd::ArtifactStore", "read the slots of %1").arg(uid));
    query.addBindValue(record.id);
    if (!query.exec())
        return sqlError(
            query,
            QCoreApplication::translate("fd::ArtifactStore", "read the slots of %1").arg(uid));
    while (query.next())
        record.slots.insert(query.value(0).toString(), query.value(1).toString());
    return record;
}

namespace {

// Each uid once, in byte order; an uid that cannot be an artifact's is named in an error.
// A base62 uid of up to 24 characters as three big-endian integers: compared as integers, in the
// uids' byte order.
struct PackedUid
{
    static constexpr qsizetype Capacity = 24;
    std::array<quint64, 3> parts {};

    static PackedUid of(const QString &uid)
    {
        PackedUid packed;
        for (qsizetype i = 0; i < uid.size(); ++i)
            packed.parts[std::size_t(i / 8)] |= quint64(uid.at(i).unicode() & 0xff)
                << (56 - 8 * (i % 8));
        return packed;
    }

    QString text() const
    {
        char buffer[Capacity];
        qsizetype size = 0;
        for (; size < Capacity; ++size) {
            buffer[size] = char(parts[std::size_t(size / 8)] >> (56 - 8 * (size % 8)));
            if (buffer[size] == 0)
                break;
        }
        return QString::fromLatin1(buffer, size);
    }

    auto operator<=>(const PackedUid &) const = default;
};

Result<QStringList> distinctArtifactUids(const QStringList &artifactUids, const QString &outcome)
{
    if (artifactUids.isEmpty())
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("fd::ArtifactStore", "Name the artifacts first; %1.")
                .arg(outcome));
    bool packable = true;
    for (const QString &uid : artifactUids) {
        if (!identity::isBase62(uid))
            return Error::make(Error::Code::NotFound,
                               QCoreApplication::translate("fd::ArtifactStore",
                                                           "No artifact has the uid '%1'; %2.")
                                   .arg(showControlCharacters(uid), outcome));
        packable = packable && uid.size() <= PackedUid::Capacity;
    }
    // Sorted, so that the database reads its uid index in order (at random a million look-ups
    // take four times as long). A million QStrings sort in 0.7 s; packed into three integers each
    // (base62 is ASCII without NUL, so zero padding sorts a prefix first) they sort in a tenth.
    if (!packable) {
        QStringList uids = artifactUids;
        std::sort(uids.begin(), uids.end());
        uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
        return uids;
    }
    std::vector<PackedUid> packed;
    packed.reserve(std::size_t(artifactUids.size()));
    for (const QString &uid : artifactUids)
        packed.push_back(PackedUid::of(uid));
    std::sort(packed.begin(), packed.end());
    packed.erase(std::unique(packed.begin(), packed.end()), packed.end());
    QStringList uids;
    uids.reserve(qsizetype(packed.size()));
    for (const PackedUid &uid : packed)
        uids.append(uid.text());
    return uids;
}

// The uids of the list that name no artifact (at most `limit`) and how many there are.
Result<QStringList> missingArtifacts(QSqlDatabase db, const BoundUidList &list, qint64 &count,
                                     const QString &doing)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT j.value FROM %1 WHERE NOT EXISTS "
                                      "(SELECT 1 FROM fd_artifact a WHERE a.uid = j.value)")
                           .arg(list.source)))
        return sqlError(query, doing);
    list.bindTo(query);
    if (!query.exec())
        return sqlError(query, doing);
    QStringList missing;
    count = 0;
    while (query.next())
        if (++count <= 3)
            missing.append(query.value(0).toString());
    return missing;
}

} // namespace

// "uid ('slot')" for up to three of the listed artifacts that hold the set under a slot other than
// slot.
Result<ArtifactStore::Linked> ArtifactStore::linkedArtifacts(const BoundUidList &list,
                                                             const QString &condition,
                                                             const QVariantList &values,
                                                             bool withSlot, const QString &doing)
{
    QSqlQuery query(m_registry.database());
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT a.uid, l.slot FROM %1 JOIN fd_artifact a ON a.uid = j.value "
                           "JOIN fd_artifact_feature_set l ON l.artifact_id = a.id WHERE %2 "
                           "ORDER BY a.uid")
                .arg(list.source, condition)))
        return sqlError(query, doing);
    list.bindTo(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, doing);
    Linked linked;
    while (query.next()) {
        if (++linked.count <= 3)
            linked.first.append(withSlot
                                    ? QStringLiteral("%1 ('%2')")
                                          .arg(query.value(0).toString(), query.value(1).toString())
                                    : query.value(0).toString());
    }
    return linked;
}

namespace {

// The ids of the list's artifacts, ascending.
Result<std::vector<qint64>> sortedArtifactIds(QSqlDatabase db, const BoundUidList &list,
                                              const QString &doing)
{
    // As one comma-separated text: a million rows one by one through QSqlQuery cost more than
    // SQLite's look-ups themselves.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral(
                "SELECT group_concat(a.id) FROM %1 JOIN fd_artifact a ON a.uid = j.value")
                .arg(list.source)))
        return sqlError(query, doing);
    list.bindTo(query);
    if (!query.exec() || !query.next())
        return sqlError(query, doing);
    const QString text = query.value(0).toString();
    query.finish();
    std::vector<qint64> ids;
    ids.reserve(std::size_t(text.size() / 7 + 1));
    qint64 id = 0;
    bool inNumber = false;
    for (const QChar c : text) {
        if (c == QLatin1Char(',')) {
            ids.push_back(id);
            id = 0;
            inNumber = false;
        } else {
            id = id * 10 + (c.unicode() - '0');
            inNumber = true;
        }
    }
    if (inNumber)
        ids.push_back(id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString namedUids(const QStringList &uids, qint64 count);

// NotFound naming the list's uids that no artifact has (message: a sentence with %1 for them), or
// nothing when every one is registered.
Status refuseMissingArtifacts(QSqlDatabase db, const BoundUidList &list, const QString &message,
                              const QString &doing)
{
    qint64 count = 0;
    const Result<QStringList> missing = missingArtifacts(db, list, count, doing);
    if (!missing)
        return missing.error();
    if (count > 0)
        return Error::make(Error::Code::NotFound, message.arg(namedUids(*missing, count)));
    return {};
}

QString namedUids(const QStringList &uids, qint64 count)
{
    QString text = QLatin1Char('\'') + uids.join(QStringLiteral("', '")) + QLatin1Char('\'');
    if (count > uids.size())
        text += QCoreApplication::translate("fd::ArtifactStore", " and %1 more")
                    .arg(count - uids.size());
    return text;
}

} // namespace

Status ArtifactStore::attach(const QStringList &artifactUids, const QString &slot,
                             const QString &setUid, bool replace)
{
    if (Status writable = m_registry.checkWritable(); !writable)
        return writable.error();
    if (Status valid = checkSlot(slot); !valid)
        return valid.error();
    const Result<QStringList> uids = distinctArtifactUids(
        artifactUids, QCoreApplication::translate("fd::ArtifactStore", "nothing was attached"));
    if (!uids)
        return uids.error();
    const QString doing
        = QCoreApplication::translate("fd::ArtifactStore", "attach the set %1 under '%2'")
              .arg(setUid, slot);
    // Every reference the statement below writes is valid by construction, inside the write
    // transaction: artifact ids are read from fd_artifact here, the set id and the run were read
    // or made here, the user is the registry's. SQLite's per-row foreign-key look-ups would only
    // repeat that (a third of a million-artifact attach), so they are off for this transaction
    // (the pragma takes effect outside transactions only) and back on after it, whatever happens.
    const bool sqlite = !m_registry.dialect().isPostgres();
    const SqliteForeignKeysOff foreignKeysOff(m_registry.database());
    Transaction transaction(m_registry.database());
    if (Status begun = transaction.begin(doing); !begun)
        return begun.error();
    QSqlQuery query(m_registry.database());
    const Result<qint64> setId
        = idOf(query, QStringLiteral("fd_feature_set"), setUid,
               QCoreApplication::translate("fd::ArtifactStore", "feature set"));
    if (!setId)
        return setId.error();
    const Result<qint64> run = m_registry.startRun(
        QStringLiteral("artifacts.attach"),
        QStringLiteral("Attach %1 under '%2' to %3 artifacts").arg(setUid, slot).arg(uids->size()));
    if (!run)
        return run.error();
    // One statement for all artifacts. Without replace it never overwrites: a slot another writer
    // filled meanwhile (even one whose transaction commits while this one waits on it) keeps its
    // row, and fewer rows written than artifacts named sends us to find out why. With replace, the
    // slot takes this set whatever it held.
    const Result<BoundUidList> staged
        = BoundUidList::stage(m_registry.database(), m_registry.dialect(), *uids, doing);
    if (!staged)
        return staged.error();
    const BoundUidList &list = *staged;
    // SQLite: the artifacts' ids are read and sorted here, and the links go in in id order from
    // that list (at random they take twice as long); SQLite's own sort of a million rows was a
    // quarter of the attach. PostgreSQL joins and sorts in one statement.
    QString source = list.source + QStringLiteral(" JOIN fd_artifact a ON a.uid = j.value");
    QString artifactId = QStringLiteral("a.id");
    QString order = QStringLiteral(" ORDER BY a.id");
    QString sortedIds;
    if (sqlite) {
        const Result<std::vector<qint64>> ids
            = sortedArtifactIds(m_registry.database(), list, doing);
        if (!ids)
            return ids.error();
        const BoundIdList idList(m_registry.dialect(), *ids);
        sortedIds = idList.bound;
        source = idList.source;
        artifactId = QStringLiteral("j.value");
        order.clear();
    }
    // A link carries its run, which records who made it and when (as in LaminDB, where a link
    // row holds neither). On SQLite a new link's trigger counts it for its set, one call per row:
    // a third of the time here. Without replace every link written is this set's, so the triggers
    // are off for this one statement and the count is added below, in this transaction.
    std::optional<SqliteTriggersOff> triggersOff;
    if (sqlite && !replace)
        triggersOff.emplace(m_registry.database());
    const bool countHere = triggersOff && triggersOff->active();
    QSqlQuery write(m_registry.database());
    if (!write.prepare(
            QStringLiteral("INSERT INTO fd_artifact_feature_set (artifact_id, feature_set_id, "
                           "slot, run_id) SELECT %2, CAST(? AS BIGINT), CAST(? AS TEXT), "
                           "CAST(? AS BIGINT) FROM %1 WHERE true%3 "
                           "ON CONFLICT (artifact_id, slot) DO ")
                .arg(source, artifactId, order)
            + (replace ? QStringLiteral("UPDATE SET feature_set_id = excluded.feature_set_id, "
                                        "run_id = excluded.run_id")
                       : QStringLiteral("NOTHING"))))
        return sqlError(write, doing);
    for (const QVariant &value : {QVariant(*setId), QVariant(slot), QVariant(*run)})
        write.addBindValue(value);
    if (sqlite)
        write.addBindValue(sortedIds);
    else
        list.bindTo(write);
    // A savepoint, so that after a refused insert the transaction (and a staged list) can still
    // be read to say why: PostgreSQL takes no query in a failed transaction otherwise.
    if (!query.exec(QStringLiteral("SAVEPOINT fd_attach")))
        return sqlError(query, doing);
    const bool wrote = write.exec();
    triggersOff.reset();
    if (!wrote) {
        const Error error = sqlError(write, doing);
        if (error.code != Error::Code::Conflict)
            return error;
        return whyRefused(list, *setId, setUid, slot, error, doing);
    }
    if (write.numRowsAffected() < uids->size()) {
        if (Status explained = whyFewerWritten(list, *setId, slot, doing); !explained)
            return explained.error();
    }
    const qint64 written = write.numRowsAffected();
    if (countHere && written > 0) {
        if (!query.prepare(QStringLiteral(
                "INSERT INTO fd_feature_set_usage (feature_set_id, artifacts) VALUES (?, ?) "
                "ON CONFLICT (feature_set_id) DO UPDATE SET artifacts = artifacts + "
                "excluded.artifacts")))
            return sqlError(query, doing);
        query.addBindValue(*setId);
        query.addBindValue(written);
        if (!query.exec())
            return sqlError(query, doing);
    }
    if (Status finished = m_registry.finishRun(*run); !finished)
        return finished.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    refreshStatistics(written);
    m_registry.notifyChanged(RegistryTable::Artifacts);
    m_registry.notifyChanged(RegistryTable::FeatureSets);
    return {};
}

// After the insert was refused as a conflict (refused): most likely the unique (set, artifact)
// index, an artifact that holds this set under another slot already, which is said; otherwise
// the database's own error.
Error ArtifactStore::whyRefused(const BoundUidList &list, qint64 setId, const QString &setUid,
                                const QString &slot, const Error &refused, const QString &doing)
{
    QSqlQuery query(m_registry.database());
    if (!query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT fd_attach")))
        return refused;
    const Result<Linked> elsewhere = linkedArtifacts(
        list, QStringLiteral("l.feature_set_id = ? AND l.slot <> ?"), {setId, slot}, true, doing);
    if (!elsewhere)
        return elsewhere.error();
    if (elsewhere->count == 0)
        return refused;
    // Invalid, not Conflict: replacing what a slot holds would not help.
    return Error::make(
        Error::Code::Invalid,
        (elsewhere->count == 1 ? QCoreApplication::translate(
             "fd::ArtifactStore", "The artifact %1 holds the set %2 under another slot already; ")
                               : QCoreApplication::translate(
                                   "fd::ArtifactStore",
                                   "The artifacts %1 hold the set %2 under another slot already; "))
                .arg(elsewhere->first.join(QStringLiteral(", ")), setUid)
            + QCoreApplication::translate(
                "fd::ArtifactStore",
                "a set is linked to an artifact under one slot only (as in "
                "LaminDB). Nothing was attached."));
}

// After fewer links were written than artifacts named: artifacts deleted meanwhile, or artifacts
// whose slot holds another set, are an error; the rest hold this set there already.
Status ArtifactStore::whyFewerWritten(const BoundUidList &list, qint64 setId, const QString &slot,
                                      const QString &doing)
{
    if (Status registered = refuseMissingArtifacts(
            m_registry.database(), list,
            QCoreApplication::translate("fd::ArtifactStore",
                                        "No artifact has the uid %1 (deleted meanwhile?); nothing "
                                        "was attached."),
            doing);
        !registered)
        return registered;
    // The rest already hold a set under the slot: this one (nothing to do) or another.
    const Result<Linked> taken = linkedArtifacts(
        list, QStringLiteral("l.slot = ? AND l.feature_set_id <> ?"), {slot, setId}, false, doing);
    if (!taken)
        return taken.error();
    if (taken->count > 0)
        return Error::make(
            Error::Code::Conflict,
            (taken->count == 1
                 ? QCoreApplication::translate("fd::ArtifactStore",
                                               "The artifact %1 holds another set under '%2'; "
                                               "replace it explicitly. Nothing was attached.")
                 : QCoreApplication::translate("fd::ArtifactStore",
                                               "The artifacts %1 hold another set under '%2'; "
                                               "replace them explicitly. Nothing was attached."))
                .arg(namedUids(taken->first, taken->count), slot));
    return {};
}

void ArtifactStore::refreshStatistics(qint64 changedLinks)
{
    // PostgreSQL plans the next statement on the link table from its statistics; after a large
    // change (or an autovacuum that analysed it while it was empty) a stale plan can turn a
    // second million-row action into a nested loop over the bound list. Best effort: the write
    // is committed whatever this does.
    if (!m_registry.dialect().tendsTablesAfterBulkWrites() || changedLinks < 10'000)
        return;
    QSqlQuery query(m_registry.database());
    query.exec(QStringLiteral("ANALYZE fd_artifact_feature_set"));
}

Result<ArtifactStore::SlotHolders> ArtifactStore::slotHolders(const QStringList &artifactUids,
                                                              const QString &slot,
                                                              const QString &exceptSetUid) const
{
    const QString doing = QCoreApplication::translate("fd::ArtifactStore",
                                                      "read what the artifacts hold under '%1'")
                              .arg(slot);
    const BoundUidList list(m_registry.dialect(), artifactUids);
    const QString from
        = QStringLiteral("FROM %1 JOIN fd_artifact a ON a.uid = j.value "
                         "JOIN fd_artifact_folder f ON f.ord = a.key_folder "
                         "JOIN fd_artifact_feature_set l ON l.artifact_id = a.id AND l.slot = ? "
                         "JOIN fd_feature_set s ON s.id = l.feature_set_id WHERE s.uid <> ?")
              .arg(list.source);
    SlotHolders holders;
    for (const bool counting : {true, false}) {
        QSqlQuery query(m_registry.database());
        query.setForwardOnly(true);
        QString sql = QStringLiteral("SELECT COUNT(*) ") + from;
        if (!counting)
            sql = QStringLiteral(
                      "SELECT a.uid, f.path || a.key_name AS artifact_key, s.uid, s.name ")
                + from + QStringLiteral(" ORDER BY artifact_key, a.uid LIMIT 3");
        if (!query.prepare(sql))
            return sqlError(query, doing);
        list.bindTo(query);
        query.addBindValue(slot);
        query.addBindValue(exceptSetUid);
        if (!query.exec())
            return sqlError(query, doing);
        while (query.next()) {
            if (counting)
                holders.count = query.value(0).toLongLong();
            else
                holders.first.append({query.value(0).toString(), query.value(1).toString(),
                                      query.value(2).toString(), query.value(3).toString()});
        }
    }
    return holders;
}

Status ArtifactStore::detach(const QStringList &artifactUids, const QString &slot)
{
    if (Status writable = m_registry.checkWritable(); !writable)
        return writable.error();
    const Result<QStringList> uids = distinctArtifactUids(
        artifactUids, QCoreApplication::translate("fd::ArtifactStore", "nothing was detached"));
    if (!uids)
        return uids.error();
    const QString doing
        = QCoreApplication::translate("fd::ArtifactStore", "detach '%1' from %n artifacts", nullptr,
                                      int(uids->size()))
              .arg(slot);
    Transaction transaction(m_registry.database());
    if (Status begun = transaction.begin(doing); !begun)
        return begun.error();
    const Result<BoundUidList> staged
        = BoundUidList::stage(m_registry.database(), m_registry.dialect(), *uids, doing);
    if (!staged)
        return staged.error();
    const BoundUidList &list = *staged;
    if (Status registered = refuseMissingArtifacts(
            m_registry.database(), list,
            QCoreApplication::translate("fd::ArtifactStore",
                                        "No artifact has the uid %1; nothing was detached."),
            doing);
        !registered)
        return registered;
    const Result<qint64> run = m_registry.startRun(
        QStringLiteral("artifacts.detach"),
        QStringLiteral("Detach '%1' from %2 artifacts").arg(slot).arg(uids->size()));
    if (!run)
        return run.error();
    QSqlQuery query(m_registry.database());
    if (!query.prepare(
            QStringLiteral("DELETE FROM fd_artifact_feature_set WHERE slot = ? AND artifact_id IN "
                           "(SELECT a.id FROM %1 JOIN fd_artifact a ON a.uid = j.value)")
                .arg(list.source)))
        return sqlError(query, doing);
    query.addBindValue(slot);
    list.bindTo(query);
    if (!query.exec())
        return sqlError(query, doing);
    if (query.numRowsAffected() == 0)
        return Error::make(
            Error::Code::NotFound,
            uids->size() == 1
                ? QCoreApplication::translate("fd::ArtifactStore",
                                              "The artifact %1 has nothing under '%2'.")
                      .arg(uids->constFirst(), slot)
                : QCoreApplication::translate("fd::ArtifactStore",
                                              "None of the %1 artifacts has anything under '%2'.")
                      .arg(uids->size())
                      .arg(slot));
    const qint64 removed = query.numRowsAffected();
    if (Status finished = m_registry.finishRun(*run); !finished)
        return finished.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    refreshStatistics(removed);
    m_registry.notifyChanged(RegistryTable::Artifacts);
    m_registry.notifyChanged(RegistryTable::FeatureSets);
    return {};
}

} // namespace fd
