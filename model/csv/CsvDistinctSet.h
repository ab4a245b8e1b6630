#pragma once

#include <QByteArrayView>

#include <vector>

namespace fd {

// Counts distinct values exactly up to a cap, in bounded memory: it keeps 64-bit hashes of the
// values, never the values, in a flat open-addressing table of tableSlots(cap) slots, sized once
// for the cap (it never grows, so it never copies itself) and less than half full at the cap.
// Past the cap it stops counting and says so, which keeps inspect's memory flat on any file.
class CsvDistinctSet
{
public:
    explicit CsvDistinctSet(qsizetype cap = 10000);
    // A set whose table is tableSlots(cap) zeroed slots at table, memory the caller owns (and that
    // outlives the set), so that many sets can share one block (see CsvHashArena).
    CsvDistinctSet(qsizetype cap, quint64 *table);
    CsvDistinctSet(CsvDistinctSet &&other) noexcept;
    CsvDistinctSet &operator=(CsvDistinctSet &&other) noexcept;
    Q_DISABLE_COPY(CsvDistinctSet)

    static qsizetype tableSlots(qsizetype cap) { return 2 * qMax<qsizetype>(cap, 0) + 2; }

    // True when value was not seen before (and was counted); false when seen, or past the cap.
    bool insert(QByteArrayView value) { return !m_capped && insertHash(hashOf(value)); }
    bool contains(QByteArrayView value) const { return containsHash(hashOf(value)); }

    // Adds the values of a set counted over a later stretch of the same column, as if they had been
    // inserted here: the count is exact up to the cap, and capped when either set was.
    void merge(const CsvDistinctSet &other);

    // Starts loading the slot where value goes, so that the inserts of a wide row, one per column
    // and each in another table, wait for memory a few at a time rather than one after the other.
    // Returns the hash for insertHash (0 when capped: nothing to load or insert).
    quint64 prefetch(QByteArrayView value) const
    {
        if (m_capped)
            return 0;
        const quint64 hash = hashOf(value);
        __builtin_prefetch(m_table + slotOf(hash));
        return hash;
    }

    static quint64 hashOf(QByteArrayView value);
    bool insertHash(quint64 hash);
    bool containsHash(quint64 hash) const;

    qsizetype count() const { return m_count; }
    qsizetype cap() const { return m_cap; }
    bool capped() const { return m_capped; }

private:
    // The hash's high 32 bits scaled to the table (of fewer than 2^32 slots): a table of any size,
    // not only a power of two.
    size_t slotOf(quint64 hash) const { return size_t(((hash >> 32) * m_slots) >> 32); }

    // In this order, what insert reads (capped, count, cap, the table) lies in the first 40 bytes,
    // so that CsvColumnProfile can keep a column's hot state in one cache line.
    bool m_capped = false;
    qsizetype m_count = 0;
    qsizetype m_cap;
    quint64 *m_table; // 0 marks an empty slot
    size_t m_slots;
    std::vector<quint64> m_own; // the table, when no one else holds it
};

} // namespace fd
