#include "model/anndata/H5adReader.h"

#include "model/anndata/H5adColumnReader.h"
#include "model/anndata/Hdf5Handle.h"
#include "model/db/OpenRegistryFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifndef H5_HAVE_THREADSAFE
#error "H5adReader may run on several threads at once: it needs libhdf5 built thread-safe"
#endif

namespace fd {

namespace {

using hdf5::Handle;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// An error of the file: its name, then what is wrong with it.
Error fileError(Error::Code code, const QString &path, const QString &what)
{
    return Error::make(code, QStringLiteral("%1: %2.").arg(shown(path), what));
}

Error inFile(const QString &path, const Error &error)
{
    return fileError(error.code, path, error.message);
}

Result<Handle> openFile(const QString &path)
{
    // Opening the registry's file outside SQLite (HDF5 opens and closes it) would drop its locks.
    if (Status allowed = OpenRegistryFiles::refuseRegistryFile(
            path, QCoreApplication::translate("fd::H5adReader", "read it as an AnnData file"));
        !allowed)
        return allowed.error();
    const QFileInfo info(path);
    if (!info.exists())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("fd::H5adReader", "%1 does not exist.").arg(shown(path)));
    if (info.isDir())
        return fileError(
            Error::Code::Invalid, path,
            QCoreApplication::translate("fd::H5adReader", "a folder, not an .h5ad file"));
    if (info.size() == 0) {
        return fileError(
            Error::Code::Invalid, path,
            QCoreApplication::translate("fd::H5adReader",
                                        "the file is empty (0 bytes), where an .h5ad file is an "
                                        "HDF5 file holding obs, var and X"));
    }
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return fileError(Error::Code::Io, path, probe.errorString());
    probe.close();

    const QByteArray name = QFile::encodeName(path);
    if (H5Fis_hdf5(name.constData()) <= 0) {
        return fileError(
            Error::Code::Invalid, path,
            QCoreApplication::translate("fd::H5adReader",
                                        "not an HDF5 file (no HDF5 signature), where an .h5ad "
                                        "file is one"));
    }
    const Handle access(H5Pcreate(H5P_FILE_ACCESS));
    // Read-only opens take a shared lock; where the file system has no locks, read anyway.
    H5Pset_file_locking(access.get(), true, true);
    Handle file(H5Fopen(name.constData(), H5F_ACC_RDONLY, access.get()));
    if (file)
        return file;
    const QString said = hdf5::errorStackText();
    if (said.contains(QLatin1StringView("truncated"), Qt::CaseInsensitive)) {
        return fileError(
            Error::Code::Corrupt, path,
            QCoreApplication::translate("fd::H5adReader",
                                        "the file is truncated: it ends before the data HDF5 "
                                        "expects (%1); copy or download it again")
                .arg(said));
    }
    return fileError(Error::Code::Corrupt, path,
                     QCoreApplication::translate("fd::H5adReader",
                                                 "HDF5 cannot open it, the file is damaged (%1)")
                         .arg(said));
}

// what: "obs is a compound table", "var is a group", in the user's language.
QString oldLayout(const QString &what)
{
    return QCoreApplication::translate(
               "fd::H5adReader",
               "%1 without encoding-type attributes: the file was written by anndata before 0.7, "
               "which FeatureDesk does not read; read it with anndata and write it again "
               "(adata.write_h5ad)")
        .arg(what);
}

// obs or var, opened as the dataframe group anndata 0.7 and later write.
Result<Handle> openFrame(hid_t file, const QString &frameName)
{
    const QByteArray name = frameName.toUtf8();
    switch (hdf5::kindOf(file, name.constData())) {
    case hdf5::ObjectKind::Missing:
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("fd::H5adReader",
                                        "no \"%1\" group: an HDF5 file, but not an AnnData file "
                                        "(an .h5ad file holds obs, var and X)")
                .arg(frameName));
    case hdf5::ObjectKind::Dataset:
        return Error::make(
            Error::Code::Invalid,
            oldLayout(QCoreApplication::translate("fd::H5adReader", "%1 is a compound table")
                          .arg(frameName)));
    case hdf5::ObjectKind::Other:
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("fd::H5adReader", "\"%1\" is neither a group nor a table")
                .arg(frameName));
    case hdf5::ObjectKind::Group:
        break;
    }
    Handle group(H5Gopen2(file, name.constData(), H5P_DEFAULT));
    const std::optional<QString> encoding = hdf5::stringAttribute(group.get(), "encoding-type");
    if (!encoding)
        return Error::make(
            Error::Code::Invalid,
            oldLayout(
                QCoreApplication::translate("fd::H5adReader", "%1 is a group").arg(frameName)));
    if (*encoding != QLatin1StringView("dataframe")) {
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("fd::H5adReader",
                                        "%1 has encoding-type \"%2\" where a dataframe is expected")
                .arg(frameName, *encoding));
    }
    return group;
}

