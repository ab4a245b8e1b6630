#pragma once

#include "model/Result.h"
#include "model/anndata/H5adSummary.h"
#include "model/anndata/Hdf5Handle.h"

#include <QString>
#include <QStringList>

namespace fd {

// One member of an AnnData dataframe group (a column or the index), read in blocks by its
// encoding: a plain array (numbers, numpy bools, strings), categorical (codes and categories),
// nullable-integer or nullable-boolean (values and mask). Errors name the member ("obs/batch")
// but not the file, which H5adReader adds.
class H5adColumnReader
{
public:
    // frame: the open obs or var group; frameName: "obs" or "var"; rows: the dataframe's length.
    H5adColumnReader(hid_t frame, QString frameName, QString name, qint64 rows);

    Result<H5adColumn> summary() const;
    Result<QStringList> values() const;

private:
    QString where() const { return m_frameName + QLatin1Char('/') + m_name; }

    hid_t m_frame;
    QString m_frameName;
    QString m_name;
    qint64 m_rows;
};

} // namespace fd
