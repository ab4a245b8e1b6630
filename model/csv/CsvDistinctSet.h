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
    bool insert(QByteArrayView value);

    qsizetype count() const { return m_count; }
    qsizetype cap() const { return m_cap; }
    bool capped() const { return m_capped; }

private:
    void grow();

    std::vector<quint64> m_slots; // 0 marks an empty slot
    qsizetype m_count = 0;
    qsizetype m_cap;
    bool m_capped = false;
};

} // namespace fd
