// A shared lab registry, end to end through featuredesk-cli: the roles `init` sets up on
// PostgreSQL and a reader refused every write with a clear message and nothing changed; text that
// looks like SQL stored and shown verbatim; two processes saving the same 20,000-member set at the
// same moment, fifty times over, ending with one set each time; and a process killed in the middle
// of linking a million artifacts leaving all links or none.

#include "model/db/Registry.h"
#include "model/db/RegistryLocation.h"
#include "tests/cli/CliHarness.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace fd;
using namespace fd::test;

class TestCliLab final : public QObject, public CliHarness
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }
    void init() { FD_CLI_INIT(); }

    void readerIsRefusedEveryWrite();
    void textThatLooksLikeSqlIsStoredVerbatim();
    void twoProcessesSaveOneSet();
    void killedWhileLinkingLeavesAllOrNothing();

private:
    // The same registry as another database user (PostgreSQL).
    QString locationAs(const QString &user) const;
    QJsonObject counts(const QString &location);
    qint64 count(const QString &sql);
    QStringList geneUids(int n);
    QProcess *startCli(const QStringList &arguments);
};

QString TestCliLab::locationAs(const QString &user) const
{
    const Result<RegistryLocation> parsed = RegistryLocation::parse(m_location);
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(user, parsed->host())
        .arg(parsed->port())
        .arg(parsed->database());
}

QJsonObject TestCliLab::counts(const QString &location)
{
    const CliRun info = run(
        {QStringLiteral("--registry"), location, QStringLiteral("info"), QStringLiteral("--json")});
    if (info.exitCode != 0)
        qWarning("info failed: %s", info.describe().constData());
    QJsonObject object = info.json().object();
    for (const QString &key : {QStringLiteral("location"), QStringLiteral("user"),
                               QStringLiteral("read_only"), QStringLiteral("read_only_reason")})
        object.remove(key);
    return object;
}

qint64 TestCliLab::count(const QString &sql)
{
    Registry::OpenOptions options;
    options.migrate = false;
    Result<std::unique_ptr<Registry>> registry
        = Registry::open(*RegistryLocation::parse(m_location), options);
    if (!registry)
        return -1;
    return scalar((*registry)->database(), sql);
}

QStringList TestCliLab::geneUids(int n)
{
    const CliRun imported = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"),
                                 QStringLiteral("import"),
                                 sharedData(QStringLiteral("genes/Homo_sapiens.gene_info.tsv")),
                                 QStringLiteral("--json")});
    if (imported.exitCode != 0) {
        qWarning("genes import failed: %s", imported.describe().left(2000).constData());
        return {};
    }
    Registry::OpenOptions options;
    options.migrate = false;
    Result<std::unique_ptr<Registry>> registry
        = Registry::open(*RegistryLocation::parse(m_location), options);
    if (!registry)
        return {};
    QSqlQuery query((*registry)->database());
    QStringList uids;
    if (!query.exec(QStringLiteral("SELECT uid FROM fd_gene ORDER BY uid")))
        return {};
    while (query.next() && uids.size() < n)
        uids.append(query.value(0).toString());
    return uids;
}

QProcess *TestCliLab::startCli(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(baseEnvironment());
    process->start(QStringLiteral(FEATUREDESK_CLI), arguments);
    return process;
}

