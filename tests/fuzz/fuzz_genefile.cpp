// libFuzzer target: a gene file as `genes import` and Registry ▸ Import genes… read it — NCBI
// gene_info, Ensembl BioMart, HGNC or GENCODE, told by the content, plain or gzip (see
// FuzzInput.h) — first sniffed for its organism, then read whole.

#include "FuzzInput.h"

#include "model/genes/GeneFileReader.h"

#include <cstdlib>

using namespace fd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // GENCODE lists are named for their organism; the others are told by their header.
    const QString path = fuzz::writeMaybeGzip(data, size, QStringLiteral("genes_mus_musculus.csv"));

    (void)GeneFileReader::sniff(path, 20);
    const Result<GeneFile> file = GeneFileReader::read(path);
    // Every gene taken came from a row read.
    if (file && file->genes.size() > file->rows)
        std::abort();
    return 0;
}
