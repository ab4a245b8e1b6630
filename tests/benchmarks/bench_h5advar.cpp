// bench_h5advar: validating an .h5ad's var ids once the gene index is loaded (issue 23: 30,000 var
// ids under 50 ms). Imports a GENCODE gene list into a new SQLite registry, loads the index once,
// then times FileValidator over the var ids of the .h5ad, the code path of `featuredesk-cli
// validate FILE.h5ad --slot var --column C --field gene.ensembl_gene_id --organism O`: the ids read
// from the file, validated, the genes offered described, and the ids included (validated) and
// excluded listed. Not a test: run it through scripts/bench/h5ad.sh --var, which also times the
// same check in Python; BENCHMARKS.md has the method and the figures.
//
//   bench_h5advar --h5ad FILE.h5ad --genes GENES.csv.gz [--organism human] [--column gene_ids]
//                 [--repeat 9] [--json]

#include "BenchFigure.h"

#include "model/anndata/H5adReader.h"
#include "model/db/Registry.h"
#include "model/db/RegistryLocation.h"
#include "model/genes/GeneStore.h"
#include "model/validation/FileValidator.h"
#include "model/validation/GeneDetails.h"
#include "model/validation/Validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <memory>

using fd::bench::Figure;
using fd::bench::measure;
using fd::bench::msSince;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_h5advar: %s\n", qPrintable(message));
    std::exit(1);
}

Figure once(const QString &id, const QString &label, double ms, qint64 rows)
{
    std::fprintf(stderr, "  %-66s%10.2f ms\n", qPrintable(label), ms);
    return Figure {id, label, {ms}, rows, -1};
}

// The ids included (validated as they are) and excluded (anything else), as the CLI's report
// tells them apart.
struct Split
{
    QStringList included;
    QStringList excluded;
};

