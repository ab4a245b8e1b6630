// bench_artifacts: feature sets and artifacts at scale (issue 7, "Feature sets and artifacts"): a
// 20,000-gene set, a million artifacts linked to it, the views on them and the registry's size.
// Not a test: run it by hand or through scripts/bench/artifacts.sh; BENCHMARKS.md has the method
// and the figures.
//
//   bench_artifacts [--registry LOCATION] [--artifacts N] [--repeat R] [--json] [--explain]
//                   [--genes FILE] [--panel N] [--per-feature-rows N]

#include "ArtifactLinkBench.h"
#include "ArtifactViewBench.h"
#include "BenchFigure.h"
#include "BenchRegistryFiller.h"
#include "BenchRounds.h"
#include "BenchStorage.h"

#include "model/db/Registry.h"
#include "model/db/RegistryLocation.h"
#include "model/db/SqlErrors.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

using fd::bench::Figure;

struct Settings
{
    QString location; // empty: a fresh SQLite file in a temporary folder
    QString genes;
    qint64 artifacts = 1'000'000;
    int panel = 20'000;
    qint64 perFeatureRows = 10'000'000;
    double capSeconds = 30;
    double linkCapSeconds = 120;
    int repeat = 3;
    bool json = false;
    bool explain = false;
};

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_artifacts: %s\n", qPrintable(message));
    return 1;
}

bool parseSettings(const QCoreApplication &app, Settings *settings, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times FeatureDesk's feature sets and artifacts (issue 7): creating a 20,000-gene set, "
        "linking a million artifacts to it, the views on them, and the registry's size."));
    parser.addHelpOption();
    const QCommandLineOption registry(
        QStringLiteral("registry"),
        QStringLiteral("SQLite file (must not exist yet) or postgresql://user@host:port/database "
                       "(empty or missing). Default: a fresh file in a temporary folder."),
        QStringLiteral("location"));
    const QCommandLineOption artifacts(QStringLiteral("artifacts"),
                                       QStringLiteral("Artifacts (default 1000000)."),
                                       QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
                                    QStringLiteral("Measured repeats per figure (default 3)."),
                                    QStringLiteral("r"), QStringLiteral("3"));
    const QCommandLineOption genes(
        QStringLiteral("genes"),
        QStringLiteral(
            "Gene file to import (default: ../shared/data/genes/Homo_sapiens.gene_info.tsv, "
            "or $FEATUREDESK_SHARED_DATA/genes/...)."),
        QStringLiteral("file"));
    const QCommandLineOption panel(QStringLiteral("panel"),
                                   QStringLiteral("Genes in the set (default 20000)."),
                                   QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption perFeature(
        QStringLiteral("per-feature-rows"),
        QStringLiteral("Rows of the per-feature link table measured for the extrapolation "
                       "(default 10000000; 0 skips it)."),
        QStringLiteral("n"), QStringLiteral("10000000"));
    const QCommandLineOption cap(
        QStringLiteral("cap-seconds"),
        QStringLiteral("Stop a relation query still running after this many seconds (default 30); "
                       "its figure is then a lower bound."),
        QStringLiteral("s"), QStringLiteral("30"));
    const QCommandLineOption linkCap(
        QStringLiteral("link-cap-seconds"),
        QStringLiteral("PostgreSQL: stop an attach or detach planned on stale statistics after "
                       "this many seconds (default 120)."),
        QStringLiteral("s"), QStringLiteral("120"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print a JSON object with every figure on stdout; "
                                                 "the table goes to stderr."));
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     QStringLiteral("Query plans of the relation queries on stderr "
                                                    "(PostgreSQL: EXPLAIN ANALYZE)."));
    parser.addOptions(
        {registry, artifacts, repeat, genes, panel, perFeature, cap, linkCap, json, explain});
    parser.process(app);

    bool ok = true;
    settings->location = parser.value(registry);
    settings->artifacts = parser.value(artifacts).toLongLong(&ok);
    if (!ok || settings->artifacts < 1000) {
        *error = QStringLiteral("--artifacts needs a number of at least 1000.");
        return false;
    }
    settings->repeat = parser.value(repeat).toInt(&ok);
    if (!ok || settings->repeat < 1) {
        *error = QStringLiteral("--repeat needs a positive number.");
        return false;
    }
    settings->panel = parser.value(panel).toInt(&ok);
    if (!ok || settings->panel < 1000) {
        *error = QStringLiteral("--panel needs a number of at least 1000.");
        return false;
    }
    settings->perFeatureRows = parser.value(perFeature).toLongLong(&ok);
    if (!ok || settings->perFeatureRows < 0) {
        *error = QStringLiteral("--per-feature-rows needs a number (0 to skip).");
        return false;
    }
    settings->capSeconds = parser.value(cap).toDouble(&ok);
    if (!ok || settings->capSeconds <= 0) {
        *error = QStringLiteral("--cap-seconds needs a positive number.");
        return false;
    }
    settings->linkCapSeconds = parser.value(linkCap).toDouble(&ok);
    if (!ok || settings->linkCapSeconds <= 0) {
        *error = QStringLiteral("--link-cap-seconds needs a positive number.");
        return false;
    }
    settings->genes = parser.value(genes);
    if (settings->genes.isEmpty()) {
        QString shared = qEnvironmentVariable("FEATUREDESK_SHARED_DATA");
        if (shared.isEmpty())
            shared = QStringLiteral(FEATUREDESK_SOURCE_DIR "/../shared/data");
        settings->genes = shared + QStringLiteral("/genes/Homo_sapiens.gene_info.tsv");
    }
    settings->json = parser.isSet(json);
    settings->explain = parser.isSet(explain);
    return true;
}

