// What a crash or a full disk leaves of a registry: featuredesk-cli killed with SIGKILL at random
// moments of every multi-row write (gene import, artifacts register with and without
// --columns-set, attach, detach, curation apply, creating a registry, a schema migration), and
// `init` and a migration on a file system that runs out of space. Each must leave all of its
// write or none of it, in a registry that opens and passes PRAGMA integrity_check.
//
// The kill delays are random, from a seed printed at the start (FEATUREDESK_CRASH_SEED repeats
// it); FEATUREDESK_CRASH_ROUNDS sets the rounds per write on SQLite, the case that matters: a
// PostgreSQL server outlives its killed client and rolls its transaction back itself, so its rows
// run a third as many rounds (each starts from a copy of a template database).

#include "model/db/Registry.h"
#include "model/db/Schema.h"
#include "model/db/SqliteFileCreation.h"
#include "tests/cli/CliHarness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <functional>
#include <optional>

using fd::test::CliRun;

namespace {

// The counts that tell one state of a registry from another; -1 where a table is not there (an
// older schema).
using Snapshot = QList<qint64>;

const QStringList &snapshotQueries()
{
    static const QStringList queries = {
        QStringLiteral("SELECT value FROM fd_meta WHERE key = 'schema_version'"),
        QStringLiteral("SELECT COUNT(*) FROM fd_migration"),
        QStringLiteral("SELECT COUNT(*) FROM fd_run"),
        QStringLiteral("SELECT COUNT(*) FROM fd_feature"),
        QStringLiteral("SELECT COUNT(*) FROM fd_feature WHERE synonyms IS NOT NULL"),
        QStringLiteral("SELECT COUNT(*) FROM fd_organism"),
        QStringLiteral("SELECT COUNT(*) FROM fd_gene"),
        QStringLiteral("SELECT COUNT(*) FROM fd_feature_set"),
        QStringLiteral("SELECT COUNT(*) FROM fd_feature_set_feature"),
        QStringLiteral("SELECT COUNT(*) FROM fd_artifact"),
        QStringLiteral("SELECT COUNT(*) FROM fd_artifact_feature_set"),
        QStringLiteral("SELECT COUNT(DISTINCT slot) FROM fd_artifact_feature_set"),
        QStringLiteral("SELECT COALESCE(SUM(artifacts), 0) FROM fd_feature_set_usage"),
        // Sets no artifact uses: a columns set left without its links.
        QStringLiteral("SELECT COUNT(*) FROM fd_feature_set s WHERE NOT EXISTS "
                       "(SELECT 1 FROM fd_artifact_feature_set l WHERE l.feature_set_id = s.id)"),
    };
    return queries;
}

QString describe(const Snapshot &snapshot)
{
    QStringList parts;
    for (qsizetype i = 0; i < snapshot.size(); ++i)
        parts.append(QStringLiteral("%1 = %2").arg(snapshotQueries().at(i)).arg(snapshot.at(i)));
    return parts.join(QStringLiteral("\n    "));
}

struct Inspected
{
    bool opened = false;
    QString integrity;
    Snapshot snapshot;
};

// Opens the registry as any program would (SQLite recovering its WAL), checks it (SQLite) and
// counts.
Inspected inspect(const QString &location)
{
    static int counter = 0;
    const QString name = QStringLiteral("crash-inspect-%1").arg(++counter);
    const fd::Result<fd::RegistryLocation> parsed = fd::RegistryLocation::parse(location);
    Inspected result;
    if (!parsed)
        return result;
    {
        QSqlDatabase db = fd::test::rawDatabase(*parsed, name);
        result.opened = db.isOpen();
        if (result.opened) {
            QSqlQuery query(db);
            QStringList lines;
            if (parsed->isPostgres()) {
                lines.append(QStringLiteral("ok")); // the server's own business
            } else if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
                while (query.next())
                    lines.append(query.value(0).toString());
            } else {
                lines.append(query.lastError().text());
            }
            result.integrity = lines.join(QLatin1Char('\n'));
            for (const QString &sql : snapshotQueries()) {
                qint64 value = -1;
                if (query.exec(sql) && query.next())
                    value = query.value(0).toLongLong();
                result.snapshot.append(value);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(content) == content.size();
}

} // namespace

class TestCliCrash final : public QObject, public fd::test::CliHarness
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { fd::test::addBackendRows(); }
    void initTestCase();
    void init() { FD_CLI_INIT(); }

    void geneImport();
    void registerArtifacts();
    void registerArtifactsWithColumnsSet();
    void attach();
    void detach();
    void curationApply();
    void createRegistry();
    void migration();

    void fullDiskDuringInit();
    void fullDiskDuringMigration();

private:
    QString path(const QString &name) const { return m_registries.tempPath(name); }
    bool onPostgres() const { return m_backend == QLatin1StringView("postgresql"); }
    // A new, empty registry location of the current backend: an SQLite file named after tag, or a
    // PostgreSQL database (tag: letters and digits only).
    QString location(const QString &tag)
    {
        return onPostgres() ? m_registries.freshLocation(m_backend, tag)
                            : path(tag + QStringLiteral(".sqlite"));
    }
    QStringList on(const QString &registry, const QStringList &arguments) const
    {
        return QStringList {QStringLiteral("--registry"), registry} + arguments;
    }
    // A new registry (location(tag)) with the features the CSV headers below use.
    QString featureRegistry(const QString &tag);
    // 2,000 files; 300 on PostgreSQL, where registering each takes round trips (about 5 ms each
    // on a busy machine) and the server, not the files, is what the kill tests.
    int fileCount() const { return onPostgres() ? 300 : 2000; }
    // A folder of count small CSV files, under three headers.
    QString csvFolder(int count);
    // A registry at schema version 1, with artifacts, a set and links; its location.
    QString oldRegistry(const QString &tag);

    // The template copied to a fresh registry (or no file, for an empty template on SQLite), the
    // command run on it to the end: the state a complete write leaves. Then rounds of the same,
    // killed after a random delay, each of which must leave the template's state or the complete
    // one.
    void killRounds(const QString &what, const QString &templateLocation,
                    const QStringList &arguments, int rounds = 0);

    QRandomGenerator m_random;
    int m_rounds = 10;
};

void TestCliCrash::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(FEATUREDESK_CLI)));
    quint32 seed = quint32(qEnvironmentVariableIntValue("FEATUREDESK_CRASH_SEED"));
    if (seed == 0)
        seed = QRandomGenerator::global()->generate() | 1u;
    m_random.seed(seed);
    if (const int rounds = qEnvironmentVariableIntValue("FEATUREDESK_CRASH_ROUNDS"); rounds > 0)
        m_rounds = rounds;
    qInfo("kill delays from seed %u (FEATUREDESK_CRASH_SEED=%u repeats them), %d rounds per write",
          seed, seed, m_rounds);
    QVERIFY(QDir().mkpath(path(QStringLiteral("home"))));
}

