// bench_validation: validating gene symbols against the 77,614 human genes of ../shared/data, and
// the curation review of a large validation (issue 6). Not a test: run it by hand or through
// scripts/bench/validation.sh, which also times the same check done the way bionty does it in
// pandas; BENCHMARKS.md has the method and the figures.
//
//   bench_validation [--file PATH] [--repeat R] [--values N] [--rows N] [--no-view]
//                    [--write-values PATH] [--json]

#include "BenchFigure.h"
#include "GeneValueMix.h"
#include "ReviewViewBench.h"

#include "model/db/Registry.h"
#include "model/db/RegistryLocation.h"
#include "model/genes/GeneIndex.h"
#include "model/genes/GeneStore.h"
#include "model/validation/IndexLoader.h"
#include "model/validation/NameIndex.h"
#include "model/validation/Validator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

using fd::bench::Figure;
using fd::bench::GeneValueMix;
using fd::bench::measure;
using fd::bench::msSince;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_validation: %s\n", qPrintable(message));
    std::exit(1);
}

// The gene-symbol entries IndexLoader reads, made from a GeneIndex, to time the NameIndex alone.
QList<fd::IndexEntry> symbolEntries(const fd::GeneIndex &genes)
{
    QList<fd::IndexEntry> entries;
    entries.reserve(genes.size());
    for (const fd::GeneRecord &gene : genes.genes())
        if (!gene.symbol.isEmpty())
            entries.append({gene.uid, gene.symbol, gene.synonyms, {}});
    return entries;
}

QString defaultGeneFile()
{
    QString shared = qEnvironmentVariable("FEATUREDESK_SHARED_DATA");
    if (shared.isEmpty())
        shared = QStringLiteral(FEATUREDESK_SOURCE_DIR "/../shared/data");
    return shared + QStringLiteral("/genes/Homo_sapiens.gene_info.tsv");
}

std::unique_ptr<fd::Registry> importGenes(const QString &file, const QTemporaryDir &dir,
                                          QList<Figure> &figures)
{
    fd::Registry::OpenOptions options;
    options.createIfMissing = true;
    const auto location = fd::RegistryLocation::parse(dir.filePath(QStringLiteral("genes.sqlite")));
    fd::Result<std::unique_ptr<fd::Registry>> registry = fd::Registry::open(*location, options);
    if (!registry)
        fail(registry.error().message);
    Figure import {
        QStringLiteral("import_genes"),
        QStringLiteral("setup: import the human genes into a new SQLite registry (once)"),
        {},
        -1,
        -1};
    QElapsedTimer timer;
    timer.start();
    const fd::Result<fd::GeneImportReport> report
        = fd::GeneStore(**registry).importFile(file, fd::GeneStore::ImportOptions {});
    import.samplesMs.append(msSince(timer));
    if (!report)
        fail(report.error().message);
    import.rows = report->added;
    figures << import;
    return std::move(registry).value();
}

QJsonObject statusCounts(const fd::ValidationReport &report)
{
    QJsonObject counts;
    const QMap<fd::ValidationStatus, int> summary = report.summary();
    for (auto it = summary.cbegin(); it != summary.cend(); ++it)
        counts.insert(fd::validationStatusKey(it.key()), it.value());
    return counts;
}

// What each kind of value in the mix became: {"official": {"validated": 13950, ...}, ...}.
QJsonObject kindByStatus(const GeneValueMix &mix, const fd::ValidationReport &report)
{
    QHash<QString, QHash<QString, int>> table;
    for (int i = 0; i < mix.values().size(); ++i)
        ++table[GeneValueMix::kindName(mix.kind(i))]
               [fd::validationStatusKey(report.items.at(i).status)];
    QJsonObject json;
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        QJsonObject row;
        for (auto cell = it->cbegin(); cell != it->cend(); ++cell)
            row.insert(cell.key(), cell.value());
        json.insert(it.key(), row);
    }
    return json;
}

void writeValues(const QString &path, const GeneValueMix &mix, const fd::ValidationReport &report)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    QTextStream out(&file);
    out << "value\tkind\tstatus\n";
    for (int i = 0; i < mix.values().size(); ++i)
        out << mix.values().at(i) << '\t' << GeneValueMix::kindName(mix.kind(i)) << '\t'
            << fd::validationStatusKey(report.items.at(i).status) << '\n';
}

