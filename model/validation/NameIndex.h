#pragma once

#include "model/validation/Similarity.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <vector>

namespace fd {

// One record a value can validate against: a feature by its name, a gene by its symbol or an id.
struct IndexEntry
{
    QString uid;
    QString name;          // the registry's own spelling: the standard a value is fixed to
    QStringList synonyms;  // empty for identifier fields
    QString dtype;         // a feature's registered dtype; empty for genes
};

// An in-memory index of one registry field, built once and asked many times: exact names,
// names ignoring case, and synonyms (each with and without case), all mapping to entries. Built
// from a list so that any field (feature names, gene symbols, Ensembl or NCBI ids) can be indexed.
class NameIndex
{
public:
    enum class Match {
        None,
        Exact,           // the value as the registry spells it
        CaseInsensitive, // the name, in other letter case
        Synonym,         // a synonym, in any letter case
    };
    struct Lookup
    {
        Match match = Match::None;
        QVarLengthArray<int, 2> entries; // several: ambiguous
    };

    NameIndex() = default;
    NameIndex(QList<IndexEntry> entries, bool useSynonyms);

    Lookup find(const QString &value) const;
    const IndexEntry &entry(int index) const { return m_entries.at(index); }
    qsizetype size() const { return m_entries.size(); }
    bool usesSynonyms() const { return m_useSynonyms; }
    const Similarity &similarity() const { return m_similarity; }

private:
    static QString fold(const QString &text) { return text.toCaseFolded(); }

    // Text -> entries. Nearly every name names one record, so the hash holds an entry's index and
    // only the few shared names (a symbol two genes share) point into a side list: no list per name.
    class Names
    {
    public:
        void reserve(qsizetype size) { m_map.reserve(size); }
        void insert(const QString &text, int entry);
        bool find(const QString &text, QVarLengthArray<int, 2> &entries) const;

    private:
        QHash<QString, qint32> m_map; // >= 0: the entry; < 0: -(k + 1), k indexing m_shared
        std::vector<QList<int>> m_shared;
    };

    QList<IndexEntry> m_entries;
    bool m_useSynonyms = false;
    Names m_exact; // a symbol two genes share names both
    Names m_folded;
    Names m_synonyms; // folded synonym -> entries
    Similarity m_similarity;
};

} // namespace fd