struct Frame
{
    Handle group;
    QString index;
    QStringList columns;
    qint64 rows = 0;
};

Result<Frame> readFrame(hid_t file, const QString &frameName)
{
    Result<Handle> group = openFrame(file, frameName);
    if (!group)
        return group.error();
    Frame frame;
    frame.group = std::move(group).value();
    const std::optional<QString> index = hdf5::stringAttribute(frame.group.get(), "_index");
    const std::optional<QStringList> columns
        = hdf5::stringListAttribute(frame.group.get(), "column-order");
    if (!index || !columns) {
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("fd::H5adReader", "%1 lacks its %2 attribute")
                .arg(frameName, index ? QStringLiteral("column-order") : QStringLiteral("_index")));
    }
    frame.index = *index;
    frame.columns = *columns;
    const QByteArray indexName = index->toUtf8();
    if (hdf5::kindOf(frame.group.get(), indexName.constData()) != hdf5::ObjectKind::Dataset) {
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("fd::H5adReader", "%1 has no index dataset \"%2\"")
                .arg(frameName, *index));
    }
    const Handle dataset(H5Dopen2(frame.group.get(), indexName.constData(), H5P_DEFAULT));
    const std::vector<qint64> dims = hdf5::dimensions(dataset.get());
    if (dims.size() != 1) {
        return Error::make(Error::Code::Invalid,
                           QCoreApplication::translate("fd::H5adReader",
                                                       "%1/%2, the index, is not one-dimensional")
                               .arg(frameName, *index));
    }
    frame.rows = dims.front();
    return frame;
}

QString dtypeOf(hdf5::ElementKind kind)
{
    switch (kind) {
    case hdf5::ElementKind::Integer:
        return QStringLiteral("int");
    case hdf5::ElementKind::Float:
        return QStringLiteral("float");
    case hdf5::ElementKind::Bool:
        return QStringLiteral("bool");
    default:
        return QStringLiteral("object");
    }
}

// X's dtype, encoding and shape, from its metadata alone.
Result<H5adMatrix> readMatrix(hid_t file)
{
    H5adMatrix x;
    switch (hdf5::kindOf(file, "X")) {
    case hdf5::ObjectKind::Missing:
    case hdf5::ObjectKind::Other:
        return x;
    case hdf5::ObjectKind::Dataset: {
        const Handle dataset(H5Dopen2(file, "X", H5P_DEFAULT));
        const std::vector<qint64> dims = hdf5::dimensions(dataset.get());
        if (dims.size() != 2)
            return Error::make(
                Error::Code::Invalid,
                QCoreApplication::translate("fd::H5adReader", "X is not two-dimensional"));
        x.present = true;
        x.encoding = hdf5::stringAttribute(dataset.get(), "encoding-type")
                         .value_or(QStringLiteral("array"));
        x.dtype = dtypeOf(hdf5::elementKind(dataset.get()));
        x.rows = dims[0];
        x.columns = dims[1];
        return x;
    }
    case hdf5::ObjectKind::Group:
        break;
    }
    const Handle group(H5Gopen2(file, "X", H5P_DEFAULT));
    x.encoding = hdf5::stringAttribute(group.get(), "encoding-type").value_or(QString());
    if (x.encoding != QLatin1StringView("csr_matrix")
        && x.encoding != QLatin1StringView("csc_matrix")) {
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("fd::H5adReader",
                                        "X is a group with encoding-type \"%1\", where a "
                                        "csr_matrix or csc_matrix is expected")
                .arg(x.encoding));
    }
    const std::optional<std::vector<qint64>> shape
        = hdf5::integerListAttribute(group.get(), "shape");
    if (!shape || shape->size() != 2
        || hdf5::kindOf(group.get(), "data") != hdf5::ObjectKind::Dataset)
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("fd::H5adReader", "X, a %1, lacks its shape or its data")
                .arg(x.encoding));
    const Handle data(H5Dopen2(group.get(), "data", H5P_DEFAULT));
    x.present = true;
    x.sparse = true;
    x.dtype = dtypeOf(hdf5::elementKind(data.get()));
    x.rows = (*shape)[0];
    x.columns = (*shape)[1];
    return x;
}

