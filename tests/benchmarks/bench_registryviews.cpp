// bench_registryviews: how fast the registry views are on a registry holding a million artifacts
// (issue "a million artifacts must open instantly"). Not a test: run it by hand or through
// scripts/bench/registry-views.sh; BENCHMARKS.md has the method and the figures.
//
//   bench_registryviews [--registry LOCATION] [--artifacts N] [--repeat R] [--json] [--explain]
//                       [--reuse]

#include "BenchFigure.h"
#include "BenchRegistryFiller.h"
#include "ViewBench.h"

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

namespace {

using fd::bench::Figure;

struct Settings
{
    QString location; // empty: a fresh SQLite file in a temporary folder
    qint64 artifacts = 1'000'000;
    int features = 20'000;
    int repeat = 5;
    bool json = false;
    bool explain = false;
    bool reuse = false;
};

struct FileSizes
{
    qint64 database = -1;
    qint64 wal = -1;
};

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_registryviews: %s\n", qPrintable(message));
    return 1;
}

bool parseSettings(const QCoreApplication &app, Settings *settings, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times FeatureDesk's registry views (open, sort, filter, scroll) on a registry with a "
        "million artifacts."));
    parser.addHelpOption();
    const QCommandLineOption registry(
        QStringLiteral("registry"),
        QStringLiteral("SQLite file (must not exist yet) or postgresql://user@host:port/database "
                       "(empty or missing). Default: a fresh file in a temporary folder."),
        QStringLiteral("location"));
    const QCommandLineOption artifacts(QStringLiteral("artifacts"),
                                       QStringLiteral("Artifacts to insert (default 1000000)."),
                                       QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption features(QStringLiteral("features"),
                                      QStringLiteral("Features in the set (default 20000)."),
                                      QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
                                    QStringLiteral("Measured repeats per figure (default 5)."),
                                    QStringLiteral("r"), QStringLiteral("5"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print a JSON object with every figure on "
                                                 "stdout; the table goes to stderr."));
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     QStringLiteral("Print the query plans on stderr."));
    const QCommandLineOption reuse(
        QStringLiteral("reuse"),
        QStringLiteral("Measure an existing benchmark registry as it is instead of filling a "
                       "fresh one."));
    parser.addOptions({registry, artifacts, features, repeat, json, explain, reuse});
    parser.process(app);

    bool ok = true;
    settings->location = parser.value(registry);
    settings->artifacts = parser.value(artifacts).toLongLong(&ok);
    if (!ok || settings->artifacts < 1) {
        *error = QStringLiteral("--artifacts needs a positive number.");
        return false;
    }
    settings->features = parser.value(features).toInt(&ok);
    if (!ok || settings->features < 1) {
        *error = QStringLiteral("--features needs a positive number.");
        return false;
    }
    settings->repeat = parser.value(repeat).toInt(&ok);
    if (!ok || settings->repeat < 1) {
        *error = QStringLiteral("--repeat needs a positive number.");
        return false;
    }
    settings->json = parser.isSet(json);
    settings->explain = parser.isSet(explain);
    settings->reuse = parser.isSet(reuse);
    return true;
}

// Moves the WAL into the database file so that the file size is the registry's size.
fd::Result<FileSizes> checkpoint(fd::Registry &registry)
{
    if (!registry.location().isSqlite())
        return FileSizes {};
    QSqlQuery query(registry.database());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return fd::sqlError(query, QStringLiteral("checkpoint the registry"));
    query.finish();
    const QString path = registry.location().filePath();
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return FileSizes {QFileInfo(path).size(), wal.exists() ? wal.size() : 0};
}

fd::Result<qint64> featureSetInUse(fd::Registry &registry)
{
    QSqlQuery query(registry.database());
    if (!query.exec(QStringLiteral("SELECT feature_set_id FROM fd_artifact_feature_set LIMIT 1")))
        return fd::sqlError(query, QStringLiteral("find the benchmark's feature set"));
    return query.next() ? query.value(0).toLongLong() : qint64(-1);
}

