#include "model/genes/OrganismStore.h"

#include "model/db/Registry.h"
#include "model/db/SqlErrors.h"
#include "model/genes/GeneFileFormat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace fd {

namespace {

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString describeTaxa(const QList<qint64> &taxa)
{
    QStringList parts;
    for (const qint64 taxon : taxa) {
        if (taxon == 0)
            continue;
        const auto known = OrganismStore::knownTaxon(taxon);
        parts.append(known
                         ? QStringLiteral("%1 (%2)").arg(QLatin1StringView(known->name)).arg(taxon)
                         : QCoreApplication::translate("fd::OrganismStore", "taxon %1").arg(taxon));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

const QList<OrganismStore::Known> &OrganismStore::builtIn()
{
    static const QList<Known> organisms = {
        {"human", "Homo sapiens", 9606, "ENSG"},
        {"mouse", "Mus musculus", 10090, "ENSMUSG"},
        {"rat", "Rattus norvegicus", 10116, "ENSRNOG"},
        {"zebrafish", "Danio rerio", 7955, "ENSDARG"},
        {"fly", "Drosophila melanogaster", 7227, "FBgn"},
        {"worm", "Caenorhabditis elegans", 6239, "WBGene"},
        {"yeast", "Saccharomyces cerevisiae", 4932, ""},
        {"chicken", "Gallus gallus", 9031, "ENSGALG"},
        {"pig", "Sus scrofa", 9823, "ENSSSCG"},
        {"cattle", "Bos taurus", 9913, "ENSBTAG"},
        {"dog", "Canis lupus familiaris", 9615, "ENSCAFG"},
        {"macaque", "Macaca mulatta", 9544, "ENSMMUG"},
        {"chimpanzee", "Pan troglodytes", 9598, "ENSPTRG"},
        {"frog", "Xenopus tropicalis", 8364, "ENSXETG"},
        {"arabidopsis", "Arabidopsis thaliana", 3702, ""},
        // The rest of the organisms CELLxGENE's gene lists cover.
        {"crab-eating macaque", "Macaca fascicularis", 9541, "ENSMFAG"},
        {"marmoset", "Callithrix jacchus", 9483, "ENSCJAG"},
        {"gorilla", "Gorilla gorilla", 9595, "ENSGGOG"},
        {"rabbit", "Oryctolagus cuniculus", 9986, "ENSOCUG"},
        {"mouse lemur", "Microcebus murinus", 30608, "ENSMICG"},
        {"SARS-CoV-2", "Severe acute respiratory syndrome coronavirus 2", 2697049, "ENSSASG"},
        {"ERCC spike-ins", "synthetic construct", 32630, "ERCC-"},
    };
    return organisms;
}

const QList<OrganismStore::IdPrefix> &OrganismStore::idPrefixes()
{
    static const QList<IdPrefix> prefixes = [] {
        QList<IdPrefix> all;
        for (const Known &known : builtIn())
            if (*known.ensemblPrefix != '\0')
                all.append(IdPrefix {known.ensemblPrefix, known.taxonId});
        // FlyBase names transposable element insertions FBti; they are genes of the fly's lists.
        all.append(IdPrefix {"FBti", 7227});
        return all;
    }();
    return prefixes;
}

std::optional<OrganismStore::Known> OrganismStore::knownOrganism(const QString &nameOrTaxon)
{
    const QString text = nameOrTaxon.trimmed();
    bool number = false;
    const qint64 taxon = text.toLongLong(&number);
    if (number)
        return knownTaxon(taxon);
    for (const Known &known : builtIn()) {
        if (text.compare(QLatin1StringView(known.name), Qt::CaseInsensitive) == 0
            || text.compare(QLatin1StringView(known.scientificName), Qt::CaseInsensitive) == 0)
            return known;
    }
    return std::nullopt;
}

std::optional<OrganismStore::Known> OrganismStore::knownTaxon(qint64 taxonId)
{
    for (const Known &known : builtIn())
        if (known.taxonId == taxonId)
            return known;
    return std::nullopt;
}

qint64 OrganismStore::taxonFromEnsemblId(QStringView geneId)
{
    // ENSG is a prefix of ENSGALG (chicken), so a prefix counts only when digits follow it.
    for (const IdPrefix &known : idPrefixes()) {
        const QLatin1StringView prefix(known.prefix);
        if (geneId.size() > prefix.size() && geneId.startsWith(prefix)
            && geneId.at(prefix.size()).isDigit())
            return known.taxonId;
    }
    return 0;
}

QStringView OrganismStore::withoutVersionSuffix(QStringView geneId)
{
    const qsizetype dot = geneId.lastIndexOf(u'.');
    if (dot <= 0 || dot + 1 == geneId.size())
        return geneId;
    for (const QChar c : geneId.sliced(dot + 1))
        if (c < u'0' || c > u'9')
            return geneId;
    const QStringView bare = geneId.first(dot);
    if (bare.contains(u'.'))
        return geneId;
    // Ensembl's ids of organisms that are not built in (ENSCAFG…) have versions too.
    if (taxonFromEnsemblId(bare) != 0 || GeneColumns::isEnsemblGeneId(bare))
        return bare;
    return geneId;
}

qint64 OrganismStore::taxonFromFileName(const QString &path)
{
    // "genes_mus_musculus.csv.gz", "Danio_rerio.GRCz11.genes.tsv": the scientific name, with
    // underscores, spaces or dots between its words.
    QString name = QFileInfo(path).fileName().toLower();
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    name.replace(QLatin1Char('.'), QLatin1Char(' '));
    name.replace(QLatin1Char('-'), QLatin1Char(' '));
    name = QLatin1Char(' ') + name + QLatin1Char(' ');
    for (const Known &known : builtIn()) {
        const QString scientific = QLatin1Char(' ')
            + QString::fromLatin1(known.scientificName).toLower().replace(u'-', u' ')
            + QLatin1Char(' ');
        if (name.contains(scientific))
            return known.taxonId;
    }
    return 0;
}

Result<std::optional<OrganismRecord>> OrganismStore::selectOne(const QString &where,
                                                               const QVariant &value) const
{
    QSqlQuery query(m_registry.database());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT id, name, scientific_name, taxon_id FROM fd_organism "
                                      "WHERE ")
                       + where))
        return sqlError(query,
                        QCoreApplication::translate("fd::OrganismStore", "look up the organism"));
    query.addBindValue(value);
    if (!query.exec())
        return sqlError(query,
                        QCoreApplication::translate("fd::OrganismStore", "look up the organism"));
    if (!query.next())
        return std::optional<OrganismRecord>();
    return std::optional<OrganismRecord>(
        OrganismRecord {query.value(0).toLongLong(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toLongLong()});
}

Result<QList<OrganismRecord>> OrganismStore::list() const
{
    QSqlQuery query(m_registry.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, name, scientific_name, taxon_id FROM fd_organism ORDER BY name")))
        return sqlError(query,
                        QCoreApplication::translate("fd::OrganismStore", "read the organisms"));
    QList<OrganismRecord> records;
    while (query.next())
        records.append(OrganismRecord {query.value(0).toLongLong(), query.value(1).toString(),
                                       query.value(2).toString(), query.value(3).toLongLong()});
    return records;
}

Result<OrganismRecord> OrganismStore::require(const QString &nameOrTaxon) const
{
    const Result<std::optional<OrganismRecord>> found = find(nameOrTaxon);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("fd::OrganismStore", "The registry has no organism '%1'.")
                .arg(nameOrTaxon),
            Error::Remedy::ImportGenes);
    return **found;
}

Result<std::optional<OrganismRecord>> OrganismStore::findByTaxon(qint64 taxonId) const
{
    return selectOne(QStringLiteral("taxon_id = ?"), taxonId);
}

Result<std::optional<OrganismRecord>> OrganismStore::find(const QString &nameOrTaxon) const
{
    const QString text = nameOrTaxon.trimmed();
    bool number = false;
    const qint64 taxon = text.toLongLong(&number);
    if (number)
        return findByTaxon(taxon);
    Result<std::optional<OrganismRecord>> byName
        = selectOne(QStringLiteral("lower(name) = lower(?)"), text);
    if (!byName || byName->has_value())
        return byName;
    // "Homo sapiens" names the record "human" as well.
    if (const auto known = knownOrganism(text))
        return findByTaxon(known->taxonId);
    return selectOne(QStringLiteral("lower(scientific_name) = lower(?)"), text);
}

Result<OrganismRecord> OrganismStore::ensure(const QString &name, const QString &scientificName,
                                             qint64 taxonId, qint64 runId)
{
    const QString doing
        = QCoreApplication::translate("fd::OrganismStore", "record the organism '%1'").arg(name);
    QSqlQuery query(m_registry.database());
    // Either unique rule (name, taxon id) may already hold: another workstation made it meanwhile.
    if (!query.prepare(QStringLiteral("INSERT INTO fd_organism (name, scientific_name, taxon_id, "
                                      "created_by, run_id) VALUES (?, ?, ?, ?, ?) "
                                      "ON CONFLICT DO NOTHING")))
        return sqlError(query, doing);
    query.addBindValue(name);
    query.addBindValue(nullIfEmpty(scientificName));
    query.addBindValue(taxonId > 0 ? QVariant(taxonId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(m_registry.userId());
    query.addBindValue(runId > 0 ? QVariant(runId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!query.exec())
        return sqlError(query, doing);
    query.finish();
    Result<std::optional<OrganismRecord>> found
        = taxonId > 0 ? findByTaxon(taxonId) : selectOne(QStringLiteral("name = ?"), name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::make(
            Error::Code::Conflict,
            QCoreApplication::translate("fd::OrganismStore",
                                        "Could not record the organism '%1' (taxon %2): another "
                                        "organism has that name. Choose another name.")
                .arg(name)
                .arg(taxonId));
    return **found;
}

Result<OrganismRecord> OrganismStore::resolve(const QString &requested,
                                              const QList<qint64> &fileTaxa, qint64 runId)
{
    QList<qint64> taxa = fileTaxa;
    taxa.removeAll(0);
    const QString wanted = requested.trimmed();

    if (wanted.isEmpty()) {
        if (taxa.isEmpty())
            return Error::make(
                Error::Code::Invalid,
                QCoreApplication::translate("fd::OrganismStore",
                                            "The file does not say which organism its genes "
                                            "belong to (human, mouse, …)."),
                Error::Remedy::NameOrganism);
        if (taxa.size() > 1)
            return Error::make(
                Error::Code::Invalid,
                QCoreApplication::translate("fd::OrganismStore",
                                            "The file holds genes of %1 organisms: %2. Only "
                                            "one organism's genes are imported; the others are "
                                            "left out.")
                    .arg(taxa.size())
                    .arg(describeTaxa(taxa)),
                Error::Remedy::NameOrganism);
        Result<std::optional<OrganismRecord>> stored = findByTaxon(taxa.constFirst());
        if (!stored)
            return stored.error();
        if (stored->has_value())
            return **stored;
        const auto known = knownTaxon(taxa.constFirst());
        if (!known)
            return Error::make(
                Error::Code::Invalid,
                QCoreApplication::translate("fd::OrganismStore",
                                            "The file's genes belong to taxon %1, which "
                                            "FeatureDesk does not know by name. A named "
                                            "organism is recorded with that taxon id.")
                    .arg(taxa.constFirst()),
                Error::Remedy::NameOrganism);
        return ensure(QLatin1StringView(known->name), QLatin1StringView(known->scientificName),
                      known->taxonId, runId);
    }

    Result<std::optional<OrganismRecord>> stored = find(wanted);
    if (!stored)
        return stored.error();
    OrganismRecord target;
    if (stored->has_value()) {
        target = **stored;
    } else if (const auto known = knownOrganism(wanted)) {
        target = OrganismRecord {-1, QLatin1StringView(known->name),
                                 QLatin1StringView(known->scientificName), known->taxonId};
    } else {
        bool number = false;
        wanted.toLongLong(&number);
        if (number)
            return Error::make(
                Error::Code::Invalid,
                QCoreApplication::translate("fd::OrganismStore",
                                            "FeatureDesk does not know taxon %1 by name.")
                    .arg(wanted),
                Error::Remedy::NameOrganism);
        // A new organism named by the user takes the file's taxon when the file has one.
        target = OrganismRecord {-1, wanted, QString(), taxa.size() == 1 ? taxa.constFirst() : 0};
    }
    if (!taxa.isEmpty() && target.taxonId > 0 && !taxa.contains(target.taxonId))
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("fd::OrganismStore",
                                        "The file holds genes of %1, not of %2 (taxon %3). "
                                        "Choose the file's organism, or another file.")
                .arg(describeTaxa(taxa), target.name)
                .arg(target.taxonId));
    if (target.id > 0)
        return target;
    return ensure(target.name, target.scientificName, target.taxonId, runId);
}

} // namespace fd
