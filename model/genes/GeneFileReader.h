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
    qint64 rows = 0; // data rows read
    bool complete = true; // false when maxRows stopped the read
    QList<GeneInput> genes;
    QList<qint64> taxa; // distinct taxon ids of the genes, in order of first appearance; 0: unknown
    QList<GeneSkip> skips; // rows not taken: withdrawn HGNC entries, a repeated header, bad rows
    QStringList warnings;
};

// Reads NCBI gene_info, BioMart and HGNC tables (tab-separated) and GENCODE gene lists (comma-
// separated, no header), plain or gzip; lines end in "\n", "\r\n" or "\r". UI-free; errors name
// the file and line and say what to do. A GENCODE list's organism is its ids' (ENSMUSG: mouse),
// else its file name's (genes_mus_musculus.csv.gz); taxa is empty when neither says.
//
// The file is refused (an error) when it is not what its header says: a repeated GeneID, hgnc_id
// or gene_id, a BioMart gene whose rows disagree on its name, a row with the wrong number of
// fields, a file cut short, an NCBI tax_id that is no taxon id, or more bad rows than good ones. A
// bad row among good ones (an id without its kind's shape, a control character; GeneColumns::check)
// is skipped and listed in skips with its line and column, and so is a repeated header line.
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
