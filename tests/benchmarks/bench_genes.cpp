// bench_genes: the gene import and gene look-ups on the 77,614 human genes of ../shared/data
// (issue "Registry ▸ Import genes…"), or another gene file (--file: the 78,317 mouse genes of
// GENCODE M37, issue 23). Not a test: run it by hand or through scripts/bench/genes.sh;
// BENCHMARKS.md has the method and the figures.
//
//   bench_genes [--file PATH] [--pg postgresql://user@host:port] [--repeat R] [--json]

#include "model/db/Registry.h"
#include "model/db/RegistryLocation.h"
#include "model/db/SqlErrors.h"
#include "model/genes/GeneFileReader.h"
#include "model/genes/GeneIndex.h"
#include "model/genes/GeneStore.h"
#include "model/genes/OrganismStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

struct Figure
{
    QString id;
    QString label;
    QList<double> samplesMs;
    qint64 rows = -1; // what the measured step produced, so a figure that "got faster" by doing
                      // nothing shows

    double median() const
    {
        QList<double> sorted = samplesMs;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.isEmpty())
            return -1;
        const qsizetype n = sorted.size();
        return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
    }
    double max() const
    {
        return samplesMs.isEmpty() ? -1 : *std::max_element(samplesMs.begin(), samplesMs.end());
    }
    QJsonObject toJson() const
    {
        QJsonArray samples;
        for (const double s : samplesMs)
            samples.append(s);
        return QJsonObject {{QStringLiteral("id"), id},
                            {QStringLiteral("label"), label},
                            {QStringLiteral("median_ms"), median()},
                            {QStringLiteral("max_ms"), max()},
                            {QStringLiteral("rows"), rows},
                            {QStringLiteral("samples_ms"), samples}};
    }
};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void fail(const QString &message)
{
    std::fprintf(stderr, "bench_genes: %s\n", qPrintable(message));
    std::exit(1);
}

bool pgAdmin(const QString &server, const QString &sql)
{
    const QUrl url(server);
    bool ok = false;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(QStringLiteral("postgres"));
        if (db.open())
            ok = QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    return ok;
}