Split split(const fd::ValidationReport &report)
{
    Split out;
    for (const fd::ValidationItem &item : report.items)
        (item.status == fd::ValidationStatus::Validated ? out.included : out.excluded)
            .append(item.value);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the validation of an .h5ad's var ids once the index is loaded."));
    parser.addHelpOption();
    const QCommandLineOption h5adOption(QStringLiteral("h5ad"), QStringLiteral("The .h5ad file."),
                                        QStringLiteral("path"));
    const QCommandLineOption genesOption(QStringLiteral("genes"),
                                         QStringLiteral("The organism's GENCODE gene list."),
                                         QStringLiteral("path"));
    const QCommandLineOption organismOption(QStringLiteral("organism"),
                                            QStringLiteral("The organism (default human)."),
                                            QStringLiteral("name"), QStringLiteral("human"));
    const QCommandLineOption columnOption(
        QStringLiteral("column"), QStringLiteral("The var column of ids (default gene_ids)."),
        QStringLiteral("name"), QStringLiteral("gene_ids"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Repeats (default 9)."),
                                          QStringLiteral("r"), QStringLiteral("9"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions(
        {h5adOption, genesOption, organismOption, columnOption, repeatOption, jsonOption});
    parser.process(app);
    if (!parser.isSet(h5adOption) || !parser.isSet(genesOption))
        fail(QStringLiteral("--h5ad and --genes are needed."));
    const QString h5ad = parser.value(h5adOption);
    const QString genes = parser.value(genesOption);
    const QString organism = parser.value(organismOption);
    const QString column = parser.value(columnOption);
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const auto field = fd::Validator::Field::GeneEnsemblId;

    QTemporaryDir dir;
    QList<Figure> figures;
    std::fprintf(stderr, "bench_h5advar: %s against %s, %d repeats\n", qPrintable(h5ad),
                 qPrintable(genes), repeat);

    fd::Registry::OpenOptions openOptions;
    openOptions.createIfMissing = true;
    const auto location = fd::RegistryLocation::parse(dir.filePath(QStringLiteral("genes.sqlite")));
    fd::Result<std::unique_ptr<fd::Registry>> opened = fd::Registry::open(*location, openOptions);
    if (!opened)
        fail(opened.error().message);
    fd::Registry &registry = **opened;
    QElapsedTimer timer;
    timer.start();
    fd::GeneStore::ImportOptions importOptions;
    importOptions.organism = organism;
    const fd::Result<fd::GeneImportReport> imported
        = fd::GeneStore(registry).importFile(genes, importOptions);
    if (!imported)
        fail(imported.error().message);
    figures << once(QStringLiteral("import_genes"),
                    QStringLiteral("setup: import the gene list into a new SQLite registry"),
                    msSince(timer), imported->added);

    // The index, loaded once: what "once the index is loaded" leaves out.
    fd::FileValidator validator(registry);
    timer.start();
    if (const fd::Status loaded = validator.loadIndex(field, organism); !loaded)
        fail(loaded.error().message);
    figures << once(
        QStringLiteral("index_load"),
        QStringLiteral("setup: FileValidator::loadIndex(ensembl_gene_id, %1)").arg(organism),
        msSince(timer), -1);

    fd::FileValidator::Request request;
    request.path = h5ad;
    request.slot = fd::H5adSlot::Var;
    request.column = column;
    request.field = field;
    request.organism = organism;
    Split last;
    const auto validateVar = [&](const fd::FileValidator::Request &asked, Figure &f) {
        QElapsedTimer clock;
        clock.start();
        fd::Result<fd::FileValidator::Outcome> outcome = validator.validate(asked);
        if (!outcome)
            fail(outcome.error().message);
        Split ids = split(outcome->report);
        const double ms = msSince(clock);
        f.rows = ids.included.size() + ids.excluded.size();
        last = std::move(ids);
        return ms;
    };
    figures << measure(
        QStringLiteral("validate_var"),
        QStringLiteral("FileValidator::validate(var[%1], --organism %2)").arg(column, organism),
        repeat, [&](Figure &f) { return validateVar(request, f); });
    const Split withOrganism = last;
    fd::FileValidator::Request inferred = request;
    inferred.organism.clear();
    figures << measure(QStringLiteral("validate_var_inferred"),
                       QStringLiteral("  the same, the organism told from the ids"), repeat,
                       [&](Figure &f) { return validateVar(inferred, f); });

    // Its steps, one by one.
    const fd::H5adReader reader(h5ad);
    QStringList values;
    figures << measure(QStringLiteral("split_read"),
                       QStringLiteral("  split: H5adReader::values(var, %1)").arg(column), repeat,
                       [&](Figure &f) {
                           QElapsedTimer clock;
                           clock.start();
                           fd::Result<QStringList> read = reader.values(fd::H5adSlot::Var, column);
                           const double ms = msSince(clock);
                           if (!read)
                               fail(read.error().message);
                           values = std::move(read).value();
                           f.rows = values.size();
                           return ms;
                       });
    fd::Result<fd::FileValidator::Outcome> outcome = validator.validate(request);
    if (!outcome)
        fail(outcome.error().message);
    const std::shared_ptr<const fd::NameIndex> index = outcome->index;
    fd::ValidationReport report;
    figures << measure(
        QStringLiteral("split_validate"),
        QStringLiteral("  split: Validator::validate of the %L1 ids").arg(values.size()), repeat,
        [&](Figure &f) {
            QElapsedTimer clock;
            clock.start();
            fd::ValidationReport fresh = fd::Validator(*index, field).validate(values);
            const double ms = msSince(clock);
            f.rows = fresh.items.size();
            report = std::move(fresh);
            return ms;
        });
    figures << measure(
        QStringLiteral("split_details"),
        QStringLiteral("  split: GeneDetails::fill of that report"), repeat, [&](Figure &f) {
            fd::ValidationReport copy = report;
            QElapsedTimer clock;
            clock.start();
            if (const fd::Status filled = fd::GeneDetails::fill(registry, organism, copy); !filled)
                fail(filled.error().message);
            f.rows = copy.items.size();
            return msSince(clock);
        });

    std::fprintf(stderr, "  ids included %lld, excluded %lld\n",
                 qint64(withOrganism.included.size()), qint64(withOrganism.excluded.size()));
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Figure &figure : std::as_const(figures))
            array.append(figure.toJson());
        const QJsonObject json {
            {QStringLiteral("h5ad"), h5ad},
            {QStringLiteral("genes"), genes},
            {QStringLiteral("organism"), organism},
            {QStringLiteral("column"), column},
            {QStringLiteral("repeat"), repeat},
            {QStringLiteral("index_size"), index->size()},
            {QStringLiteral("included"), withOrganism.included.size()},
            {QStringLiteral("excluded"), withOrganism.excluded.size()},
            {QStringLiteral("figures"), array},
        };
        std::printf("%s", QJsonDocument(json).toJson().constData());
        return 0;
    }
    std::printf("%-70s %10s %10s %10s %8s\n", "figure", "median ms", "min ms", "max ms", "rows");
    for (const Figure &figure : std::as_const(figures))
        std::printf("%-70s %10.2f %10.2f %10.2f %8lld\n", qPrintable(figure.label),
                    figure.medianMs(), figure.minMs(), figure.maxMs(), figure.rows);
    std::printf("ids included %lld, excluded %lld\n", qint64(withOrganism.included.size()),
                qint64(withOrganism.excluded.size()));
    return 0;
}
