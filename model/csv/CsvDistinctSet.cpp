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

template<typename T>
T load(const char *p)
{
    T value;
    std::memcpy(&value, p, sizeof(T)); // a fixed size: one move instruction, not a call
    return value;
}

} // namespace

quint64 CsvDistinctSet::hashOf(QByteArrayView value)
{
    // Most cells are short: hash them from two loads that overlap when needed (with the size, the
    // loads determine the bytes), and leave long ones to qHash. With 64 bits, two of 10,000 values
    // collide about once in 10^11 files.
    const char *const p = value.data();
    const auto size = size_t(value.size());
    quint64 low = 0;
    quint64 high = 0;
    quint64 hash;
    if (size <= 16) {
        if (size >= 8) {
            low = load<quint64>(p);
            high = load<quint64>(p + size - 8);
        } else if (size >= 4) {
            low = load<quint32>(p);
            high = load<quint32>(p + size - 4);
        } else if (size > 0) {
            low = uchar(p[0]) | quint64(uchar(p[size / 2])) << 8 | quint64(uchar(p[size - 1])) << 16;
        }
        hash = fmix(low ^ fmix(high ^ (size * 0x9E3779B97F4A7C15ULL)));
    } else {
        hash = fmix(quint64(qHash(value, size_t(0x9E3779B97F4A7C15ULL))) ^ size);
    }
    return hash == 0 ? 1 : hash;
}

CsvDistinctSet::CsvDistinctSet(qsizetype cap)
    : m_cap(cap)
    , m_slots(16, 0)
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

bool CsvDistinctSet::insertHash(quint64 hash)
{
    if (m_capped)
        return false;
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

bool CsvDistinctSet::containsHash(quint64 hash) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = size_t(hash) & mask; m_slots[slot] != 0; slot = (slot + 1) & mask) {
        if (m_slots[slot] == hash)
            return true;
    }
    return false;
}

void CsvDistinctSet::merge(const CsvDistinctSet &other)
{
    if (other.m_capped && !m_capped) {
        // The other stretch alone had more than the cap, so both together do.
        m_count = m_cap;
        m_capped = true;
    }
    for (const quint64 hash : other.m_slots) {
        if (m_capped)
            return;
        if (hash != 0)
            insertHash(hash);
    }
}

} // namespace fd