// Distinct values for the review, each repeated 1 to 8 times so that the Count column has
// something to sort.
QStringList withRepeats(const QStringList &values)
{
    QStringList column;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const int times = i % 5 == 0 ? 1 + int((i * 7919) % 8) : 1;
        for (int k = 0; k < times; ++k)
            column.append(values.at(i));
    }
    return column;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times gene-symbol validation and the curation review view."));
    parser.addHelpOption();
    const QCommandLineOption fileOption(
        QStringLiteral("file"), QStringLiteral("Gene table (default: the shared human genes)."),
        QStringLiteral("path"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Repeats (default 5)."),
                                          QStringLiteral("r"), QStringLiteral("5"));
    const QCommandLineOption valuesOption(QStringLiteral("values"),
                                          QStringLiteral("Values to validate (default 20000)."),
                                          QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Rows of the review view (default 60000)."),
                                        QStringLiteral("n"), QStringLiteral("60000"));
    const QCommandLineOption noViewOption(QStringLiteral("no-view"),
                                          QStringLiteral("Skip the review view."));
    const QCommandLineOption writeOption(
        QStringLiteral("write-values"),
        QStringLiteral("Write the values, their kind and status as TSV."), QStringLiteral("path"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({fileOption, repeatOption, valuesOption, rowsOption, noViewOption,
                       writeOption, jsonOption});
    parser.process(app);

    const QString file = parser.isSet(fileOption) ? parser.value(fileOption) : defaultGeneFile();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const int valueCount = std::max(1, parser.value(valuesOption).toInt());
    const int rowCount = std::max(1, parser.value(rowsOption).toInt());
    const auto field = fd::Validator::Field::GeneSymbol;
    const QString organism = QStringLiteral("human");

    QTemporaryDir dir;
    QList<Figure> figures;
    std::fprintf(stderr, "bench_validation: %s, %d repeats\n", qPrintable(file), repeat);
    const std::unique_ptr<fd::Registry> registry = importGenes(file, dir, figures);

    // (a) The index: what validation needs before the first value can be checked.
    fd::NameIndex index;
    figures << measure(
        QStringLiteral("index_load"), QStringLiteral("IndexLoader::load(gene.symbol, human)"),
        repeat, [&](Figure &f) {
            QElapsedTimer timer;
            timer.start();
            fd::Result<fd::NameIndex> loaded = fd::IndexLoader::load(*registry, field, organism);
            const double ms = msSince(timer);
            if (!loaded)
                fail(loaded.error().message);
            index = std::move(loaded).value();
            f.rows = index.size();
            return ms;
        });
    fd::GeneIndex genes;
    figures << measure(
        QStringLiteral("index_load_genes"),
        QStringLiteral("  (not part of it) GeneIndex::build, the Genes view's index"), repeat,
        [&](Figure &f) {
            QElapsedTimer timer;
            timer.start();
            fd::Result<fd::GeneIndex> built = fd::GeneIndex::build(*registry, organism);
            const double ms = msSince(timer);
            if (!built)
                fail(built.error().message);
            genes = std::move(built).value();
            f.rows = genes.size();
            return ms;
        });
    const QList<fd::IndexEntry> entries = symbolEntries(genes);
    figures << measure(
        QStringLiteral("index_load_names"),
        QStringLiteral("  NameIndex from its entries alone (hashes, trigrams, deletions)"), repeat,
        [&](Figure &f) {
            QList<fd::IndexEntry> copy = entries;
            QElapsedTimer timer;
            timer.start();
            const fd::NameIndex names(std::move(copy), true);
            const double ms = msSince(timer);
            f.rows = names.size();
            return ms;
        });
    genes = {};

    // (b) Validating a column of symbols.
    const GeneValueMix mix = GeneValueMix::draw(index, valueCount);
    const fd::Validator validator(index, field);
    fd::ValidationReport report;
    figures << measure(QStringLiteral("validate"),
                       QStringLiteral("Validator::validate(%L1 symbols)").arg(mix.values().size()),
                       repeat, [&](Figure &f) {
                           QElapsedTimer timer;
                           timer.start();
                           fd::ValidationReport fresh = validator.validate(mix.values());
                           const double ms = msSince(timer);
                           f.rows = fresh.items.size();
                           report = std::move(fresh); // frees the last round's report, untimed
                           return ms;
                       });
    QStringList found;
    QStringList notValidated;
    for (const fd::ValidationItem &item : std::as_const(report.items))
        (item.status == fd::ValidationStatus::NotValidated ? notValidated : found)
            .append(item.value);
    const auto validateShare
        = [&](const QString &id, const QString &label, const QStringList &values) {
              return measure(id, label.arg(values.size()), repeat, [&](Figure &f) {
                  QElapsedTimer timer;
                  timer.start();
                  const fd::ValidationReport share = validator.validate(values);
                  const double ms = msSince(timer);
                  f.rows = share.items.size();
                  return ms;
              });
          };
    figures << validateShare(
        QStringLiteral("validate_found"),
        QStringLiteral("  the %L1 found (validated, standardizable, ambiguous)"), found)
            << validateShare(QStringLiteral("validate_not_validated"),
                             QStringLiteral("  the %L1 not validated (with did-you-mean)"),
                             notValidated);
    figures << measure(
        QStringLiteral("split_find"),
        QStringLiteral("  split: NameIndex::find of all %L1").arg(mix.values().size()), repeat,
        [&](Figure &f) {
            QElapsedTimer timer;
            timer.start();
            qint64 named = 0;
            for (const QString &value : mix.values())
                named += index.find(value).match != fd::NameIndex::Match::None;
            f.rows = named;
            return msSince(timer);
        });
    figures << measure(QStringLiteral("split_suggest"),
                       QStringLiteral("  split: Similarity::suggest of the %L1 not validated")
                           .arg(notValidated.size()),
                       repeat, [&](Figure &f) {
                           QElapsedTimer timer;
                           timer.start();
                           qint64 suggested = 0;
                           for (const QString &value : std::as_const(notValidated))
                               suggested += !index.similarity().suggest(value, 3).isEmpty();
                           f.rows = suggested;
                           return msSince(timer);
                       });
    // How good the suggestions are, not only how fast: a typo (two neighbouring letters
    // swapped) should be answered with a name one swap away, best first.
    {
        int typos = 0;
        int firstHit = 0;
        int anyHit = 0;
        for (int i = 0; i < mix.values().size(); ++i) {
            if (mix.kind(i) != GeneValueMix::Kind::Typo)
                continue;
            ++typos;
            const QList<fd::Similarity::Suggestion> suggestions
                = index.similarity().suggest(mix.values().at(i), 3);
            for (int s = 0; s < suggestions.size(); ++s) {
                const QString &name = suggestions.at(s).name;
                const qsizetype longer = std::max(name.size(), mix.values().at(i).size());
                if (fd::Similarity::ratio(name, mix.values().at(i))
                    >= 1.0 - 1.0 / double(longer) - 1e-9) {
                    ++anyHit;
                    firstHit += s == 0;
                    break;
                }
            }
        }
        std::fprintf(stderr,
                     "  typos answered by a name one edit away: %d of %d (best first: %d)\n",
                     anyHit, typos, firstHit);
    }
    if (parser.isSet(writeOption))
        writeValues(parser.value(writeOption), mix, report);

    // (c) The review of a large validation.
    double worstMs = -1;
    QString worstStep;
    QJsonObject viewStatuses;
    if (!parser.isSet(noViewOption)) {
        const GeneValueMix reviewMix = GeneValueMix::draw(index, rowCount, 60);
        const QStringList column = withRepeats(reviewMix.values());
        Figure validateColumn {
            QStringLiteral("validate_review_column"),
            QStringLiteral("setup: validate the review's column (%L1 values, %L2 distinct)")
                .arg(column.size())
                .arg(reviewMix.values().size()),
            {},
            -1,
            -1};
        QElapsedTimer timer;
        timer.start();
        const fd::ValidationReport reviewReport = validator.validate(column);
        validateColumn.samplesMs.append(msSince(timer));
        validateColumn.rows = reviewReport.items.size();
        figures << validateColumn;
        viewStatuses = statusCounts(reviewReport);
        std::fprintf(stderr, "  review view, %lld rows:\n", qint64(reviewReport.items.size()));
        fd::bench::ReviewViewBench view(reviewReport, {repeat, QStringLiteral("TP5"), {1280, 800}});
        figures << view.run();
        worstMs = view.worstStepMs();
        worstStep = view.worstStep();
    }

    QJsonObject mixCounts;
    for (int k = 0; k < GeneValueMix::KindCount; ++k)
        mixCounts.insert(GeneValueMix::kindName(GeneValueMix::Kind(k)),
                         mix.count(GeneValueMix::Kind(k)));
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Figure &figure : std::as_const(figures))
            array.append(figure.toJson());
        const QJsonObject json {
            {QStringLiteral("file"), file},
            {QStringLiteral("repeat"), repeat},
            {QStringLiteral("genes"), index.size()},
            {QStringLiteral("mix"), mixCounts},
            {QStringLiteral("statuses"), statusCounts(report)},
            {QStringLiteral("kind_by_status"), kindByStatus(mix, report)},
            {QStringLiteral("review_statuses"), viewStatuses},
            {QStringLiteral("worst_view_step_ms"), worstMs},
            {QStringLiteral("worst_view_step"), worstStep},
            {QStringLiteral("figures"), array},
        };
        std::printf("%s", QJsonDocument(json).toJson().constData());
        return 0;
    }
    std::printf("%-70s %10s %10s %10s %8s %8s\n", "figure", "median ms", "min ms", "max ms", "rows",
                "total");
    for (const Figure &figure : std::as_const(figures))
        std::printf("%-70s %10.2f %10.2f %10.2f %8lld %8lld\n", qPrintable(figure.label),
                    figure.medianMs(), figure.minMs(), figure.maxMs(), figure.rows, figure.total);
    std::printf(
        "\nmix: %s\nstatuses: %s\nkind -> status: %s\n",
        QJsonDocument(mixCounts).toJson(QJsonDocument::Compact).constData(),
        QJsonDocument(statusCounts(report)).toJson(QJsonDocument::Compact).constData(),
        QJsonDocument(kindByStatus(mix, report)).toJson(QJsonDocument::Compact).constData());
    if (worstMs >= 0)
        std::printf("review view: worst single step %.1f ms (%s)\n", worstMs,
                    qPrintable(worstStep));
    return 0;
}
