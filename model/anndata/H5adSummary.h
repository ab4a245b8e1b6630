#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace fd {

// The two dataframes of an AnnData file: obs (one row per cell) and var (one per gene).
enum class H5adSlot { Obs, Var };

// One column of obs or var, as read from the file.
struct H5adColumn
{
    QString name;
    QString dtype; // FeatureDesk's vocabulary: cat, str, int, float, bool; object when unknown
    QString encoding; // AnnData's encoding-type: categorical, string-array, nullable-integer, ...
    qint64 missing = 0; // categorical code -1, a nullable column's mask, NaN, an empty string
    qint64 distinct = 0; // distinct values that are not missing; a lower bound when capped
    bool distinctCapped = false; // past 2,000,000 distinct values counting stops
    bool ordered = false; // a categorical's order
    QString note; // why the column was not read (an encoding FeatureDesk does not know)
};

struct H5adFrame
{
    QString index; // the index's name, from the dataframe's _index attribute
    qint64 rows = 0;
    QList<H5adColumn> columns; // in the file's column-order
};

// X, the matrix, known without reading a value of it.
struct H5adMatrix
{
    bool present = false; // an AnnData may have no X
    QString dtype; // int, float or bool
    QString encoding; // array, csr_matrix or csc_matrix
    bool sparse = false;
    qint64 rows = 0;
    qint64 columns = 0;
};

struct H5adSummary
{
    QString path;
    qint64 nObs = 0;
    qint64 nVars = 0;
    H5adMatrix x;
    H5adFrame obs;
    H5adFrame var;
};

} // namespace fd

Q_DECLARE_METATYPE(fd::H5adSummary)
