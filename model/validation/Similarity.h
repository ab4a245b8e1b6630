#pragma once

#include "model/validation/PostingTable.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace fd {

// "Did you mean": ranks known names by how alike they are to a name that did not validate.
// Candidates come from one-letter deletions shared with the name (every typo of one edit or one
// swap), from shared character trigrams (so 230,000 names are not all compared) and from names
// that start alike, then are scored by normalised edit distance, case-insensitively.
//
// Built once for a registry field and asked many times, so both sides are flat: trigrams and
// deletions are PostingTables (a hash look-up each), the folded names sit in one array of
// characters, and a candidate's edit distance is computed 64 characters at a time
// (bit-parallel), without allocating. suggest() may be called from several threads at once.
class Similarity
{
public:
    void clear();
    void reserve(qsizetype names);
    void add(const QString &name);
    // The same, when the caller has the case-folded name already. rank: among names equally
    // close to a query, lower ranks come first (genes: 0 protein-coding, 1 any other type).
    void add(const QString &name, QStringView folded, int rank = 0);
    // Builds the index from every name added; suggest() needs it. Add all names first: building
    // consumes what add() gathered, so a name added later would need all of them again.
    void build();
    qsizetype size() const { return m_names.size(); }

    // Up to count names, best first, with a score in (0, 1]; names scoring under minScore are left
    // out. Equal scores are ordered by, in turn: fewer edits when a swap of two neighbouring
    // letters counts half an edit (so "BRAC1" is closer to "BRCA1", one swap, than to "BRAT1", one
    // substitution); the lower rank given to add(); the name, alphabetically.
    struct Suggestion
    {
        QString name;
        double score = 0;
    };
    QList<Suggestion> suggest(const QString &name, int count = 3, double minScore = 0.5) const;

    // 1 - edit distance / longer length, case-insensitive; a swap of two neighbouring letters
    // counts as one edit (optimal string alignment), as typing errors go.
    static double ratio(QStringView a, QStringView b);
    // The tie-break: edits of two folded names with a swap of neighbours costing 1 and any other
    // edit 2 (optimal string alignment with those weights).
    static int weightedDistance(QStringView x, QStringView y);

private:
    class Pattern;
    using Candidates = std::vector<std::pair<int, qint32>>; // (trigrams shared, name id)
    void addTrigramCandidates(QStringView folded, Candidates &candidates) const;
    void addDeletionCandidates(QStringView folded, Candidates &candidates) const;
    void addPrefixCandidates(QStringView folded, Candidates &candidates) const;
    // Edit distance of two folded names, or more than limit when it is (then stops early).
    static int distance(QStringView x, QStringView y, int limit);
    static void appendTrigrams(QStringView folded, std::vector<quint64> &grams);
    static void appendDeletions(QStringView folded, std::vector<quint64> &hashes);
    // The first two letters of a folded name, and a length.
    static quint64 prefixKey(QStringView folded, qsizetype length);
    QStringView folded(qint32 id) const
    {
        const FoldedName &name = m_folded[size_t(id)];
        return QStringView(name.length <= FoldedName::Held ? name.chars
                                                           : m_longer.data() + name.start,
                           qsizetype(name.length));
    }
    // Starts loading a candidate's folded name, to be scored a little later.
    void prefetchFolded(qint32 id) const;

    QStringList m_names;
    std::vector<quint8> m_ranks; // per name, as add() was given it
    // Each folded name in a slot of half a cache line, holding the name itself when it is short
    // (as nearly all are) and where it starts in m_longer when not: a candidate's name is one
    // cache miss, and can be fetched as soon as the candidate is known.
    struct alignas(32) FoldedName
    {
        static constexpr quint32 Held = 12;
        quint32 length;
        quint32 start;
        char16_t chars[Held];
    };
    std::vector<FoldedName> m_folded;
    std::vector<char16_t> m_longer;
    std::vector<std::pair<quint64, qint32>> m_pendingGrams; // until build()
    std::vector<std::pair<quint64, qint32>> m_pendingDeletions;
    std::vector<std::pair<quint64, qint32>> m_pendingPrefixes;

    PostingTable m_grams; // trigram -> names
    // Typing errors, found directly: each folded name and each of its one-letter deletions, by
    // hash. A query's own deletions meet them for any one substitution, insertion, deletion or
    // swap of neighbours ("TP35" and "TP53" both lose the 3 to "TP5").
    PostingTable m_deletions;
    // Names by their first two letters (folded) and length, for typos that share no rare trigram
    // ("TP35" for "TP53").
    PostingTable m_prefixes;
};

} // namespace fd
