#pragma once

#include "model/Result.h"
#include "model/validation/NameIndex.h"
#include "model/validation/Validator.h"

namespace fd {

class Registry;

// Builds the in-memory index of one registry field: feature names (with synonyms and dtypes), or
// one organism's gene symbols (with synonyms), Ensembl ids or NCBI ids (without: synonyms apply to
// names, not to identifiers, as in LaminDB).
class IndexLoader
{
public:
    static Result<NameIndex> load(Registry &registry, Validator::Field field,
                                  const QString &organism = {});

    // The organism values name: an Ensembl id names its own (ENSG human, ENSMUSG mouse, ...);
    // otherwise the registry's only organism. Empty when it cannot tell.
    // fd_gene's column of a gene field ("symbol" for GeneSymbol and FeatureName).
    static QString geneColumn(Validator::Field field);
    // NCBI's "protein-coding", Ensembl's "protein_coding": the type suggestions prefer.
    static bool isProteinCoding(QStringView biotype);

    static QString inferOrganism(Registry &registry, Validator::Field field,
                                 const QStringList &values);
};

} // namespace fd
