// Several programs on one SQLite registry file at once: the window's pattern (one connection on the
// GUI thread, workers opening their own), featuredesk-cli, Python's sqlite3 and the sqlite3 shell.
// SQLite only: the file, its locks, its -wal and -shm are what is under test (a PostgreSQL server
// keeps its files to itself).

#include "model/Identity.h"
#include "model/Records.h"
#include "model/anndata/H5adReader.h"
#include "model/csv/CsvPreview.h"
#include "model/db/OpenRegistryFiles.h"
#include "model/db/Registry.h"
#include "model/db/RegistryLocation.h"
#include "model/features/FeatureStore.h"
#include "model/validation/CurationRecipe.h"
#include "tests/support/ProcessLocks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

#include <unistd.h>

using namespace fd;
using fd::test::locksHeldOn;

namespace {

NewFeature feature(const QString &name, const QString &dtype)
{
    NewFeature feature;
    feature.name = name;
    feature.dtype = dtype;
    return feature;
}

std::unique_ptr<Registry> openAt(const QString &path, bool create = false)
{
    Registry::OpenOptions options;
    options.createIfMissing = create;
    options.busyTimeoutMs = 30000;
    Result<std::unique_ptr<Registry>> opened
        = Registry::open(*RegistryLocation::parse(path), options);
    if (!opened) {
        qWarning("open %s: %s", qPrintable(path), qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

// What the window's review does: a worker thread opens a connection of its own, reads, closes.
bool readOnWorkerThread(const QString &path)
{
    std::atomic<bool> ok {false};
    std::unique_ptr<QThread> worker(QThread::create([&] {
        std::unique_ptr<Registry> registry = openAt(path);
        ok = registry && FeatureStore(*registry).list().ok();
    }));
    worker->start();
    worker->wait();
    return ok;
}

QString integrity(Registry &registry)
{
    QSqlQuery query(registry.database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return QStringLiteral("integrity_check could not run");
    return query.value(0).toString();
}

qint64 scalar(Registry &registry, const QString &sql)
{
    QSqlQuery query(registry.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

struct Finished
{
    int exitCode = -1;
    QByteArray output;
};

Finished finish(QProcess &process, int timeoutMs)
{
    Finished finished;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    finished.output = process.readAllStandardOutput() + process.readAllStandardError();
    finished.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return finished;
}

} // namespace

class tst_RegistrySharing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void otherProgramLeavesTheWindowItsFiles();
    void readersOfDataFilesRefuseTheOpenRegistry();
    void manyProgramsWriteOneRegistry();
    void readOnlyFolderOpensForReading();

private:
    QTemporaryDir m_dir;
    QString m_python;
    QString m_sqlite3;
};

void tst_RegistrySharing::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // scripts/install-deps.sh test installs both; a machine without them cannot run this proof.
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    m_sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!m_python.isEmpty(), "python3 is needed (scripts/install-deps.sh test installs it)");
    QVERIFY2(!m_sqlite3.isEmpty(),
             "the sqlite3 shell is needed (scripts/install-deps.sh test installs it)");
}

// The steps: the window opens a registry, a review opens a worker connection, then a
// read-only featuredesk-cli comes and goes. Before, the worker's open read the file's header with
// a QFile, whose close released every SQLite lock of the process; the CLI's exit then found no
// other reader, checkpointed and deleted -wal and -shm under the window, whose next write failed
// with "disk I/O error".
void tst_RegistrySharing::otherProgramLeavesTheWindowItsFiles()
{
    const QString path = m_dir.filePath(QStringLiteral("window.sqlite"));
    std::unique_ptr<Registry> window = openAt(path, true);
    QVERIFY(window);
    QVERIFY(FeatureStore(*window)
                .add(feature(QStringLiteral("dose_mg"), QStringLiteral("float")))
                .ok());
    QVERIFY(FeatureStore(*window).list().ok()); // a read keeps the WAL-mode shared lock
    const int locksBefore = locksHeldOn(path);
    if (locksBefore < 0)
        QSKIP("/proc/locks cannot be read here");
    QVERIFY2(locksBefore > 0, "an open WAL-mode connection holds a lock on the registry file");
    QCOMPARE(OpenRegistryFiles::connectionCount(path), 1);

    QVERIFY(readOnWorkerThread(path));
    QCOMPARE(OpenRegistryFiles::connectionCount(path), 1); // the worker's lease is given back
    QVERIFY2(locksHeldOn(path) > 0, "the worker's connection left the window's locks in place");

    QProcess cli;
    cli.start(
        QStringLiteral(FEATUREDESK_CLI),
        {QStringLiteral("--registry"), path, QStringLiteral("features"), QStringLiteral("list")});
    const Finished listed = finish(cli, 60000);
    QVERIFY2(listed.exitCode == 0, listed.output.constData());
    QVERIFY2(listed.output.contains("dose_mg"), listed.output.constData());

    QVERIFY2(QFileInfo::exists(path + QStringLiteral("-wal")), "the -wal file is still there");
    QVERIFY2(QFileInfo::exists(path + QStringLiteral("-shm")), "the -shm file is still there");
    const Result<FeatureRecord> added
        = FeatureStore(*window).add(feature(QStringLiteral("cell_type"), QStringLiteral("cat")));
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
    QCOMPARE(scalar(*window, QStringLiteral("SELECT COUNT(*) FROM fd_feature")), 2);
    QCOMPARE(integrity(*window), QStringLiteral("ok"));
}

// A registry file, its -wal or -shm, named as a data file to read or a file to write, is refused
// with a message, and the connection keeps its locks.
void tst_RegistrySharing::readersOfDataFilesRefuseTheOpenRegistry()
{
    const QString path = m_dir.filePath(QStringLiteral("refuse.sqlite"));
    std::unique_ptr<Registry> window = openAt(path, true);
    QVERIFY(window);
    QVERIFY(FeatureStore(*window).list().ok());
    const int locks = locksHeldOn(path);
    for (const QString &name :
         QStringList {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        const Status refused
            = OpenRegistryFiles::refuseRegistryFile(name, QStringLiteral("read it"));
        QVERIFY2(!refused.ok(), qPrintable(name));
        QVERIFY2(refused.error().message.contains(name), qPrintable(refused.error().message));
    }
    // The same file by a hard link is the same file.
    const QString link = m_dir.filePath(QStringLiteral("link-to-registry.sqlite"));
    QVERIFY(::link(QFile::encodeName(path).constData(), QFile::encodeName(link).constData()) == 0);
    QVERIFY(!OpenRegistryFiles::refuseRegistryFile(link, QStringLiteral("read it")).ok());
    QVERIFY(OpenRegistryFiles::refuseRegistryFile(m_dir.filePath(QStringLiteral("other.csv")),
                                                  QStringLiteral("read it"))
                .ok());

    // The readers themselves refuse it before they open it, and the locks stay.
    const Result<CsvPreviewData> preview = CsvPreview(CsvOptions {}).preview(path, 10);
    QVERIFY(!preview.ok());
    QVERIFY2(preview.error().message.contains(QLatin1StringView("registry FeatureDesk has open")),
             qPrintable(preview.error().message));
    QVERIFY(!identity::hashFile(path + QStringLiteral("-wal")).ok());
    QVERIFY(!CurationRecipe::load(path).ok());
    const Result<H5adSummary> anndata = H5adReader(path).summary();
    QVERIFY(!anndata.ok());
    QVERIFY2(anndata.error().message.contains(QLatin1StringView("registry FeatureDesk has open")),
             qPrintable(anndata.error().message));
    QVERIFY(!H5adReader::looksLikeH5ad(path));
    QCOMPARE(locksHeldOn(path), locks);
    QVERIFY(FeatureStore(*window)
                .add(feature(QStringLiteral("still_writable"), QStringLiteral("int")))
                .ok());

    window.reset();
    QCOMPARE(OpenRegistryFiles::connectionCount(path), 0);
    QVERIFY(OpenRegistryFiles::refuseRegistryFile(path, QStringLiteral("read it")).ok());
}

// The window (a connection, and worker threads opening their own connections again and again),
// three featuredesk-cli writers, a Python script and the sqlite3 shell on one file at once: every
// write arrives, nobody sees an I/O error, the file stays sound.
void tst_RegistrySharing::manyProgramsWriteOneRegistry()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
    std::unique_ptr<Registry> window = openAt(path, true);
    QVERIFY(window);

    constexpr int CliWriters = 3;
    constexpr int CliAdds = 6;
    constexpr int PythonRows = 120;
    constexpr int WorkerRounds = 12;
    constexpr int Workers = 2;

    QList<QProcess *> programs;
    const auto startProgram = [&](const QString &program, const QStringList &arguments) {
        auto *process = new QProcess(this);
        process->start(program, arguments);
        programs.append(process);
    };
    for (int w = 0; w < CliWriters; ++w) {
        const QString script
            = QStringLiteral(
                  "for i in $(seq 1 %1); do \"$0\" --registry \"$1\" features add cli%2_$i "
                  "--dtype int || exit 1; \"$0\" --registry \"$1\" info >/dev/null || exit 1; done")
                  .arg(CliAdds)
                  .arg(w);
        startProgram(QStringLiteral("bash"),
                     {QStringLiteral("-c"), script, QStringLiteral(FEATUREDESK_CLI), path});
    }
    // A lab's script adding features straight into the registry, a row per transaction.
    const QString python = QStringLiteral(
        "import sqlite3, sys, secrets, string\n"
        "alphabet = string.digits + string.ascii_uppercase + string.ascii_lowercase\n"
        "db = sqlite3.connect(sys.argv[1], timeout=60, isolation_level=None)\n"
        "for i in range(int(sys.argv[2])):\n"
        "    uid = ''.join(secrets.choice(alphabet) for _ in range(12))\n"
        "    db.execute('BEGIN IMMEDIATE')\n"
        "    db.execute('INSERT INTO fd_feature (uid, name, dtype, created_by) VALUES (?, ?, ?, "
        "(SELECT MIN(id) FROM fd_user))', (uid, 'py_%d' % i, 'float'))\n"
        "    db.execute('COMMIT')\n"
        "    db.execute('SELECT COUNT(*) FROM fd_feature').fetchone()\n"
        "db.close()\n");
    startProgram(m_python, {QStringLiteral("-c"), python, path, QString::number(PythonRows)});
    // The sqlite3 shell, reading while the others write.
    const QString shell
        = QStringLiteral("for i in $(seq 1 25); do \"$0\" -bail -cmd '.timeout 60000' \"$1\" "
                         "'SELECT COUNT(*) FROM fd_feature;' >/dev/null || exit 1; done");
    startProgram(QStringLiteral("bash"), {QStringLiteral("-c"), shell, m_sqlite3, path});

    // The window's workers: each round opens a connection of its own, writes, reads, closes.
    std::atomic<int> workerFailures {0};
    QList<QThread *> workers;
    for (int w = 0; w < Workers; ++w) {
        workers.append(QThread::create([&, w] {
            for (int round = 0; round < WorkerRounds; ++round) {
                std::unique_ptr<Registry> registry = openAt(path);
                if (!registry) {
                    ++workerFailures;
                    continue;
                }
                FeatureStore store(*registry);
                const Result<FeatureRecord> added = store.add(feature(
                    QStringLiteral("worker%1_%2").arg(w).arg(round), QStringLiteral("str")));
                if (!added.ok()) {
                    qWarning("worker write: %s", qPrintable(added.error().message));
                    ++workerFailures;
                }
                if (!store.list().ok())
                    ++workerFailures;
            }
        }));
        workers.last()->start();
    }
    // The window's own connection keeps writing on this thread meanwhile.
    int windowWrites = 0;
    for (int i = 0; i < 10; ++i) {
        const Result<FeatureRecord> added = FeatureStore(*window).add(
            feature(QStringLiteral("window_%1").arg(i), QStringLiteral("int")));
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        ++windowWrites;
        QTest::qWait(50);
    }
    for (QThread *worker : std::as_const(workers)) {
        worker->wait();
        delete worker;
    }
    for (QProcess *process : std::as_const(programs)) {
        const Finished finished = finish(*process, 240000);
        QVERIFY2(finished.exitCode == 0,
                 QByteArray(process->program().toUtf8() + ": " + finished.output).constData());
        QVERIFY2(!finished.output.contains("disk I/O error"), finished.output.constData());
    }
    QCOMPARE(workerFailures.load(), 0);

    QVERIFY2(QFileInfo::exists(path + QStringLiteral("-wal")),
             "-wal kept while the window has the file open");
    QVERIFY2(QFileInfo::exists(path + QStringLiteral("-shm")),
             "-shm kept while the window has the file open");
    const qint64 expected
        = qint64(CliWriters) * CliAdds + PythonRows + Workers * WorkerRounds + windowWrites;
    QCOMPARE(scalar(*window, QStringLiteral("SELECT COUNT(*) FROM fd_feature")), expected);
    QCOMPARE(scalar(*window,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM fd_feature WHERE name LIKE 'py\\_%' ESCAPE '\\'")),
             qint64(PythonRows));
    QCOMPARE(integrity(*window), QStringLiteral("ok"));
    // A write after all of it, on the window's first connection, still goes through.
    QVERIFY(
        FeatureStore(*window).add(feature(QStringLiteral("after"), QStringLiteral("int"))).ok());
    window.reset();
    // The last connection closed: SQLite checkpoints and removes its working files itself.
    std::unique_ptr<Registry> again = openAt(path);
    QVERIFY(again);
    QCOMPARE(scalar(*again, QStringLiteral("SELECT COUNT(*) FROM fd_feature")), expected + 1);
    QCOMPARE(integrity(*again), QStringLiteral("ok"));
}

// A registry in a folder that may not be written (here a read-only mount of it) opens for
// browsing; writes are refused naming the folder, and no registry can be made there.
void tst_RegistrySharing::readOnlyFolderOpensForReading()
{
    if (::geteuid() != 0)
        QSKIP("mounting a folder read-only needs root");
    const QString folder = m_dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/lab.sqlite");
    {
        std::unique_ptr<Registry> writer = openAt(path, true);
        QVERIFY(writer);
        QVERIFY(FeatureStore(*writer)
                    .add(feature(QStringLiteral("dose_mg"), QStringLiteral("float")))
                    .ok());
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm"))); // the last close removed it
    const auto mount = [](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral("mount"), arguments);
        return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
    };
    if (!mount({QStringLiteral("--bind"), folder, folder}))
        QSKIP("this machine does not allow bind mounts");
    const auto unmount
        = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {folder}); });
    QVERIFY(mount({QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), folder, folder}));
    QVERIFY(!QFileInfo(folder).isWritable());

