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
            low = uchar(p[0]) | quint64(uchar(p[size / 2])) << 8
                | quint64(uchar(p[size - 1])) << 16;
        }
        hash = fmix(low ^ fmix(high ^ (size * 0x9E3779B97F4A7C15ULL)));
    } else {
        hash = fmix(quint64(qHash(value, size_t(0x9E3779B97F4A7C15ULL))) ^ size);
    }
    return hash == 0 ? 1 : hash;
}

CsvDistinctSet::CsvDistinctSet(qsizetype cap)
    : m_cap(cap)
    , m_slots(size_t(tableSlots(cap)))
    , m_own(m_slots, 0)
{
    m_table = m_own.data();
}

CsvDistinctSet::CsvDistinctSet(qsizetype cap, quint64 *table)
    : m_cap(cap)
    , m_table(table)
    , m_slots(size_t(tableSlots(cap)))
{
}

CsvDistinctSet::CsvDistinctSet(CsvDistinctSet &&other) noexcept
    : m_capped(other.m_capped)
    , m_count(other.m_count)
    , m_cap(other.m_cap)
    , m_table(other.m_table)
    , m_slots(other.m_slots)
    , m_own(std::move(other.m_own)) // moving a vector keeps its buffer, so m_table stays valid
{
}

CsvDistinctSet &CsvDistinctSet::operator=(CsvDistinctSet &&other) noexcept
{
    m_capped = other.m_capped;
    m_count = other.m_count;
    m_cap = other.m_cap;
    m_table = other.m_table;
    m_slots = other.m_slots;
    m_own = std::move(other.m_own);
    return *this;
}

bool CsvDistinctSet::insertHash(quint64 hash)
{
    if (m_capped)
        return false;
    size_t slot = slotOf(hash);
    while (m_table[slot] != 0) {
        if (m_table[slot] == hash)
            return false;
        if (++slot == m_slots)
            slot = 0;
    }
    // Fewer than half the slots are ever taken, so the probe above always ends.
    if (m_count >= m_cap) {
        m_capped = true;
        return false;
    }
    m_table[slot] = hash;
    ++m_count;
    return true;
}

bool CsvDistinctSet::containsHash(quint64 hash) const
{
    for (size_t slot = slotOf(hash); m_table[slot] != 0;) {
        if (m_table[slot] == hash)
            return true;
        if (++slot == m_slots)
            slot = 0;
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
    for (size_t slot = 0; slot < other.m_slots && !m_capped; ++slot) {
        if (const quint64 hash = other.m_table[slot])
            insertHash(hash);
    }
}

} // namespace fd