QString TestCliCrash::featureRegistry(const QString &tag)
{
    const QString registry = location(tag);
    if (const CliRun init = run(on(registry, {QStringLiteral("init")})); init.exitCode != 0) {
        qWarning("init: %s", init.describe().constData());
        return {};
    }
    for (const char *feature : {"alpha", "beta", "gamma", "delta"}) {
        const CliRun added = run(
            on(registry,
               {QStringLiteral("features"), QStringLiteral("add"), QString::fromLatin1(feature),
                QStringLiteral("--dtype"), QStringLiteral("float")}));
        if (added.exitCode != 0) {
            qWarning("features add: %s", added.describe().constData());
            return {};
        }
    }
    return registry;
}

QString TestCliCrash::csvFolder(int count)
{
    const QString folder = path(QStringLiteral("files-%1").arg(count));
    if (QFileInfo::exists(folder))
        return folder;
    QDir().mkpath(folder);
    const QByteArray headers[]
        = {"alpha,beta,gamma,other\n", "alpha,beta,delta\n", "beta,gamma,delta\n"};
    for (int i = 0; i < count; ++i) {
        const QString sub = folder + QStringLiteral("/part%1").arg(i % 7);
        QDir().mkpath(sub);
        if (!writeFile(QStringLiteral("%1/sample_%2.csv").arg(sub).arg(i, 5, 10, QLatin1Char('0')),
                       headers[i % 3] + QByteArray::number(i) + ",1,2\n"))
            return {};
    }
    return folder;
}

