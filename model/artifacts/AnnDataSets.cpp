#include "model/artifacts/AnnDataSets.h"

#include "model/anndata/H5adReader.h"
#include "model/validation/CuratedMembers.h"

#include <QCoreApplication>

namespace fd {

// A check that failed for its values, a column the file lacks, an organism that cannot be told or
// is not imported, a file that is not AnnData: that file's; anything else stops registering.
bool AnnDataSets::concernsTheFile(const Error &error)
{
    switch (error.code) {
    case Error::Code::Invalid:
    case Error::Code::NotFound:
    case Error::Code::Io:
    case Error::Code::Corrupt:
        return true;
    default:
        return false;
    }
}

AnnDataSets::AnnDataSets(Registry &registry, Options options)
    : m_registry(registry)
    , m_options(std::move(options))
    , m_genes(registry)
    , m_features(registry)
{
}

Status AnnDataSets::checkSlot(const FileValidator::Request &request, FileValidator &validator,
                              Slot &slot)
{
    slot.field = request.field;
    const Result<FileValidator::Outcome> checked = validator.validate(request);
    if (checked)
        slot.field = checked->field; // told from the values when the request asked so
    if (!checked) {
        if (!concernsTheFile(checked.error()))
            return checked.error();
        slot.note = checked.error().message;
        return {};
    }
    slot.organism = checked->organism;
    const CuratedMembers members = checked->members();
    slot.memberUids = members.uids;
    slot.leftOut = members.leftOut;
    if (slot.memberUids.isEmpty()) {
        const qsizetype checkedCount = checked->report.items.size();
        slot.note = slot.registry == MemberRegistry::Gene
            ? QCoreApplication::translate("fd::AnnDataSets",
                                          "No var set: none of its %n var ids is a registered "
                                          "gene.",
                                          nullptr, int(checkedCount))
            : QCoreApplication::translate("fd::AnnDataSets",
                                          "No obs set: none of its %n obs columns is a registered "
                                          "feature.",
                                          nullptr, int(checkedCount));
    }
    return {};
}

Result<AnnDataSets::Read> AnnDataSets::read(const QString &path)
{
    const H5adReader reader(path);
    const Result<H5adSummary> summary = reader.summary();
    if (!summary)
        return summary.error();

    Read read;
    read.var.slot = QStringLiteral("var");
    read.var.registry = MemberRegistry::Gene;
    if (summary->x.present
        && (summary->x.dtype == QLatin1StringView("float")
            || summary->x.dtype == QLatin1StringView("int")))
        read.var.dtype = summary->x.dtype;
    read.obs.slot = QStringLiteral("obs");

    FileValidator::Request var;
    var.path = path;
    var.slot = H5adSlot::Var;
    var.column = m_options.varColumn;
    var.organism = m_options.organism;
    // Without a field given, the ids tell it (Ensembl-style stable ids of any organism, else
    // symbols), as in the window's review: FileValidator::geneFieldOf.
    var.field = m_options.varField.value_or(ValidationField::GeneSymbol);
    var.fieldFromValues = !m_options.varField.has_value();
    if (Status checked = checkSlot(var, m_genes, read.var); !checked)
        return checked.error();

    // The names and dtypes the summary read already: the file is not read again.
    FileValidator::Request obs;
    obs.path = path;
    obs.slot = H5adSlot::Obs;
    obs.names = FileValidator::Names::Given;
    for (const H5adColumn &column : summary->obs.columns) {
        obs.givenNames.append(column.name);
        obs.givenDtypes.append(column.dtype);
    }
    if (Status checked = checkSlot(obs, m_features, read.obs); !checked)
        return checked.error();
    return read;
}

} // namespace fd
