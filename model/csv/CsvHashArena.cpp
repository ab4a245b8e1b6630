#include "model/csv/CsvHashArena.h"

#include <cstdlib>
#include <utility>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

namespace fd {

namespace {

#if defined(Q_OS_LINUX)
constexpr size_t HugePage = size_t(2) << 20;
#endif

} // namespace

CsvHashArena::CsvHashArena(qsizetype slotCount)
{
    const size_t bytes = size_t(qMax<qsizetype>(slotCount, 1)) * sizeof(quint64);
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    if (bytes >= HugePage) {
        // Mapped one huge page larger than needed, so that the block can start on a huge-page
        // boundary; the kernel backs only whole, aligned huge pages with one.
        m_mappedBytes = bytes + HugePage;
        void *mapping = mmap(nullptr, m_mappedBytes, PROT_READ | PROT_WRITE,
                             MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (mapping != MAP_FAILED) {
            m_mapping = mapping;
            const auto start
                = (reinterpret_cast<quintptr>(mapping) + HugePage - 1) & ~(HugePage - 1);
            m_data = reinterpret_cast<quint64 *>(start);
            madvise(m_data, bytes, MADV_HUGEPAGE); // a hint: without it the block still works
            return;
        }
        m_mappedBytes = 0;
    }
#endif
    m_data = static_cast<quint64 *>(std::calloc(bytes / sizeof(quint64), sizeof(quint64)));
    if (!m_data)
        qFatal("CsvHashArena: out of memory (%zu bytes)", bytes);
}

CsvHashArena::~CsvHashArena()
{
    release();
}

CsvHashArena::CsvHashArena(CsvHashArena &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_mapping(std::exchange(other.m_mapping, nullptr))
    , m_mappedBytes(std::exchange(other.m_mappedBytes, 0))
{
}

CsvHashArena &CsvHashArena::operator=(CsvHashArena &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_mapping = std::exchange(other.m_mapping, nullptr);
        m_mappedBytes = std::exchange(other.m_mappedBytes, 0);
    }
    return *this;
}

void CsvHashArena::release()
{
#if defined(Q_OS_LINUX)
    if (m_mapping) {
        munmap(m_mapping, m_mappedBytes);
        m_mapping = nullptr;
        m_data = nullptr;
        return;
    }
#endif
    std::free(m_data);
    m_data = nullptr;
}

} // namespace fd