QString TestCliCrash::oldRegistry(const QString &tag)
{
    const QString file = location(tag);
    if (!onPostgres() && QFileInfo::exists(file))
        return file;
    const fd::RegistryLocation location = *fd::RegistryLocation::parse(file);
    const QString connection = QStringLiteral("crash-old-registry");
    bool filled = false;
    {
        const fd::Result<QSqlDatabase> db = fd::test::rawDatabaseAt(location, connection, 1);
        if (!db) {
            qWarning("%s", qPrintable(db.error().message));
            return {};
        }
        QSqlQuery query(*db);
        filled = true;
        for (const char *sql : {
                 "BEGIN",
                 "INSERT INTO fd_user (handle) VALUES ('old-user')",
                 "INSERT INTO fd_feature (uid, name, dtype, created_by) VALUES ('FeatFeatFeat', "
                 "'kept', 'int', 1)",
                 "INSERT INTO fd_feature_set (uid, name, n, registry, hash, created_by) VALUES "
                 "('SetSetSetSetSetSet01', 'panel', 1, 'core.Feature', 'hashhashhashhashhash', 1)",
                 "INSERT INTO fd_feature_set_feature (feature_set_id, feature_id) VALUES (1, 1)",
                 location.isPostgres()
                     ? "INSERT INTO fd_artifact (uid, key, suffix, size, hash, hash_type, "
                       "created_by) "
                       "SELECT 'Art' || lpad(x::text, 17, '0'), "
                       "format('batch%s/plate%s/sample_%s.csv', "
                       "lpad((x % 40)::text, 2, '0'), lpad((x % 300)::text, 3, '0'), lpad(x::text, "
                       "5, '0')), "
                       "'.csv', x, 'hash' || lpad(x::text, 16, '0'), 'md5', 1 FROM "
                       "generate_series(1, 20000) x"
                     : "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < "
                       "20000) "
                       "INSERT INTO fd_artifact (uid, key, suffix, size, hash, hash_type, "
                       "created_by) "
                       "SELECT printf('Art%017d', x), "
                       "printf('batch%02d/plate%03d/sample_%05d.csv', "
                       "x % 40, x % 300, x), '.csv', x, printf('hash%016d', x), 'md5', 1 FROM n",
                 "INSERT INTO fd_artifact_feature_set (artifact_id, feature_set_id, slot, "
                 "created_by) "
                 "SELECT id, 1, 'columns', 1 FROM fd_artifact",
                 "COMMIT",
             }) {
            if (!query.exec(QString::fromLatin1(sql))) {
                qWarning("%s: %s", sql, qPrintable(query.lastError().text()));
                filled = false;
                break;
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return filled ? file : QString();
}

void TestCliCrash::killRounds(const QString &what, const QString &templateLocation,
                              const QStringList &arguments, int rounds)
{
    if (rounds <= 0)
        rounds = onPostgres() ? std::max(3, m_rounds / 3) : m_rounds;
    QString registry;
    std::function<bool()> fresh;
    if (onPostgres()) {
        // A copy of the template database, made by the server.
        const QString templateDatabase = fd::RegistryLocation::parse(templateLocation)->database();
        const QString database = templateDatabase + QStringLiteral("_crashed");
        registry = fd::test::TestRegistries::pgServer() + QLatin1Char('/') + database;
        fresh = [database, templateDatabase] {
            QString error;
            const bool made
                = fd::test::TestRegistries::pgAdmin(
                      QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database),
                      &error)
                && fd::test::TestRegistries::pgAdmin(
                      QStringLiteral("CREATE DATABASE %1 TEMPLATE %2")
                          .arg(database, templateDatabase),
                      &error);
            if (!made)
                qWarning("%s", qPrintable(error));
            return made;
        };
    } else {
        registry = path(QStringLiteral("crashed.sqlite"));
        fresh = [registry, templateLocation] {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(registry + QLatin1StringView(suffix));
            // Leftovers of a killed creation, which the next one must not trip over either.
            const QDir folder(QFileInfo(registry).absolutePath());
            for (const QString &hidden : folder.entryList({QStringLiteral(".crashed.sqlite.*")},
                                                          QDir::Files | QDir::Hidden))
                QFile::remove(folder.filePath(hidden));
            return templateLocation.isEmpty() || QFile::copy(templateLocation, registry);
        };
    }
    QStringList command = on(registry, arguments);

    // None of it: the template.
    std::optional<Snapshot> none;
    if (!templateLocation.isEmpty()) {
        const Inspected before = inspect(templateLocation);
        QVERIFY(before.opened);
        QCOMPARE(before.integrity, QStringLiteral("ok"));
        none = before.snapshot;
    }
    // All of it: the command run to its end.
    QVERIFY(fresh());
    QElapsedTimer timer;
    timer.start();
    const CliRun complete = run(command);
    const qint64 duration = timer.elapsed();
    QVERIFY2(complete.exitCode == 0, complete.describe().constData());
    const Inspected after = inspect(registry);
    QVERIFY(after.opened);
    QCOMPARE(after.integrity, QStringLiteral("ok"));
    const Snapshot all = after.snapshot;
    QVERIFY2(!none || all != *none, "the command changed nothing: no write to interrupt");

    int killed = 0;
    for (int round = 0; round < rounds; ++round) {
        QVERIFY(fresh());
        // Anywhere in the command's run, a little past its usual end included.
        const int delay = int(m_random.bounded(quint32(duration * 11 / 10 + 2)));
        QProcess process;
        process.setProcessEnvironment(baseEnvironment());
        process.start(QStringLiteral(FEATUREDESK_CLI), command);
        QVERIFY(process.waitForStarted(30000));
        bool wasKilled = false;
        if (!process.waitForFinished(delay)) {
            process.kill(); // SIGKILL
            process.waitForFinished(30000);
            wasKilled = true;
            ++killed;
        }
        const QString round_
            = QStringLiteral("%1, round %2, %3 after %4 ms")
                  .arg(what)
                  .arg(round)
                  .arg(wasKilled ? QStringLiteral("killed") : QStringLiteral("finished"))
                  .arg(delay);
        if (!onPostgres() && !QFileInfo::exists(registry)) {
            // Only a registry that did not exist before may be missing: nothing of it was made.
            QVERIFY2(templateLocation.isEmpty(),
                     qPrintable(round_ + QStringLiteral(": the registry file is gone")));
            continue;
        }
        const Inspected state = inspect(registry);
        QVERIFY2(state.opened, qPrintable(round_ + QStringLiteral(": does not open")));
        QVERIFY2(state.integrity == QLatin1StringView("ok"),
                 qPrintable(round_ + QStringLiteral(": integrity_check says ") + state.integrity));
        QVERIFY2(state.snapshot == all || (none && state.snapshot == *none),
                 qPrintable(round_ + QStringLiteral(": neither all nor nothing of the write:\n    ")
                            + describe(state.snapshot) + QStringLiteral("\n  complete:\n    ")
                            + describe(all)));
        // And FeatureDesk opens it (bringing an old one up to date).
        fd::Registry::OpenOptions options;
        const fd::Result<std::unique_ptr<fd::Registry>> opened
            = fd::Registry::open(*fd::RegistryLocation::parse(registry), options);
        QVERIFY2(opened.ok(),
                 qPrintable(round_ + QStringLiteral(": ")
                            + (opened ? QString() : opened.error().message)));
    }
    qInfo("%s: a complete run takes %lld ms; %d of %d rounds killed before the end",
          qPrintable(what), duration, killed, rounds);
}

void TestCliCrash::geneImport()
{
    const QString source = fd::test::sharedData(QStringLiteral("genes/Homo_sapiens.gene_info.tsv"));
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("The shared gene file is not there (FEATUREDESK_SHARED_DATA).");
    QByteArray subset;
    for (int line = 0; line < 12000 && !file.atEnd(); ++line)
        subset += file.readLine();
    const QString genes = path(QStringLiteral("genes.tsv"));
    QVERIFY(writeFile(genes, subset));
    const QString registry = location(QStringLiteral("genes"));
    QCOMPARE(run(on(registry, {QStringLiteral("init")})).exitCode, 0);
    killRounds(QStringLiteral("genes import"), registry,
               {QStringLiteral("genes"), QStringLiteral("import"), genes});
}

void TestCliCrash::registerArtifacts()
{
    const QString folder = csvFolder(fileCount());
    QVERIFY(!folder.isEmpty());
    const QString registry = featureRegistry(QStringLiteral("register"));
    QVERIFY(!registry.isEmpty());
    killRounds(QStringLiteral("artifacts register"), registry,
               {QStringLiteral("artifacts"), QStringLiteral("register"), folder});
}

void TestCliCrash::registerArtifactsWithColumnsSet()
{
    const QString folder = csvFolder(fileCount());
    QVERIFY(!folder.isEmpty());
    const QString registry = featureRegistry(QStringLiteral("registercolumns"));
    QVERIFY(!registry.isEmpty());
    killRounds(QStringLiteral("artifacts register --columns-set"), registry,
               {QStringLiteral("artifacts"), QStringLiteral("register"),
                QStringLiteral("--columns-set"), folder},
               m_rounds * 3 / 2);
}

void TestCliCrash::attach()
{
    // All the files registered and a set; all of them get the set under 'obs'.
    const QString folder = csvFolder(fileCount());
    QVERIFY(!folder.isEmpty());
    const QString registry = featureRegistry(QStringLiteral("attach"));
    QVERIFY(!registry.isEmpty());
    const CliRun registered = run(on(registry,
                                     {QStringLiteral("--json"), QStringLiteral("artifacts"),
                                      QStringLiteral("register"), folder}));
    QVERIFY2(registered.exitCode == 0, registered.describe().constData());
    QStringList uids;
    for (const QJsonValue &artifact : registered.json().array())
        uids.append(artifact.toObject().value(QStringLiteral("uid")).toString());
    QCOMPARE(uids.size(), fileCount());
    const QString uidFile = path(QStringLiteral("attach-uids.txt"));
    QVERIFY(writeFile(uidFile, uids.join(QLatin1Char('\n')).toUtf8() + '\n'));
    const CliRun set = run(
        on(registry,
           {QStringLiteral("--json"), QStringLiteral("sets"), QStringLiteral("create"),
            QStringLiteral("--name"), QStringLiteral("obs panel"), QStringLiteral("--from-columns"),
            folder + QStringLiteral("/part0/sample_00000.csv")}));
    QVERIFY2(set.exitCode == 0, set.describe().constData());
    const QString setUid = set.json().object().value(QStringLiteral("uid")).toString();
    QVERIFY2(!setUid.isEmpty(), set.describe().constData());
    killRounds(QStringLiteral("artifacts attach"), registry,
               {QStringLiteral("artifacts"), QStringLiteral("attach"),
                QStringLiteral("--artifacts-file"), uidFile, QStringLiteral("--slot"),
                QStringLiteral("obs"), QStringLiteral("--set"), setUid});
}

void TestCliCrash::detach()
{
    // The CLI detaches one artifact: its link and the run that records it go together.
    const QString folder = csvFolder(fileCount());
    QVERIFY(!folder.isEmpty());
    const QString registry = featureRegistry(QStringLiteral("detach"));
    QVERIFY(!registry.isEmpty());
    const CliRun registered
        = run(on(registry,
                 {QStringLiteral("--json"), QStringLiteral("artifacts"), QStringLiteral("register"),
                  QStringLiteral("--columns-set"), folder}));
    QVERIFY2(registered.exitCode == 0, registered.describe().constData());
    const QString uid
        = registered.json().array().at(0).toObject().value(QStringLiteral("uid")).toString();
    QVERIFY(!uid.isEmpty());
    killRounds(QStringLiteral("artifacts detach"), registry,
               {QStringLiteral("artifacts"), QStringLiteral("detach"), uid,
                QStringLiteral("--slot"), QStringLiteral("columns")});
}

void TestCliCrash::curationApply()
{
    // A sample sheet of 1,500 new columns and a recipe that adds each as a feature, half of them
    // under another name (keeping the column's as a synonym).
    QByteArray header;
    QJsonArray decisions;
    for (int i = 0; i < 1500; ++i) {
        const QString column = QStringLiteral("measure_%1").arg(i, 4, 10, QLatin1Char('0'));
        header += (i ? "," : "") + column.toUtf8();
        QJsonObject decision {{QStringLiteral("value"), column},
                              {QStringLiteral("action"), QStringLiteral("add_feature")},
                              {QStringLiteral("dtype"), QStringLiteral("float")}};
        if (i % 2)
            decision.insert(QStringLiteral("name"), QStringLiteral("m%1").arg(i));
        decisions.append(decision);
    }
    const QString sheet = path(QStringLiteral("sheet.csv"));
    QVERIFY(writeFile(sheet, header + "\n" + QByteArray("1,").repeated(1499) + "1\n"));
    const QString recipe = path(QStringLiteral("recipe.json"));
    QVERIFY(writeFile(
        recipe,
        QJsonDocument(
            QJsonObject {{QStringLiteral("format"), QStringLiteral("featuredesk.curation-recipe")},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("field"), QStringLiteral("feature.name")},
                         {QStringLiteral("decisions"), decisions}})
            .toJson()));
    const QString registry = featureRegistry(QStringLiteral("curation"));
    QVERIFY(!registry.isEmpty());
    killRounds(QStringLiteral("validate --recipe --apply"), registry,
               {QStringLiteral("validate"), sheet, QStringLiteral("--recipe"), recipe,
                QStringLiteral("--apply")});
}

void TestCliCrash::createRegistry()
{
    FD_SKIP_UNLESS_SQLITE("A new PostgreSQL registry is a database the server creates.");
    // No file before: afterwards a complete registry or still no file.
    killRounds(QStringLiteral("init (new registry)"), {}, {QStringLiteral("init")});
}

void TestCliCrash::migration()
{
    const QString registry = oldRegistry(QStringLiteral("version1"));
    QVERIFY(!registry.isEmpty());
    killRounds(QStringLiteral("init (migration from version 1)"), registry,
               {QStringLiteral("init")});
}

namespace {

// Runs script in a mount namespace of its own, where it may mount a small tmpfs; the arguments
// become $1, $2, ... An empty result when this system allows no such namespace.
std::optional<QProcess::ExitStatus> inMountNamespace(const QString &script,
                                                     const QStringList &arguments,
                                                     const QProcessEnvironment &environment,
                                                     QByteArray *output)
{
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty())
        return std::nullopt;
    // -r: a user namespace too, so that no root is needed where unprivileged ones are allowed.
    for (const QStringList &flags :
         {QStringList {QStringLiteral("-rm")}, QStringList {QStringLiteral("-m")}}) {
        QProcess probe;
        probe.start(
            unshare,
            flags
                + QStringList {
                    QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("d=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs \"$d\"")});
        if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit
            || probe.exitCode() != 0)
            continue;
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(unshare,
                      flags
                          + QStringList {QStringLiteral("sh"), QStringLiteral("-c"), script,
                                         QStringLiteral("sh")}
                          + arguments);
        process.waitForFinished(120000);
        *output = process.readAll();
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0
            ? QProcess::NormalExit
            : QProcess::CrashExit;
    }
    return std::nullopt;
}

