#pragma once

#include "model/Result.h"
#include "model/genes/GeneFileFormat.h"
#include "model/genes/GeneRecord.h"

#include <QList>
#include <QString>

#include <functional>

namespace fd {

// A gene table read whole: the format its header revealed and its genes, one per gene (BioMart's
// gene–synonym rows merged), in file order.
struct GeneFile
{
    QString path;
    GeneFileFormat format = GeneFileFormat::Unknown;
    qint64 rows = 0;        // data rows read
    bool complete = true;   // false when maxRows stopped the read
    QList<GeneInput> genes;
    QList<qint64> taxa;     // distinct taxon ids of the genes, in order of first appearance; 0: unknown
    QList<GeneSkip> skips;  // rows that are no genes to import (withdrawn HGNC entries)
    QStringList warnings;
};

// Reads NCBI gene_info, BioMart and HGNC tables (tab-separated, plain or gzip). UI-free; errors name
// the file and line and say what to do. A repeated GeneID or hgnc_id, a BioMart gene whose rows
// disagree on its name, a row with the wrong number of fields and a file cut short are errors.
class GeneFileReader
{
public:
    // bytesDone/bytesTotal of the file (compressed bytes for gzip); false cancels the read.
    using Progress = std::function<bool(qint64 bytesDone, qint64 bytesTotal)>;

    static Result<GeneFile> read(const QString &path, const Progress &progress = {},
                                 qint64 maxRows = -1);

    // The format and the organisms of the first rows, for a dialog that must ask for the organism
    // before the import starts.
    static Result<GeneFile> sniff(const QString &path, qint64 rows = 2000)
    {
        return read(path, {}, rows);
    }
};

} // namespace fd
