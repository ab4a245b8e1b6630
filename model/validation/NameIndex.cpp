#include "model/validation/NameIndex.h"

namespace fd {

void NameIndex::Names::insert(const QString &text, int entry)
{
    const auto it = m_map.find(text);
    if (it == m_map.end()) {
        m_map.insert(text, entry);
        return;
    }
    if (*it >= 0) {
        if (*it != entry) {
            m_shared.push_back({*it, entry});
            *it = -qint32(m_shared.size());
        }
        return;
    }
    QList<int> &shared = m_shared[size_t(-*it - 1)];
    if (!shared.contains(entry))
        shared.append(entry);
}

bool NameIndex::Names::find(const QString &text, QVarLengthArray<int, 2> &entries) const
{
    const auto it = m_map.constFind(text);
    if (it == m_map.cend())
        return false;
    entries.clear();
    if (*it >= 0) {
        entries.append(*it);
    } else {
        for (int entry : m_shared[size_t(-*it - 1)])
            entries.append(entry);
    }
    return true;
}

NameIndex::NameIndex(QList<IndexEntry> entries, bool useSynonyms)
    : m_entries(std::move(entries))
    , m_useSynonyms(useSynonyms)
{
    m_exact.reserve(m_entries.size());
    m_folded.reserve(m_entries.size());
    if (m_useSynonyms)
        m_synonyms.reserve(m_entries.size() * 2);
    m_similarity.reserve(m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i) {
        const IndexEntry &entry = m_entries.at(i);
        m_exact.insert(entry.name, i);
        m_folded.insert(fold(entry.name), i);
        m_similarity.add(entry.name);
        if (!m_useSynonyms)
            continue;
        for (const QString &synonym : entry.synonyms)
            m_synonyms.insert(fold(synonym), i);
    }
    m_similarity.build();
}

NameIndex::Lookup NameIndex::find(const QString &value) const
{
    Lookup lookup;
    if (m_exact.find(value, lookup.entries)) {
        lookup.match = Match::Exact;
        return lookup;
    }
    const QString folded = fold(value);
    if (m_folded.find(folded, lookup.entries))
        lookup.match = Match::CaseInsensitive;
    else if (m_useSynonyms && m_synonyms.find(folded, lookup.entries))
        lookup.match = Match::Synonym;
    return lookup;
}

} // namespace fd
