#pragma once

#include "model/anndata/Hdf5Handle.h"

#include <QByteArrayView>

#include <vector>

namespace fd::hdf5 {

// Reads a one-dimensional dataset a block of rows at a time (a hyperslab), converted to one
// memory type by its kind: integers as 64-bit, floats as double, numpy's bools as bytes, texts
// as UTF-8. A column of any length costs one block of memory.
class BlockReader
{
public:
    static constexpr qint64 BlockRows = 65536;

    BlockReader(hid_t dataset, ElementKind kind);
    ~BlockReader();
    BlockReader(const BlockReader &) = delete;
    BlockReader &operator=(const BlockReader &) = delete;

    // Reads rows [offset, offset + count); false when HDF5 fails (errorStackText() says why).
    bool read(qint64 offset, qint64 count);

    qint64 integer(qint64 i) const;
    double real(qint64 i) const;
    bool boolean(qint64 i) const;
    QByteArrayView text(qint64 i) const;

private:
    void releaseTexts();

    hid_t m_dataset;
    ElementKind m_kind;
    Handle m_memoryType;
    Handle m_memorySpace;
    std::size_t m_width = 0;
    qint64 m_count = 0;
    bool m_variableText = false;
    std::vector<char> m_buffer;
};

} // namespace fd::hdf5
