#pragma once

#include "model/Result.h"
#include "model/genes/GeneRecord.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace fd {

class Registry;

// An in-memory index of one organism's genes for look-ups that must answer at once: validating a
// column of symbols, and find-as-you-type. Built from the registry in a few hundred milliseconds;
// immutable afterwards, so one index may be read from several threads.
class GeneIndex
{
public:
    // How a text names a gene; the order is the order of preference.
    enum class MatchKind {
        Symbol, // the official symbol, exactly
        EnsemblId, // the gene's Ensembl id
        NcbiId, // the gene's NCBI (Entrez) id
        OtherEnsemblId, // one of the further Ensembl ids the source lists
        SymbolCaseInsensitive, // the symbol in another case ("a1bg")
        Synonym, // a synonym, exactly
        SynonymCaseInsensitive, // a synonym in another case
        SymbolPrefix, // search() only: what the text starts
        SynonymPrefix,
        IdPrefix,
    };

    struct Match
    {
        int gene = -1; // index into genes()
        MatchKind kind = MatchKind::Symbol;
        QString matched; // the symbol, synonym or id that matched
    };

    // What a validation makes of one value.
    enum class Verdict {
        Validated, // names exactly one gene by its symbol or an id
        Standardizable, // names exactly one gene, by another case or a synonym: use its symbol
        Ambiguous, // names several genes
        NotValidated, // names none
    };

    struct Lookup
    {
        Verdict verdict = Verdict::NotValidated;
        QList<Match> candidates; // every gene the text names, best kind first
    };

    GeneIndex() = default;

    // organism: a name or taxon id. The genes carry no description (look it up by uid).
    static Result<GeneIndex> build(Registry &registry, const QString &organism);
    static GeneIndex fromGenes(QList<GeneRecord> genes);

    qsizetype size() const { return m_genes.size(); }
    const QList<GeneRecord> &genes() const { return m_genes; }
    const GeneRecord &gene(int index) const { return m_genes.at(index); }

    // Every gene the whole text names (trimmed), the best way it names each, and the verdict.
    Lookup lookup(QStringView text) const;

    // Find-as-you-type: genes whose symbol, a synonym or an id starts with prefix (any case), each
    // once, ranked exact before prefix, symbol before synonym before id, shorter before longer.
    QList<Match> search(QStringView prefix, int limit = 50) const;

    static QString matchKindName(MatchKind kind); // "symbol", "synonym_case", ...
    static QString verdictName(Verdict verdict); // "validated", "standardizable", ...

private:
    struct Key
    {
        QString folded; // case-folded text, the sort key
        QString text; // as stored (shares the gene record's string)
        int gene;
        MatchKind kind; // Symbol, Synonym, EnsemblId, OtherEnsemblId or NcbiId
    };
    enum Group { Symbols, Synonyms, Ids, GroupCount };
    // Keys of one group and one length, sorted by folded text. Bucketing by length lets search()
    // take the shortest matches first with a binary search per length, however many keys share a
    // prefix ("ENSG0…" has 40,000), instead of ranking them all.
    using Bucket = std::vector<Key>;

    void index();
    void addKey(Group group, const QString &text, int gene, MatchKind kind);
    std::pair<Bucket::const_iterator, Bucket::const_iterator>
    prefixRange(Group group, qsizetype length, const QString &folded) const;

    QList<GeneRecord> m_genes;
    std::vector<Bucket> m_buckets[GroupCount]; // [group][length]
};

} // namespace fd