fd::Result<QStringList> artifactUids(fd::Registry &registry)
{
    QSqlQuery query(registry.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT uid FROM fd_artifact ORDER BY id")))
        return fd::sqlError(query, QStringLiteral("read the artifact uids"));
    QStringList uids;
    while (query.next())
        uids.append(query.value(0).toString());
    return uids;
}

QString mib(qint64 bytes)
{
    return bytes < 0 ? QStringLiteral("-")
                     : QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

void printSizes(QTextStream &out, const QString &when, const fd::bench::StorageSizes &sizes)
{
    out << when << ":";
    if (sizes.file >= 0)
        out << " file " << mib(sizes.file) << " + WAL " << mib(sizes.wal) << " as found; "
            << mib(sizes.fileAfterCheckpoint) << " after checkpoint;";
    if (sizes.database >= 0)
        out << " database " << mib(sizes.database) << ';';
    out << " fd_artifact_feature_set with indexes " << mib(sizes.linkTableBytes) << '\n';
}

void printFigures(QTextStream &out, const QList<Figure> &figures)
{
    const QLocale c = QLocale::c();
    QLocale grouped = QLocale::c();
    grouped.setNumberOptions({});
    const auto number = [&grouped](qint64 value) {
        return value < 0 ? QStringLiteral("-") : grouped.toString(value);
    };
    out << QStringLiteral("Measurement").leftJustified(64)
        << QStringLiteral("median").rightJustified(10) << QStringLiteral("min").rightJustified(10)
        << QStringLiteral("max").rightJustified(10) << QStringLiteral("rows").rightJustified(10)
        << QStringLiteral("total").rightJustified(11) << '\n';
    for (const Figure &figure : figures)
        out << "  " << figure.label.leftJustified(62)
            << c.toString(figure.medianMs(), 'f', 1).rightJustified(10)
            << c.toString(figure.minMs(), 'f', 1).rightJustified(10)
            << c.toString(figure.maxMs(), 'f', 1).rightJustified(10)
            << number(figure.rows).rightJustified(10) << number(figure.total).rightJustified(11)
            << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_artifacts"));
    Settings settings;
    QString error;
    if (!parseSettings(app, &settings, &error))
        return fail(error);

    QTemporaryDir temporary;
    if (!temporary.isValid())
        return fail(
            QStringLiteral("cannot make a temporary folder: %1").arg(temporary.errorString()));
    if (settings.location.isEmpty())
        settings.location = temporary.filePath(QStringLiteral("registry.sqlite"));
    const fd::Result<fd::RegistryLocation> location
        = fd::RegistryLocation::parse(settings.location);
    if (!location)
        return fail(location.error().message);
    if (location->isSqlite() && QFileInfo::exists(location->filePath()))
        return fail(QStringLiteral("%1 exists; give a new file.").arg(location->filePath()));
    // The per-feature link table goes beside an SQLite registry (same disk), else to /tmp.
    const QString scratchDir
        = location->isSqlite() ? QFileInfo(location->filePath()).absolutePath() : temporary.path();

    fd::Registry::OpenOptions create;
    create.createIfMissing = true;
    std::unique_ptr<fd::Registry> registry;
    {
        fd::Result<std::unique_ptr<fd::Registry>> opened = fd::Registry::open(*location, create);
        if (!opened)
            return fail(opened.error().message);
        registry = std::move(opened).value();
    }
    {
        const fd::Result<fd::Registry::Counts> counts = registry->counts();
        if (!counts)
            return fail(counts.error().message);
        if (counts->artifacts || counts->genes || counts->featureSets || counts->features)
            return fail(QStringLiteral("%1 already holds records; give an empty database.")
                            .arg(location->displayText()));
    }
    const bool postgres = registry->dialect().isPostgres();
    QJsonObject info {
        {QStringLiteral("backend"),
         postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite")},
        {QStringLiteral("server_version"), fd::bench::serverVersion(*registry)},
        {QStringLiteral("qt_version"), QString::fromLatin1(qVersion())},
        {QStringLiteral("location"), location->displayText()},
        {QStringLiteral("artifacts"), settings.artifacts},
        {QStringLiteral("panel_genes"), settings.panel},
        {QStringLiteral("repeat"), settings.repeat},
        {QStringLiteral("cap_s"), settings.capSeconds},
        {QStringLiteral("gene_file"), settings.genes},
    };
    QJsonObject setup; // set-up steps, timed once, not figures
    QList<Figure> figures;
    fd::bench::StorageSizes beforeLinks;
    fd::bench::StorageSizes afterFirstLink;
    fd::bench::StorageSizes afterAll;
    QString panelSetUid;
    QString smallSetUid;
    qint64 smallSetUsers = 0;
    QString firstArtifact;
    QStringList stoppedLinks;

    {
        std::fprintf(stderr, "Genes and the set (%s)\n", qPrintable(location->displayText()));
        fd::bench::ArtifactLinkBench link(*registry,
                                          {settings.panel, 1'000, 1'000, settings.repeat});
        const fd::Result<double> imported = link.importGenes(settings.genes);
        if (!imported)
            return fail(imported.error().message);
        setup.insert(QStringLiteral("gene_import_ms"), *imported);
        if (fd::Status ok = link.choosePanel(); !ok)
            return fail(ok.error().message);
        if (fd::Status ok = link.measureSetCreation(figures); !ok)
            return fail(ok.error().message);

        std::fprintf(stderr, "Filling %lld artifacts (no links)\n", settings.artifacts);
        fd::bench::RegistryFiller filler(*registry, {settings.artifacts, 0, 5'000, false});
        const fd::Result<fd::bench::RegistryFiller::Timings> filled = filler.fill();
        if (!filled)
            return fail(filled.error().message);
        setup.insert(QStringLiteral("fill_artifacts_ms"), filled->artifactsMs + filled->linksMs);
        setup.insert(QStringLiteral("fill_analyze_ms"), filled->analyzeMs);
        const fd::Result<fd::bench::StorageSizes> before
            = fd::bench::measureStorage(*registry, true);
        if (!before)
            return fail(before.error().message);
        beforeLinks = *before;

        QElapsedTimer timer;
        timer.start();
        const fd::Result<QStringList> uids = artifactUids(*registry);
        if (!uids)
            return fail(uids.error().message);
        setup.insert(QStringLiteral("read_artifact_uids_ms"), fd::bench::msSince(timer));
        firstArtifact = uids->constFirst();

        std::fprintf(stderr, "Linking (warm-up round, then %d)\n", settings.repeat);
        const fd::Status linked = link.measureLinking(figures, *uids, [&]() -> fd::Status {
            const fd::Result<fd::bench::StorageSizes> sizes
                = fd::bench::measureStorage(*registry, true);
            if (!sizes)
                return sizes.error();
            afterFirstLink = *sizes;
            return {};
        });
        if (!linked)
            return fail(linked.error().message);
        setup.insert(QStringLiteral("final_attach_ms"), link.finalAttachMs());
        if (postgres) {
            std::fprintf(stderr, "Attach and detach on stale statistics (stopped after %.0f s)\n",
                         settings.linkCapSeconds);
            const fd::Status stale = link.measureStaleStatistics(
                figures, *uids, settings.linkCapSeconds, &stoppedLinks);
            if (!stale)
                return fail(stale.error().message);
        }
        panelSetUid = link.panelSetUid();
        smallSetUid = link.smallSetUid();
        smallSetUsers = link.smallSetUsers();
    }
    if (postgres) {
        // The whole registry, as autovacuum would soon after a million rows changed.
        QElapsedTimer timer;
        timer.start();
        QSqlQuery analyze(registry->database());
        if (!analyze.exec(QStringLiteral("ANALYZE")))
            return fail(fd::sqlError(analyze, QStringLiteral("analyze")).message);
        setup.insert(QStringLiteral("analyze_after_links_ms"), fd::bench::msSince(timer));
    }
    {
        const fd::Result<fd::bench::StorageSizes> sizes
            = fd::bench::measureStorage(*registry, true);
        if (!sizes)
            return fail(sizes.error().message);
        afterAll = *sizes;
    }

    // The views as the application sees them: on a registry opened afresh.
    registry.reset();
    {
        fd::Result<std::unique_ptr<fd::Registry>> opened = fd::Registry::open(*location);
        if (!opened)
            return fail(opened.error().message);
        registry = std::move(opened).value();
    }
    const fd::bench::ArtifactViewBench::Options viewOptions {
        settings.artifacts, panelSetUid,     smallSetUid, smallSetUsers,
        firstArtifact,      settings.repeat, 40,          settings.capSeconds};
    fd::bench::ArtifactViewBench views(*registry, viewOptions);
    QStringList plans;
    if (settings.explain) {
        const fd::Result<QStringList> explained = views.explain();
        if (!explained)
            return fail(explained.error().message);
        plans = *explained;
        for (const QString &line : std::as_const(plans))
            std::fprintf(stderr, "%s\n", qPrintable(line));
    }
    std::fprintf(stderr, "Views (warm-up round, then %d)\n", settings.repeat);
    const fd::Result<QList<Figure>> viewed = views.run();
    if (!viewed)
        return fail(viewed.error().message);
    figures.append(*viewed);

    QList<fd::bench::LinkTableSample> perFeature;
    const double perFeatureTarget = double(settings.artifacts) * double(settings.panel);
    if (settings.perFeatureRows > 0) {
        std::fprintf(stderr, "Per-feature link table: %lld rows for real\n",
                     settings.perFeatureRows);
        const fd::Result<QList<fd::bench::LinkTableSample>> measured
            = fd::bench::measurePerFeatureLinks(*registry, scratchDir, settings.perFeatureRows,
                                                settings.panel);
        if (!measured)
            return fail(measured.error().message);
        perFeature = *measured;
    }

    QTextStream out(settings.json ? stderr : stdout);
    out << "\nFeatureDesk feature sets and artifacts on "
        << info.value(QStringLiteral("backend")).toString() << ' '
        << info.value(QStringLiteral("server_version")).toString() << " (Qt " << qVersion()
        << ")\n  " << location->displayText() << "\n  " << settings.artifacts << " artifacts, a "
        << settings.panel << "-gene set; median, min, max of " << settings.repeat
        << " after one warm-up (ms)\n\n";
    printFigures(out, figures);
    const QStringList stopped = stoppedLinks + views.stopped();
    if (!stopped.isEmpty())
        out << "[stopped]: still running at the cap (views " << settings.capSeconds
            << " s, attach/detach " << settings.linkCapSeconds
            << " s) and stopped; the figure is a lower bound.\n";
    out << '\n';
    printSizes(out, QStringLiteral("Before the links"), beforeLinks);
    printSizes(out, QStringLiteral("After the first attach"), afterFirstLink);
    printSizes(out, QStringLiteral("At the end (after attach/detach rounds)"), afterAll);
    for (const fd::bench::LinkTableSample &sample : std::as_const(perFeature))
        out << "Per-feature links, " << sample.variant << ": " << sample.rows << " rows in "
            << QString::number(sample.insertMs / 1000.0, 'f', 1) << " s, " << mib(sample.bytes)
            << ", " << QString::number(sample.bytesPerRow(), 'f', 1) << " B/row; extrapolated to "
            << QString::number(perFeatureTarget, 'g', 3)
            << " rows: " << QString::number(sample.bytesPerRow() * perFeatureTarget / 1e12, 'f', 2)
            << " TB, "
            << QString::number(perFeatureTarget / sample.rowsPerSecond() / 3600.0, 'f', 1)
            << " h\n";
    out.flush();

    if (settings.json) {
        QJsonObject result = info;
        result.insert(QStringLiteral("setup"), setup);
        result.insert(QStringLiteral("sizes"),
                      QJsonObject {{QStringLiteral("before_links"), beforeLinks.toJson()},
                                   {QStringLiteral("after_first_attach"), afterFirstLink.toJson()},
                                   {QStringLiteral("end"), afterAll.toJson()}});
        QJsonArray perFeatureJson;
        for (const fd::bench::LinkTableSample &sample : std::as_const(perFeature))
            perFeatureJson.append(sample.toJson(perFeatureTarget));
        result.insert(QStringLiteral("per_feature_link_table"), perFeatureJson);
        QJsonArray list;
        for (const Figure &figure : std::as_const(figures))
            list.append(figure.toJson());
        result.insert(QStringLiteral("figures"), list);
        result.insert(QStringLiteral("plans"), QJsonArray::fromStringList(plans));
        result.insert(QStringLiteral("stopped"), QJsonArray::fromStringList(stopped));
        result.insert(QStringLiteral("link_cap_s"), settings.linkCapSeconds);
        QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    }
    return 0;
}
