#include "model/sets/FeatureSetStore.h"

#include "model/Identity.h"
#include "model/db/BoundUidList.h"
#include "model/db/RecordReader.h"
#include "model/db/Registry.h"
#include "model/db/SqlErrors.h"
#include "model/db/Transaction.h"
#include "model/features/FeatureStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace fd {

namespace {

struct MemberTables
{
    QString memberTable; // fd_feature or fd_gene
    QString linkTable; // fd_feature_set_feature or fd_feature_set_gene
    QString linkColumn; // feature_id or gene_id
    QString nameColumn; // name or symbol
};

MemberTables tablesFor(MemberRegistry registry)
{
    if (registry == MemberRegistry::Gene)
        return {QStringLiteral("fd_gene"), QStringLiteral("fd_feature_set_gene"),
                QStringLiteral("gene_id"), QStringLiteral("symbol")};
    return {QStringLiteral("fd_feature"), QStringLiteral("fd_feature_set_feature"),
            QStringLiteral("feature_id"), QStringLiteral("name")};
}

// Resolves member uids to row ids, all in one statement over the list bound as one parameter.
// An uid that is not base62 names nothing (and must not reach the JSON list unescaped).
Result<QHash<QString, qint64>> resolveMembers(Registry &registry, const MemberTables &tables,
                                              const QStringList &uids)
{
    QStringList wellFormed;
    wellFormed.reserve(uids.size());
    for (const QString &uid : uids)
        if (identity::isBase62(uid))
            wellFormed.append(uid);
    QHash<QString, qint64> ids;
    ids.reserve(wellFormed.size());
    if (wellFormed.isEmpty())
        return ids;
    const BoundUidList list(registry.dialect(), wellFormed);
    QSqlQuery query(registry.database());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT m.uid, m.id FROM %1 JOIN %2 m ON m.uid = j.value")
                           .arg(list.source, tables.memberTable)))
        return sqlError(
            query, QCoreApplication::translate("fd::FeatureSetStore", "look up the set's members"));
    list.bindTo(query);
    if (!query.exec())
        return sqlError(
            query, QCoreApplication::translate("fd::FeatureSetStore", "look up the set's members"));
    while (query.next())
        ids.insert(query.value(0).toString(), query.value(1).toLongLong());
    return ids;
}

// The error for a set some of whose members are not in the registry, naming the first of them
// in the order given.
Error missingMembers(Registry &registry, const MemberTables &tables, const NewFeatureSet &set)
{
    QStringList uids = set.memberUids;
    uids.removeDuplicates();
    const Result<QHash<QString, qint64>> ids = resolveMembers(registry, tables, uids);
    if (!ids)
        return ids.error();
    QStringList missing;
    for (const QString &uid : uids)
        if (!ids->contains(uid))
            missing.append(uid);
    if (missing.isEmpty()) // all there again by now
        return Error::make(
            Error::Code::Conflict,
            QCoreApplication::translate("fd::FeatureSetStore",
                                        "The members of '%1' changed while it was saved. Nothing "
                                        "was saved; try again.")
                .arg(set.name));
    const int shown = 10;
    return Error::make(
        Error::Code::Invalid,
        QCoreApplication::translate("fd::FeatureSetStore",
                                    "%1 of the set's members are not in the registry's %2: "
                                    "%3%4. Nothing was saved.")
            .arg(missing.size())
            .arg(memberRegistryName(set.registry), missing.mid(0, shown).join(QStringLiteral(", ")),
                 missing.size() > shown ? QStringLiteral(", …") : QString()));
}

} // namespace

Status FeatureSetStore::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("fd::FeatureSetStore", "A feature set needs a name."));
    return FeatureStore::checkName(name);
}