// $1 the mount point, $2 its size, $3 the folder to copy in first (or ""), $4 featuredesk-cli,
// $5 where to copy the results out. Runs `init` on $1/r.sqlite on the full file system, then on
// one with room enough.
const char *FullDiskScript = R"sh(
set -u
mount -t tmpfs -o "size=$2" tmpfs "$1" || exit 3
if [ -n "$3" ]; then cp -a "$3"/. "$1"/ || exit 4; fi
"$4" --registry "$1/r.sqlite" init > "$5/out" 2> "$5/err"
echo $? > "$5/status"
mkdir -p "$5/files" && cp -a "$1"/. "$5/files"/ || exit 5
mount -o remount,size=64m "$1" || exit 6
"$4" --registry "$1/r.sqlite" init > "$5/out2" 2> "$5/err2"
echo $? > "$5/status2"
mkdir -p "$5/files2" && cp -a "$1"/. "$5/files2"/ || exit 7
)sh";

struct FullDiskRun
{
    QString skip; // why it could not run here
    QString failure; // the script failed
    int status = -1; // init on the full disk
    QString error; // its stderr
    int statusWithRoom = -1;
    QString out; // copies of the file system's content after each init
    QString outWithRoom;
};

FullDiskRun initOnFullDisk(const QString &work, const QString &contents, qint64 sizeBytes,
                           const QProcessEnvironment &environment)
{
    FullDiskRun result;
    const QString mount = work + QStringLiteral("/mnt");
    const QString out = work + QStringLiteral("/out");
    QDir().mkpath(mount);
    QDir().mkpath(out);
    QByteArray output;
    const std::optional<QProcess::ExitStatus> ran = inMountNamespace(
        QString::fromLatin1(FullDiskScript),
        {mount, QString::number(sizeBytes), contents, QStringLiteral(FEATUREDESK_CLI), out},
        environment, &output);
    if (!ran) {
        result.skip = QStringLiteral(
            "No mount namespace here (unshare -rm and unshare -m refused), so no small file "
            "system to fill.");
        return result;
    }
    if (*ran != QProcess::NormalExit) {
        result.failure = QString::fromLocal8Bit(output);
        return result;
    }
    auto read = [&out](const char *name) {
        return QString::fromUtf8(fileDigest(out + QLatin1Char('/') + QLatin1StringView(name)))
            .trimmed();
    };
    result.status = read("status").toInt();
    result.error = read("err");
    result.statusWithRoom = read("status2").toInt();
    result.out = out + QStringLiteral("/files");
    result.outWithRoom = out + QStringLiteral("/files2");
    return result;
}

} // namespace