    std::unique_ptr<Registry> reader = openAt(path);
    QVERIFY(reader);
    QVERIFY(reader->isReadOnly());
    QVERIFY2(reader->readOnlyReason().contains(folder), qPrintable(reader->readOnlyReason()));
    const Result<QList<FeatureRecord>> features = FeatureStore(*reader).list();
    QVERIFY2(features.ok(), features.ok() ? "" : qPrintable(features.error().message));
    QCOMPARE(features->size(), 1);
    const Result<FeatureRecord> refused
        = FeatureStore(*reader).add(feature(QStringLiteral("cell_type"), QStringLiteral("cat")));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(folder), qPrintable(refused.error().message));
    // A second connection (a worker) opens it too.
    QVERIFY(readOnWorkerThread(path));

    // The same through featuredesk-cli.
    QProcess info;
    info.start(QStringLiteral(FEATUREDESK_CLI),
               {QStringLiteral("--registry"), path, QStringLiteral("info")});
    const Finished shown = finish(info, 60000);
    QVERIFY2(shown.exitCode == 0, shown.output.constData());
    QVERIFY2(shown.output.contains("Features:"), shown.output.constData());

    const QString fresh = folder + QStringLiteral("/new.sqlite");
    Registry::OpenOptions create;
    create.createIfMissing = true;
    const Result<std::unique_ptr<Registry>> made
        = Registry::open(*RegistryLocation::parse(fresh), create);
    QVERIFY(!made.ok());
    QCOMPARE(made.error().code, Error::Code::ReadOnly);
    QVERIFY2(made.error().message.contains(folder), qPrintable(made.error().message));
    QVERIFY(!QFileInfo::exists(fresh));
}

QTEST_GUILESS_MAIN(tst_RegistrySharing)
#include "tst_registrysharing.moc"