Result<FeatureSetStore::Created> FeatureSetStore::create(const NewFeatureSet &set)
{
    if (Status writable = m_registry.checkWritable(); !writable)
        return writable.error();
    if (Status name = checkName(set.name); !name)
        return name.error();
    // Distinct, sorted and joined with ':' as they are hashed: also the list that is looked up.
    const identity::SetMembers sorted = identity::setMembers(set.memberUids);
    const QString &hash = sorted.hash;
    if (sorted.count == 0)
        return Error::make(Error::Code::Invalid,
                           QCoreApplication::translate("fd::FeatureSetStore",
                                                       "The feature set '%1' has no members.")
                               .arg(set.name));
    const MemberTables tables = tablesFor(set.registry);
    // An uid that is not base62 names nothing (and must not reach the lists below unescaped).
    if (!sorted.base62)
        return missingMembers(m_registry, tables, set);
    const QString dtype = !set.dtype.isEmpty() ? set.dtype
        : set.registry == MemberRegistry::Gene ? QStringLiteral("number")
                                               : QString();
    const QString doing
        = QCoreApplication::translate("fd::FeatureSetStore", "save the feature set '%1'")
              .arg(set.name);

    Transaction transaction(m_registry.database());
    if (Status begun = transaction.begin(doing); !begun)
        return begun.error();
    const Result<qint64> run
        = m_registry.startRun(QStringLiteral("feature_sets.create"),
                              QStringLiteral("Save feature set '%1'").arg(set.name));
    if (!run)
        return run.error();
    QSqlQuery query(m_registry.database());
    FeatureSetRecord record;
    record.uid = identity::newFeatureSetUid();
    record.name = set.name;
    record.n = sorted.count;
    record.dtype = dtype;
    record.registry = set.registry;
    record.hash = hash;
    record.description = set.description;
    record.createdBy = m_registry.userHandle();
    if (!query.prepare(QStringLiteral(
            "INSERT INTO fd_feature_set (uid, name, n, dtype, registry, hash, description, "
            "created_by, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (hash) DO NOTHING RETURNING id, created_at")))
        return sqlError(query, doing);
    query.addBindValue(record.uid);
    query.addBindValue(record.name);
    query.addBindValue(record.n);
    query.addBindValue(dtype.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(dtype));
    query.addBindValue(memberRegistryName(set.registry));
    query.addBindValue(hash);
    query.addBindValue(set.description.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                 : QVariant(set.description));
    query.addBindValue(m_registry.userId());
    query.addBindValue(*run);
    if (!query.exec())
        return sqlError(query, doing);
    if (!query.next()) {
        // The same members are stored already: hand back that set, write nothing.
        query.finish();
        transaction.rollback();
        Result<FeatureSetRecord> existing = findByHash(hash);
        if (!existing)
            return existing.error();
        return Created {*existing, false};
    }
    record.id = query.value(0).toLongLong();
    record.createdAt = query.value(1).toDateTime();
    query.finish();

    // The members in one statement that resolves their uids and inserts them in id order; the uids
    // found are counted, not read back. The uids go as they were hashed (BoundUidRows says how each
    // backend finds their rows); a row per member, in id order (one ordered pass over the link
    // table's indexes), or where a set's genes are one sorted array (schema step 11), that array.
    const bool geneArray
        = m_registry.dialect().setGenesAreArrays() && set.registry == MemberRegistry::Gene;
    const BoundUidRows members(m_registry.dialect(), tables.memberTable, sorted.joined);
    const QString insert = geneArray
        ? QStringLiteral("INSERT INTO fd_feature_set_genes (feature_set_id, gene_ids) SELECT "
                         "CAST(? AS BIGINT), "
                         "array_agg(m.id ORDER BY m.id) FROM %1 HAVING COUNT(*) > 0 "
                         "RETURNING cardinality(gene_ids)")
              .arg(members.rows)
        : QStringLiteral("INSERT INTO %1 (feature_set_id, %2) SELECT CAST(? AS BIGINT), "
                         "m.id FROM %3 ORDER BY m.id")
              .arg(tables.linkTable, tables.linkColumn, members.rows);
    if (!query.prepare(insert))
        return sqlError(query, doing);
    query.addBindValue(record.id);
    members.bindTo(query);
    if (!query.exec())
        return sqlError(query, doing);
    qint64 written = 0;
    if (!geneArray)
        written = query.numRowsAffected();
    else if (query.next()) // no row: none of the genes was found
        written = query.value(0).toLongLong();
    if (written != sorted.count) {
        query.finish();
        transaction.rollback();
        return missingMembers(m_registry, tables, set);
    }
    query.finish();
    if (Status finished = m_registry.finishRun(*run); !finished)
        return finished.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    m_registry.notifyChanged(RegistryTable::FeatureSets);
    // A new set: nothing uses it yet, and the rest is what was written.
    return Created {record, true};
}

Result<QList<FeatureSetRecord>> FeatureSetStore::select(const QString &where,
                                                        const QVariant &value) const
{
    QSqlQuery query(m_registry.database());
    query.setForwardOnly(true);
    QString sql = RecordReader::featureSets().sql();
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY s.name, s.id");
    if (!query.prepare(m_registry.dialect().expand(sql)))
        return sqlError(
            query, QCoreApplication::translate("fd::FeatureSetStore", "read the feature sets"));
    if (!where.isEmpty())
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(
            query, QCoreApplication::translate("fd::FeatureSetStore", "read the feature sets"));
    QList<FeatureSetRecord> records;
    while (query.next())
        records.append(RecordReader::featureSet(query));
    return records;
}

Result<QList<FeatureSetRecord>> FeatureSetStore::list() const
{
    return select({}, {});
}

