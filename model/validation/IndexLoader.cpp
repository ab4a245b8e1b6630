#include "model/validation/IndexLoader.h"

#include "model/Registry.h"
#include "model/SqlErrors.h"
#include "model/genes/GeneIndex.h"
#include "model/genes/OrganismStore.h"

#include <QSqlQuery>

namespace fd {

namespace {

Result<NameIndex> loadFeatures(Registry &registry)
{
    QSqlQuery query(registry.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT uid, name, synonyms, dtype FROM fd_feature")))
        return sqlError(query, QStringLiteral("read the features"));
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

Result<NameIndex> IndexLoader::load(Registry &registry, Validator::Field field, const QString &organism)
{
    if (field == Validator::Field::FeatureName)
        return loadFeatures(registry);
    if (organism.isEmpty())
        return Error::make(Error::Code::Invalid,
                           QStringLiteral("Gene values need an organism; name one (e.g. human)."));
    Result<GeneIndex> genes = GeneIndex::build(registry, organism);
    if (!genes)
        return genes.error();
    QList<IndexEntry> entries;
    entries.reserve(genes->size());
    for (const GeneRecord &gene : genes->genes()) {
        switch (field) {
        case Validator::Field::GeneSymbol:
            if (!gene.symbol.isEmpty())
                entries.append({gene.uid, gene.symbol, gene.synonyms, {}});
            break;
        case Validator::Field::GeneEnsemblId:
            if (!gene.ensemblGeneId.isEmpty())
                entries.append({gene.uid, gene.ensemblGeneId, {}, {}});
            break;
        case Validator::Field::GeneNcbiId:
            if (!gene.ncbiGeneId.isEmpty())
                entries.append({gene.uid, gene.ncbiGeneId, {}, {}});
            break;
        case Validator::Field::FeatureName:
            break;
        }
    }
    return NameIndex(std::move(entries), field == Validator::Field::GeneSymbol);
}

QString IndexLoader::inferOrganism(Registry &registry, Validator::Field field, const QStringList &values)
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
