#include "model/genes/GeneUidCorrection.h"

#include "model/Identity.h"
#include "model/db/BoundUidList.h"
#include "model/db/SqlErrors.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>

#include <optional>
#include <vector>

namespace fd {

namespace {

struct Correction
{
    qint64 id = -1;
    QString symbol;
    QString key; // the key the uid was made from
    QString oldUid;
    QString newUid;
};

struct SetHash
{
    qint64 id = -1;
    QString name;
    QString hash;
};

constexpr int MaxNamedClashes = 3;

// Each key the gene's uid may have been made from, in GeneImporter's order of preference.
QStringList candidateKeys(const QString &symbol, const QString &ensembl,
                          const QString &otherEnsembl, const QString &ncbi, const QString &organism)
{
    QStringList keys;
    keys << ensembl << otherEnsembl.split(QLatin1Char('|'), Qt::SkipEmptyParts) << symbol;
    if (!symbol.isEmpty() && !organism.isEmpty())
        keys << symbol + organism;
    keys << ncbi;
    keys.removeAll(QString());
    return keys;
}

// The correction for a gene whose uid is the old encoding of one of its keys, if that key's digest
// starts with a zero byte (every other key encodes alike both ways).
std::optional<Correction> correctionFor(qint64 id, const QString &uid, const QString &symbol,
                                        const QStringList &keys)
{
    for (const QString &key : keys) {
        const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Md5);
        if (digest.at(0) != 0)
            continue;
        if (identity::base62FromBytes(digest).left(identity::GeneUidLength) != uid)
            continue;
        return Correction {id, symbol, key, uid,
                           identity::base62EncodeBytes(digest).left(identity::GeneUidLength)};
    }
    return std::nullopt;
}

QString geneLabel(const QString &symbol, const QString &key)
{
    return symbol.isEmpty() || symbol == key ? key : QStringLiteral("%1 (%2)").arg(symbol, key);
}

// "TP53 (id 5735)", for naming a gene in a clash.
QString storedGene(QSqlDatabase db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT symbol FROM fd_gene WHERE id = ?"));
    query.addBindValue(id);
    const QString symbol = query.exec() && query.next() ? query.value(0).toString() : QString();
    return symbol.isEmpty()
        ? QCoreApplication::translate("fd::GeneUidCorrection", "with id %1").arg(id)
        : QCoreApplication::translate("fd::GeneUidCorrection", "%1 (id %2)").arg(symbol).arg(id);
}

Error clash(const QString &doing, const QStringList &clashes, const QString &remedy)
{
    return Error::make(
        Error::Code::Conflict,
        QCoreApplication::translate("fd::GeneUidCorrection",
                                    "Could not %1: %2 The registry has not been changed. %3, "
                                    "then open it again with this FeatureDesk.")
            .arg(doing, clashes.mid(0, MaxNamedClashes).join(QLatin1Char(' ')), remedy));
}

} // namespace