QString megabytes(qint64 bytes)
{
    return bytes < 0 ? QStringLiteral("-")
                     : QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

void printTable(QTextStream &out, const QJsonObject &info,
                const fd::bench::RegistryFiller::Timings *fill, const FileSizes &sizes,
                const QList<Figure> &figures)
{
    const QLocale c = QLocale::c();
    QLocale grouped = QLocale::c();
    grouped.setNumberOptions({});
    const auto number = [&grouped](qint64 value) {
        return value < 0 ? QStringLiteral("-") : grouped.toString(value);
    };
    out << "FeatureDesk registry views on " << info.value(QStringLiteral("backend")).toString()
        << ' ' << info.value(QStringLiteral("server_version")).toString() << " (Qt "
        << info.value(QStringLiteral("qt_version")).toString() << ")\n"
        << "  " << info.value(QStringLiteral("location")).toString() << '\n'
        << "  " << number(info.value(QStringLiteral("artifacts")).toInteger()) << " artifacts, "
        << number(info.value(QStringLiteral("features")).toInteger())
        << " features in one set linked to every artifact; median and min of "
        << info.value(QStringLiteral("repeat")).toInt() << " repeats after one warm-up\n\n";
    if (fill) {
        out << "Filling the registry                                     ms\n";
        const std::pair<const char *, double> steps[] = {
            {"features (one transaction)", fill->featuresMs},
            {"feature set (FeatureSetStore::create)", fill->featureSetMs},
            {"artifacts (one transaction with the links)", fill->artifactsMs},
            {"artifact-feature set links (INSERT ... SELECT)", fill->linksMs},
            {"ANALYZE", fill->analyzeMs},
            {"total", fill->totalMs()},
        };
        for (const auto &[label, ms] : steps)
            if (ms > 0 || qstrcmp(label, "ANALYZE") != 0)
                out << "  " << QString::fromLatin1(label).leftJustified(50) << ' '
                    << c.toString(ms, 'f', 0).rightJustified(8) << '\n';
        out << '\n';
    }
    if (sizes.database >= 0)
        out << "SQLite file after checkpoint: " << megabytes(sizes.database) << " (+ "
            << megabytes(sizes.wal) << " WAL)\n\n";
    out << QStringLiteral("Measurement").leftJustified(54)
        << QStringLiteral("median ms").rightJustified(10)
        << QStringLiteral("min ms").rightJustified(10) << QStringLiteral("rows").rightJustified(8)
        << QStringLiteral("total").rightJustified(11) << '\n';
    for (const Figure &figure : figures)
        out << "  " << figure.label.leftJustified(52)
            << c.toString(figure.medianMs(), 'f', 1).rightJustified(10)
            << c.toString(figure.minMs(), 'f', 1).rightJustified(10)
            << number(figure.rows).rightJustified(8) << number(figure.total).rightJustified(11)
            << '\n';
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_registryviews"));
    Settings settings;
    QString error;
    if (!parseSettings(app, &settings, &error))
        return fail(error);

    QTemporaryDir temporary;
    if (settings.location.isEmpty()) {
        if (!temporary.isValid())
            return fail(
                QStringLiteral("cannot make a temporary folder: %1").arg(temporary.errorString()));
        settings.location = temporary.filePath(QStringLiteral("registry.sqlite"));
    }
    const fd::Result<fd::RegistryLocation> location
        = fd::RegistryLocation::parse(settings.location);
    if (!location)
        return fail(location.error().message);
    if (location->isSqlite() && QFileInfo::exists(location->filePath()) && !settings.reuse)
        return fail(QStringLiteral("%1 exists; give a new file, or --reuse to measure it as it is.")
                        .arg(location->filePath()));

    fd::Registry::OpenOptions create;
    create.createIfMissing = true;
    std::unique_ptr<fd::Registry> registry;
    {
        fd::Result<std::unique_ptr<fd::Registry>> opened = fd::Registry::open(*location, create);
        if (!opened)
            return fail(opened.error().message);
        registry = std::move(opened).value();
    }
    const fd::Result<fd::Registry::Counts> before = registry->counts();
    if (!before)
        return fail(before.error().message);

    std::optional<fd::bench::RegistryFiller::Timings> fill;
    if (before->artifacts == 0 && before->features == 0) {
        std::fprintf(stderr, "Filling %s\n", qPrintable(location->displayText()));
        fd::bench::RegistryFiller filler(
            *registry,
            fd::bench::RegistryFiller::Options {settings.artifacts, settings.features, 5'000});
        const fd::Result<fd::bench::RegistryFiller::Timings> filled = filler.fill();
        if (!filled)
            return fail(filled.error().message);
        fill = *filled;
    } else if (!settings.reuse) {
        return fail(QStringLiteral("%1 already holds records; give an empty database, or --reuse.")
                        .arg(location->displayText()));
    }
    const fd::Result<FileSizes> sizes = checkpoint(*registry);
    if (!sizes)
        return fail(sizes.error().message);

    // Measure as the application would: on a registry opened afresh, not on the connection that
    // filled it (whose page cache holds what it last wrote).
    registry.reset();
    Figure openRegistry {QStringLiteral("registry_open"),
                         QStringLiteral("open the registry (Registry::open)"),
                         {},
                         -1,
                         -1};
    for (int round = 0; round <= settings.repeat; ++round) {
        registry.reset();
        QElapsedTimer timer;
        timer.start();
        fd::Result<std::unique_ptr<fd::Registry>> opened = fd::Registry::open(*location);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!opened)
            return fail(opened.error().message);
        registry = std::move(opened).value();
        if (round > 0)
            openRegistry.samplesMs.append(ms);
    }
    const fd::Result<fd::Registry::Counts> counts = registry->counts();
    if (!counts)
        return fail(counts.error().message);
    const fd::Result<qint64> setId = featureSetInUse(*registry);
    if (!setId)
        return fail(setId.error().message);

    QJsonObject info {
        {QStringLiteral("backend"),
         registry->dialect().isPostgres() ? QStringLiteral("PostgreSQL")
                                          : QStringLiteral("SQLite")},
        {QStringLiteral("server_version"), fd::bench::serverVersion(*registry)},
        {QStringLiteral("qt_version"), QString::fromLatin1(qVersion())},
        {QStringLiteral("location"), location->displayText()},
        {QStringLiteral("artifacts"), counts->artifacts},
        {QStringLiteral("features"), counts->features},
        {QStringLiteral("repeat"), settings.repeat},
        {QStringLiteral("filter_words"),
         QJsonObject {
             {QStringLiteral("one"), fd::bench::RegistryFiller::wordMatchingOne(counts->artifacts)},
             {QStringLiteral("ten_percent"), fd::bench::RegistryFiller::wordMatchingTenPercent()}}},
    };

    if (settings.explain) {
        const fd::Result<QStringList> plans
            = fd::bench::ViewBench(*registry, {counts->artifacts, *setId, 1}).explain();
        if (!plans)
            return fail(plans.error().message);
        for (const QString &line : *plans)
            std::fprintf(stderr, "%s\n", qPrintable(line));
        std::fprintf(stderr, "\n");
    }

    std::fprintf(stderr, "Measuring (median of %d)\n", settings.repeat);
    fd::bench::ViewBench bench(*registry, {counts->artifacts, *setId, settings.repeat});
    fd::Result<QList<Figure>> measured = bench.run();
    if (!measured)
        return fail(measured.error().message);
    QList<Figure> figures = *measured;
    figures.prepend(openRegistry);

    QTextStream tableOut(settings.json ? stderr : stdout);
    tableOut << '\n';
    printTable(tableOut, info, fill ? &*fill : nullptr, *sizes, figures);

    if (settings.json) {
        QJsonObject result = info;
        if (fill) {
            result.insert(QStringLiteral("insert_ms"),
                          QJsonObject {{QStringLiteral("features"), fill->featuresMs},
                                       {QStringLiteral("feature_set"), fill->featureSetMs},
                                       {QStringLiteral("artifacts"), fill->artifactsMs},
                                       {QStringLiteral("links"), fill->linksMs},
                                       {QStringLiteral("analyze"), fill->analyzeMs},
                                       {QStringLiteral("total"), fill->totalMs()}});
        }
        if (sizes->database >= 0)
            result.insert(QStringLiteral("file_bytes"),
                          QJsonObject {{QStringLiteral("database"), sizes->database},
                                       {QStringLiteral("wal"), sizes->wal}});
        QJsonArray list;
        for (const Figure &figure : std::as_const(figures))
            list.append(figure.toJson());
        result.insert(QStringLiteral("figures"), list);
        QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    }
    return 0;
}
