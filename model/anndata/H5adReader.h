#pragma once

#include "model/Result.h"
#include "model/anndata/H5adSummary.h"

#include <QString>
#include <QStringList>

namespace fd {

// Reads an AnnData .h5ad file (as anndata 0.7 and later write it, 0.7's categoricals as codes with
// a reference to their categories included) through the HDF5 C library,
// read-only: obs and var with each column's dtype, missing and distinct counts, and X's dtype,
// shape and sparsity without reading X's values, so that the time does not grow with X. Columns
// are read in blocks, one at a time. Files of anndata before 0.7, and anything else that is not
// such a file, are an Error naming the file and what is wrong; HDF5 prints nothing on stderr.
//
// Each call opens the file and closes it before it returns. Calls may run on several threads at
// once: Debian's libhdf5 is built thread-safe (H5_HAVE_THREADSAFE), so the library serializes
// its own calls and no lock of ours is needed (the build checks for it).
class H5adReader
{
public:
    explicit H5adReader(QString path);

    // True when the file starts with HDF5's signature, or is named .h5ad.
    static bool looksLikeH5ad(const QString &path);

    Result<H5adSummary> summary() const;
    // One column's values as text, in row order, or the index's when column is empty: a missing
    // value is an empty text, numbers as C's shortest round-trip form, booleans True and False.
    Result<QStringList> values(H5adSlot slot, const QString &column = {}) const;

private:
    QString m_path;
};

} // namespace fd
