// bench_window: how long the real main window does not answer while it works (issue 22). Drives
// MainWindow offscreen through a scripted session on a registry of a million artifacts and, per
// action, reports the longest and the 99th-percentile stall of the GUI thread and how long until
// the result was complete. Not a test: run it by hand or through scripts/bench/window.sh;
// BENCHMARKS.md has the method and the figures.
//
//   bench_window [--registry LOCATION] [--artifacts N] [--reuse] [--label TEXT] [--json]
//                [--actions open,sort,filter,clear,scroll,attach,detach,review,apply,import]
//                [--import-genes FILE]

#include "BenchRegistryFiller.h"
#include "StallProbe.h"
#include "WindowScript.h"

#include "model/artifacts/ArtifactStore.h"
#include "model/db/Registry.h"
#include "model/db/RegistryLocation.h"
#include "model/db/SqlErrors.h"
#include "model/genes/GeneStore.h"
#include "model/sets/FeatureSetStore.h"
#include "ui/MainWindow.h"
#include "ui/RegistrySession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

const QStringList AllActions {
    QStringLiteral("open"),   QStringLiteral("sort"),   QStringLiteral("filter"),
    QStringLiteral("clear"),  QStringLiteral("scroll"), QStringLiteral("attach"),
    QStringLiteral("detach"), QStringLiteral("review"), QStringLiteral("apply"),
    QStringLiteral("import"),
};
const QString BenchSetName = QStringLiteral("bench_window: three features");
const QString BenchSlot = QStringLiteral("bench_window");

struct Settings
{
    QString location; // empty: the cached SQLite file
    qint64 artifacts = 1'000'000;
    bool reuse = false;
    QString label;
    bool json = false;
    QStringList actions = AllActions;
    QString genes; // the gene_info file imported before the review
    int panelGenes = 20'000;
    QString importGenes; // the gene file the "import" action imports
    QString filterWord = QStringLiteral("sample-05");
};

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_window: %s\n", qPrintable(message));
    return 1;
}

QString sharedDataFile(const QString &relative)
{
    const QString shared = qEnvironmentVariable("FEATUREDESK_SHARED_DATA");
    const QString data
        = shared.isEmpty() ? QStringLiteral(FEATUREDESK_SOURCE_DIR "/../shared/data") : shared;
    return QDir(data).filePath(relative);
}

bool parseSettings(const QApplication &app, Settings *settings, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Drives FeatureDesk's main window offscreen through a scripted session and "
                       "measures how long its GUI thread does not answer."));
    parser.addHelpOption();
    const QCommandLineOption registry(
        QStringLiteral("registry"),
        QStringLiteral("SQLite file or postgresql://user@host:port/database; filled when empty. "
                       "Default: a cached SQLite file in the temporary folder, filled once."),
        QStringLiteral("location"));
    const QCommandLineOption artifacts(QStringLiteral("artifacts"),
                                       QStringLiteral("Artifacts to fill (default 1000000)."),
                                       QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption reuse(
        QStringLiteral("reuse"),
        QStringLiteral("Measure a --registry that already holds records as it is."));
    const QCommandLineOption label(
        QStringLiteral("label"), QStringLiteral("Said in the report (e.g. \"PostgreSQL +50 ms\")."),
        QStringLiteral("text"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print the figures as JSON on stdout; the table "
                                                 "goes to stderr."));
    const QCommandLineOption actions(
        QStringLiteral("actions"),
        QStringLiteral("The actions to run, comma-separated, of: %1 (default all). The registry "
                       "is opened in any case.")
            .arg(AllActions.join(QLatin1Char(','))),
        QStringLiteral("list"));
    const QCommandLineOption genes(QStringLiteral("genes"),
                                   QStringLiteral("NCBI gene_info file imported for the review "
                                                  "(default: the shared human genes)."),
                                   QStringLiteral("file"));
    const QCommandLineOption importGenes(
        QStringLiteral("import-genes"),
        QStringLiteral("Gene file the import action imports through Registry > Import genes "
                       "(default: the shared GENCODE mouse genes, 78,317)."),
        QStringLiteral("file"));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    QStringLiteral("The word typed into the filter (default "
                                                   "sample-05, 10% of the artifacts)."),
                                    QStringLiteral("word"));
    parser.addOptions(
        {registry, artifacts, reuse, label, json, actions, genes, importGenes, filter});
    parser.process(app);

    bool ok = true;
    settings->location = parser.value(registry);
    settings->artifacts = parser.value(artifacts).toLongLong(&ok);
    if (!ok || settings->artifacts < 1) {
        *error = QStringLiteral("--artifacts needs a positive number.");
        return false;
    }
    settings->reuse = parser.isSet(reuse);
    settings->label = parser.value(label);
    settings->json = parser.isSet(json);
    if (parser.isSet(actions)) {
        settings->actions = parser.value(actions).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &action : std::as_const(settings->actions))
            if (!AllActions.contains(action)) {
                *error = QStringLiteral("unknown action %1; known: %2")
                             .arg(action, AllActions.join(QLatin1Char(',')));
                return false;
            }
    }
    settings->genes = parser.isSet(genes)
        ? parser.value(genes)
        : sharedDataFile(QStringLiteral("genes/Homo_sapiens.gene_info.tsv"));
    settings->importGenes = parser.isSet(importGenes)
        ? parser.value(importGenes)
        : sharedDataFile(QStringLiteral("genes/gencode/genes_mus_musculus.csv.gz"));
    if (parser.isSet(filter))
        settings->filterWord = parser.value(filter);
    return true;
}

