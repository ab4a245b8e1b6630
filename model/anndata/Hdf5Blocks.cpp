#include "model/anndata/Hdf5Blocks.h"

#include <cstring>

namespace fd::hdf5 {

BlockReader::BlockReader(hid_t dataset, ElementKind kind)
    : m_dataset(dataset)
    , m_kind(kind)
{
    const Handle fileType(H5Dget_type(dataset));
    switch (kind) {
    case ElementKind::Integer:
        m_memoryType = Handle(H5Tcopy(H5T_NATIVE_INT64));
        break;
    case ElementKind::Float:
        m_memoryType = Handle(H5Tcopy(H5T_NATIVE_DOUBLE));
        break;
    case ElementKind::Bool:
        // An enum converts only to an enum: its own native form, read byte by byte.
        m_memoryType = Handle(H5Tget_native_type(fileType.get(), H5T_DIR_DEFAULT));
        break;
    case ElementKind::String:
    case ElementKind::Other:
        m_memoryType = Handle(H5Tcopy(H5T_C_S1));
        m_variableText = H5Tis_variable_str(fileType.get()) > 0;
        if (m_variableText) {
            H5Tset_size(m_memoryType.get(), H5T_VARIABLE);
        } else {
            H5Tset_size(m_memoryType.get(), H5Tget_size(fileType.get()) + 1);
            H5Tset_strpad(m_memoryType.get(), H5T_STR_NULLTERM);
        }
        H5Tset_cset(m_memoryType.get(), H5Tget_cset(fileType.get()));
        break;
    }
    m_width = H5Tget_size(m_memoryType.get());
}

BlockReader::~BlockReader()
{
    releaseTexts();
}

void BlockReader::releaseTexts()
{
    if (m_variableText && m_count > 0 && m_memorySpace)
        H5Dvlen_reclaim(m_memoryType.get(), m_memorySpace.get(), H5P_DEFAULT, m_buffer.data());
    m_count = 0;
}

bool BlockReader::read(qint64 offset, qint64 count)
{
    releaseTexts();
    const hsize_t rows = hsize_t(count);
    m_memorySpace = Handle(H5Screate_simple(1, &rows, nullptr));
    const Handle fileSpace(H5Dget_space(m_dataset));
    const hsize_t start = hsize_t(offset);
    if (!m_memorySpace || !fileSpace
        || H5Sselect_hyperslab(fileSpace.get(), H5S_SELECT_SET, &start, nullptr, &rows, nullptr)
            < 0) {
        return false;
    }
    m_buffer.assign(m_width * std::size_t(count), '\0');
    if (H5Dread(m_dataset, m_memoryType.get(), m_memorySpace.get(), fileSpace.get(), H5P_DEFAULT,
                m_buffer.data())
        < 0) {
        // What HDF5 filled in before it failed is not ours to free: nothing is kept.
        m_buffer.assign(m_buffer.size(), '\0');
        return false;
    }
    m_count = count;
    return true;
}

qint64 BlockReader::integer(qint64 i) const
{
    qint64 value = 0;
    std::memcpy(&value, m_buffer.data() + std::size_t(i) * m_width, sizeof value);
    return value;
}

double BlockReader::real(qint64 i) const
{
    double value = 0;
    std::memcpy(&value, m_buffer.data() + std::size_t(i) * m_width, sizeof value);
    return value;
}

bool BlockReader::boolean(qint64 i) const
{
    const char *bytes = m_buffer.data() + std::size_t(i) * m_width;
    for (std::size_t b = 0; b < m_width; ++b) {
        if (bytes[b] != 0)
            return true;
    }
    return false;
}

QByteArrayView BlockReader::text(qint64 i) const
{
    const char *cell = m_buffer.data() + std::size_t(i) * m_width;
    if (m_variableText) {
        const char *text = nullptr;
        std::memcpy(&text, cell, sizeof text);
        return text ? QByteArrayView(text, qsizetype(std::strlen(text))) : QByteArrayView();
    }
    return QByteArrayView(cell, qsizetype(strnlen(cell, m_width)));
}

} // namespace fd::hdf5