std::unique_ptr<fd::Registry> openFresh(const QString &backend, const QString &pgServer,
                                        const QTemporaryDir &dir, int counter)
{
    QString location;
    if (backend == QLatin1StringView("sqlite")) {
        location = dir.filePath(QStringLiteral("genes-%1.sqlite").arg(counter));
    } else {
        const QString database
            = QStringLiteral("fd_bench_genes_%1").arg(QCoreApplication::applicationPid());
        pgAdmin(pgServer, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
        if (!pgAdmin(pgServer, QStringLiteral("CREATE DATABASE %1").arg(database)))
            fail(QStringLiteral("cannot create the database %1 on %2").arg(database, pgServer));
        location = pgServer + QLatin1Char('/') + database;
    }
    fd::Registry::OpenOptions options;
    options.createIfMissing = true;
    fd::Result<std::unique_ptr<fd::Registry>> registry
        = fd::Registry::open(*fd::RegistryLocation::parse(location), options);
    if (!registry)
        fail(registry.error().message);
    return std::move(registry).value();
}

// The import, fresh and again, with the time of each stage.
void benchImport(const QString &backend, const QString &pgServer, const QString &file, int repeat,
                 const QTemporaryDir &dir, QList<Figure> &figures,
                 std::unique_ptr<fd::Registry> &kept, qint64 batchRows = 0,
                 const QString &suffix = {})
{
    using fd::GeneStore;
    Figure total {backend + QStringLiteral("_import") + suffix,
                  QStringLiteral("%1: import into an empty registry%2").arg(backend, suffix),
                  {},
                  -1};
    Figure read {backend + QStringLiteral("_import_read") + suffix,
                 QStringLiteral("  reading the file"),
                 {},
                 -1};
    Figure match {backend + QStringLiteral("_import_match") + suffix,
                  QStringLiteral("  loading stored genes, matching"),
                  {},
                  -1};
    Figure write {backend + QStringLiteral("_import_write") + suffix,
                  QStringLiteral("  writing, commit"),
                  {},
                  -1};
    Figure again {backend + QStringLiteral("_reimport") + suffix,
                  QStringLiteral("%1: import the same file again (all unchanged)").arg(backend),
                  {},
                  -1};
    static int counter = 0;
    for (int r = 0; r < repeat; ++r) {
        std::unique_ptr<fd::Registry> registry = openFresh(backend, pgServer, dir, ++counter);
        QElapsedTimer timer;
        double stageStart[3] = {-1, -1, -1};
        const GeneStore::Progress progress = [&](GeneStore::Stage stage, qint64, qint64) {
            double &start = stageStart[int(stage)];
            if (start < 0)
                start = msSince(timer);
            return true;
        };
        GeneStore::ImportOptions options;
        options.batchRows = batchRows;
        timer.start();
        const fd::Result<fd::GeneImportReport> report
            = GeneStore(*registry).importFile(file, options, progress);
        const double end = msSince(timer);
        if (!report)
            fail(report.error().message);
        total.samplesMs.append(end);
        read.samplesMs.append(stageStart[1]);
        match.samplesMs.append(stageStart[2] - stageStart[1]);
        write.samplesMs.append(end - stageStart[2]);
        total.rows = report->added;

        timer.start();
        const fd::Result<fd::GeneImportReport> second
            = GeneStore(*registry).importFile(file, options);
        again.samplesMs.append(msSince(timer));
        if (!second)
            fail(second.error().message);
        again.rows = second->unchanged;
        kept = std::move(registry);
    }
    figures << total << read << match << write;
    if (suffix.isEmpty())
        figures << again;
}

void benchLookups(const QString &backend, fd::Registry &registry, const QString &organism,
                  int repeat, QList<Figure> &figures)
{
    Figure build {
        backend + QStringLiteral("_index_build"),
        QStringLiteral("%1: GeneIndex of the %2 genes from the registry").arg(backend, organism),
        {},
        -1};
    fd::GeneIndex index;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        fd::Result<fd::GeneIndex> built = fd::GeneIndex::build(registry, organism);
        build.samplesMs.append(msSince(timer));
        if (!built)
            fail(built.error().message);
        index = std::move(built).value();
        build.rows = index.size();
    }
    Figure load {backend + QStringLiteral("_index_load"),
                 QStringLiteral("  (compare: GeneStore::list, all columns, sorted)"),
                 {},
                 -1};
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        const auto genes = fd::GeneStore(registry).list(organism);
        load.samplesMs.append(msSince(timer));
        load.rows = genes ? genes->size() : -1;
    }
    figures << build << load;
    if (backend != QLatin1StringView("sqlite"))
        return;

    // Find-as-you-type: every prefix of a few words, as typed, 50 results per keystroke.
    Figure keystroke {QStringLiteral("search_keystroke"),
                      QStringLiteral("GeneIndex::search per keystroke (50 best)"),
                      {},
                      0};
    const QStringList words
        = {QStringLiteral("TP53"), QStringLiteral("brca2"), QStringLiteral("ENSG00000141510"),
           QStringLiteral("7157"), QStringLiteral("LOC1"),  QStringLiteral("HLA-DRB1"),
           QStringLiteral("a"),    QStringLiteral("mir"),   QStringLiteral("zz")};
    // The first allocation after the build's large frees pays glibc's malloc_consolidate (tens of
    // ms, once); a GUI builds the index long before the first keystroke, so it is taken here.
    Figure first {QStringLiteral("search_first"),
                  QStringLiteral("  first search after the build (once)"),
                  {},
                  0};
    {
        QElapsedTimer timer;
        timer.start();
        first.rows = index.search(u"a", 50).size();
        first.samplesMs.append(msSince(timer));
    }
    for (int r = 0; r < repeat; ++r) {
        for (const QString &word : words) {
            for (qsizetype n = 1; n <= word.size(); ++n) {
                QElapsedTimer timer;
                timer.start();
                const QList<fd::GeneIndex::Match> found
                    = index.search(QStringView(word).first(n), 50);
                const double ms = msSince(timer);
                keystroke.samplesMs.append(ms);
                keystroke.rows += found.size();
                if (ms > 5)
                    std::fprintf(stderr, "slow keystroke: '%s' %.1f ms\n",
                                 qPrintable(word.first(n)), ms);
            }
        }
    }
    figures << keystroke << first;

    // Validation: look up every symbol, synonym-free, of the index in lower case.
    Figure lookups {QStringLiteral("lookup_all"),
                    QStringLiteral("GeneIndex::lookup of all 77k symbols, lower-cased"),
                    {},
                    0};
    QStringList values;
    for (const fd::GeneRecord &gene : index.genes())
        values.append(gene.symbol.toLower());
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        qint64 named = 0;
        for (const QString &value : std::as_const(values))
            named += index.lookup(value).verdict != fd::GeneIndex::Verdict::NotValidated;
        lookups.samplesMs.append(msSince(timer));
        lookups.rows = named;
    }
    figures << lookups;

    Figure find {QStringLiteral("store_find"),
                 QStringLiteral("GeneStore::find (the CLI's SQL search)"),
                 {},
                 0};
    for (int r = 0; r < repeat; ++r) {
        for (const QString &text :
             {QStringLiteral("TP53"), QStringLiteral("p53"), QStringLiteral("ENSG00000141510")}) {
            QElapsedTimer timer;
            timer.start();
            const auto found = fd::GeneStore(registry).find(text, organism, 20);
            find.samplesMs.append(msSince(timer));
            if (!found)
                fail(found.error().message);
            find.rows += found->size();
        }
    }
    figures << find;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the gene import and gene look-ups."));
    parser.addHelpOption();
    const QCommandLineOption fileOption(
        QStringLiteral("file"), QStringLiteral("Gene table (default: the shared human genes)."),
        QStringLiteral("path"));
    const QCommandLineOption pgOption(
        QStringLiteral("pg"), QStringLiteral("PostgreSQL server, postgresql://user@host:port."),
        QStringLiteral("url"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Repeats (default 5)."),
                                          QStringLiteral("r"), QStringLiteral("5"));
    const QCommandLineOption batchesOption(
        QStringLiteral("pg-batches"),
        QStringLiteral("Also time these PostgreSQL batch sizes, comma-separated."),
        QStringLiteral("list"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({fileOption, pgOption, repeatOption, batchesOption, jsonOption});
    parser.process(app);

    QString file = parser.value(fileOption);
    if (file.isEmpty()) {
        QString shared = qEnvironmentVariable("FEATUREDESK_SHARED_DATA");
        if (shared.isEmpty())
            shared = QStringLiteral(FEATUREDESK_SOURCE_DIR "/../shared/data");
        file = shared + QStringLiteral("/genes/Homo_sapiens.gene_info.tsv");
    }
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    QTemporaryDir dir;
    QList<Figure> figures;
    QString organism;

    Figure parse {
        QStringLiteral("read_file"), QStringLiteral("GeneFileReader::read (parse only)"), {}, -1};
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        const fd::Result<fd::GeneFile> read = fd::GeneFileReader::read(file);
        parse.samplesMs.append(msSince(timer));
        if (!read)
            fail(read.error().message);
        parse.rows = read->genes.size();
        // The look-ups are timed on the file's organism (the human genes, or e.g. GENCODE mouse).
        const auto known = fd::OrganismStore::knownTaxon(read->taxa.value(0));
        if (!known)
            fail(QStringLiteral("%1: no built-in organism's genes").arg(file));
        organism = QString::fromLatin1(known->name);
    }
    figures << parse;

    std::unique_ptr<fd::Registry> registry;
    benchImport(QStringLiteral("sqlite"), {}, file, repeat, dir, figures, registry);
    benchLookups(QStringLiteral("sqlite"), *registry, organism, repeat, figures);
    registry.reset();

    const QString pg = parser.value(pgOption);
    if (!pg.isEmpty()) {
        benchImport(QStringLiteral("postgresql"), pg, file, repeat, dir, figures, registry);
        benchLookups(QStringLiteral("postgresql"), *registry, organism, repeat, figures);
        registry.reset();
        const QStringList batches
            = parser.value(batchesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &batch : batches) {
            benchImport(QStringLiteral("postgresql"), pg, file, repeat, dir, figures, registry,
                        batch.toLongLong(), QStringLiteral(" batch=%1").arg(batch));
            registry.reset();
        }
        pgAdmin(pg,
                QStringLiteral("DROP DATABASE IF EXISTS fd_bench_genes_%1 WITH (FORCE)")
                    .arg(QCoreApplication::applicationPid()));
    }

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Figure &figure : std::as_const(figures))
            array.append(figure.toJson());
        std::printf(
            "%s",
            QJsonDocument(QJsonObject {{QStringLiteral("figures"), array}}).toJson().constData());
    } else {
        std::printf("%-58s %12s %12s %10s\n", "figure", "median ms", "max ms", "rows");
        for (const Figure &figure : std::as_const(figures))
            std::printf("%-58s %12.2f %12.2f %10lld\n", qPrintable(figure.label), figure.median(),
                        figure.max(), figure.rows);
    }
    return 0;
}