void TestCliLab::readerIsRefusedEveryWrite()
{
    if (m_backend != QLatin1StringView("postgresql"))
        QSKIP("Roles belong to PostgreSQL; a read-only SQLite file is tested in tst_cli.");
    const CliRun init = run({QStringLiteral("--registry"), m_location, QStringLiteral("init"),
                             QStringLiteral("--json")});
    QVERIFY2(init.exitCode == 0, init.describe().constData());
    const QJsonObject roles = init.json().object().value(QStringLiteral("roles")).toObject();
    QCOMPARE(roles.value(QStringLiteral("reader")).toString(),
             QStringLiteral("featuredesk_reader"));
    QCOMPARE(roles.value(QStringLiteral("writer")).toString(),
             QStringLiteral("featuredesk_writer"));

    // Something to refuse changing.
    const QString feature = addFeature({QStringLiteral("cell_type"), QStringLiteral("--dtype"),
                                        QStringLiteral("cat")})
                                .value(QStringLiteral("uid"))
                                .toString();
    const CliRun set = run({QStringLiteral("--registry"), m_location, QStringLiteral("sets"),
                            QStringLiteral("create"), QStringLiteral("--name"),
                            QStringLiteral("one"), feature, QStringLiteral("--json")});
    const QString setUid = set.json().object().value(QStringLiteral("uid")).toString();
    const QString file = m_registries.tempPath(QStringLiteral("lab.csv"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("cell_type\nT\n");
    }
    const CliRun registered
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("artifacts"),
               QStringLiteral("register"), file, QStringLiteral("--json")});
    const QString artifact
        = registered.json().array().at(0).toObject().value(QStringLiteral("uid")).toString();
    QVERIFY(!setUid.isEmpty() && !artifact.isEmpty());

    const QString suffix = QString::number(QCoreApplication::applicationPid());
    const QString reader = QStringLiteral("fdreader_") + suffix;
    const QString writer = QStringLiteral("fdwriter_") + suffix;
    QString error;
    QVERIFY2(TestRegistries::pgAdmin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(reader), &error),
             qPrintable(error));
    QVERIFY2(TestRegistries::pgAdmin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(writer), &error),
             qPrintable(error));
    QVERIFY2(
        TestRegistries::pgAdmin(
            QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE featuredesk_reader").arg(reader), &error),
        qPrintable(error));
    QVERIFY2(
        TestRegistries::pgAdmin(
            QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE featuredesk_writer").arg(writer), &error),
        qPrintable(error));
    const QString asReader = locationAs(reader);
    const QJsonObject before = counts(m_location);

    // Reading works.
    const CliRun info = run(
        {QStringLiteral("--registry"), asReader, QStringLiteral("info"), QStringLiteral("--json")});
    QVERIFY2(info.exitCode == 0, info.describe().constData());
    QCOMPARE(info.json().object().value(QStringLiteral("read_only")).toBool(), true);
    const CliRun listed = run({QStringLiteral("--registry"), asReader, QStringLiteral("features"),
                               QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    QCOMPARE(listed.json().array().size(), 1);
    const CliRun validated = run({QStringLiteral("--registry"), asReader,
                                  QStringLiteral("validate"), file, QStringLiteral("--json")});
    QVERIFY2(validated.exitCode == 0, validated.describe().constData());

    // Every write: refused, said plainly, nothing changed.
    const QList<QStringList> writes {
        {QStringLiteral("features"), QStringLiteral("add"), QStringLiteral("dose_mg"),
         QStringLiteral("--dtype"), QStringLiteral("float")},
        {QStringLiteral("sets"), QStringLiteral("create"), QStringLiteral("--name"),
         QStringLiteral("two"), feature},
        {QStringLiteral("sets"), QStringLiteral("create"), QStringLiteral("--name"),
         QStringLiteral("from file"), QStringLiteral("--from-columns"), file},
        {QStringLiteral("sets"), QStringLiteral("delete"), setUid},
        {QStringLiteral("artifacts"), QStringLiteral("register"), file},
        {QStringLiteral("artifacts"), QStringLiteral("attach"), artifact, QStringLiteral("--slot"),
         QStringLiteral("columns"), QStringLiteral("--set"), setUid},
        {QStringLiteral("artifacts"), QStringLiteral("detach"), artifact, QStringLiteral("--slot"),
         QStringLiteral("columns")},
        {QStringLiteral("genes"), QStringLiteral("import"),
         sharedData(QStringLiteral("genes/Homo_sapiens.gene_info.tsv"))},
        {QStringLiteral("init")},
    };
    for (const QStringList &write : writes) {
        const CliRun refused = run(QStringList {QStringLiteral("--registry"), asReader} + write);
        QVERIFY2(refused.exitCode == 1,
                 qPrintable(write.join(QLatin1Char(' ')) + QStringLiteral(": ")
                            + QString::fromUtf8(refused.describe())));
        QVERIFY2(
            refused.errText().contains(QStringLiteral("may read this registry but not change it"))
                || refused.errText().contains(QStringLiteral("permission denied")),
            qPrintable(write.join(QLatin1Char(' ')) + QStringLiteral(": ") + refused.errText()));
        QCOMPARE(counts(m_location), before);
    }

    // A writer writes, under its own name.
    const CliRun added
        = run({QStringLiteral("--registry"), locationAs(writer), QStringLiteral("features"),
               QStringLiteral("add"), QStringLiteral("dose_mg"), QStringLiteral("--dtype"),
               QStringLiteral("float"), QStringLiteral("--json")});
    QVERIFY2(added.exitCode == 0, added.describe().constData());
    QCOMPARE(added.json().object().value(QStringLiteral("created_by")).toString(), writer);

    // And attaches a set to 2,000 artifacts at once, whose uids travel by COPY into a temporary
    // table: allowed by the role even where the database's TEMPORARY right is taken from PUBLIC.
    const QString database = RegistryLocation::parse(m_location)->database();
    QVERIFY2(TestRegistries::pgAdmin(
                 QStringLiteral("REVOKE TEMPORARY ON DATABASE \"%1\" FROM PUBLIC").arg(database),
                 &error),
             qPrintable(error));
    QStringList many;
    {
        Registry::OpenOptions options;
        options.migrate = false;
        Result<std::unique_ptr<Registry>> registry
            = Registry::open(*RegistryLocation::parse(m_location), options);
        FD_VERIFY_OK(registry);
        QSqlQuery query((*registry)->database());
        QVERIFY2(
            query.exec(
                QStringLiteral(
                    "INSERT INTO fd_artifact (uid, key_name, suffix, size, hash, hash_type, "
                    "created_by) "
                    "SELECT 'Many' || lpad(CAST(i AS TEXT), 12, '0') || '0000', 'many-' || i || "
                    "'.csv', '.csv', i, "
                    "'manyhash' || i, 'md5', %1 FROM generate_series(1, 2000) AS i RETURNING uid")
                    .arg((*registry)->userId())),
            qPrintable(query.lastError().text()));
        while (query.next())
            many.append(query.value(0).toString());
    }
    QCOMPARE(many.size(), 2000);
    const QString listFile = m_registries.tempPath(QStringLiteral("many.txt"));
    {
        QFile out(listFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(many.join(QLatin1Char('\n')).toUtf8());
    }
    const CliRun attachedMany
        = run({QStringLiteral("--registry"), locationAs(writer), QStringLiteral("artifacts"),
               QStringLiteral("attach"), QStringLiteral("--artifacts-file"), listFile,
               QStringLiteral("--slot"), QStringLiteral("obs"), QStringLiteral("--set"), setUid});
    TestRegistries::pgAdmin(
        QStringLiteral("GRANT TEMPORARY ON DATABASE \"%1\" TO PUBLIC").arg(database));
    QVERIFY2(attachedMany.exitCode == 0, attachedMany.describe().constData());
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM fd_artifact_feature_set WHERE slot = 'obs'")),
        2000);
    TestRegistries::pgAdmin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(reader));
}

void TestCliLab::textThatLooksLikeSqlIsStoredVerbatim()
{
    QVERIFY(initRegistry());
    const QString name = QStringLiteral("x'); DROP TABLE fd_feature; --");
    const QString description
        = QStringLiteral("'; DELETE FROM fd_run; -- \"quoted\" \\ backslash %_");
    const QJsonObject feature = addFeature(
        {name, QStringLiteral("--dtype"), QStringLiteral("str"), QStringLiteral("--description"),
         description, QStringLiteral("--synonyms"), QStringLiteral("a' OR '1'='1|b")});
    QCOMPARE(feature.value(QStringLiteral("name")).toString(), name);
    const QString setName = QStringLiteral("Robert'); DROP TABLE fd_feature_set;--");
    const CliRun set
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("sets"),
               QStringLiteral("create"), QStringLiteral("--name"), setName,
               feature.value(QStringLiteral("uid")).toString(), QStringLiteral("--json")});
    QVERIFY2(set.exitCode == 0, set.describe().constData());
    const QString file = m_registries.tempPath(QStringLiteral("inj-%1.csv").arg(m_backend));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("a\n1\n");
    }
    const CliRun registered
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("artifacts"),
               QStringLiteral("register"), file, QStringLiteral("--json")});
    const QString artifact
        = registered.json().array().at(0).toObject().value(QStringLiteral("uid")).toString();
    const QString slot = QStringLiteral("obs'; DELETE FROM fd_artifact_feature_set; --");
    const CliRun attached = run({QStringLiteral("--registry"), m_location,
                                 QStringLiteral("artifacts"), QStringLiteral("attach"), artifact,
                                 QStringLiteral("--slot"), slot, QStringLiteral("--set"),
                                 set.json().object().value(QStringLiteral("uid")).toString()});
    QVERIFY2(attached.exitCode == 0, attached.describe().constData());

    // Shown back as stored, and every table still there.
    const CliRun features
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("features"),
               QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonObject listed = features.json().array().at(0).toObject();
    QCOMPARE(listed.value(QStringLiteral("name")).toString(), name);
    QCOMPARE(listed.value(QStringLiteral("description")).toString(), description);
    const CliRun shown = run({QStringLiteral("--registry"), m_location, QStringLiteral("artifacts"),
                              QStringLiteral("show"), artifact, QStringLiteral("--json")});
    QVERIFY(shown.json().object().value(QStringLiteral("slots")).toObject().contains(slot));
    const CliRun sets = run({QStringLiteral("--registry"), m_location, QStringLiteral("sets"),
                             QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(sets.json().array().at(0).toObject().value(QStringLiteral("name")).toString(),
             setName);
    // Search text is a pattern, never SQL: nothing matches, nothing breaks.
    const CliRun found
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"),
               QStringLiteral("find"), QStringLiteral("' OR 1=1 --"), QStringLiteral("--json")});
    QVERIFY2(found.exitCode == 0, found.describe().constData());
    QCOMPARE(found.json().array().size(), 0);
    const QJsonObject after = counts(m_location);
    QCOMPARE(after.value(QStringLiteral("features")).toInt(), 1);
    QCOMPARE(after.value(QStringLiteral("feature_sets")).toInt(), 1);
    QCOMPARE(after.value(QStringLiteral("artifacts")).toInt(), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_artifact_feature_set")), 1);
}

