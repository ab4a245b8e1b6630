#include "model/anndata/H5adColumnReader.h"

#include "model/anndata/Hdf5Blocks.h"
#include "model/csv/CsvDistinctSet.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace fd {

namespace {

using hdf5::ElementKind;
using hdf5::Handle;

// Where the values of a column go, one at a time in row order.
class ValueSink
{
public:
    virtual ~ValueSink() = default;
    virtual void missing() = 0;
    virtual void integer(qint64 value) = 0;
    virtual void real(double value) = 0;
    virtual void boolean(bool value) = 0;
    virtual void text(QByteArrayView value) = 0;
};

// Missing and distinct values; a categorical's codes count as its values (one code, one
// category), which keeps the categories themselves out of the count. Distinct values are counted
// as the CSV engine counts them, by 64-bit hashes in a table sized once: exact up to the cap.
class Tally final : public ValueSink
{
public:
    static constexpr qint64 DistinctCap = 2'000'000; // a table of 32 MB at most

    // most: how many distinct values there can be (rows, a categorical's categories, 2 for bools)
    explicit Tally(qint64 most)
        : m_distinct(qMin(most, DistinctCap))
    {
    }
    void missing() override { ++m_missing; }
    void integer(qint64 value) override
    {
        add(value);
        m_largest = qMax(m_largest, value);
    }
    void real(double value) override { add(value == 0.0 ? 0.0 : value); } // -0.0 is 0.0
    void boolean(bool value) override { add(value); }
    void text(QByteArrayView value) override { m_distinct.insert(value); }

    qint64 missingCount() const { return m_missing; }
    qint64 distinctCount() const { return m_distinct.count(); }
    bool distinctCapped() const { return m_distinct.capped(); }
    qint64 largestInteger() const { return m_largest; }

private:
    template<typename T>
    void add(T value)
    {
        m_distinct.insert(QByteArrayView(reinterpret_cast<const char *>(&value), sizeof value));
    }

    qint64 m_missing = 0;
    qint64 m_largest = -1;
    CsvDistinctSet m_distinct;
};

// The values as texts: missing empty, numbers in their shortest exact form.
class Texts : public ValueSink
{
public:
    explicit Texts(qint64 rows) { m_values.reserve(rows); }
    void missing() override { m_values.append(QString()); }
    void integer(qint64 value) override { m_values.append(QString::number(value)); }
    void real(double value) override
    {
        m_values.append(QString::number(value, 'g', QLocale::FloatingPointShortest));
    }
    void boolean(bool value) override
    {
        m_values.append(value ? QStringLiteral("True") : QStringLiteral("False"));
    }
    void text(QByteArrayView value) override { m_values.append(QString::fromUtf8(value)); }

    QStringList take() { return std::move(m_values); }

protected:
    QStringList m_values;
};

// A categorical's codes turned into its categories' texts.
class CategoryTexts final : public Texts
{
public:
    CategoryTexts(qint64 rows, QStringList categories)
        : Texts(rows)
        , m_categories(std::move(categories))
    {
    }
    void integer(qint64 code) override
    {
        m_outOfRange = m_outOfRange || code >= m_categories.size();
        m_values.append(m_categories.value(code));
    }
    bool outOfRange() const { return m_outOfRange; }

private:
    QStringList m_categories;
    bool m_outOfRange = false;
};

Error invalid(const QString &message)
{
    return Error::make(Error::Code::Invalid, message);
}

QString kindName(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Integer:
        return QStringLiteral("int");
    case ElementKind::Float:
        return QStringLiteral("float");
    case ElementKind::Bool:
        return QStringLiteral("bool");
    case ElementKind::String:
        return QStringLiteral("str");
    case ElementKind::Other:
        break;
    }
    return QStringLiteral("object");
}

// A one-dimensional dataset member of `parent`, checked before a value is read: its length
// (rows, or any when rows < 0) and that this HDF5 library can decode its filters.
// A dataset checked before a value is read: one-dimensional, its length (rows, or any when
// rows < 0), and filters this HDF5 library can decode. path names it in errors.
Result<Handle> checkArray(Handle dataset, const QString &path, qint64 rows)
{
    if (!dataset)
        return invalid(
            QCoreApplication::translate("fd::H5adColumnReader", "%1 cannot be opened (%2)")
                .arg(path, hdf5::errorStackText()));
    const std::vector<qint64> dims = hdf5::dimensions(dataset.get());
    if (dims.size() != 1)
        return invalid(
            QCoreApplication::translate("fd::H5adColumnReader", "%1 is not a one-dimensional array")
                .arg(path));
    if (rows >= 0 && dims.front() != rows) {
        return invalid(
            QCoreApplication::translate("fd::H5adColumnReader",
                                        "%1 has %2 values where the dataframe has %3 rows")
                .arg(path)
                .arg(dims.front())
                .arg(rows));
    }
    if (const std::optional<QString> filter = hdf5::undecodableFilter(dataset.get())) {
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate(
                               "fd::H5adColumnReader",
                               "%1 is compressed with %2, which FeatureDesk's HDF5 library cannot "
                               "decode; write the file again with compression=\"gzip\" or none")
                               .arg(path, *filter));
    }
    return dataset;
}

