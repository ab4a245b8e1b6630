#include "model/validation/NameIndex.h"

namespace fd {

NameIndex::NameIndex(QList<IndexEntry> entries, bool useSynonyms)
    : m_entries(std::move(entries))
    , m_useSynonyms(useSynonyms)
{
    m_exact.reserve(m_entries.size());
    m_folded.reserve(m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i) {
        const IndexEntry &entry = m_entries.at(i);
        m_exact[entry.name].append(i);
        m_folded[fold(entry.name)].append(i);
        m_similarity.add(entry.name);
        if (!m_useSynonyms)
            continue;
        for (const QString &synonym : entry.synonyms) {
            QList<int> &named = m_synonyms[fold(synonym)];
            if (!named.contains(i))
                named.append(i);
        }
    }
}

NameIndex::Lookup NameIndex::find(const QString &value) const
{
    if (const auto exact = m_exact.constFind(value); exact != m_exact.cend())
        return {Match::Exact, *exact};
    const QString folded = fold(value);
    if (const auto named = m_folded.constFind(folded); named != m_folded.cend())
        return {Match::CaseInsensitive, *named};
    if (m_useSynonyms) {
        if (const auto synonym = m_synonyms.constFind(folded); synonym != m_synonyms.cend())
            return {Match::Synonym, *synonym};
    }
    return {};
}

} // namespace fd
