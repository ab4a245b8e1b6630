#pragma once

#include "model/validation/Similarity.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <limits>
#include <memory>
#include <span>
#include <vector>

namespace fd {

// One record a value can validate against: a feature by its name, a gene by its symbol or an id.
struct IndexEntry
{
    QString uid;
    QString name; // the registry's own spelling: the standard a value is fixed to
    QStringList synonyms; // empty for identifier fields
    QString dtype; // a feature's registered dtype; empty for genes
    // Among equally close "did you mean" names, lower first: genes 0 when protein-coding, else 1.
    int suggestionRank = 0;
};

// An in-memory index of one registry field, built once and asked many times: exact names,
// names ignoring case, and synonyms (each with and without case), all mapping to entries. Built
// from a list so that any field (feature names, gene symbols, Ensembl or NCBI ids) can be indexed.
class NameIndex
{
public:
    enum class Match {
        None,
        Exact, // the value as the registry spells it
        CaseInsensitive, // the name, in other letter case
        Synonym, // a synonym, in any letter case
    };
    struct Lookup
    {
        Match match = Match::None;
        QVarLengthArray<int, 2> entries; // several: ambiguous
    };

    NameIndex() = default;
    NameIndex(QList<IndexEntry> entries, bool useSynonyms);

    Lookup find(const QString &value) const;
    // find()'s first step for several values at once, so that their cache misses overlap rather
    // than follow one another: for each value an Exact lookup, or one that matched nothing (then
    // ask findIgnoringCase()). The entries found are brought into the cache for the caller.
    void findExact(std::span<const QString *const> values, std::span<Lookup> lookups) const;
    // find() without its first step, for a value whose exact spelling is known to be missing:
    // the name in other letter case, then a synonym.
    Lookup findIgnoringCase(const QString &value) const;
    const IndexEntry &entry(int index) const { return m_entries.at(index); }
    qsizetype size() const { return m_entries.size(); }
    bool usesSynonyms() const { return m_useSynonyms; }
    const Similarity &similarity() const { return *m_similarity; }
    // The same, for work that may outlive this index (it is never changed once built).
    std::shared_ptr<const Similarity> sharedSimilarity() const { return m_similarity; }

private:
    static QString fold(const QString &text) { return text.toCaseFolded(); }

    // Text -> entries, an open-addressing table of its own rather than a QHash so that a look-up
    // can be taken in steps (slot, then text) and several look-ups overlap their cache misses.
    // Nearly every name names one record, so a slot holds an entry's index and only the few
    // shared names (a symbol two genes share) point into a side list: no list per name.
    class Names
    {
    public:
        void reserve(qsizetype size);
        void insert(QStringView text, int entry);
        bool find(QStringView text, QVarLengthArray<int, 2> &entries) const
        {
            return find(text, hash(text), entries);
        }
        bool find(QStringView text, size_t hash, QVarLengthArray<int, 2> &entries) const;
        static size_t hash(QStringView text) { return qHash(text); }
        // Starts the loads of a look-up of hash: the slot it begins at, then (once that is in)
        // the text the slot holds.
        void prefetchSlot(size_t hash) const;
        void prefetchText(size_t hash) const;

    private:
        struct Slot
        {
            quint32 tag; // the hash's upper half
            qint32 value; // >= 0: the entry; < 0: -(k + 1), k indexing m_shared; Empty
            quint32 start; // the text: m_chars[start, start + length)
            quint32 length;
        };
        static constexpr qint32 Empty = std::numeric_limits<qint32>::min();
        void rehash(size_t capacity);
        bool holds(const Slot &slot, QStringView text) const;

        std::vector<Slot> m_slots; // a power of two, at most half used
        size_t m_used = 0;
        std::vector<char16_t> m_chars;
        std::vector<QList<int>> m_shared;
    };

    QList<IndexEntry> m_entries;
    bool m_useSynonyms = false;
    Names m_exact; // a symbol two genes share names both
    Names m_folded;
    Names m_synonyms; // folded synonym -> entries
    std::shared_ptr<Similarity> m_similarity = std::make_shared<Similarity>();
};

} // namespace fd
