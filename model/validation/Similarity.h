#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace fd {

// "Did you mean": ranks known names by how alike they are to a name that did not validate.
// Candidates come from one-letter deletions shared with the name (every typo of one edit or one
// swap), from shared character trigrams (so 230,000 names are not all compared) and from names
// that start alike, then are scored by normalised edit distance, case-insensitively.
//
// Built once for a registry field and asked many times, so both sides are flat: the trigram index
// is one sorted array of grams with offsets into one array of name ids (no hash of lists), and
// scoring works on the folded names in place, without allocating per candidate.
class Similarity
{
public:
    void clear();
    void reserve(qsizetype names);
    void add(const QString &name);
    // Builds the index from what was added; suggest() needs it. add() after build() needs another.
    void build();
    qsizetype size() const { return m_names.size(); }

    // Up to count names, best first, with a score in (0, 1]; names scoring under minScore are left out.
    struct Suggestion
    {
        QString name;
        double score = 0;
    };
    QList<Suggestion> suggest(const QString &name, int count = 3, double minScore = 0.5) const;

    // 1 - edit distance / longer length, case-insensitive; a swap of two neighbouring letters
    // counts as one edit (optimal string alignment), as typing errors go.
    static double ratio(QStringView a, QStringView b);

private:
    // Edit distance of two folded names, or more than limit when it is (then stops early).
    static int distance(QStringView x, QStringView y, int limit);
    static void appendTrigrams(QStringView folded, std::vector<quint64> &grams);
    static quint32 prefixKey(QStringView folded);
    std::pair<const qint32 *, const qint32 *> postings(quint64 gram) const;

    QStringList m_names;
    QStringList m_folded;
    std::vector<std::pair<quint64, qint32>> m_pending; // (gram, name) until build()

    std::vector<quint64> m_grams;     // sorted, unique
    std::vector<quint32> m_offsets;   // m_grams.size() + 1: where each gram's names start
    std::vector<qint32> m_postings;   // name ids, grouped by gram
    // Names by their first two letters (folded), for typos that share no rare trigram ("TP35" for
    // "TP53"): sorted (key, id) pairs.
    std::vector<std::pair<quint32, qint32>> m_prefixes;
    // Typing errors, found directly: each folded name and each of its one-letter deletions, by
    // hash, sorted. A query's own deletions meet them for any one substitution, insertion,
    // deletion or swap of neighbours ("TP35" and "TP53" both lose the 3 to "TP5").
    std::vector<std::pair<quint64, qint32>> m_deletions;
    static void appendDeletions(QStringView folded, std::vector<quint64> &hashes);
};

} // namespace fd
