#include "model/validation/GeneDetails.h"

#include "model/db/BoundUidList.h"
#include "model/db/Registry.h"
#include "model/db/SqlErrors.h"
#include "model/genes/OrganismStore.h"
#include "model/validation/IndexLoader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <functional>

namespace fd {

namespace {

struct Described
{
    QString description;
    QString type;
};

// The gene a hinted value names in the field it fits.
struct Named
{
    QString uid;
    QString symbol;
    QString standard; // its value in the field checked
    Described described;
};

QString kindOf(ValidationField field)
{
    return field == ValidationField::GeneEnsemblId
        ? QCoreApplication::translate("GeneDetails", "an Ensembl gene id")
        : QCoreApplication::translate("GeneDetails", "an NCBI gene id");
}

} // namespace

QString GeneDetails::keyOf(ValidationField field, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (field != ValidationField::GeneEnsemblId)
        return trimmed;
    // Other databases' ids (FBgn0031208) are kept as they are spelled, less a version suffix.
    if (!Validator::looksLikeEnsemblGeneId(trimmed))
        return OrganismStore::withoutVersionSuffix(trimmed).toString();
    const qsizetype dot = trimmed.indexOf(QLatin1Char('.'));
    return (dot < 0 ? trimmed : trimmed.left(dot)).toUpper();
}

Status GeneDetails::fill(Registry &registry, const QString &organism, ValidationReport &report)
{
    if (!isGeneField(report.field))
        return {};
    QStringList names;
    QStringList uids;
    QHash<int, QStringList> hinted; // field -> keys
    for (const ValidationItem &item : report.items) {
        names += item.suggestions;
        uids += item.candidateUids;
        if (item.hint)
            hinted[int(item.hint->field)].append(keyOf(item.hint->field, item.value));
    }
    if (names.isEmpty() && uids.isEmpty() && hinted.isEmpty())
        return {};
    const Result<OrganismRecord> record = OrganismStore(registry).require(organism);
    if (!record)
        return record.error();
    const QString doing
        = QCoreApplication::translate("GeneDetails", "read the genes of %1").arg(record->name);
    const QString checked = IndexLoader::geneColumn(report.field);

    // One statement per list of keys, joined to the table, whatever their number.
    const auto select
        = [&](const QString &columns, const QString &keyColumn, bool ofOrganism, QStringList keys,
              const std::function<void(const QSqlQuery &)> &row) -> Status {
        keys.removeDuplicates();
        if (keys.isEmpty())
            return {};
        QSqlQuery query(registry.database());
        query.setForwardOnly(true);
        const BoundTextList list(registry.dialect(), keys);
        if (!query.prepare(
                QStringLiteral("SELECT %1 FROM fd_gene g JOIN %2 ON g.%3 = j.value%4")
                    .arg(columns, list.source, keyColumn,
                         ofOrganism ? QStringLiteral(" WHERE g.organism_id = ?") : QString())))
            return sqlError(query, doing);
        list.bindTo(query);
        if (ofOrganism)
            query.addBindValue(record->id);
        if (!query.exec())
            return sqlError(query, doing);
        while (query.next())
            row(query);
        return {};
    };

    // A name several genes share is described by a protein-coding one, as it is ranked.
    QHash<QString, Described> byName;
    if (Status read = select(QStringLiteral("g.%1, g.description, g.biotype").arg(checked), checked,
                             true, names,
                             [&](const QSqlQuery &query) {
                                 const QString name = query.value(0).toString();
                                 const QString type = query.value(2).toString();
                                 const auto it = byName.constFind(name);
                                 if (it != byName.cend() && IndexLoader::isProteinCoding(it->type))
                                     return;
                                 if (it != byName.cend() && !IndexLoader::isProteinCoding(type))
                                     return;
                                 byName.insert(name, {query.value(1).toString(), type});
                             });
        !read)
        return read;
    QHash<QString, Described> byUid;
    if (Status read = select(
            QStringLiteral("g.uid, g.description, g.biotype"), QStringLiteral("uid"), false, uids,
            [&](const QSqlQuery &query) {
                byUid.insert(query.value(0).toString(),
                             {query.value(1).toString(), query.value(2).toString()});
            });
        !read)
        return read;
    QHash<int, QHash<QString, Named>> named; // field -> key -> gene
    for (auto it = hinted.cbegin(); it != hinted.cend(); ++it) {
        const auto field = ValidationField(it.key());
        const QString column = IndexLoader::geneColumn(field);
        QHash<QString, Named> &genes = named[it.key()];
        if (Status read
            = select(QStringLiteral("g.%1, g.uid, g.symbol, g.%2, g.description, g.biotype")
                         .arg(column, checked),
                     column, true, it.value(),
                     [&](const QSqlQuery &query) {
                         genes.insert(query.value(0).toString(),
                                      {query.value(1).toString(),
                                       query.value(2).toString(),
                                       query.value(3).toString(),
                                       {query.value(4).toString(), query.value(5).toString()}});
                     });
            !read)
            return read;
    }

    for (ValidationItem &item : report.items) {
        if (!item.suggestions.isEmpty()) {
            item.suggestionDescriptions.clear();
            item.suggestionTypes.clear();
            for (const QString &name : std::as_const(item.suggestions)) {
                const Described described = byName.value(name);
                item.suggestionDescriptions.append(described.description);
                item.suggestionTypes.append(described.type);
            }
        }
        if (!item.candidateUids.isEmpty()) {
            item.candidateDescriptions.clear();
            item.candidateTypes.clear();
            for (const QString &uid : std::as_const(item.candidateUids)) {
                const Described described = byUid.value(uid);
                item.candidateDescriptions.append(described.description);
                item.candidateTypes.append(described.type);
            }
        }
        if (!item.hint)
            continue;
        FieldHint &hint = *item.hint;
        const QString kind = kindOf(hint.field);
        const auto gene = named.value(int(hint.field)).constFind(keyOf(hint.field, item.value));
        if (gene == named.value(int(hint.field)).cend()) {
            item.note = QCoreApplication::translate("GeneDetails",
                                                    "Looks like %1, but no gene of %2 has it.")
                            .arg(kind, record->name);
            continue;
        }
        hint.uid = gene->uid;
        hint.symbol = gene->symbol;
        hint.standard = gene->standard;
        hint.description = gene->described.description;
        hint.type = gene->described.type;
        const QString value = item.value.trimmed();
        const QString fieldKey = validationFieldKey(hint.field);
        item.note = hint.standard.isEmpty()
            ? QCoreApplication::translate("GeneDetails",
                                          "Looks like %1: %2 is %3. Check the column as %4.")
                  .arg(kind, value, hint.symbol, fieldKey)
            : QCoreApplication::translate(
                  "GeneDetails",
                  "Looks like %1: %2 is %3. Check the column as %4, or rename the value to %5.")
                  .arg(kind, value, hint.symbol, fieldKey, hint.standard);
    }
    return {};
}

} // namespace fd