Result<GeneUidCorrection::Outcome>
GeneUidCorrection::run(QSqlDatabase db, const SqlDialect &dialect, const QString &doing)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Every gene once: its uid (to find clashes in memory) and whether it needs correcting.
    if (!query.exec(
            QStringLiteral("SELECT g.id, g.uid, g.symbol, g.ensembl_gene_id, "
                           "g.other_ensembl_gene_ids, g.ncbi_gene_id, o.name "
                           "FROM fd_gene g LEFT JOIN fd_organism o ON o.id = g.organism_id")))
        return sqlError(query, doing);
    QHash<qint64, QString> uidOf;
    QHash<QString, qint64> geneWithUid;
    std::vector<Correction> corrections;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString uid = query.value(1).toString();
        const QString symbol = query.value(2).toString();
        uidOf.insert(id, uid);
        geneWithUid.insert(uid, id);
        const QStringList keys
            = candidateKeys(symbol, query.value(3).toString(), query.value(4).toString(),
                            query.value(5).toString(), query.value(6).toString());
        if (std::optional<Correction> correction = correctionFor(id, uid, symbol, keys))
            corrections.push_back(std::move(*correction));
    }
    query.finish();
    Outcome outcome;
    if (corrections.empty())
        return outcome;

    // Unique afterwards, or nothing is written. A new uid starts with '0' and an old-encoding one
    // never does, so a corrected gene never takes the uid another corrected gene gives up.
    QStringList clashes;
    for (const Correction &correction : corrections)
        uidOf[correction.id] = correction.newUid;
    QHash<QString, qint64> claimed;
    for (const Correction &correction : corrections) {
        const auto holder = geneWithUid.constFind(correction.newUid);
        const auto earlier = claimed.constFind(correction.newUid);
        if (holder != geneWithUid.cend() && uidOf.value(*holder) == correction.newUid)
            clashes << QCoreApplication::translate(
                           "fd::GeneUidCorrection",
                           "The gene %1 would get the uid %2, which the gene %3 has "
                           "already.")
                           .arg(geneLabel(correction.symbol, correction.key), correction.newUid,
                                storedGene(db, *holder));
        else if (earlier != claimed.cend())
            clashes << QCoreApplication::translate("fd::GeneUidCorrection",
                                                   "The genes %1 and %2 would both get the uid %3.")
                           .arg(storedGene(db, *earlier), storedGene(db, correction.id),
                                correction.newUid);
        claimed.insert(correction.newUid, correction.id);
    }
    if (!clashes.isEmpty())
        return clash(doing, clashes,
                     QCoreApplication::translate(
                         "fd::GeneUidCorrection",
                         "Delete one gene of each pair, or give it another uid, with "
                         "the FeatureDesk that made the registry or in SQL"));

    // The gene sets holding a corrected gene, and their hashes with the new uids.
    std::vector<qint64> correctedIds;
    correctedIds.reserve(corrections.size());
    for (const Correction &correction : corrections)
        correctedIds.push_back(correction.id);
    const BoundIdList correctedList(dialect, correctedIds);
    if (!query.prepare(dialect.setsWithGenes(correctedList.source) + QStringLiteral(" ORDER BY 1")))
        return sqlError(query, doing);
    query.addBindValue(correctedList.bound);
    if (!query.exec())
        return sqlError(query, doing);
    QList<qint64> affected;
    while (query.next())
        affected.append(query.value(0).toLongLong());
    query.finish();

    // Set by set: the member ids, their uids from memory (hashSet sorts them).
    QSqlQuery members(db);
    members.setForwardOnly(true);
    if (!members.prepare(dialect.expand(QStringLiteral("${GENE_IDS_OF_SET}"))))
        return sqlError(members, doing);
    QHash<qint64, QString> newHashOf;
    for (const qint64 set : std::as_const(affected)) {
        members.addBindValue(set);
        if (!members.exec())
            return sqlError(members, doing);
        QStringList uids;
        while (members.next()) {
            const QStringList memberIds
                = members.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            uids.reserve(uids.size() + memberIds.size());
            for (const QString &member : memberIds)
                uids.append(uidOf.value(member.toLongLong()));
        }
        members.finish();
        newHashOf.insert(set, identity::hashSet(uids));
    }

    // Set hashes are unique too: checked against every set's hash as it will be.
    if (!query.exec(QStringLiteral("SELECT id, name, hash FROM fd_feature_set")))
        return sqlError(query, doing);
    QHash<QString, SetHash> setWithHash;
    std::vector<SetHash> rehashed;
    while (query.next()) {
        const SetHash set {query.value(0).toLongLong(), query.value(1).toString(),
                           query.value(2).toString()};
        const auto newHash = newHashOf.constFind(set.id);
        if (newHash == newHashOf.cend()) {
            setWithHash.insert(set.hash, set);
        } else if (*newHash != set.hash) {
            rehashed.push_back(SetHash {set.id, set.name, *newHash});
        } else {
            setWithHash.insert(set.hash, set);
        }
    }
    query.finish();
    for (const SetHash &set : rehashed) {
        const auto holder = setWithHash.constFind(set.hash);
        if (holder != setWithHash.cend())
            clashes << QCoreApplication::translate(
                           "fd::GeneUidCorrection",
                           "The feature set '%1' would get the hash %2, which the set "
                           "'%3' has already.")
                           .arg(set.name, set.hash, holder->name);
        setWithHash.insert(set.hash, set);
    }
    if (!clashes.isEmpty())
        return clash(doing, clashes,
                     QCoreApplication::translate(
                         "fd::GeneUidCorrection",
                         "Delete one set of each pair with the FeatureDesk that made "
                         "the registry"));

    // Only now, writes. SQLite's and PostgreSQL's unique rules check each row; as shown above no
    // row ever holds a value another still has.
    if (!query.prepare(QStringLiteral("UPDATE fd_gene SET uid = ? WHERE id = ? AND uid = ?")))
        return sqlError(query, doing);
    for (const Correction &correction : corrections) {
        query.addBindValue(correction.newUid);
        query.addBindValue(correction.id);
        query.addBindValue(correction.oldUid);
        if (!query.exec())
            return sqlError(query, doing);
        if (query.numRowsAffected() != 1)
            return Error::make(
                Error::Code::Conflict,
                QCoreApplication::translate("fd::GeneUidCorrection",
                                            "Could not %1: the gene with id %2 changed meanwhile.")
                    .arg(doing)
                    .arg(correction.id));
    }
    if (!query.prepare(QStringLiteral("UPDATE fd_feature_set SET hash = ? WHERE id = ?")))
        return sqlError(query, doing);
    for (const SetHash &set : rehashed) {
        query.addBindValue(set.hash);
        query.addBindValue(set.id);
        if (!query.exec())
            return sqlError(query, doing);
    }
    outcome.genes = qint64(corrections.size());
    outcome.featureSets = qint64(rehashed.size());
    const Correction &first = corrections.front();
    outcome.example = QStringLiteral("%1: %2 → %3")
                          .arg(geneLabel(first.symbol, first.key), first.oldUid, first.newUid);
    return outcome;
}

QStringList GeneUidCorrection::notes(const Outcome &outcome)
{
    if (outcome.genes == 0)
        return {};
    const QString genes = outcome.genes == 1
        ? QCoreApplication::translate("fd::GeneUidCorrection", "1 gene uid")
        : QCoreApplication::translate("fd::GeneUidCorrection", "%1 gene uids").arg(outcome.genes);
    const QString sets = outcome.featureSets == 1
        ? QCoreApplication::translate("fd::GeneUidCorrection", "1 feature set")
        : QCoreApplication::translate("fd::GeneUidCorrection", "%1 feature sets")
              .arg(outcome.featureSets);
    return {QCoreApplication::translate("fd::GeneUidCorrection",
                                        "%1 corrected to LaminDB's encoding (%2), %3 re-hashed.")
                .arg(genes, outcome.example, sets)};
}

} // namespace fd