void TestCliCrash::fullDiskDuringInit()
{
    FD_SKIP_UNLESS_SQLITE("A disk this computer fills: SQLite's.");
    // The space a new registry takes, on a disk with room.
    const QString measured = path(QStringLiteral("measured.sqlite"));
    QCOMPARE(run(on(measured, {QStringLiteral("init")})).exitCode, 0);
    const qint64 size = QFileInfo(measured).size();
    QVERIFY(size > 0);
    // File systems of a quarter of that up to twice that: the disk fills while the schema is
    // written, at its commit, or when the closed file takes in its WAL; with enough room, init
    // succeeds. Each init either fails leaving nothing or makes a complete registry.
    int failed = 0;
    for (const int quarters : {1, 2, 3, 4, 5, 6, 8}) {
        const QString work = path(QStringLiteral("full-init-%1").arg(quarters));
        const qint64 bytes = (size * quarters / 4 + 4095) / 4096 * 4096;
        const FullDiskRun ran = initOnFullDisk(work, {}, bytes, baseEnvironment());
        if (!ran.skip.isEmpty())
            QSKIP(qPrintable(ran.skip));
        QVERIFY2(ran.failure.isEmpty(), qPrintable(ran.failure));
        const QString file = work + QStringLiteral("/mnt/r.sqlite");
        qInfo("init on %lld bytes: %s", bytes,
              ran.status == 0 ? "made the registry" : qPrintable(ran.error));
        const QStringList left
            = QDir(ran.out).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        if (ran.status != 0) {
            ++failed;
            QVERIFY2(ran.error.contains(QLatin1StringView("disk is full"), Qt::CaseInsensitive),
                     qPrintable(ran.error));
            QVERIFY2(ran.error.contains(file), qPrintable(ran.error));
            // Nothing under the registry's name, nothing hidden beside it.
            QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(", "))));
        } else {
            const Inspected made = inspect(ran.out + QStringLiteral("/r.sqlite"));
            QCOMPARE(made.integrity, QStringLiteral("ok"));
            QCOMPARE(made.snapshot.at(0), qint64(fd::Schema::latestVersion()));
        }
        // With room, the same command makes the registry.
        QCOMPARE(ran.statusWithRoom, 0);
        const Inspected made = inspect(ran.outWithRoom + QStringLiteral("/r.sqlite"));
        QVERIFY(made.opened);
        QCOMPARE(made.integrity, QStringLiteral("ok"));
        QCOMPARE(made.snapshot.at(0), qint64(fd::Schema::latestVersion()));
    }
    QVERIFY2(failed > 0, "no file system was small enough to fill");
}