fd::Result<QStringList> allArtifactUids(fd::Registry &registry)
{
    QSqlQuery query(registry.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT uid FROM fd_artifact ORDER BY id")))
        return fd::sqlError(query, QStringLiteral("read the artifacts' uids"));
    QStringList uids;
    while (query.next())
        uids.append(query.value(0).toString());
    return uids;
}

// A small set of the registry's own features, made once, that the session attaches and detaches.
fd::Result<QString> benchSet(fd::Registry &registry)
{
    QSqlQuery query(registry.database());
    query.prepare(QStringLiteral("SELECT uid FROM fd_feature_set WHERE name = ?"));
    query.addBindValue(BenchSetName);
    if (!query.exec())
        return fd::sqlError(query, QStringLiteral("find the benchmark's set"));
    if (query.next())
        return query.value(0).toString();
    if (!query.exec(QStringLiteral("SELECT uid FROM fd_feature ORDER BY id LIMIT 3")))
        return fd::sqlError(query, QStringLiteral("read three features"));
    QStringList members;
    while (query.next())
        members.append(query.value(0).toString());
    query.finish();
    const fd::Result<fd::FeatureSetStore::Created> created = fd::FeatureSetStore(registry).create(
        {BenchSetName, fd::MemberRegistry::Feature, members, {}, {}});
    if (!created)
        return created.error();
    return created->set.uid;
}

// What an interrupted run may have left: the set still attached under the benchmark's slot.
fd::Status clearSlot(fd::Registry &registry, const QStringList &uids)
{
    QSqlQuery query(registry.database());
    query.prepare(QStringLiteral("SELECT 1 FROM fd_artifact_feature_set WHERE slot = ? LIMIT 1"));
    query.addBindValue(BenchSlot);
    if (!query.exec())
        return fd::sqlError(query, QStringLiteral("look for the benchmark's slot"));
    const bool held = query.next();
    query.finish();
    return held ? fd::ArtifactStore(registry).detach(uids, BenchSlot) : fd::Status {};
}

// A wide sheet whose column names are the first genes' symbols, every tenth in lower case (so
// that accepting the standard names has something to decide), after a column named for this run
// (so that no curation saved by an earlier run is restored).
fd::Result<int> writePanel(const QString &genes, int count, const QString &path)
{
    QFile in(genes);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Text))
        return fd::Error {fd::Error::Code::Io, QStringLiteral("cannot read %1").arg(genes)};
    QStringList columns {QStringLiteral("run_%1").arg(QDateTime::currentMSecsSinceEpoch())};
    QSet<QString> seen;
    in.readLine(); // the header
    while (columns.size() <= count && !in.atEnd()) {
        const QList<QByteArray> fields = in.readLine().split('\t');
        if (fields.size() < 3)
            continue;
        const QString symbol = QString::fromUtf8(fields.at(2));
        if (symbol.contains(QLatin1Char(',')) || seen.contains(symbol.toUpper()))
            continue;
        seen.insert(symbol.toUpper());
        columns.append(seen.size() % 10 == 0 ? symbol.toLower() : symbol);
    }
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
        return fd::Error {fd::Error::Code::Io, QStringLiteral("cannot write %1").arg(path)};
    QStringList row;
    for (int column = 0; column < columns.size(); ++column)
        row.append(QString::number(column % 97));
    out.write(columns.join(QLatin1Char(',')).toUtf8() + '\n');
    out.write(row.join(QLatin1Char(',')).toUtf8() + '\n');
    return int(columns.size());
}