Result<H5adFrame> summarizeFrame(const Frame &frame, const QString &frameName)
{
    H5adFrame summary;
    summary.index = frame.index;
    summary.rows = frame.rows;
    for (const QString &name : frame.columns) {
        Result<H5adColumn> column
            = H5adColumnReader(frame.group.get(), frameName, name, frame.rows).summary();
        if (!column)
            return column.error();
        summary.columns.append(std::move(column).value());
    }
    return summary;
}

// The file open, with its obs and var found and their columns listed (both, or an error).
struct Opened
{
    Handle file;
    Frame obs;
    Frame var;
};

Result<Opened> openFrames(const QString &path)
{
    Result<Handle> file = openFile(path);
    if (!file)
        return file.error();
    Result<Frame> obs = readFrame(file->get(), QStringLiteral("obs"));
    if (!obs)
        return inFile(path, obs.error());
    Result<Frame> var = readFrame(file->get(), QStringLiteral("var"));
    if (!var)
        return inFile(path, var.error());
    return Opened {std::move(file).value(), std::move(obs).value(), std::move(var).value()};
}

} // namespace

H5adReader::H5adReader(QString path)
    : m_path(std::move(path))
{
}

bool H5adReader::looksLikeH5ad(const QString &path)
{
    if (path.endsWith(QLatin1StringView(".h5ad"), Qt::CaseInsensitive))
        return true;
    // The registry's own file is no AnnData file: never opened here (see openFile).
    if (!OpenRegistryFiles::refuseRegistryFile(path, {}).ok())
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(8) == QByteArrayView("\x89HDF\r\n\x1a\n");
}

Result<H5adSummary> H5adReader::summary() const
{
    const hdf5::QuietErrors quiet;
    Result<Opened> opened = openFrames(m_path);
    if (!opened)
        return opened.error();
    const Frame &obs = opened->obs;
    const Frame &var = opened->var;
    Result<H5adMatrix> x = readMatrix(opened->file.get());
    if (!x)
        return inFile(m_path, x.error());
    if (x->present && (x->rows != obs.rows || x->columns != var.rows)) {
        return fileError(Error::Code::Invalid, m_path,
                         QCoreApplication::translate(
                             "fd::H5adReader", "X is %1 × %2, where obs has %3 rows and var %4")
                             .arg(x->rows)
                             .arg(x->columns)
                             .arg(obs.rows)
                             .arg(var.rows));
    }

    H5adSummary summary;
    summary.path = m_path;
    summary.nObs = obs.rows;
    summary.nVars = var.rows;
    summary.x = *x;
    Result<H5adFrame> obsSummary = summarizeFrame(obs, QStringLiteral("obs"));
    if (!obsSummary)
        return inFile(m_path, obsSummary.error());
    Result<H5adFrame> varSummary = summarizeFrame(var, QStringLiteral("var"));
    if (!varSummary)
        return inFile(m_path, varSummary.error());
    summary.obs = std::move(obsSummary).value();
    summary.var = std::move(varSummary).value();
    return summary;
}

Result<QStringList> H5adReader::values(H5adSlot slot, const QString &column) const
{
    const hdf5::QuietErrors quiet;
    // Both dataframes are checked: a file that is not AnnData is not read in part.
    Result<Opened> opened = openFrames(m_path);
    if (!opened)
        return opened.error();
    const QString frameName = slot == H5adSlot::Obs ? QStringLiteral("obs") : QStringLiteral("var");
    const Frame &frame = slot == H5adSlot::Obs ? opened->obs : opened->var;
    const QString name = column.isEmpty() ? frame.index : column;
    if (name != frame.index && !frame.columns.contains(name)) {
        return fileError(
            Error::Code::NotFound, m_path,
            QCoreApplication::translate("fd::H5adReader",
                                        "%1 has no column \"%2\" (its columns: %3)")
                .arg(frameName, name,
                     frame.columns.isEmpty()
                         ? QCoreApplication::translate("fd::H5adReader", "none", "no columns")
                         : frame.columns.join(QStringLiteral(", "))));
    }
    Result<QStringList> values
        = H5adColumnReader(frame.group.get(), frameName, name, frame.rows).values();
    if (!values)
        return inFile(m_path, values.error());
    return values;
}

} // namespace fd