// The dataset `member` of parent, checked.
Result<Handle> openArray(hid_t parent, const QString &member, const QString &where, qint64 rows)
{
    const QByteArray name = member.toUtf8();
    if (hdf5::kindOf(parent, name.constData()) != hdf5::ObjectKind::Dataset)
        return invalid(
            QCoreApplication::translate("fd::H5adColumnReader", "%1 has no dataset \"%2\"")
                .arg(where, member));
    return checkArray(Handle(H5Dopen2(parent, name.constData(), H5P_DEFAULT)),
                      where + QLatin1Char('/') + member, rows);
}

// What a walk reads: a plain array, a categorical's codes (-1 is missing), or a nullable column's
// values beside its mask (true is missing).
struct Walk
{
    hid_t values = H5I_INVALID_HID;
    ElementKind kind = ElementKind::Other;
    hid_t mask = H5I_INVALID_HID;
    bool codes = false;
};

// Feeds every value to sink, in row order.
Status walk(const Walk &what, qint64 rows, const QString &where, ValueSink &sink)
{
    const hid_t values = what.values;
    const hid_t mask = what.mask;
    const ElementKind kind = what.kind;
    hdf5::BlockReader reader(values, kind);
    std::optional<hdf5::BlockReader> masks;
    if (mask != H5I_INVALID_HID)
        masks.emplace(mask, ElementKind::Bool);
    for (qint64 offset = 0; offset < rows; offset += hdf5::BlockReader::BlockRows) {
        const qint64 count = qMin(hdf5::BlockReader::BlockRows, rows - offset);
        if (!reader.read(offset, count) || (masks && !masks->read(offset, count))) {
            return invalid(
                QCoreApplication::translate("fd::H5adColumnReader", "%1 cannot be read (%2)")
                    .arg(where, hdf5::errorStackText()));
        }
        for (qint64 i = 0; i < count; ++i) {
            if (masks && masks->boolean(i)) {
                sink.missing();
                continue;
            }
            switch (kind) {
            case ElementKind::Integer:
                if (const qint64 value = reader.integer(i); what.codes && value < 0)
                    sink.missing();
                else
                    sink.integer(value);
                break;
            case ElementKind::Float:
                if (const double value = reader.real(i); std::isnan(value))
                    sink.missing();
                else
                    sink.real(value);
                break;
            case ElementKind::Bool:
                sink.boolean(reader.boolean(i));
                break;
            case ElementKind::String:
            case ElementKind::Other:
                if (const QByteArrayView text = reader.text(i); text.isEmpty())
                    sink.missing();
                else
                    sink.text(text);
                break;
            }
        }
    }
    return {};
}

// How a column is laid out in the file, opened and checked.
struct Layout
{
    enum class Form { Array, Categorical, Nullable, Unknown };
    Form form = Form::Unknown;
    QString encoding;
    Handle values; // the array, a categorical's codes, a nullable column's values
    Handle extra; // a categorical's categories, a nullable column's mask
    ElementKind kind = ElementKind::Other; // of values (of the categories for a categorical)
    qint64 categoryCount = 0;
    bool ordered = false;
};

bool readable(ElementKind kind)
{
    return kind != ElementKind::Other;
}

