#pragma once

#include <QtGlobal>

namespace fd {

// Zeroed memory for the distinct tables of every column of a tally, in one block.
//
// A wide file's tables are tens of megabytes touched at random, one slot per cell, and with
// 4 KiB pages nearly every touch also missed the TLB. One block can be backed by 2 MiB pages
// where the system offers them (Linux's transparent huge pages), and pages nobody touches are
// never made resident.
class CsvHashArena
{
public:
    CsvHashArena() = default;
    explicit CsvHashArena(qsizetype slotCount);
    ~CsvHashArena();
    CsvHashArena(CsvHashArena &&other) noexcept;
    CsvHashArena &operator=(CsvHashArena &&other) noexcept;
    Q_DISABLE_COPY(CsvHashArena)

    quint64 *data() const { return m_data; }

private:
    void release();

    quint64 *m_data = nullptr;
    void *m_mapping = nullptr; // what munmap() gets back; null when the block came from calloc()
    size_t m_mappedBytes = 0;
};

} // namespace fd