Result<FeatureSetRecord> FeatureSetStore::findByUid(const QString &uid) const
{
    Result<QList<FeatureSetRecord>> found = select(QStringLiteral("s.uid = ?"), uid);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("fd::FeatureSetStore", "No feature set has the uid '%1'.")
                .arg(uid));
    return found->constFirst();
}

Result<FeatureSetRecord> FeatureSetStore::findByHash(const QString &hash) const
{
    Result<QList<FeatureSetRecord>> found = select(QStringLiteral("s.hash = ?"), hash);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("fd::FeatureSetStore", "No feature set has the hash '%1'.")
                .arg(hash));
    return found->constFirst();
}

Result<QList<SetMember>> FeatureSetStore::members(const QString &setUid) const
{
    const Result<FeatureSetRecord> set = findByUid(setUid);
    if (!set)
        return set.error();
    const MemberTables tables = tablesFor(set->registry);
    QSqlQuery query(m_registry.database());
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT m.uid, m.%1 FROM %2 l JOIN %3 m ON m.id = l.%4 "
                           "WHERE l.feature_set_id = ? ORDER BY m.%1, m.uid")
                .arg(tables.nameColumn, tables.linkTable, tables.memberTable, tables.linkColumn)))
        return sqlError(
            query, QCoreApplication::translate("fd::FeatureSetStore", "read the set's members"));
    query.addBindValue(set->id);
    if (!query.exec())
        return sqlError(
            query, QCoreApplication::translate("fd::FeatureSetStore", "read the set's members"));
    QList<SetMember> members;
    while (query.next())
        members.append(SetMember {query.value(0).toString(), query.value(1).toString()});
    return members;
}

Status FeatureSetStore::remove(const QString &setUid)
{
    if (Status writable = m_registry.checkWritable(); !writable)
        return writable;
    const QString doing
        = QCoreApplication::translate("fd::FeatureSetStore", "delete the feature set %1")
              .arg(setUid);
    Transaction transaction(m_registry.database());
    if (Status begun = transaction.begin(doing); !begun)
        return begun;
    const Result<FeatureSetRecord> set = findByUid(setUid);
    if (!set)
        return set.error();
    if (set->artifactCount > 0)
        return Error::make(
            Error::Code::Conflict,
            QCoreApplication::translate("fd::FeatureSetStore",
                                        "The feature set '%1' (%2) is used by %3 artifact(s); "
                                        "detach it from them first. Nothing was deleted.")
                .arg(set->name, set->uid)
                .arg(set->artifactCount));
    QSqlQuery query(m_registry.database());
    if (!query.prepare(QStringLiteral("DELETE FROM fd_feature_set WHERE id = ?")))
        return sqlError(query, doing);
    query.addBindValue(set->id);
    // The foreign key (ON DELETE RESTRICT) refuses too if a link appeared meanwhile.
    if (!query.exec())
        return sqlError(query, doing);
    query.finish();
    if (Status committed = transaction.commit(); !committed)
        return committed;
    m_registry.notifyChanged(RegistryTable::FeatureSets);
    return {};
}

Status FeatureSetStore::rename(const QString &setUid, const QString &name)
{
    if (Status valid = checkName(name); !valid)
        return valid;
    return update(setUid, QStringLiteral("name"), name,
                  QCoreApplication::translate("fd::FeatureSetStore", "rename the feature set %1")
                      .arg(setUid));
}

Status FeatureSetStore::setDescription(const QString &setUid, const QString &description)
{
    if (description.size() > 10'000)
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("fd::FeatureSetStore",
                                        "A description has at most 10,000 characters."));
    const QString text = description.trimmed();
    return update(setUid, QStringLiteral("description"),
                  text.isEmpty() ? QVariant() : QVariant(text),
                  QCoreApplication::translate("fd::FeatureSetStore", "describe the feature set %1")
                      .arg(setUid));
}

Status FeatureSetStore::update(const QString &setUid, const QString &column, const QVariant &value,
                               const QString &doing)
{
    if (Status writable = m_registry.checkWritable(); !writable)
        return writable;
    QSqlQuery query(m_registry.database());
    if (!query.prepare(
            QStringLiteral("UPDATE fd_feature_set SET %1 = ? WHERE uid = ?").arg(column)))
        return sqlError(query, doing);
    query.addBindValue(value);
    query.addBindValue(setUid);
    if (!query.exec())
        return sqlError(query, doing);
    if (query.numRowsAffected() == 0)
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("fd::FeatureSetStore", "No feature set has the uid '%1'.")
                .arg(setUid));
    m_registry.notifyChanged(RegistryTable::FeatureSets);
    return {};
}

} // namespace fd