void TestCliCrash::fullDiskDuringMigration()
{
    FD_SKIP_UNLESS_SQLITE("A disk this computer fills: SQLite's.");
    const QString registry = oldRegistry(QStringLiteral("version1"));
    QVERIFY(!registry.isEmpty());
    const QString contents = path(QStringLiteral("full-migration-in"));
    QVERIFY(QDir().mkpath(contents));
    QVERIFY(QFile::copy(registry, contents + QStringLiteral("/r.sqlite")));
    const Inspected old = inspect(registry);
    QCOMPARE(old.snapshot.at(0), 1);
    // The file and half as much again: the migration rewrites the artifacts several times.
    const qint64 size = QFileInfo(registry).size();
    const QString work = path(QStringLiteral("full-migration"));
    const FullDiskRun ran = initOnFullDisk(work, contents, (size + size / 2 + 65535) / 4096 * 4096,
                                           baseEnvironment());
    if (!ran.skip.isEmpty())
        QSKIP(qPrintable(ran.skip));
    QVERIFY2(ran.failure.isEmpty(), qPrintable(ran.failure));
    qInfo("said on the full disk: %s", qPrintable(ran.error));
    QVERIFY2(ran.status != 0, qPrintable(ran.error));
    QVERIFY2(ran.error.contains(QLatin1StringView("disk is full"), Qt::CaseInsensitive),
             qPrintable(ran.error));
    QVERIFY2(ran.error.contains(work + QStringLiteral("/mnt/r.sqlite")), qPrintable(ran.error));
    // Still version 1 with all its rows, intact.
    const Inspected after = inspect(ran.out + QStringLiteral("/r.sqlite"));
    QVERIFY(after.opened);
    QCOMPARE(after.integrity, QStringLiteral("ok"));
    QVERIFY2(after.snapshot == old.snapshot, qPrintable(describe(after.snapshot)));
    // With room, the same command migrates it, keeping every row.
    QCOMPARE(ran.statusWithRoom, 0);
    const Inspected migrated = inspect(ran.outWithRoom + QStringLiteral("/r.sqlite"));
    QCOMPARE(migrated.integrity, QStringLiteral("ok"));
    QCOMPARE(migrated.snapshot.at(0), qint64(fd::Schema::latestVersion()));
    QCOMPARE(migrated.snapshot.at(9), old.snapshot.at(9)); // artifacts
    QCOMPARE(migrated.snapshot.at(10), old.snapshot.at(10)); // links
}

QTEST_GUILESS_MAIN(TestCliCrash)
#include "tst_clicrash.moc"