void printTable(QTextStream &out, const QJsonObject &info,
                const QList<fd::bench::WindowAction> &actions)
{
    out << "FeatureDesk's window on " << info.value(QStringLiteral("backend")).toString() << ' '
        << info.value(QStringLiteral("server_version")).toString();
    if (const QString label = info.value(QStringLiteral("label")).toString(); !label.isEmpty())
        out << " (" << label << ')';
    out << "\n  " << info.value(QStringLiteral("location")).toString() << ", "
        << info.value(QStringLiteral("artifacts")).toInteger()
        << " artifacts; probe every 5 ms on the GUI thread\n\n";
    out << QStringLiteral("Action").leftJustified(40)
        << QStringLiteral("longest ms").rightJustified(12)
        << QStringLiteral("p99 ms").rightJustified(10)
        << QStringLiteral("complete ms").rightJustified(13)
        << QStringLiteral("rows").rightJustified(9) << QStringLiteral("total").rightJustified(10)
        << '\n';
    const auto number = [](double value) {
        return value < 0 ? QStringLiteral("-") : QString::number(value, 'f', 1);
    };
    const auto count
        = [](qint64 value) { return value < 0 ? QStringLiteral("-") : QString::number(value); };
    for (const fd::bench::WindowAction &action : actions) {
        out << "  " << action.label.leftJustified(38)
            << number(action.stalls.longestMs).rightJustified(12)
            << number(action.stalls.p99Ms).rightJustified(10)
            << number(action.completeMs).rightJustified(13) << count(action.rows).rightJustified(9)
            << count(action.total).rightJustified(10);
        if (!action.note.isEmpty())
            out << "  " << action.note;
        out << '\n';
    }
    out.flush();
}

QtMessageHandler previousHandler = nullptr;

