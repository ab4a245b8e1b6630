#include "model/validation/FileValidator.h"

#include "model/anndata/H5adReader.h"
#include "model/csv/CsvColumnRef.h"
#include "model/csv/CsvColumnValues.h"
#include "model/csv/CsvInspector.h"
#include "model/csv/CsvPreview.h"
#include "model/csv/CsvProgress.h"
#include "model/validation/GeneDetails.h"
#include "model/validation/IndexLoader.h"

#include <QCoreApplication>

#include <algorithm>

namespace fd {

namespace {

Error cancelled()
{
    return Error::make(Error::Code::Cancelled,
                       QCoreApplication::translate("FileValidator", "Validation cancelled."));
}

bool isCancelled(const CsvProgress *progress)
{
    return progress && progress->isCancelled();
}

// Enough values to tell an organism by: the rest name the same one or are not genes at all.
constexpr qsizetype OrganismSample = 1000;

} // namespace

CuratedMembers FileValidator::Outcome::members(const QList<ValueDecision> &decisions) const
{
    return CuratedMembers::resolve(report, decisions, index ? *index : NameIndex());
}

NewFeatureSet FileValidator::Outcome::setNamed(const QString &name,
                                               const CuratedMembers &curated) const
{
    NewFeatureSet set;
    set.name = name;
    set.registry
        = field == Validator::Field::FeatureName ? MemberRegistry::Feature : MemberRegistry::Gene;
    set.memberUids = curated.uids;
    return set;
}

Status FileValidator::loadIndex(Validator::Field field, const QString &organism)
{
    if (m_index && m_indexField == field && m_indexOrganism == organism)
        return {};
    Result<NameIndex> loaded = IndexLoader::load(m_registry, field, organism);
    if (!loaded)
        return loaded.error();
    keepIndex(std::make_shared<const NameIndex>(std::move(loaded).value()), field, organism);
    return {};
}

void FileValidator::keepIndex(std::shared_ptr<const NameIndex> index, Validator::Field field,
                              const QString &organism)
{
    m_index = std::move(index);
    m_indexField = field;
    m_indexOrganism = organism;
}

Validator::Field FileValidator::geneFieldOf(const QStringList &values)
{
    qsizetype nonEmpty = 0;
    qsizetype stable = 0;
    for (const QString &value : values) {
        if (value.trimmed().isEmpty())
            continue;
        if (++nonEmpty > OrganismSample)
            break;
        if (Validator::looksLikeStableGeneId(value))
            ++stable;
    }
    return stable * 2 > std::min(nonEmpty, OrganismSample) ? Validator::Field::GeneEnsemblId
                                                           : Validator::Field::GeneSymbol;
}

Result<FileValidator::Checked> FileValidator::readH5ad(const Request &request)
{
    Checked checked;
    const H5adReader reader(request.path);
    if (request.checksValues()) {
        const Result<QStringList> values = reader.values(*request.slot, request.column);
        if (!values)
            return values.error();
        // As a CSV column's: distinct values in first-seen order, missing ones counted as empty.
        for (const QString &value : *values) {
            if (value.trimmed().isEmpty()) {
                ++checked.empty;
                continue;
            }
            qint64 &count = checked.counts[value];
            if (count++ == 0)
                checked.values.append(value);
            else
                ++checked.duplicates;
        }
        return checked;
    }
    if (request.names == Names::Given) {
        checked.values = request.givenNames;
        if (!isGeneField(request.field))
            checked.dtypes = request.givenDtypes;
        return checked;
    }
    const Result<H5adSummary> summary = reader.summary();
    if (!summary)
        return summary.error();
    const H5adFrame &frame = *request.slot == H5adSlot::Obs ? summary->obs : summary->var;
    for (const H5adColumn &column : frame.columns) {
        checked.values.append(column.name);
        // The reader's dtypes are FeatureDesk's vocabulary; genes have none to compare.
        if (!isGeneField(request.field) && request.names == Names::Inspect)
            checked.dtypes.append(column.dtype);
    }
    return checked;
}

Result<FileValidator::Checked> FileValidator::read(const Request &request, CsvProgress *progress)
{
    if (request.slot) {
        Result<Checked> checked = readH5ad(request);
        if (checked && isCancelled(progress))
            return cancelled();
        return checked;
    }
    Checked checked;
    if (request.checksValues()) {
        Result<CsvColumnValues> column = CsvColumnValues::read(
            request.path, CsvColumnRef::fromText(request.column), request.options, progress);
        if (!column)
            return isCancelled(progress) ? cancelled() : column.error();
        checked.values = std::move(column->distinct);
        checked.counts = std::move(column->counts);
        checked.empty = column->empty;
        checked.duplicates = column->duplicates();
        return checked;
    }
    // Genes have no dtype: their names are all that is read, and no dtype is compared.
    const bool genes = isGeneField(request.field);
    switch (request.names) {
    case Names::Given:
        checked.values = request.givenNames;
        if (!genes)
            checked.dtypes = request.givenDtypes;
        break;
    case Names::Inspect:
        if (!genes) {
            const Result<CsvInspection> inspection
                = CsvInspector(request.options).inspect(request.path);
            if (!inspection)
                return inspection.error();
            for (const CsvColumnSummary &summary : inspection->columns) {
                checked.values.append(summary.name);
                checked.dtypes.append(summary.dtype);
            }
            break;
        }
        [[fallthrough]];
    case Names::HeaderOnly: {
        const Result<CsvPreviewData> header = CsvPreview(request.options).preview(request.path, 0);
        if (!header)
            return header.error();
        checked.values = header->columns;
        break;
    }
    }
    return checked;
}

Result<FileValidator::Outcome> FileValidator::validate(const Request &request,
                                                       CsvProgress *progress)
{
    Result<Checked> checked = read(request, progress);
    if (!checked)
        return checked.error();
    if (isCancelled(progress))
        return cancelled();

    Outcome outcome;
    outcome.field = request.fieldFromValues && request.checksValues() ? geneFieldOf(checked->values)
                                                                      : request.field;
    outcome.organism = request.organism;
    if (isGeneField(outcome.field) && outcome.organism.isEmpty()) {
        outcome.organism = IndexLoader::inferOrganism(m_registry, outcome.field,
                                                      checked->values.mid(0, OrganismSample));
        if (outcome.organism.isEmpty())
            return Error::make(
                Error::Code::Invalid,
                request.checksValues()
                    ? QCoreApplication::translate(
                        "FileValidator", "The genes' organism cannot be told from the values.")
                    : QCoreApplication::translate(
                        "FileValidator",
                        "The genes' organism cannot be told from the column names."),
                Error::Remedy::NameOrganism);
    }
    if (Status loaded = loadIndex(outcome.field, outcome.organism); !loaded)
        return loaded.error();
    outcome.index = m_index;
    if (isCancelled(progress))
        return cancelled();

    outcome.report
        = Validator(*outcome.index, outcome.field).validate(checked->values, checked->dtypes);
    if (!request.checksValues()) {
        outcome.names = checked->values;
        outcome.dtypes = checked->dtypes;
    }
    outcome.report.columnNames = !request.checksValues();
    if (request.checksValues()) {
        for (ValidationItem &item : outcome.report.items)
            item.count = checked->counts.value(item.value, 1);
        outcome.report.emptyCount = checked->empty;
        outcome.report.duplicateCount = checked->duplicates;
        // What the genes offered are, and which genes id-shaped values name: read here, on the
        // caller's connection (the review's worker), never by the window.
        if (Status described = GeneDetails::fill(m_registry, outcome.organism, outcome.report);
            !described)
            return described.error();
    }
    return outcome;
}

} // namespace fd