// anndata 0.7's categorical (dataframe encoding-version 0.1.0): layout.values holds the codes, and
// its "categories" attribute refers to the categories' dataset (obs/__categories/NAME), which
// carries "ordered".
Result<Layout> openReferencedCategorical(Layout layout, const QString &where)
{
    const hid_t codes = layout.values.get();
    const Handle attribute(H5Aopen(codes, "categories", H5P_DEFAULT));
    const Handle type(H5Aget_type(attribute.get()));
    hobj_ref_t reference {};
    if (H5Tget_class(type.get()) != H5T_REFERENCE
        || H5Aread(attribute.get(), H5T_STD_REF_OBJ, &reference) < 0) {
        return invalid(
            QCoreApplication::translate("fd::H5adColumnReader",
                                        "%1 has a \"categories\" attribute that is not a reference "
                                        "to its categories")
                .arg(where));
    }
    Handle target(H5Rdereference2(codes, H5P_DEFAULT, H5R_OBJECT, &reference));
    if (!target || H5Iget_type(target.get()) != H5I_DATASET)
        return invalid(
            QCoreApplication::translate("fd::H5adColumnReader", "%1's categories are not a dataset")
                .arg(where));
    Result<Handle> categories = checkArray(
        std::move(target),
        where + QCoreApplication::translate("fd::H5adColumnReader", " (its categories)"), -1);
    if (!categories)
        return categories.error();
    if (hdf5::elementKind(codes) != ElementKind::Integer)
        return invalid(QCoreApplication::translate("fd::H5adColumnReader",
                                                   "%1, a categorical's codes, are not integers")
                           .arg(where));
    layout.form = Layout::Form::Categorical;
    layout.encoding = QStringLiteral("categorical");
    layout.extra = std::move(categories).value();
    layout.kind = hdf5::elementKind(layout.extra.get());
    layout.categoryCount = hdf5::dimensions(layout.extra.get()).front();
    layout.ordered = hdf5::boolAttribute(layout.extra.get(), "ordered").value_or(false);
    if (!readable(layout.kind))
        layout.form = Layout::Form::Unknown;
    return layout;
}

Result<Layout> openLayout(hid_t frame, const QString &frameName, const QString &name, qint64 rows)
{
    const QString where = frameName + QLatin1Char('/') + name;
    const QByteArray member = name.toUtf8();
    Layout layout;
    switch (hdf5::kindOf(frame, member.constData())) {
    case hdf5::ObjectKind::Dataset: {
        Result<Handle> array = openArray(frame, name, frameName, rows);
        if (!array)
            return array.error();
        layout.values = std::move(array).value();
        // anndata 0.7 kept a categorical as its codes, with a reference to its categories.
        if (hdf5::hasAttribute(layout.values.get(), "categories"))
            return openReferencedCategorical(std::move(layout), where);
        layout.encoding = hdf5::stringAttribute(layout.values.get(), "encoding-type")
                              .value_or(QStringLiteral("array"));
        layout.kind = hdf5::elementKind(layout.values.get());
        layout.form = readable(layout.kind) ? Layout::Form::Array : Layout::Form::Unknown;
        return layout;
    }
    case hdf5::ObjectKind::Group:
        break;
    default:
        return invalid(
            QCoreApplication::translate("fd::H5adColumnReader",
                                        "%1 names column \"%2\" in its column-order, but has no "
                                        "such member")
                .arg(frameName, name));
    }

    const Handle group(H5Gopen2(frame, member.constData(), H5P_DEFAULT));
    layout.encoding = hdf5::stringAttribute(group.get(), "encoding-type").value_or(QString());
    if (layout.encoding == QLatin1StringView("categorical")) {
        Result<Handle> codes = openArray(group.get(), QStringLiteral("codes"), where, rows);
        if (!codes)
            return codes.error();
        Result<Handle> categories = openArray(group.get(), QStringLiteral("categories"), where, -1);
        if (!categories)
            return categories.error();
        if (hdf5::elementKind(codes->get()) != ElementKind::Integer)
            return invalid(
                QCoreApplication::translate("fd::H5adColumnReader", "%1/codes are not integers")
                    .arg(where));
        layout.form = Layout::Form::Categorical;
        layout.values = std::move(codes).value();
        layout.extra = std::move(categories).value();
        layout.kind = hdf5::elementKind(layout.extra.get());
        layout.categoryCount = hdf5::dimensions(layout.extra.get()).front();
        layout.ordered = hdf5::boolAttribute(group.get(), "ordered").value_or(false);
        if (!readable(layout.kind))
            layout.form = Layout::Form::Unknown;
        return layout;
    }
    if (layout.encoding.startsWith(QLatin1StringView("nullable-"))) {
        Result<Handle> values = openArray(group.get(), QStringLiteral("values"), where, rows);
        if (!values)
            return values.error();
        Result<Handle> mask = openArray(group.get(), QStringLiteral("mask"), where, rows);
        if (!mask)
            return mask.error();
        if (hdf5::elementKind(mask->get()) != ElementKind::Bool)
            return invalid(
                QCoreApplication::translate("fd::H5adColumnReader", "%1/mask is not boolean")
                    .arg(where));
        layout.form = Layout::Form::Nullable;
        layout.values = std::move(values).value();
        layout.extra = std::move(mask).value();
        layout.kind = hdf5::elementKind(layout.values.get());
        if (!readable(layout.kind))
            layout.form = Layout::Form::Unknown;
        return layout;
    }
    return layout; // an encoding FeatureDesk does not know: named, not read
}

} // namespace