void TestCliLab::twoProcessesSaveOneSet()
{
    QVERIFY(initRegistry());
    constexpr int Members = 20'000;
    constexpr int Rounds = 50;
    const QStringList genes = geneUids(Members + Rounds);
    QCOMPARE(genes.size(), Members + Rounds);
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < Rounds; ++round) {
        // Another window of genes each round: a new set, which both processes save at once.
        const QStringList arguments
            = QStringList {QStringLiteral("--registry"), m_location,
                           QStringLiteral("sets"),       QStringLiteral("create"),
                           QStringLiteral("--name"),     QStringLiteral("panel %1").arg(round),
                           QStringLiteral("--members"),  QStringLiteral("bionty.Gene"),
                           QStringLiteral("--json")}
            + genes.mid(round, Members);
        QProcess *first = startCli(arguments);
        QProcess *second = startCli(arguments);
        QVERIFY(first->waitForFinished(120000) && second->waitForFinished(120000));
        QJsonObject results[2];
        int created = 0;
        for (int i = 0; i < 2; ++i) {
            QProcess *process = i == 0 ? first : second;
            const QByteArray out = process->readAllStandardOutput();
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
            results[i] = QJsonDocument::fromJson(out).object();
            created += results[i].value(QStringLiteral("created")).toBool() ? 1 : 0;
        }
        QCOMPARE(results[0].value(QStringLiteral("uid")), results[1].value(QStringLiteral("uid")));
        QCOMPARE(results[0].value(QStringLiteral("n")).toInt(), Members);
        QCOMPARE(created, 1);
        delete first;
        delete second;
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_feature_set")), Rounds);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_feature_set_gene")),
             qint64(Members) * Rounds);
    qInfo("%d rounds of two processes in %lld ms", Rounds, timer.elapsed());
}

