#include "model/validation/IndexLoader.h"

#include "model/db/Registry.h"
#include "model/db/SqlErrors.h"
#include "model/genes/OrganismStore.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace fd {

namespace {

Result<NameIndex> loadFeatures(Registry &registry)
{
    QSqlQuery query(registry.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT uid, name, synonyms, dtype FROM fd_feature")))
        return sqlError(query, QCoreApplication::translate("fd::IndexLoader", "read the features"));
    QList<IndexEntry> entries;
    while (query.next()) {
        const QString synonyms = query.value(2).toString();
        entries.append({query.value(0).toString(), query.value(1).toString(),
                        synonyms.isEmpty() ? QStringList() : synonyms.split(QLatin1Char('|')),
                        query.value(3).toString()});
    }
    return NameIndex(std::move(entries), true);
}

} // namespace

QString IndexLoader::geneColumn(Validator::Field field)
{
    switch (field) {
    case Validator::Field::GeneEnsemblId:
        return QStringLiteral("ensembl_gene_id");
    case Validator::Field::GeneNcbiId:
        return QStringLiteral("ncbi_gene_id");
    default:
        return QStringLiteral("symbol");
    }
}

bool IndexLoader::isProteinCoding(QStringView biotype)
{
    // NCBI spells it "protein-coding", Ensembl and HGNC "protein_coding" or "protein coding".
    return biotype.size() == 14 && biotype.startsWith(u"protein", Qt::CaseInsensitive)
        && biotype.endsWith(u"coding", Qt::CaseInsensitive);
}

Result<NameIndex> IndexLoader::load(Registry &registry, Validator::Field field,
                                    const QString &organism)
{
    if (field == Validator::Field::FeatureName)
        return loadFeatures(registry);
    if (organism.isEmpty())
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("fd::IndexLoader",
                                        "Gene values need an organism; name one (e.g. human)."));
    const Result<OrganismRecord> record = OrganismStore(registry).require(organism);
    if (!record)
        return record.error();
    // Only the one column the field needs (with synonyms for symbols, and the gene's type, which
    // orders equally close suggestions): a genome's genes are read straight into the index, not
    // through the find-as-you-type GeneIndex with all its keys.
    const bool symbols = field == Validator::Field::GeneSymbol;
    const QString column = geneColumn(field);
    QSqlQuery query(registry.database());
    query.setForwardOnly(true);
    const QString doing
        = QCoreApplication::translate("fd::IndexLoader", "read the genes of %1").arg(record->name);
    if (!query.prepare(
            QStringLiteral("SELECT uid, %1, biotype%2 FROM fd_gene WHERE organism_id = ? "
                           "AND %1 IS NOT NULL AND %1 <> ''")
                .arg(column, symbols ? QStringLiteral(", synonyms") : QString())))
        return sqlError(query, doing);
    query.addBindValue(record->id);
    if (!query.exec())
        return sqlError(query, doing);
    QList<IndexEntry> entries;
    while (query.next()) {
        IndexEntry entry {query.value(0).toString(), query.value(1).toString(), {}, {}};
        entry.suggestionRank = isProteinCoding(query.value(2).toString()) ? 0 : 1;
        if (symbols) {
            const QString synonyms = query.value(3).toString();
            if (!synonyms.isEmpty())
                entry.synonyms = synonyms.split(QLatin1Char('|'), Qt::SkipEmptyParts);
        }
        entries.append(std::move(entry));
    }
    return NameIndex(std::move(entries), symbols);
}

QString IndexLoader::inferOrganism(Registry &registry, Validator::Field field,
                                   const QStringList &values)
{
    if (field == Validator::Field::FeatureName)
        return {};
    if (field == Validator::Field::GeneEnsemblId) {
        for (const QString &value : values) {
            const qint64 taxon = OrganismStore::taxonFromEnsemblId(value.trimmed());
            if (taxon == 0)
                continue;
            if (const auto known = OrganismStore::knownTaxon(taxon))
                return QString::fromLatin1(known->name);
        }
    }
    const auto organisms = OrganismStore(registry).list();
    if (organisms && organisms->size() == 1)
        return organisms->constFirst().name;
    return {};
}

} // namespace fd
