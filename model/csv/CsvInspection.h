#pragma once

#include "model/csv/CsvDialect.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace fd {

// What inspect found in one column, over the whole file.
struct CsvColumnSummary
{
    QString name; // unique: duplicates become "a.1", empty names "Unnamed: N" (as pandas)
    QString dtype; // LaminDB's vocabulary: int, float, bool, date, datetime, str, cat
    qint64 missing = 0; // cells with a pandas missing-value token, or absent in a short row
    qint64 distinct = 0; // distinct non-missing texts; a lower bound when distinctCapped
    bool distinctCapped = false;
    QStringList examples; // the first five distinct non-missing values (long ones shortened)
    QString note; // why the dtype is not the obvious one; empty when it is
};

struct CsvMalformedRow
{
    qint64 line = 0; // physical line where the record starts
    QString reason;
};

struct CsvInspection
{
    QString path;
    CsvDialect dialect;
    QStringList warnings; // sniffer doubts, encoding fallback, renamed header cells
    QList<CsvColumnSummary> columns;
    qint64 rowCount = 0; // data rows, malformed ones included
    qint64 malformedCount = 0;
    QList<CsvMalformedRow> malformedRows; // the first MaxListedMalformedRows of them
    bool truncated = false; // stopped at CsvOptions::maxRows

    static constexpr int MaxListedMalformedRows = 100;
};

} // namespace fd

Q_DECLARE_METATYPE(fd::CsvInspection)