// The offscreen platform says this of every dialog and progress window; nothing to act on.
void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    previousHandler = qInstallMessageHandler(quietOffscreen);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench_window"));
    QApplication::setOrganizationName(QStringLiteral("FeatureDeskBench"));
    Settings settings;
    QString error;
    if (!parseSettings(app, &settings, &error))
        return fail(error);
    const auto wants = [&settings](const char *action) {
        return settings.actions.contains(QLatin1String(action));
    };

    // The preferences (recent registries, column widths ...) of a folder of our own.
    QTemporaryDir temporary;
    if (!temporary.isValid())
        return fail(QStringLiteral("cannot make a temporary folder"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       temporary.filePath(QStringLiteral("settings")));

    // The default is a cache, filled once and measured again on later runs.
    bool reuse = settings.reuse;
    if (settings.location.isEmpty()) {
        const QString folder = QDir::temp().filePath(QStringLiteral("featuredesk-bench"));
        if (!QDir().mkpath(folder))
            return fail(QStringLiteral("cannot make %1").arg(folder));
        settings.location
            = QDir(folder).filePath(QStringLiteral("window-%1.sqlite").arg(settings.artifacts));
        reuse = true;
    }
    const fd::Result<fd::RegistryLocation> location
        = fd::RegistryLocation::parse(settings.location);
    if (!location)
        return fail(location.error().message);

    fd::Registry::OpenOptions create;
    create.createIfMissing = true;
    fd::Result<std::unique_ptr<fd::Registry>> opened = fd::Registry::open(*location, create);
    if (!opened)
        return fail(opened.error().message);
    std::unique_ptr<fd::Registry> registry = std::move(opened).value();
    fd::Result<fd::Registry::Counts> counts = registry->counts();
    if (!counts)
        return fail(counts.error().message);
    if (counts->artifacts == 0 && counts->features == 0) {
        std::fprintf(stderr, "Filling %s (once)\n", qPrintable(location->displayText()));
        fd::bench::RegistryFiller filler(
            *registry, fd::bench::RegistryFiller::Options {settings.artifacts, 20'000, 5'000});
        if (const auto filled = filler.fill(); !filled)
            return fail(filled.error().message);
    } else if (!reuse) {
        return fail(QStringLiteral("%1 already holds records; give an empty one, or --reuse.")
                        .arg(location->displayText()));
    }
    // The panel reviewed is of human genes (the import action may have brought mouse genes).
    const fd::Result<qint64> humanGenes = fd::GeneStore(*registry).count(QStringLiteral("human"));
    if (!humanGenes)
        return fail(humanGenes.error().message);
    if ((wants("review") || wants("apply")) && *humanGenes == 0) {
        std::fprintf(stderr, "Importing the genes of %s (once)\n", qPrintable(settings.genes));
        if (const auto imported = fd::GeneStore(*registry).importFile(settings.genes, {});
            !imported)
            return fail(imported.error().message);
    }
    counts = registry->counts();
    if (!counts)
        return fail(counts.error().message);

    fd::bench::WindowScript::Inputs inputs;
    inputs.location = settings.location;
    inputs.slot = BenchSlot;
    inputs.filterWord = settings.filterWord;
    inputs.geneFile = settings.importGenes;
    if (wants("attach") || wants("detach")) {
        fd::Result<QStringList> uids = allArtifactUids(*registry);
        if (!uids)
            return fail(uids.error().message);
        inputs.artifactUids = *std::move(uids);
        const fd::Result<QString> set = benchSet(*registry);
        if (!set)
            return fail(set.error().message);
        inputs.setUid = *set;
        if (const fd::Status cleared = clearSlot(*registry, inputs.artifactUids); !cleared)
            return fail(cleared.error().message);
    }
    if (wants("review") || wants("apply")) {
        inputs.panelCsv = temporary.filePath(QStringLiteral("panel-20000-genes.csv"));
        const fd::Result<int> columns
            = writePanel(settings.genes, settings.panelGenes, inputs.panelCsv);
        if (!columns)
            return fail(columns.error().message);
        inputs.panelColumns = *columns;
    }
    QJsonObject info {
        {QStringLiteral("backend"),
         registry->dialect().isPostgres() ? QStringLiteral("PostgreSQL")
                                          : QStringLiteral("SQLite")},
        {QStringLiteral("server_version"), fd::bench::serverVersion(*registry)},
        {QStringLiteral("qt_version"), QString::fromLatin1(qVersion())},
        {QStringLiteral("location"), location->displayText()},
        {QStringLiteral("label"), settings.label},
        {QStringLiteral("artifacts"), counts->artifacts},
        {QStringLiteral("genes"), counts->genes},
        {QStringLiteral("probe_interval_ms"), 5},
        {QStringLiteral("letter_pause_ms"), 120},
        {QStringLiteral("filter_word"), settings.filterWord},
        {QStringLiteral("panel_columns"), inputs.panelColumns},
    };
    // The window opens the registry itself, as the application does.
    registry.reset();

    fd::RegistrySession session;
    fd::MainWindow window(&session);
    window.resize(1400, 900);
    window.show();
    fd::bench::StallProbe probe;
    probe.start();
    fd::bench::WindowScript script(&session, &window, &probe, inputs);
    std::fprintf(stderr, "Measuring\n");
    script.open();
    if (session.isOpen()) {
        if (wants("sort"))
            script.sortByEachColumn();
        if (wants("filter"))
            script.typeFilter();
        if (wants("clear"))
            script.clearFilter();
        if (wants("scroll"))
            script.scrollToEnd();
        if (wants("attach"))
            script.attachToAll();
        if (wants("detach"))
            script.detachFromAll();
        if (wants("review") || wants("apply"))
            script.openReview();
        if (wants("apply"))
            script.applyReview();
        if (wants("import"))
            script.importGenes();
    }
    probe.stop();

    QList<fd::bench::WindowAction> actions = script.actions();
    if (!wants("open"))
        actions.removeFirst();
    QTextStream tableOut(settings.json ? stderr : stdout);
    tableOut << '\n';
    printTable(tableOut, info, actions);
    const QStringList problems = script.problems();
    for (const QString &problem : problems)
        std::fprintf(stderr, "problem: %s\n", qPrintable(problem));
    if (settings.json) {
        QJsonObject result = info;
        QJsonArray list;
        for (const fd::bench::WindowAction &action : std::as_const(actions))
            list.append(action.toJson());
        result.insert(QStringLiteral("actions"), list);
        result.insert(QStringLiteral("problems"), QJsonArray::fromStringList(problems));
        QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    }
    return session.isOpen() ? 0 : 1;
}
