// libFuzzer target: an AnnData .h5ad file as the import page and `featuredesk-cli inspect` read it
// through the HDF5 C library — its summary (X's shape and dtype, obs and var with every column
// profiled), then the index and the first columns' values of obs and var, as the review reads them.

#include "FuzzInput.h"

#include "model/anndata/H5adReader.h"

#include <cstdlib>

using namespace fd;

namespace {

void readValues(const H5adReader &reader, H5adSlot slot, const H5adFrame &frame)
{
    const Result<QStringList> index = reader.values(slot);
    if (index && index->size() != frame.rows)
        std::abort(); // the index has the frame's rows, as the summary said
    for (qsizetype at = 0; at < frame.columns.size() && at < 4; ++at) {
        const Result<QStringList> values = reader.values(slot, frame.columns.at(at).name);
        if (values && values->size() != frame.rows)
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::writeInput(data, size, QStringLiteral("input.h5ad"));
    const H5adReader reader(path);
    const Result<H5adSummary> summary = reader.summary();
    if (!summary)
        return 0;
    if (summary->nObs != summary->obs.rows || summary->nVars != summary->var.rows)
        std::abort();
    for (const H5adFrame *frame : {&summary->obs, &summary->var})
        for (const H5adColumn &column : frame->columns)
            if (column.missing < 0 || column.missing > frame->rows || column.distinct < 0)
                std::abort();
    readValues(reader, H5adSlot::Obs, summary->obs);
    readValues(reader, H5adSlot::Var, summary->var);
    return 0;
}
