#include "model/validation/NameIndex.h"

#include <algorithm>
#include <bit>

namespace fd {

namespace {

void prefetch(const void *address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    Q_UNUSED(address);
#endif
}

// Copying a QString writes its reference count, which sits in a header just before its characters.
void prefetchShared(const QString &text)
{
    prefetch(reinterpret_cast<const char *>(text.constData()) - sizeof(QArrayData));
}

} // namespace

void NameIndex::Names::reserve(qsizetype size)
{
    const size_t capacity = std::bit_ceil(size_t(std::max<qsizetype>(size, 8)) * 2);
    if (capacity > m_slots.size())
        rehash(capacity);
}

void NameIndex::Names::rehash(size_t capacity)
{
    std::vector<Slot> old
        = std::exchange(m_slots, std::vector<Slot>(capacity, Slot {0, Empty, 0, 0}));
    const size_t mask = capacity - 1;
    for (const Slot &slot : old) {
        if (slot.value == Empty)
            continue;
        size_t i = hash(QStringView(m_chars.data() + slot.start, slot.length)) & mask;
        while (m_slots[i].value != Empty)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

bool NameIndex::Names::holds(const Slot &slot, QStringView text) const
{
    return slot.length == size_t(text.size())
        && std::equal(text.utf16(), text.utf16() + text.size(), m_chars.data() + slot.start);
}

void NameIndex::Names::insert(QStringView text, int entry)
{
    if ((m_used + 1) * 2 > m_slots.size())
        rehash(std::max<size_t>(16, m_slots.size() * 2));
    const size_t h = hash(text);
    const quint32 tag = quint32(h >> 32);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.value == Empty) {
            slot = {tag, entry, quint32(m_chars.size()), quint32(text.size())};
            m_chars.insert(m_chars.end(), text.utf16(), text.utf16() + text.size());
            ++m_used;
            return;
        }
        if (slot.tag != tag || !holds(slot, text))
            continue;
        if (slot.value >= 0) {
            if (slot.value != entry) {
                m_shared.push_back({slot.value, entry});
                slot.value = -qint32(m_shared.size());
            }
            return;
        }
        QList<int> &shared = m_shared[size_t(-slot.value - 1)];
        if (!shared.contains(entry))
            shared.append(entry);
        return;
    }
}

bool NameIndex::Names::find(QStringView text, size_t hash, QVarLengthArray<int, 2> &entries) const
{
    if (m_slots.empty())
        return false;
    const quint32 tag = quint32(hash >> 32);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.value == Empty)
            return false;
        if (slot.tag != tag || !holds(slot, text))
            continue;
        entries.clear();
        if (slot.value >= 0) {
            entries.append(slot.value);
        } else {
            for (int entry : m_shared[size_t(-slot.value - 1)])
                entries.append(entry);
        }
        return true;
    }
}

void NameIndex::Names::prefetchSlot(size_t hash) const
{
    if (!m_slots.empty())
        prefetch(&m_slots[hash & (m_slots.size() - 1)]);
}

void NameIndex::Names::prefetchText(size_t hash) const
{
    if (m_slots.empty())
        return;
    const Slot &slot = m_slots[hash & (m_slots.size() - 1)];
    if (slot.value != Empty)
        prefetch(m_chars.data() + slot.start);
}

NameIndex::NameIndex(QList<IndexEntry> entries, bool useSynonyms)
    : m_entries(std::move(entries))
    , m_useSynonyms(useSynonyms)
{
    m_exact.reserve(m_entries.size());
    m_folded.reserve(m_entries.size());
    if (m_useSynonyms)
        m_synonyms.reserve(m_entries.size() * 2);
    m_similarity->reserve(m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i) {
        const IndexEntry &entry = m_entries.at(i);
        m_exact.insert(entry.name, i);
        const QString folded = fold(entry.name);
        m_folded.insert(folded, i);
        m_similarity->add(entry.name, folded, entry.suggestionRank);
        if (!m_useSynonyms)
            continue;
        for (const QString &synonym : entry.synonyms)
            m_synonyms.insert(fold(synonym), i);
    }
    m_similarity->build();
}

NameIndex::Lookup NameIndex::find(const QString &value) const
{
    Lookup lookup;
    if (m_exact.find(value, lookup.entries)) {
        lookup.match = Match::Exact;
        return lookup;
    }
    return findIgnoringCase(value);
}

NameIndex::Lookup NameIndex::findIgnoringCase(const QString &value) const
{
    Lookup lookup;
    const QString folded = fold(value);
    if (m_folded.find(folded, lookup.entries))
        lookup.match = Match::CaseInsensitive;
    else if (m_useSynonyms && m_synonyms.find(folded, lookup.entries))
        lookup.match = Match::Synonym;
    return lookup;
}

void NameIndex::findExact(std::span<const QString *const> values, std::span<Lookup> lookups) const
{
    Q_ASSERT(lookups.size() >= values.size());
    // Each round starts the loads the next one needs: slot, text, entry, the entry's strings.
    QVarLengthArray<size_t, 32> hashes(qsizetype(values.size()));
    for (size_t i = 0; i < values.size(); ++i) {
        hashes[qsizetype(i)] = Names::hash(*values[i]);
        m_exact.prefetchSlot(hashes[qsizetype(i)]);
    }
    for (size_t i = 0; i < values.size(); ++i)
        m_exact.prefetchText(hashes[qsizetype(i)]);
    for (size_t i = 0; i < values.size(); ++i) {
        Lookup &lookup = lookups[i];
        lookup = {};
        if (!m_exact.find(*values[i], hashes[qsizetype(i)], lookup.entries))
            continue;
        lookup.match = Match::Exact;
        const IndexEntry *entry = m_entries.constData() + lookup.entries.first();
        prefetch(entry);
        prefetch(&entry->dtype);
    }
    for (size_t i = 0; i < values.size(); ++i) {
        if (lookups[i].match != Match::Exact || lookups[i].entries.size() != 1)
            continue;
        const IndexEntry &entry = m_entries.at(lookups[i].entries.first());
        prefetchShared(entry.name);
        prefetchShared(entry.uid);
    }
}

} // namespace fd
