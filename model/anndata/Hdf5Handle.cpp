#include "model/anndata/Hdf5Handle.h"

#include <cstring>

#include <QCoreApplication>

namespace fd::hdf5 {

void Handle::reset()
{
    if (m_id < 0)
        return;
    switch (H5Iget_type(m_id)) {
    case H5I_FILE:
        H5Fclose(m_id);
        break;
    case H5I_GROUP:
        H5Gclose(m_id);
        break;
    case H5I_DATASET:
        H5Dclose(m_id);
        break;
    case H5I_DATATYPE:
        H5Tclose(m_id);
        break;
    case H5I_DATASPACE:
        H5Sclose(m_id);
        break;
    case H5I_ATTR:
        H5Aclose(m_id);
        break;
    case H5I_GENPROP_LST:
        H5Pclose(m_id);
        break;
    default:
        H5Idec_ref(m_id);
        break;
    }
    m_id = H5I_INVALID_HID;
}

QuietErrors::QuietErrors()
{
    // Error stacks and their printing are per thread in a thread-safe build, as Debian's is.
    H5Eget_auto2(H5E_DEFAULT, &m_function, &m_data);
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
}

QuietErrors::~QuietErrors()
{
    H5Eset_auto2(H5E_DEFAULT, m_function, m_data);
}

QString errorStackText()
{
    QStringList descriptions;
    const auto collect = [](unsigned, const H5E_error2_t *error, void *data) -> herr_t {
        auto *list = static_cast<QStringList *>(data);
        const QString text = QString::fromUtf8(error->desc).trimmed();
        if (!text.isEmpty() && !list->contains(text))
            list->append(text);
        return 0;
    };
    H5Ewalk2(H5E_DEFAULT, H5E_WALK_DOWNWARD, collect, &descriptions);
    return descriptions.join(QStringLiteral("; "));
}

ObjectKind kindOf(hid_t parent, const char *name)
{
    if (H5Lexists(parent, name, H5P_DEFAULT) <= 0)
        return ObjectKind::Missing;
    const Handle object(H5Oopen(parent, name, H5P_DEFAULT));
    if (!object)
        return ObjectKind::Missing;
    switch (H5Iget_type(object.get())) {
    case H5I_GROUP:
        return ObjectKind::Group;
    case H5I_DATASET:
        return ObjectKind::Dataset;
    default:
        return ObjectKind::Other;
    }
}

bool hasAttribute(hid_t object, const char *name)
{
    return H5Aexists(object, name) > 0;
}

namespace {

// A memory type for reading `fileType`'s text: variable length, or fixed with room for the
// terminating zero; the character set as stored, since HDF5 does not convert between them.
Handle textMemoryType(hid_t fileType)
{
    Handle memory(H5Tcopy(H5T_C_S1));
    if (H5Tis_variable_str(fileType) > 0) {
        H5Tset_size(memory.get(), H5T_VARIABLE);
    } else {
        H5Tset_size(memory.get(), H5Tget_size(fileType) + 1);
        H5Tset_strpad(memory.get(), H5T_STR_NULLTERM);
    }
    H5Tset_cset(memory.get(), H5Tget_cset(fileType));
    return memory;
}

// Reads n texts of an attribute whose type is text.
std::optional<QStringList> readTexts(hid_t attribute, hid_t fileType, hid_t space, qint64 n)
{
    const Handle memory = textMemoryType(fileType);
    QStringList texts;
    texts.reserve(n);
    if (H5Tis_variable_str(fileType) > 0) {
        std::vector<char *> pointers(std::size_t(n), nullptr);
        if (H5Aread(attribute, memory.get(), pointers.data()) < 0)
            return std::nullopt;
        for (const char *text : pointers)
            texts.append(QString::fromUtf8(text ? text : ""));
        H5Dvlen_reclaim(memory.get(), space, H5P_DEFAULT, pointers.data());
        return texts;
    }
    const std::size_t width = H5Tget_size(memory.get());
    std::vector<char> buffer(width * std::size_t(n), '\0');
    if (H5Aread(attribute, memory.get(), buffer.data()) < 0)
        return std::nullopt;
    for (qint64 i = 0; i < n; ++i) {
        const char *text = buffer.data() + std::size_t(i) * width;
        texts.append(QString::fromUtf8(text, qsizetype(strnlen(text, width))).trimmed());
    }
    return texts;
}

} // namespace

std::optional<QStringList> stringListAttribute(hid_t object, const char *name)
{
    if (!hasAttribute(object, name))
        return std::nullopt;
    const Handle attribute(H5Aopen(object, name, H5P_DEFAULT));
    const Handle type(H5Aget_type(attribute.get()));
    const Handle space(H5Aget_space(attribute.get()));
    if (!attribute || !type || !space)
        return std::nullopt;
    const hssize_t n = H5Sget_simple_extent_npoints(space.get());
    if (n < 0)
        return std::nullopt;
    if (H5Tget_class(type.get()) != H5T_STRING)
        return n == 0 ? std::optional<QStringList>(QStringList()) : std::nullopt;
    return readTexts(attribute.get(), type.get(), space.get(), n);
}

std::optional<QString> stringAttribute(hid_t object, const char *name)
{
    const std::optional<QStringList> texts = stringListAttribute(object, name);
    if (!texts || texts->size() != 1)
        return std::nullopt;
    return texts->front();
}

std::optional<std::vector<qint64>> integerListAttribute(hid_t object, const char *name)
{
    if (!hasAttribute(object, name))
        return std::nullopt;
    const Handle attribute(H5Aopen(object, name, H5P_DEFAULT));
    const Handle type(H5Aget_type(attribute.get()));
    const Handle space(H5Aget_space(attribute.get()));
    if (!attribute || !type || !space || H5Tget_class(type.get()) != H5T_INTEGER)
        return std::nullopt;
    const hssize_t n = H5Sget_simple_extent_npoints(space.get());
    if (n < 0)
        return std::nullopt;
    std::vector<qint64> values(std::size_t(n), 0);
    if (n > 0 && H5Aread(attribute.get(), H5T_NATIVE_INT64, values.data()) < 0)
        return std::nullopt;
    return values;
}

std::optional<bool> boolAttribute(hid_t object, const char *name)
{
    if (!hasAttribute(object, name))
        return std::nullopt;
    const Handle attribute(H5Aopen(object, name, H5P_DEFAULT));
    const Handle type(H5Aget_type(attribute.get()));
    const Handle space(H5Aget_space(attribute.get()));
    if (!attribute || !type || !space || H5Sget_simple_extent_npoints(space.get()) != 1)
        return std::nullopt;
    const H5T_class_t kind = H5Tget_class(type.get());
    if (kind != H5T_ENUM && kind != H5T_INTEGER)
        return std::nullopt;
    // An enum converts only to an enum: read it as its own native type, whatever its width.
    const Handle memory(H5Tget_native_type(type.get(), H5T_DIR_DEFAULT));
    const std::size_t width = H5Tget_size(memory.get());
    unsigned char bytes[16] = {};
    if (width > sizeof bytes || H5Aread(attribute.get(), memory.get(), bytes) < 0)
        return std::nullopt;
    for (std::size_t i = 0; i < width; ++i) {
        if (bytes[i] != 0)
            return true;
    }
    return false;
}

ElementKind elementKind(hid_t dataset)
{
    const Handle type(H5Dget_type(dataset));
    switch (H5Tget_class(type.get())) {
    case H5T_INTEGER:
        return ElementKind::Integer;
    case H5T_FLOAT:
        return ElementKind::Float;
    case H5T_STRING:
        return ElementKind::String;
    case H5T_ENUM: {
        // numpy's bool as h5py stores it: an enum of FALSE = 0 and TRUE = 1.
        if (H5Tget_nmembers(type.get()) != 2)
            return ElementKind::Other;
        QStringList names;
        for (unsigned i = 0; i < 2; ++i) {
            char *name = H5Tget_member_name(type.get(), i);
            names.append(QString::fromUtf8(name ? name : ""));
            H5free_memory(name);
        }
        names.sort();
        return names == QStringList {QStringLiteral("FALSE"), QStringLiteral("TRUE")}
            ? ElementKind::Bool
            : ElementKind::Other;
    }
    default:
        return ElementKind::Other;
    }
}

std::vector<qint64> dimensions(hid_t dataset)
{
    const Handle space(H5Dget_space(dataset));
    const int rank = H5Sget_simple_extent_ndims(space.get());
    if (rank <= 0)
        return {};
    std::vector<hsize_t> dims(std::size_t(rank), 0);
    H5Sget_simple_extent_dims(space.get(), dims.data(), nullptr);
    return std::vector<qint64>(dims.begin(), dims.end());
}

std::optional<QString> undecodableFilter(hid_t dataset)
{
    const Handle plist(H5Dget_create_plist(dataset));
    const int count = H5Pget_nfilters(plist.get());
    for (int i = 0; i < count; ++i) {
        unsigned flags = 0;
        std::size_t elements = 0;
        char name[256] = {};
        unsigned config = 0;
        const H5Z_filter_t id = H5Pget_filter2(plist.get(), unsigned(i), &flags, &elements, nullptr,
                                               sizeof name, name, &config);
        if (id < 0 || H5Zfilter_avail(id) > 0)
            continue;
        QString label;
        switch (id) {
        case 32000:
            label = QStringLiteral("LZF");
            break;
        case 32001:
            label = QStringLiteral("Blosc");
            break;
        case 32004:
            label = QStringLiteral("LZ4");
            break;
        case 32008:
            label = QStringLiteral("Bitshuffle");
            break;
        case 32015:
            label = QStringLiteral("Zstandard");
            break;
        default:
            label = QString::fromUtf8(name).trimmed();
            if (label.isEmpty())
                label = QCoreApplication::translate("fd::hdf5", "an unknown filter");
            break;
        }
        return QCoreApplication::translate("fd::hdf5", "%1 (HDF5 filter %2)")
            .arg(label)
            .arg(int(id));
    }
    return std::nullopt;
}

} // namespace fd::hdf5
