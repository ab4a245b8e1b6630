#include "model/csv/CsvDistinctSet.h"

#include <QHashFunctions>

namespace fd {

namespace {

quint64 hashOf(QByteArrayView value)
{
    // With 64 bits, two of 10,000 values collide about once in 10^11 files.
    quint64 hash = quint64(qHash(value, size_t(0x9E3779B97F4A7C15ULL)));
    return hash == 0 ? 1 : hash;
}

} // namespace

CsvDistinctSet::CsvDistinctSet(qsizetype cap)
    : m_slots(16, 0)
    , m_cap(cap)
{
}

void CsvDistinctSet::grow()
{
    std::vector<quint64> old(m_slots.size() * 2, 0);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const quint64 hash : old) {
        if (hash == 0)
            continue;
        size_t slot = size_t(hash) & mask;
        while (m_slots[slot] != 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = hash;
    }
}

bool CsvDistinctSet::insert(QByteArrayView value)
{
    if (m_capped)
        return false;
    const quint64 hash = hashOf(value);
    const size_t mask = m_slots.size() - 1;
    size_t slot = size_t(hash) & mask;
    while (m_slots[slot] != 0) {
        if (m_slots[slot] == hash)
            return false;
        slot = (slot + 1) & mask;
    }
    if (m_count >= m_cap) {
        m_capped = true;
        return false;
    }
    m_slots[slot] = hash;
    ++m_count;
    if (size_t(m_count) * 2 > m_slots.size())
        grow();
    return true;
}

} // namespace fd
