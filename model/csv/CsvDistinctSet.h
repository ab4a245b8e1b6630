#pragma once

#include <QByteArrayView>

#include <vector>

namespace fd {

// Counts distinct values exactly up to a cap, in bounded memory: it keeps 64-bit hashes of the
// values, never the values, in a flat open-addressing table (about 16 bytes per value at most).
// Past the cap it stops counting and says so, which keeps inspect's memory flat on any file.
class CsvDistinctSet
{
public:
    explicit CsvDistinctSet(qsizetype cap = 10000);

    // True when value was not seen before (and was counted); false when seen, or past the cap.
    bool insert(QByteArrayView value) { return !m_capped && insertHash(hashOf(value)); }
    bool contains(QByteArrayView value) const { return containsHash(hashOf(value)); }

    // Adds the values of a set counted over a later stretch of the same column, as if they had been
    // inserted here: the count is exact up to the cap, and capped when either set was.
    void merge(const CsvDistinctSet &other);

    // Starts loading the slot where value goes, so that a wide row's inserts, one per column and each
    // in another table, wait for memory together rather than one after the other. Returns the hash
    // for insertHash (0 when capped: nothing to load or insert).
    quint64 prefetch(QByteArrayView value) const
    {
        if (m_capped)
            return 0;
        const quint64 hash = hashOf(value);
        __builtin_prefetch(&m_slots[size_t(hash) & (m_slots.size() - 1)]);
        return hash;
    }

    static quint64 hashOf(QByteArrayView value);
    bool insertHash(quint64 hash);
    bool containsHash(quint64 hash) const;

    qsizetype count() const { return m_count; }
    qsizetype cap() const { return m_cap; }
    bool capped() const { return m_capped; }

private:
    void grow();

    // In this order, what insert reads first (capped, count, the table's bounds) lies in the first
    // 40 bytes, so that CsvColumnProfile can keep a column's hot state in one cache line.
    bool m_capped = false;
    qsizetype m_count = 0;
    qsizetype m_cap;
    std::vector<quint64> m_slots; // 0 marks an empty slot
};

} // namespace fd