H5adColumnReader::H5adColumnReader(hid_t frame, QString frameName, QString name, qint64 rows)
    : m_frame(frame)
    , m_frameName(std::move(frameName))
    , m_name(std::move(name))
    , m_rows(rows)
{
}

Result<H5adColumn> H5adColumnReader::summary() const
{
    Result<Layout> opened = openLayout(m_frame, m_frameName, m_name, m_rows);
    if (!opened)
        return opened.error();
    const Layout &layout = *opened;
    H5adColumn column;
    column.name = m_name;
    column.encoding = layout.encoding;
    Tally tally(layout.form == Layout::Form::Categorical ? layout.categoryCount
                    : layout.kind == ElementKind::Bool   ? 2
                                                         : m_rows);
    Status walked;
    switch (layout.form) {
    case Layout::Form::Unknown:
        column.dtype = QStringLiteral("object");
        column.note = layout.encoding.isEmpty()
            ? QCoreApplication::translate("fd::H5adColumnReader", "no encoding-type: not read")
            : QCoreApplication::translate("fd::H5adColumnReader",
                                          "encoding-type %1 of %2 values: not read")
                  .arg(layout.encoding, kindName(layout.kind));
        return column;
    case Layout::Form::Array:
        walked = walk({layout.values.get(), layout.kind}, m_rows, where(), tally);
        column.dtype = kindName(layout.kind);
        break;
    case Layout::Form::Nullable:
        walked
            = walk({layout.values.get(), layout.kind, layout.extra.get()}, m_rows, where(), tally);
        column.dtype = kindName(layout.kind);
        break;
    case Layout::Form::Categorical:
        // Distinct codes are distinct categories: the categories themselves are not read.
        walked = walk({layout.values.get(), ElementKind::Integer, H5I_INVALID_HID, true}, m_rows,
                      where(), tally);
        column.dtype = QStringLiteral("cat");
        column.ordered = layout.ordered;
        break;
    }
    if (!walked)
        return walked.error();
    column.missing = tally.missingCount();
    column.distinct = tally.distinctCount();
    column.distinctCapped = tally.distinctCapped();
    if (layout.form == Layout::Form::Categorical) {
        if (tally.largestInteger() >= layout.categoryCount) {
            return invalid(QCoreApplication::translate("fd::H5adColumnReader",
                                                       "%1 has code %2 but only %3 categories")
                               .arg(where())
                               .arg(tally.largestInteger())
                               .arg(layout.categoryCount));
        }
    }
    return column;
}

Result<QStringList> H5adColumnReader::values() const
{
    Result<Layout> opened = openLayout(m_frame, m_frameName, m_name, m_rows);
    if (!opened)
        return opened.error();
    const Layout &layout = *opened;
    switch (layout.form) {
    case Layout::Form::Unknown:
        return invalid(QCoreApplication::translate(
                           "fd::H5adColumnReader",
                           "%1 has encoding-type \"%2\", which FeatureDesk does not read")
                           .arg(where(), layout.encoding));
    case Layout::Form::Array:
    case Layout::Form::Nullable: {
        Texts texts(m_rows);
        const hid_t mask
            = layout.form == Layout::Form::Nullable ? layout.extra.get() : H5I_INVALID_HID;
        if (Status walked = walk({layout.values.get(), layout.kind, mask}, m_rows, where(), texts);
            !walked) {
            return walked.error();
        }
        return texts.take();
    }
    case Layout::Form::Categorical:
        break;
    }
    Texts categories(layout.categoryCount);
    if (Status walked = walk({layout.extra.get(), layout.kind}, layout.categoryCount,
                             where() + QStringLiteral("/categories"), categories);
        !walked) {
        return walked.error();
    }
    CategoryTexts texts(m_rows, categories.take());
    if (Status walked = walk({layout.values.get(), ElementKind::Integer, H5I_INVALID_HID, true},
                             m_rows, where(), texts);
        !walked) {
        return walked.error();
    }
    if (texts.outOfRange())
        return invalid(
            QCoreApplication::translate("fd::H5adColumnReader", "%1 has codes past its categories")
                .arg(where()));
    return texts.take();
}

} // namespace fd