void TestCliLab::killedWhileLinkingLeavesAllOrNothing()
{
    QVERIFY(initRegistry());
    constexpr qint64 Artifacts = 1'000'000;
    const QString feature = addFeature({QStringLiteral("cell_type"), QStringLiteral("--dtype"),
                                        QStringLiteral("cat")})
                                .value(QStringLiteral("uid"))
                                .toString();
    const CliRun set = run({QStringLiteral("--registry"), m_location, QStringLiteral("sets"),
                            QStringLiteral("create"), QStringLiteral("--name"),
                            QStringLiteral("sheet"), feature, QStringLiteral("--json")});
    const QString setUid = set.json().object().value(QStringLiteral("uid")).toString();
    QVERIFY(!setUid.isEmpty());
    // A million artifacts, written directly: registering a million files is not what is tested.
    {
        Registry::OpenOptions options;
        options.migrate = false;
        Result<std::unique_ptr<Registry>> registry
            = Registry::open(*RegistryLocation::parse(m_location), options);
        FD_VERIFY_OK(registry);
        QSqlDatabase db = (*registry)->database();
        QVERIFY(db.transaction());
        QSqlQuery query(db);
        const QString padded = m_backend == QLatin1StringView("postgresql")
            ? QStringLiteral("lpad(CAST(i AS TEXT), 16, '0')")
            : QStringLiteral("substr('0000000000000000' || i, -16, 16)");
        QVERIFY2(
            query.exec(
                QStringLiteral(
                    "INSERT INTO fd_artifact (uid, key_name, suffix, size, hash, hash_type, "
                    "created_by) "
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                    "SELECT %3 || '0000', 'sample-' || i || '.csv', '.csv', i, 'hash' || i, 'md5', "
                    "%2 FROM n")
                    .arg(Artifacts)
                    .arg((*registry)->userId())
                    .arg(padded)),
            qPrintable(query.lastError().text()));
        QVERIFY(db.commit());
    }
    const QString list = m_registries.tempPath(QStringLiteral("million-%1.txt").arg(m_backend));
    {
        QFile out(list);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QByteArray text;
        text.reserve(Artifacts * 21);
        for (qint64 i = 1; i <= Artifacts; ++i)
            text += QByteArray::number(i).rightJustified(16, '0') + "0000\n";
        out.write(text);
    }
    const QStringList attach {QStringLiteral("--registry"),
                              m_location,
                              QStringLiteral("artifacts"),
                              QStringLiteral("attach"),
                              QStringLiteral("--artifacts-file"),
                              list,
                              QStringLiteral("--slot"),
                              QStringLiteral("columns"),
                              QStringLiteral("--set"),
                              setUid};
    const QString links = QStringLiteral("SELECT COUNT(*) FROM fd_artifact_feature_set");
    // Killed at several moments: reading the list, binding it, inside the one statement.
    int killedRunning = 0;
    for (int delay : {150, 500, 900, 1400, 2000}) {
        QProcess *process = startCli(attach);
        QVERIFY(process->waitForStarted());
        QThread::msleep(delay);
        const bool running = process->state() == QProcess::Running;
        process->kill();
        process->waitForFinished();
        killedRunning += running ? 1 : 0;
        // On PostgreSQL the server ends the killed session's transaction; wait until it has.
        qint64 linked = -1;
        for (int attempt = 0; attempt < 100; ++attempt) {
            linked = count(links);
            if (linked == 0 || linked == Artifacts)
                break;
            QThread::msleep(100);
        }
        QVERIFY2(linked == 0 || linked == Artifacts,
                 qPrintable(QStringLiteral("after %1 ms: %2 links").arg(delay).arg(linked)));
        delete process;
        if (linked == Artifacts)
            break; // it finished before the kill: nothing more to interrupt
    }
    QVERIFY2(killedRunning > 0, "never killed while it ran");
    // Left alone, it links them all.
    const CliRun done = run(attach);
    QVERIFY2(done.exitCode == 0, done.describe().constData());
    QCOMPARE(count(links), Artifacts);
}

QTEST_GUILESS_MAIN(TestCliLab)
#include "tst_clilab.moc"
