#pragma once

// The few pieces of the HDF5 C API the AnnData reader needs, wrapped so that every identifier is
// closed and every call's failure is a value. Internal to model/anndata: the public headers never
// include <hdf5.h>, whose include folder only featuredesk_model sees.

#include <QString>
#include <QStringList>

#include <hdf5.h>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace fd::hdf5 {

// An HDF5 identifier, closed with its own kind's close function when it goes out of scope.
class Handle
{
public:
    Handle() = default;
    explicit Handle(hid_t id)
        : m_id(id)
    {
    }
    ~Handle() { reset(); }
    Handle(Handle &&other) noexcept
        : m_id(std::exchange(other.m_id, H5I_INVALID_HID))
    {
    }
    Handle &operator=(Handle &&other) noexcept
    {
        if (this != &other) {
            reset();
            m_id = std::exchange(other.m_id, H5I_INVALID_HID);
        }
        return *this;
    }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;

    hid_t get() const { return m_id; }
    bool valid() const { return m_id >= 0; }
    explicit operator bool() const { return valid(); }
    void reset();

private:
    hid_t m_id = H5I_INVALID_HID;
};

// While it lives, HDF5 prints nothing on stderr for this thread (the library's default is to
// print its whole error stack on every failed call); the previous handler is put back after.
class QuietErrors
{
public:
    QuietErrors();
    ~QuietErrors();
    QuietErrors(const QuietErrors &) = delete;
    QuietErrors &operator=(const QuietErrors &) = delete;

private:
    H5E_auto2_t m_function = nullptr;
    void *m_data = nullptr;
};

// The descriptions on this thread's error stack, innermost last: what the last failed call said.
QString errorStackText();

enum class ObjectKind { Missing, Group, Dataset, Other };
// What `name` (one link, no slashes) in `parent` is.
ObjectKind kindOf(hid_t parent, const char *name);

bool hasAttribute(hid_t object, const char *name);
// A text attribute (variable or fixed length); nothing when it is absent or not text.
std::optional<QString> stringAttribute(hid_t object, const char *name);
// A one-dimensional text attribute; an empty numeric array (as anndata writes an empty
// column-order) is an empty list; nothing when absent or of another kind.
std::optional<QStringList> stringListAttribute(hid_t object, const char *name);
// An integer array attribute (a sparse matrix's shape).
std::optional<std::vector<qint64>> integerListAttribute(hid_t object, const char *name);
// A boolean attribute as h5py writes numpy's bool (an enum of FALSE and TRUE) or an integer.
std::optional<bool> boolAttribute(hid_t object, const char *name);

// The datatype class of a dataset's elements, with what tells AnnData's kinds apart.
enum class ElementKind { Integer, Float, Bool, String, Other };
ElementKind elementKind(hid_t dataset);
// A dataset's dimensions; empty for a scalar.
std::vector<qint64> dimensions(hid_t dataset);

// The first filter of a dataset that this HDF5 library cannot decode, as "LZF (HDF5 filter
// 32000)"; nothing when all can be decoded.
std::optional<QString> undecodableFilter(hid_t dataset);

} // namespace fd::hdf5
