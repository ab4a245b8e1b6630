#pragma once

#include "model/validation/Similarity.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

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
        QList<int> entries; // several: ambiguous
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

    QList<IndexEntry> m_entries;
    bool m_useSynonyms = false;
    QHash<QString, QList<int>> m_exact; // a symbol two genes share maps to both
    QHash<QString, QList<int>> m_folded;
    QHash<QString, QList<int>> m_synonyms; // folded synonym -> entries
    Similarity m_similarity;
};

} // namespace fd
