#pragma once

#include "model/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace fd {

class Registry;

struct OrganismRecord
{
    qint64 id = -1;
    QString name; // "human"
    QString scientificName; // "Homo sapiens"
    qint64 taxonId = 0; // NCBI taxonomy id; 0 when unknown
};

// Organisms as records. Common ones are built in (human 9606, mouse 10090, …) and made on first
// use; others are named by the user, with the taxon id the gene file gives when it gives one.
class OrganismStore
{
public:
    explicit OrganismStore(Registry &registry)
        : m_registry(registry)
    {
    }

    struct Known
    {
        const char *name;
        const char *scientificName;
        qint64 taxonId;
        const char *ensemblPrefix; // gene id prefix, e.g. "ENSMUSG"; "" when there is none
    };
    static const QList<Known> &builtIn();
    // By name, scientific name (any case) or taxon id written as digits.
    static std::optional<Known> knownOrganism(const QString &nameOrTaxon);
    static std::optional<Known> knownTaxon(qint64 taxonId);
    // The gene id prefixes that name an organism: each built-in organism's, and FlyBase's FBti.
    struct IdPrefix
    {
        const char *prefix;
        qint64 taxonId;
    };
    static const QList<IdPrefix> &idPrefixes();
    // The taxon of an Ensembl-style gene id by its prefix (ENSG → 9606, ENSMUSG → 10090, FBgn →
    // 7227, WBGene → 6239, ERCC- → 32630); 0 when the prefix is not known.
    static qint64 taxonFromEnsemblId(QStringView geneId);
    // The stable gene id without its version suffix, for every prefix above and any Ensembl id:
    // "ENSG00000141510.17" → "ENSG00000141510", "FBgn0038189.1" → "FBgn0038189" (Ensembl's
    // BioMart gives FlyBase and WormBase ids a version too), "ERCC-00002.1" → "ERCC-00002". A
    // suffix is one final dot and digits; text of no known prefix comes back as it is.
    static QStringView withoutVersionSuffix(QStringView geneId);
    // The taxon a file's name gives by a built-in organism's scientific name in it
    // ("genes_mus_musculus.csv.gz" → 10090); 0 when it names none.
    static qint64 taxonFromFileName(const QString &path);

    Result<QList<OrganismRecord>> list() const;
    // The stored organism with this name (any case) or taxon id (digits); nullopt when none.
    Result<std::optional<OrganismRecord>> find(const QString &nameOrTaxon) const;
    // The same, but an organism the registry lacks is an error that says what to do.
    Result<OrganismRecord> require(const QString &nameOrTaxon) const;
    Result<std::optional<OrganismRecord>> findByTaxon(qint64 taxonId) const;

    // The organism a gene import writes to: requested (a name or taxon id; empty: the file's)
    // checked against the taxon ids the file gives (0: the file does not say). Makes the organism
    // when it is built in, or when the user named it. Writes within the caller's transaction and
    // run.
    Result<OrganismRecord> resolve(const QString &requested, const QList<qint64> &fileTaxa,
                                   qint64 runId);

private:
    Result<OrganismRecord> ensure(const QString &name, const QString &scientificName,
                                  qint64 taxonId, qint64 runId);
    Result<std::optional<OrganismRecord>> selectOne(const QString &where,
                                                    const QVariant &value) const;

    Registry &m_registry;
};

} // namespace fd
