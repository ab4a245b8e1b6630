#include "model/csv/CsvDistinctSet.h"

#include <QHashFunctions>

#include <cstring>

namespace fd {

namespace {

// MurmurHash3's finaliser: a bijection that spreads every input bit over the output.
quint64 fmix(quint64 k)
{
    k ^= k >> 33;
    k *= 0xFF51AFD7ED558CCDULL;
    k ^= k >> 33;
    k *= 0xC4CEB9FE1A85EC53ULL;
    k ^= k >> 33;
    return k;
}

quint64 hashOf(QByteArrayView value)
{
    // Most cells are short: hash them in two 8-byte loads, and leave long ones to qHash.
    // With 64 bits, two of 10,000 values collide about once in 10^11 files.
    quint64 hash;
    const auto size = size_t(value.size());
    if (size <= 16) {
        quint64 low = 0;
        quint64 high = 0;
        std::memcpy(&low, value.data(), qMin<size_t>(size, 8));
        if (size > 8)
            std::memcpy(&high, value.data() + 8, size - 8);
        hash = fmix(low ^ fmix(high ^ (size * 0x9E3779B97F4A7C15ULL)));
    } else {
        hash = fmix(quint64(qHash(value, size_t(0x9E3779B97F4A7C15ULL))) ^ size);
    }
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
