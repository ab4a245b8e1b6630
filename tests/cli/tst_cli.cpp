// featuredesk-cli end to end: the real binary through QProcess, on a real SQLite file and a real
// PostgreSQL database, its output read back as JSON.

#include "model/Identity.h"
#include "model/Schema.h"
#include "tests/support/BackendTest.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

// QSKIP ends the function it stands in, so this has to be a macro, not a helper function.
#define FD_SKIP_UNLESS_SQLITE(why)                                                                 \
    do {                                                                                           \
        if (m_backend != QLatin1StringView("sqlite"))                                              \
            QSKIP(why);                                                                            \
    } while (false)

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    // For QVERIFY2: what the process said, when it said something unexpected.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + ", stdout: " + out + ", stderr: " + err;
    }
};

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();

    void initJson();
    void featuresAddAndList();
    void duplicateNameFails();
    void unknownDtypeFails();
    void usageErrors_data();
    void usageErrors();
    void hashSet();
    void hashSetVectors_data();
    void hashSetVectors();
    void setsCreateShowDelete();
    void registryOptionAfterCommand();
    void registryFromEnvironment();
    void missingRegistryFails();
    void unreachableServerFails();
    void version();
    void injectionLookingNamesStoredVerbatim();
    void genesImportAndFind();
    void previewAndInspect();
    void validateColumnsAndValues();
    void validateWithRecipe();
    void setsCreateFromFiles();
    void standardizeValues();
    void standardizeColumnNames();

private:
    // A clean environment: no FEATUREDESK_REGISTRY, and a home of our own, so that a command
    // without --registry can never touch the user's real default registry.
    QProcessEnvironment baseEnvironment() const;
    CliRun run(const QStringList &arguments, const QProcessEnvironment &environment = {}) const;
    // Runs `init` on m_location and checks it worked.
    bool initRegistry();
    QJsonObject addFeature(const QStringList &arguments);

    fd::test::TestRegistries m_registries;
    QString m_backend;
    QString m_location;
};

QProcessEnvironment TestCli::baseEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("FEATUREDESK_REGISTRY"));
    environment.insert(QStringLiteral("HOME"), m_registries.tempPath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"),
                       m_registries.tempPath(QStringLiteral("home/.local/share")));
    return environment;
}

CliRun TestCli::run(const QStringList &arguments, const QProcessEnvironment &environment) const
{
    QProcess process;
    process.setProcessEnvironment(environment.isEmpty() ? baseEnvironment() : environment);
    process.start(QStringLiteral(FEATUREDESK_CLI), arguments);
    CliRun result;
    if (!process.waitForStarted(30000)) {
        qWarning("could not start %s: %s", FEATUREDESK_CLI, qPrintable(process.errorString()));
        return result;
    }
    if (!process.waitForFinished(120000)) {
        qWarning("featuredesk-cli %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return result;
}

bool TestCli::initRegistry()
{
    const CliRun init = run({QStringLiteral("--registry"), m_location, QStringLiteral("init")});
    if (init.exitCode != 0)
        qWarning("init failed: %s", init.describe().constData());
    return init.exitCode == 0;
}

QJsonObject TestCli::addFeature(const QStringList &arguments)
{
    const CliRun added = run(QStringList {QStringLiteral("--registry"), m_location,
                                          QStringLiteral("features"), QStringLiteral("add")}
                             + arguments + QStringList {QStringLiteral("--json")});
    if (added.exitCode != 0) {
        qWarning("features add failed: %s", added.describe().constData());
        return {};
    }
    return added.json().object();
}


void TestCli::initTestCase_data()
{
    fd::test::addBackendRows();
}

void TestCli::init()
{
    FD_BACKEND_INIT(m_registries, m_location);
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
}

void TestCli::initJson()
{
    const CliRun init = run({QStringLiteral("--registry"), m_location, QStringLiteral("init"),
                             QStringLiteral("--json")});
    QVERIFY2(init.exitCode == 0, init.describe());
    const QJsonObject object = init.json().object();
    QVERIFY2(!object.isEmpty(), init.describe());
    QCOMPARE(object.value(QStringLiteral("backend")).toString(), m_backend);
    QCOMPARE(object.value(QStringLiteral("schema_version")).toInt(-1), fd::Schema::latestVersion());
    QVERIFY(!object.value(QStringLiteral("user")).toString().isEmpty());
    const QString location = object.value(QStringLiteral("location")).toString();
    if (m_backend == QLatin1StringView("sqlite")) {
        QCOMPARE(location, m_location);
        QVERIFY(QFile::exists(m_location));
    } else {
        QCOMPARE(location, fd::RegistryLocation::parse(m_location)->displayText());
    }

    // init a second time keeps the registry and reports the same schema.
    const CliRun again = run({QStringLiteral("init"), QStringLiteral("--json"),
                              QStringLiteral("--registry"), m_location});
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(again.json().object().value(QStringLiteral("schema_version")).toInt(-1),
             fd::Schema::latestVersion());
}

void TestCli::featuresAddAndList()
{
    QVERIFY(initRegistry());
    const QJsonObject weight
        = addFeature({QStringLiteral("body_weight"), QStringLiteral("--dtype"),
                      QStringLiteral("float"), QStringLiteral("--unit"), QStringLiteral("kg"),
                      QStringLiteral("--description"), QStringLiteral("Weight at sampling"),
                      QStringLiteral("--synonyms"), QStringLiteral("weight|mass")});
    QVERIFY(!weight.isEmpty());
    const QString uid = weight.value(QStringLiteral("uid")).toString();
    QVERIFY2(fd::identity::isBase62(uid, fd::identity::FeatureUidLength), qPrintable(uid));
    QCOMPARE(weight.value(QStringLiteral("name")).toString(), QStringLiteral("body_weight"));
    QCOMPARE(weight.value(QStringLiteral("dtype")).toString(), QStringLiteral("float"));
    QCOMPARE(weight.value(QStringLiteral("unit")).toString(), QStringLiteral("kg"));
    QCOMPARE(weight.value(QStringLiteral("description")).toString(),
             QStringLiteral("Weight at sampling"));
    QVERIFY(weight.value(QStringLiteral("synonyms")).isArray());
    QCOMPARE(weight.value(QStringLiteral("synonyms")).toVariant().toStringList(),
             (QStringList {QStringLiteral("weight"), QStringLiteral("mass")}));

    const QJsonObject cellType = addFeature({QStringLiteral("cell_type"), QStringLiteral("--dtype"),
                                             QStringLiteral("cat[bionty.CellType]")});
    QVERIFY(!cellType.isEmpty());
    QVERIFY(cellType.value(QStringLiteral("unit")).isNull());
    QVERIFY(cellType.value(QStringLiteral("description")).isNull());
    QCOMPARE(cellType.value(QStringLiteral("synonyms")).toArray().size(), 0);
    QVERIFY(cellType.value(QStringLiteral("uid")).toString() != uid);

    const CliRun list = run({QStringLiteral("--registry"), m_location, QStringLiteral("features"),
                             QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, list.describe());
    QVERIFY2(list.json().isArray(), list.describe());
    const QJsonArray features = list.json().array();
    QCOMPARE(features.size(), 2);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &value : features) {
        const QJsonObject feature = value.toObject();
        for (const char *key : {"uid", "name", "dtype", "unit", "description", "synonyms"})
            QVERIFY2(feature.contains(QLatin1StringView(key)), key);
        byName.insert(feature.value(QStringLiteral("name")).toString(), feature);
    }
    QCOMPARE(byName.value(QStringLiteral("body_weight")), weight);
    QCOMPARE(byName.value(QStringLiteral("cell_type")), cellType);
}

void TestCli::duplicateNameFails()
{
    QVERIFY(initRegistry());
    const QJsonObject first = addFeature(
        {QStringLiteral("tumor_volume"), QStringLiteral("--dtype"), QStringLiteral("float")});
    QVERIFY(!first.isEmpty());
    const CliRun again = run({QStringLiteral("--registry"), m_location, QStringLiteral("features"),
                              QStringLiteral("add"), QStringLiteral("tumor_volume"),
                              QStringLiteral("--dtype"), QStringLiteral("int")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.out.isEmpty());
    const QString message = again.errText().trimmed();
    QVERIFY2(!message.contains(QLatin1Char('\n')), again.err);
    QVERIFY2(message.contains(QLatin1StringView("tumor_volume")), again.err);
    QVERIFY2(message.contains(first.value(QStringLiteral("uid")).toString()), again.err);

    const CliRun list = run({QStringLiteral("--registry"), m_location, QStringLiteral("features"),
                             QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, list.describe());
    QCOMPARE(list.json().array().size(), 1);
    QCOMPARE(list.json().array().at(0).toObject().value(QStringLiteral("dtype")).toString(),
             QStringLiteral("float"));
}

void TestCli::unknownDtypeFails()
{
    QVERIFY(initRegistry());
    const CliRun added = run({QStringLiteral("--registry"), m_location, QStringLiteral("features"),
                              QStringLiteral("add"), QStringLiteral("age"),
                              QStringLiteral("--dtype"), QStringLiteral("integer64")});
    QCOMPARE(added.exitCode, 1);
    QVERIFY2(added.errText().contains(QLatin1StringView("integer64")), added.err);
    const CliRun list = run({QStringLiteral("--registry"), m_location, QStringLiteral("features"),
                             QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, list.describe());
    QCOMPARE(list.json().array().size(), 0);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("only --json") << QStringList {QStringLiteral("--json")};
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
    QTest::newRow("unknown features command")
        << QStringList {QStringLiteral("features"), QStringLiteral("remove")};
    QTest::newRow("add without --dtype")
        << QStringList {QStringLiteral("features"), QStringLiteral("add"), QStringLiteral("age")};
    QTest::newRow("add with an empty --dtype")
        << QStringList {QStringLiteral("features"), QStringLiteral("add"), QStringLiteral("age"),
                        QStringLiteral("--dtype"), QString()};
    QTest::newRow("add without name")
        << QStringList {QStringLiteral("features"), QStringLiteral("add"),
                        QStringLiteral("--dtype"), QStringLiteral("int")};
    QTest::newRow("hash-set without uids") << QStringList {QStringLiteral("hash-set")};
    QTest::newRow("sets create without --name") << QStringList {
        QStringLiteral("sets"), QStringLiteral("create"), QStringLiteral("AAAAAAAAAAAA")};
    QTest::newRow("standardize without --out")
        << QStringList {QStringLiteral("standardize"), QStringLiteral("sheet.csv")};
    QTest::newRow("standardize --values without --field")
        << QStringList {QStringLiteral("standardize"), QStringLiteral("sheet.csv"),
                        QStringLiteral("--out"), QStringLiteral("out.csv"),
                        QStringLiteral("--values"), QStringLiteral("gene")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QVERIFY(initRegistry());
    const CliRun usage = run(QStringList {QStringLiteral("--registry"), m_location} + arguments);
    QCOMPARE(usage.exitCode, 2);
    QVERIFY2(usage.errText().startsWith(QLatin1StringView("featuredesk-cli: ")), usage.err);
    // Nothing was written.
    const CliRun list = run({QStringLiteral("--registry"), m_location, QStringLiteral("features"),
                             QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, list.describe());
    QCOMPARE(list.json().array().size(), 0);
}

void TestCli::hashSet()
{
    FD_SKIP_UNLESS_SQLITE("hash-set touches no registry; it runs once, in the sqlite row");
    const QStringList uids {QStringLiteral("AAAAAAAAAAAA"), QStringLiteral("BBBBBBBBBBBB")};
    const CliRun plain = run(QStringList {QStringLiteral("hash-set")} + uids);
    QVERIFY2(plain.exitCode == 0, plain.describe());
    QCOMPARE(plain.out.trimmed(), QByteArray("mWzaRHGBe8JCAt9Ncvyq"));

    const CliRun json = run(QStringList {QStringLiteral("hash-set"), QStringLiteral("--json"),
                                         uids.at(1), uids.at(0), uids.at(1)});
    QVERIFY2(json.exitCode == 0, json.describe());
    const QJsonObject object = json.json().object();
    QCOMPARE(object.value(QStringLiteral("hash")).toString(),
             QStringLiteral("mWzaRHGBe8JCAt9Ncvyq"));
    QCOMPARE(object.value(QStringLiteral("n")).toInt(-1), 2);
    QCOMPARE(object.size(), 2);
}

void TestCli::hashSetVectors_data()
{
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<QString>("hash");
    QFile file(fd::test::sharedData(QStringLiteral("identity/vectors.json")));
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(file.fileName() + QStringLiteral(": ") + file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray vectors = document.object().value(QStringLiteral("set_hash")).toArray();
    QVERIFY(!vectors.isEmpty());
    for (const QJsonValue &value : vectors) {
        const QJsonObject vector = value.toObject();
        const QStringList members
            = vector.value(QStringLiteral("members")).toVariant().toStringList();
        const QString hash = vector.value(QStringLiteral("hash")).toString();
        QTest::addRow("%d members, %s", int(members.size()), qPrintable(hash)) << members << hash;
    }
}

void TestCli::hashSetVectors()
{
    QFETCH(QStringList, members);
    QFETCH(QString, hash);
    FD_SKIP_UNLESS_SQLITE("hash-set touches no registry; it runs once, in the sqlite row");
    const CliRun result
        = run(QStringList {QStringLiteral("hash-set"), QStringLiteral("--json")} + members);
    QVERIFY2(result.exitCode == 0, result.err);
    const QJsonObject object = result.json().object();
    QCOMPARE(object.value(QStringLiteral("hash")).toString(), hash);
    QStringList distinct = members;
    distinct.removeDuplicates();
    QCOMPARE(object.value(QStringLiteral("n")).toInt(-1), int(distinct.size()));
}

void TestCli::setsCreateShowDelete()
{
    QVERIFY(initRegistry());
    QStringList uids;
    for (const QString &name :
         {QStringLiteral("gene_a"), QStringLiteral("gene_b"), QStringLiteral("gene_c")}) {
        const QJsonObject feature
            = addFeature({name, QStringLiteral("--dtype"), QStringLiteral("number")});
        QVERIFY(!feature.isEmpty());
        uids.append(feature.value(QStringLiteral("uid")).toString());
    }

    const CliRun created
        = run(QStringList {QStringLiteral("--registry"), m_location, QStringLiteral("sets"),
                           QStringLiteral("create"), QStringLiteral("--name"),
                           QStringLiteral("panel one"), QStringLiteral("--json")}
              + uids);
    QVERIFY2(created.exitCode == 0, created.describe());
    const QJsonObject set = created.json().object();
    QCOMPARE(set.value(QStringLiteral("created")).toBool(false), true);
    QCOMPARE(set.value(QStringLiteral("name")).toString(), QStringLiteral("panel one"));
    QCOMPARE(set.value(QStringLiteral("n")).toInt(), 3);
    QCOMPARE(set.value(QStringLiteral("hash")).toString(), fd::identity::hashSet(uids));
    const QString setUid = set.value(QStringLiteral("uid")).toString();
    QVERIFY2(fd::identity::isBase62(setUid, fd::identity::FeatureSetUidLength), qPrintable(setUid));

    // The same members in another order, under another name: the stored set comes back.
    const QStringList reordered {uids.at(2), uids.at(0), uids.at(1)};
    const CliRun again
        = run(QStringList {QStringLiteral("sets"), QStringLiteral("create"),
                           QStringLiteral("--name"), QStringLiteral("panel two"),
                           QStringLiteral("--json"), QStringLiteral("--registry"), m_location}
              + reordered);
    QVERIFY2(again.exitCode == 0, again.describe());
    const QJsonObject existing = again.json().object();
    QCOMPARE(existing.value(QStringLiteral("created")).toBool(true), false);
    QCOMPARE(existing.value(QStringLiteral("uid")).toString(), setUid);
    QCOMPARE(existing.value(QStringLiteral("name")).toString(), QStringLiteral("panel one"));

    const CliRun list = run({QStringLiteral("--registry"), m_location, QStringLiteral("sets"),
                             QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, list.describe());
    QCOMPARE(list.json().array().size(), 1);

    const CliRun show = run({QStringLiteral("--registry"), m_location, QStringLiteral("sets"),
                             QStringLiteral("show"), setUid, QStringLiteral("--json")});
    QVERIFY2(show.exitCode == 0, show.describe());
    const QJsonArray members = show.json().object().value(QStringLiteral("members")).toArray();
    QCOMPARE(members.size(), 3);
    QStringList memberUids;
    QStringList memberNames;
    for (const QJsonValue &member : members) {
        memberUids.append(member.toObject().value(QStringLiteral("uid")).toString());
        memberNames.append(member.toObject().value(QStringLiteral("name")).toString());
    }
    memberUids.sort();
    QStringList expectedUids = uids;
    expectedUids.sort();
    QCOMPARE(memberUids, expectedUids);
    memberNames.sort();
    QCOMPARE(memberNames,
             (QStringList {QStringLiteral("gene_a"), QStringLiteral("gene_b"),
                           QStringLiteral("gene_c")}));

    const CliRun removed = run({QStringLiteral("--registry"), m_location, QStringLiteral("sets"),
                                QStringLiteral("delete"), setUid, QStringLiteral("--json")});
    QVERIFY2(removed.exitCode == 0, removed.describe());
    QCOMPARE(removed.json().object().value(QStringLiteral("deleted")).toString(), setUid);

    const CliRun gone = run({QStringLiteral("--registry"), m_location, QStringLiteral("sets"),
                             QStringLiteral("show"), setUid});
    QCOMPARE(gone.exitCode, 1);
    QVERIFY2(gone.errText().contains(setUid), gone.err);
    const CliRun empty = run({QStringLiteral("--registry"), m_location, QStringLiteral("sets"),
                              QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(empty.exitCode == 0, empty.describe());
    QCOMPARE(empty.json().array().size(), 0);

    // Unknown member uids are refused, and nothing is saved.
    const CliRun unknown = run({QStringLiteral("--registry"), m_location, QStringLiteral("sets"),
                                QStringLiteral("create"), QStringLiteral("--name"),
                                QStringLiteral("ghosts"), QStringLiteral("ZZZZZZZZZZZZ")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.errText().contains(QLatin1StringView("ZZZZZZZZZZZZ")), unknown.err);
}

void TestCli::registryOptionAfterCommand()
{
    // init with --registry=LOCATION after the command, then use it both ways.
    const CliRun init = run({QStringLiteral("init"), QStringLiteral("--registry=") + m_location});
    QVERIFY2(init.exitCode == 0, init.describe());
    const QJsonObject added
        = addFeature({QStringLiteral("ph"), QStringLiteral("--dtype"), QStringLiteral("float")});
    QVERIFY(!added.isEmpty());

    const CliRun before = run({QStringLiteral("--registry"), m_location, QStringLiteral("features"),
                               QStringLiteral("list"), QStringLiteral("--json")});
    const CliRun after = run({QStringLiteral("features"), QStringLiteral("list"),
                              QStringLiteral("--json"), QStringLiteral("--registry"), m_location});
    QVERIFY2(before.exitCode == 0, before.describe());
    QVERIFY2(after.exitCode == 0, after.describe());
    QCOMPARE(after.json().array().size(), 1);
    QCOMPARE(after.json().array().at(0).toObject(), added);
    QCOMPARE(after.json(), before.json());

    const CliRun addAfter
        = run({QStringLiteral("features"), QStringLiteral("add"), QStringLiteral("temperature"),
               QStringLiteral("--dtype"), QStringLiteral("float"), QStringLiteral("--registry"),
               m_location});
    QVERIFY2(addAfter.exitCode == 0, addAfter.describe());
    const CliRun list = run({QStringLiteral("--registry"), m_location, QStringLiteral("features"),
                             QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.json().array().size(), 2);
}

void TestCli::registryFromEnvironment()
{
    QProcessEnvironment environment = baseEnvironment();
    environment.insert(QStringLiteral("FEATUREDESK_REGISTRY"), m_location);
    const CliRun init = run({QStringLiteral("init"), QStringLiteral("--json")}, environment);
    QVERIFY2(init.exitCode == 0, init.describe());
    QCOMPARE(init.json().object().value(QStringLiteral("backend")).toString(), m_backend);
    const CliRun added
        = run({QStringLiteral("features"), QStringLiteral("add"), QStringLiteral("batch"),
               QStringLiteral("--dtype"), QStringLiteral("str")},
              environment);
    QVERIFY2(added.exitCode == 0, added.describe());

    // The feature landed in the registry the variable names, as --registry sees it.
    const CliRun list = run({QStringLiteral("--registry"), m_location, QStringLiteral("features"),
                             QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, list.describe());
    QCOMPARE(list.json().array().size(), 1);
    QCOMPARE(list.json().array().at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("batch"));

    // --registry wins over the variable.
    const QString other = m_registries.freshLocation(m_backend, QStringLiteral("other"));
    const CliRun otherInit
        = run({QStringLiteral("--registry"), other, QStringLiteral("init")}, environment);
    QVERIFY2(otherInit.exitCode == 0, otherInit.describe());
    const CliRun otherList = run({QStringLiteral("--registry"), other, QStringLiteral("features"),
                                  QStringLiteral("list"), QStringLiteral("--json")},
                                 environment);
    QVERIFY2(otherList.exitCode == 0, otherList.describe());
    QCOMPARE(otherList.json().array().size(), 0);
}

void TestCli::missingRegistryFails()
{
    QString absent;
    if (m_backend == QLatin1StringView("sqlite")) {
        absent = m_registries.tempPath(QStringLiteral("no-such-folder/absent.sqlite"));
    } else {
        const QString database
            = QStringLiteral("fd_tstcli_absent_%1").arg(QCoreApplication::applicationPid());
        QString error;
        QVERIFY2(
            fd::test::TestRegistries::pgAdmin(
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database), &error),
            qPrintable(error));
        absent = fd::test::TestRegistries::pgServer() + QLatin1Char('/') + database;
    }
    const QString shown = fd::RegistryLocation::parse(absent)->displayText();
    for (const QStringList &command :
         {QStringList {QStringLiteral("info")},
          QStringList {QStringLiteral("features"), QStringLiteral("list")},
          QStringList {QStringLiteral("features"), QStringLiteral("add"), QStringLiteral("x"),
                       QStringLiteral("--dtype"), QStringLiteral("int")}}) {
        const CliRun result = run(QStringList {QStringLiteral("--registry"), absent} + command);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.errText().contains(shown), result.err);
        QVERIFY2(!result.errText().trimmed().contains(QLatin1Char('\n')), result.err);
    }
    // Only init creates a registry; the failed commands did not.
    if (m_backend == QLatin1StringView("sqlite"))
        QVERIFY(!QFile::exists(absent));
}

void TestCli::unreachableServerFails()
{
    FD_SKIP_UNLESS_SQLITE("needs no server; it runs once, in the sqlite row");
    QElapsedTimer timer;
    timer.start();
    const CliRun result
        = run({QStringLiteral("--registry"), QStringLiteral("postgresql://postgres@127.0.0.1:1/x"),
               QStringLiteral("info")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(result.errText().contains(QLatin1StringView("postgresql://postgres@127.0.0.1:1/x")),
             result.err);
    QVERIFY(result.out.isEmpty());
}

void TestCli::version()
{
    FD_SKIP_UNLESS_SQLITE("needs no registry; it runs once, in the sqlite row");
    const CliRun result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QByteArray("featuredesk-cli " FEATUREDESK_VERSION));
}

void TestCli::injectionLookingNamesStoredVerbatim()
{
    QVERIFY(initRegistry());
    const QStringList names {QStringLiteral("x'); DROP TABLE fd_feature;--"),
                             QStringLiteral("\"; DELETE FROM fd_user"),
                             QStringLiteral("50% of _all_ \\ rows")};
    for (const QString &name : names) {
        const QJsonObject added
            = addFeature({name, QStringLiteral("--dtype"), QStringLiteral("str"),
                          QStringLiteral("--description"), name});
        QVERIFY2(!added.isEmpty(), qPrintable(name));
        QCOMPARE(added.value(QStringLiteral("name")).toString(), name);
    }
    const CliRun list = run({QStringLiteral("--registry"), m_location, QStringLiteral("features"),
                             QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, list.describe());
    QStringList listed;
    for (const QJsonValue &value : list.json().array()) {
        const QJsonObject feature = value.toObject();
        listed.append(feature.value(QStringLiteral("name")).toString());
        QCOMPARE(feature.value(QStringLiteral("description")).toString(),
                 feature.value(QStringLiteral("name")).toString());
    }
    listed.sort();
    QStringList expected = names;
    expected.sort();
    QCOMPARE(listed, expected);

    // The user table is intact: the registry still opens and counts.
    const CliRun info = run({QStringLiteral("--registry"), m_location, QStringLiteral("info"),
                             QStringLiteral("--json")});
    QVERIFY2(info.exitCode == 0, info.describe());
    QCOMPARE(info.json().object().value(QStringLiteral("features")).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestCli)

void TestCli::genesImportAndFind()
{
    QVERIFY(initRegistry());
    const QString file = QFINDTESTDATA("../genes/data/ncbi_small.gene_info.tsv");
    const CliRun imported = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"),
                                 QStringLiteral("import"), file, QStringLiteral("--json")});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    const QJsonObject report = imported.json().object();
    const qint64 added = report.value(QStringLiteral("added")).toInteger();
    QVERIFY(added > 0);
    QCOMPARE(report.value(QStringLiteral("updated")).toInteger(), 0);
    QVERIFY(report.contains(QStringLiteral("skipped")));

    // Again: nothing new.
    const CliRun again = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"),
                              QStringLiteral("import"), file, QStringLiteral("--json")});
    QVERIFY2(again.exitCode == 0, again.describe().constData());
    QCOMPARE(again.json().object().value(QStringLiteral("added")).toInteger(), 0);

    // A synonym finds its gene, with the fields the issue names.
    const CliRun found = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"),
                              QStringLiteral("find"), QStringLiteral("A1B"), QStringLiteral("--json")});
    QVERIFY2(found.exitCode == 0, found.describe().constData());
    const QJsonArray genes = found.json().array();
    QVERIFY(!genes.isEmpty());
    bool sawA1bg = false;
    for (const QJsonValue &value : genes) {
        const QJsonObject gene = value.toObject();
        for (const char *key : {"uid", "symbol", "ensembl_gene_id", "ncbi_gene_id", "biotype", "synonyms"})
            QVERIFY2(gene.contains(QLatin1StringView(key)), key);
        if (gene.value(QStringLiteral("symbol")).toString() == QLatin1StringView("A1BG")) {
            sawA1bg = true;
            QCOMPARE(gene.value(QStringLiteral("uid")).toString(),
                     fd::identity::geneUid(QStringLiteral("ENSG00000121410")));
        }
    }
    QVERIFY(sawA1bg);

    // Not a gene table: exit 1, a message naming the file, nothing written.
    const CliRun wrong = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"),
                              QStringLiteral("import"), QFINDTESTDATA("../genes/data/not_genes.csv")});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.errText().contains(QLatin1StringView("not_genes.csv")), wrong.describe().constData());
    QCOMPARE(wrong.errText().trimmed().count(QLatin1Char('\n')), 0);
}

void TestCli::previewAndInspect()
{
    FD_SKIP_UNLESS_SQLITE("needs no registry; it runs once, in the sqlite row");
    const QString path = m_registries.tempPath(QStringLiteral("sheet.tsv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("sample\tdose\tzip\nS1\t1.5\t02139\nS2\tNA\t00501\n");
    }
    const CliRun preview = run({QStringLiteral("preview"), path, QStringLiteral("--json")});
    QVERIFY2(preview.exitCode == 0, preview.describe().constData());
    const QJsonObject shown = preview.json().object();
    QCOMPARE(shown.value(QStringLiteral("dialect")).toObject().value(QStringLiteral("delimiter")).toString(), QStringLiteral("\t"));
    QCOMPARE(shown.value(QStringLiteral("columns")).toArray().size(), 3);
    QCOMPARE(shown.value(QStringLiteral("rows")).toArray().size(), 2);

    const CliRun inspected = run({QStringLiteral("inspect"), path, QStringLiteral("--json")});
    QVERIFY2(inspected.exitCode == 0, inspected.describe().constData());
    const QJsonArray columns = inspected.json().object().value(QStringLiteral("columns")).toArray();
    QCOMPARE(columns.size(), 3);
    QCOMPARE(columns.at(1).toObject().value(QStringLiteral("dtype")).toString(), QStringLiteral("float"));
    QCOMPARE(columns.at(1).toObject().value(QStringLiteral("n_missing")).toInt(), 1);
    QCOMPARE(columns.at(2).toObject().value(QStringLiteral("dtype")).toString(), QStringLiteral("str"));

    const CliRun noHeader = run({QStringLiteral("preview"), path, QStringLiteral("--no-header"), QStringLiteral("--json")});
    QVERIFY2(noHeader.exitCode == 0, noHeader.describe().constData());
    QCOMPARE(noHeader.json().object().value(QStringLiteral("columns")).toArray().size(), 0);
    QCOMPARE(noHeader.json().object().value(QStringLiteral("rows")).toArray().size(), 3);

    const CliRun missing = run({QStringLiteral("inspect"), path + QStringLiteral(".nope")});
    QCOMPARE(missing.exitCode, 1);
}


void TestCli::setsCreateFromFiles()
{
    QVERIFY(initRegistry());
    const QJsonObject cellType = addFeature({QStringLiteral("cell_type"), QStringLiteral("--dtype"), QStringLiteral("cat")});
    const QJsonObject dose = addFeature({QStringLiteral("dose_mg"), QStringLiteral("--dtype"), QStringLiteral("float")});
    QVERIFY(!cellType.isEmpty() && !dose.isEmpty());
    const QString sheet = m_registries.tempPath(QStringLiteral("panel-%1.csv").arg(m_backend));
    {
        QFile file(sheet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("cell_type,dose_mg,Extra,gene\nT,1.5,x,TP53\nB,2.5,y,A1BG\nB,2.5,y,p53\n");
    }
    const QStringList columns{QStringLiteral("--registry"), m_location, QStringLiteral("sets"), QStringLiteral("create"),
                              QStringLiteral("--name"), QStringLiteral("sample sheet"),
                              QStringLiteral("--from-columns"), sheet, QStringLiteral("--json")};
    const CliRun first = run(columns);
    QVERIFY2(first.exitCode == 0, first.describe().constData());
    const QJsonObject set = first.json().object();
    QCOMPARE(set.value(QStringLiteral("created")).toBool(), true);
    QCOMPARE(set.value(QStringLiteral("n")).toInt(), 2);
    QCOMPARE(set.value(QStringLiteral("registry")).toString(), QStringLiteral("core.Feature"));
    QVERIFY(set.value(QStringLiteral("dtype")).isNull());
    // The set hash is LaminDB's, of the two validated features' uids.
    QCOMPARE(set.value(QStringLiteral("hash")).toString(),
             fd::identity::hashSet({cellType.value(QStringLiteral("uid")).toString(), dose.value(QStringLiteral("uid")).toString()}));
    // Not validated names are reported, not silently dropped.
    const QJsonArray leftOut = set.value(QStringLiteral("left_out")).toArray();
    QCOMPARE(leftOut.size(), 2);
    QCOMPARE(leftOut.at(0).toString(), QStringLiteral("Extra: not_validated"));

    // The same panel again: the existing set.
    const CliRun again = run(columns);
    QVERIFY2(again.exitCode == 0, again.describe().constData());
    QCOMPARE(again.json().object().value(QStringLiteral("created")).toBool(), false);
    QCOMPARE(again.json().object().value(QStringLiteral("uid")).toString(), set.value(QStringLiteral("uid")).toString());

    // --strict refuses and writes nothing.
    const CliRun strict = run(QStringList(columns) << QStringLiteral("--strict"));
    QCOMPARE(strict.exitCode, 1);
    QVERIFY2(strict.err.contains("Extra"), strict.describe().constData());

    // The genes a column's values name: a gene set, dtype number by default.
    const CliRun imported = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"), QStringLiteral("import"),
                                 QFINDTESTDATA("../genes/data/ncbi_small.gene_info.tsv")});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    const CliRun genes = run({QStringLiteral("--registry"), m_location, QStringLiteral("sets"), QStringLiteral("create"),
                              QStringLiteral("--name"), QStringLiteral("panel genes"), QStringLiteral("--from-values"), sheet,
                              QStringLiteral("--column"), QStringLiteral("gene"), QStringLiteral("--field"),
                              QStringLiteral("gene.symbol"), QStringLiteral("--json")});
    QVERIFY2(genes.exitCode == 0, genes.describe().constData());
    const QJsonObject geneSet = genes.json().object();
    QCOMPARE(geneSet.value(QStringLiteral("registry")).toString(), QStringLiteral("bionty.Gene"));
    QCOMPARE(geneSet.value(QStringLiteral("dtype")).toString(), QStringLiteral("number"));
    QCOMPARE(geneSet.value(QStringLiteral("n")).toInt(), 2); // TP53, A1BG; p53 needs a decision
    QCOMPARE(geneSet.value(QStringLiteral("left_out")).toArray().first().toString(), QStringLiteral("p53: standardizable"));

    const CliRun usage = run({QStringLiteral("--registry"), m_location, QStringLiteral("sets"), QStringLiteral("create"),
                              QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--from-values"), sheet});
    QCOMPARE(usage.exitCode, 2);
}

void TestCli::validateWithRecipe()
{
    QVERIFY(initRegistry());
    QVERIFY(!addFeature({QStringLiteral("cell_type"), QStringLiteral("--dtype"), QStringLiteral("cat")}).isEmpty());
    QVERIFY(!addFeature({QStringLiteral("batch"), QStringLiteral("--dtype"), QStringLiteral("str")}).isEmpty());
    // Last week's review, saved as a recipe: a rename, a new feature, a synonym, an ignore, and a
    // decision for a column this week's file does not have.
    const QString recipe = m_registries.tempPath(QStringLiteral("weekly-%1.recipe.json").arg(m_backend));
    {
        QFile file(recipe);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "featuredesk.curation-recipe", "version": 1, "field": "feature.name",
            "decisions": [{"value": "Cell_Type", "action": "rename", "name": "cell_type"},
                          {"value": "dose", "action": "add_feature", "name": "dose_mg", "dtype": "float"},
                          {"value": "batch#", "action": "add_synonym", "name": "batch"},
                          {"value": "notes", "action": "ignore"},
                          {"value": "plate", "action": "ignore"}]})");
    }
    const QString sheet = m_registries.tempPath(QStringLiteral("week48-%1.csv").arg(m_backend));
    {
        QFile file(sheet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Cell_Type,dose,batch#,notes,operator\nT cell,1.5,b1,x,ann\n");
    }
    const QStringList base{QStringLiteral("--registry"), m_location, QStringLiteral("validate"), sheet,
                           QStringLiteral("--recipe"), recipe, QStringLiteral("--json")};
    const CliRun dry = run(base);
    QVERIFY2(dry.exitCode == 0, dry.describe().constData());
    QJsonObject report = dry.json().object();
    QJsonObject taken = report.value(QStringLiteral("recipe")).toObject();
    QCOMPARE(taken.value(QStringLiteral("decisions")).toInt(), 4);
    QCOMPARE(taken.value(QStringLiteral("not_in_file")).toInt(), 1);
    QCOMPARE(taken.value(QStringLiteral("open")).toInt(), 1); // operator: reviewed as usual
    QJsonArray items = report.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("decision")).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("add_feature"));
    QVERIFY(!items.at(4).toObject().contains(QStringLiteral("decision")));
    // Without --apply nothing is written.
    const CliRun info = run({QStringLiteral("--registry"), m_location, QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(info.json().object().value(QStringLiteral("features")).toInt(), 2);

    // --apply writes the new feature and the synonym in one run, then validates again.
    const CliRun applied = run(base + QStringList{QStringLiteral("--apply")});
    QVERIFY2(applied.exitCode == 0, applied.describe().constData());
    report = applied.json().object();
    taken = report.value(QStringLiteral("recipe")).toObject();
    const QJsonObject written = taken.value(QStringLiteral("applied")).toObject();
    QCOMPARE(written.value(QStringLiteral("features_added")).toArray().first().toString(), QStringLiteral("dose_mg"));
    QCOMPARE(written.value(QStringLiteral("synonyms_added")).toArray().size(), 1);
    items = report.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("standardizable"));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("standard")).toString(), QStringLiteral("dose_mg"));
    QCOMPARE(items.at(2).toObject().value(QStringLiteral("standard")).toString(), QStringLiteral("batch"));
    QCOMPARE(taken.value(QStringLiteral("open")).toInt(), 1);
    const CliRun after = run({QStringLiteral("--registry"), m_location, QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(after.json().object().value(QStringLiteral("features")).toInt(), 3);

    // A recipe for another field is a usage error; a broken one an error naming the file.
    const CliRun wrongField = run({QStringLiteral("--registry"), m_location, QStringLiteral("validate"), sheet,
                                   QStringLiteral("--values"), QStringLiteral("dose"), QStringLiteral("--field"),
                                   QStringLiteral("gene.symbol"), QStringLiteral("--recipe"), recipe});
    QCOMPARE(wrongField.exitCode, 2);
    QVERIFY(wrongField.err.contains("feature.name"));
    const CliRun applyAlone = run({QStringLiteral("--registry"), m_location, QStringLiteral("validate"), sheet,
                                   QStringLiteral("--apply")});
    QCOMPARE(applyAlone.exitCode, 2);
    const CliRun missing = run({QStringLiteral("--registry"), m_location, QStringLiteral("validate"), sheet,
                                QStringLiteral("--recipe"), m_registries.tempPath(QStringLiteral("none.json"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("none.json"));
}

void TestCli::validateColumnsAndValues()
{
    QVERIFY(initRegistry());
    QVERIFY(!addFeature({QStringLiteral("dose_mg"), QStringLiteral("--dtype"), QStringLiteral("float"),
                         QStringLiteral("--synonyms"), QStringLiteral("dose")}).isEmpty());
    QVERIFY(!addFeature({QStringLiteral("cell_type"), QStringLiteral("--dtype"), QStringLiteral("cat")}).isEmpty());
    const QString sheet = m_registries.tempPath(QStringLiteral("sheet-%1.csv").arg(m_backend));
    {
        QFile file(sheet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Cell_Type,dose,gene,celltyp\nT cell,1.5,TP53,x\nB cell,2,p53,y\n");
    }
    const CliRun columns = run({QStringLiteral("--registry"), m_location, QStringLiteral("validate"), sheet,
                                QStringLiteral("--json")});
    QVERIFY2(columns.exitCode == 0, columns.describe().constData());
    const QJsonObject report = columns.json().object();
    QCOMPARE(report.value(QStringLiteral("field")).toString(), QStringLiteral("feature.name"));
    const QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("standardizable")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("not_validated")).toInt(), 2);
    const QJsonArray items = report.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("standard")).toString(), QStringLiteral("cell_type"));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("standard")).toString(), QStringLiteral("dose_mg"));
    QCOMPARE(items.at(3).toObject().value(QStringLiteral("suggestions")).toArray().first().toString(),
             QStringLiteral("cell_type"));

    // Validating writes nothing.
    const CliRun info = run({QStringLiteral("--registry"), m_location, QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(info.json().object().value(QStringLiteral("features")).toInt(), 2);

    // Values as gene symbols, once genes are there.
    const CliRun imported = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"), QStringLiteral("import"),
                                 QFINDTESTDATA("../genes/data/ncbi_small.gene_info.tsv")});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    const CliRun genes = run({QStringLiteral("--registry"), m_location, QStringLiteral("validate"), sheet,
                              QStringLiteral("--values"), QStringLiteral("gene"), QStringLiteral("--field"),
                              QStringLiteral("gene.symbol"), QStringLiteral("--json")});
    QVERIFY2(genes.exitCode == 0, genes.describe().constData());
    const QJsonObject geneReport = genes.json().object();
    QCOMPARE(geneReport.value(QStringLiteral("organism")).toString(), QStringLiteral("human"));
    const QJsonArray geneItems = geneReport.value(QStringLiteral("items")).toArray();
    QCOMPARE(geneItems.size(), 2);
    QCOMPARE(geneItems.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("validated"));
    QCOMPARE(geneItems.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("standardizable"));
    QCOMPARE(geneItems.at(1).toObject().value(QStringLiteral("standard")).toString(), QStringLiteral("TP53"));

    // Usage: --values needs a gene field; a column that is not there is an error naming it.
    QCOMPARE(run({QStringLiteral("--registry"), m_location, QStringLiteral("validate"), sheet,
                  QStringLiteral("--values"), QStringLiteral("gene")}).exitCode, 2);
    const CliRun noColumn = run({QStringLiteral("--registry"), m_location, QStringLiteral("validate"), sheet,
                                 QStringLiteral("--values"), QStringLiteral("nope"), QStringLiteral("--field"),
                                 QStringLiteral("gene.symbol"), QStringLiteral("--organism"), QStringLiteral("human")});
    QCOMPARE(noColumn.exitCode, 1);
    QVERIFY(noColumn.errText().contains(QLatin1StringView("nope")));
}

void TestCli::standardizeValues()
{
    QVERIFY(initRegistry());
    const CliRun imported = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"), QStringLiteral("import"),
                                 QFINDTESTDATA("../genes/data/ncbi_small.gene_info.tsv")});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    // Synonyms (p53 twice, a1b), a symbol three genes share, an unknown value, an empty cell, and
    // quoted fields that must survive the copy.
    const QString sheet = m_registries.tempPath(QStringLiteral("genes-%1.csv").arg(m_backend));
    const QByteArray input = "sample,gene,note\r\n"
                             "S1,TP53,\"a, b\"\r\n"
                             "S2,p53,\"two\r\nlines\"\r\n"
                             "S3,a1b,\"say \"\"hi\"\"\"\r\n"
                             "S4,TRNAE-UUC,x\r\n"
                             "S5,NOPE,y\r\n"
                             "S6,,z\r\n"
                             "S7,p53,w\r\n";
    {
        QFile file(sheet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(input);
    }
    const QString out = m_registries.tempPath(QStringLiteral("genes-%1.out.csv").arg(m_backend));
    const CliRun standardized = run({QStringLiteral("--registry"), m_location, QStringLiteral("standardize"), sheet,
                                     QStringLiteral("--values"), QStringLiteral("gene"), QStringLiteral("--field"),
                                     QStringLiteral("gene.symbol"), QStringLiteral("--out"), out,
                                     QStringLiteral("--json")});
    QVERIFY2(standardized.exitCode == 0, standardized.describe().constData());
    const QJsonObject report = standardized.json().object();
    QCOMPARE(report.value(QStringLiteral("out")).toString(), out);
    QCOMPARE(report.value(QStringLiteral("organism")).toString(), QStringLiteral("human"));
    QCOMPARE(report.value(QStringLiteral("replaced_values")).toObject(),
             (QJsonObject{{QStringLiteral("p53"), QStringLiteral("TP53")},
                          {QStringLiteral("a1b"), QStringLiteral("A1BG")}}));
    QCOMPARE(report.value(QStringLiteral("cells_replaced")).toInteger(), 3);
    QCOMPARE(report.value(QStringLiteral("rows")).toInteger(), 7);
    const QJsonObject left = report.value(QStringLiteral("left")).toObject();
    QCOMPARE(left.value(QStringLiteral("ambiguous")).toArray(), QJsonArray{QStringLiteral("TRNAE-UUC")});
    QCOMPARE(left.value(QStringLiteral("not_validated")).toArray(), QJsonArray{QStringLiteral("NOPE")});

    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), QByteArray("sample,gene,note\r\n"
                                           "S1,TP53,\"a, b\"\r\n"
                                           "S2,TP53,\"two\r\nlines\"\r\n"
                                           "S3,A1BG,\"say \"\"hi\"\"\"\r\n"
                                           "S4,TRNAE-UUC,x\r\n"
                                           "S5,NOPE,y\r\n"
                                           "S6,,z\r\n"
                                           "S7,TP53,w\r\n"));
    written.close();
    QFile original(sheet);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), input);

    // The human text names what was replaced and what was left.
    const CliRun text = run({QStringLiteral("--registry"), m_location, QStringLiteral("standardize"), sheet,
                             QStringLiteral("--values"), QStringLiteral("gene"), QStringLiteral("--field"),
                             QStringLiteral("gene.symbol"), QStringLiteral("--organism"), QStringLiteral("human"),
                             QStringLiteral("--out"), out});
    QVERIFY2(text.exitCode == 0, text.describe().constData());
    QVERIFY2(text.out.contains("replaced\tp53 -> TP53\n"), text.describe().constData());
    QVERIFY2(text.out.contains("left not_validated\tNOPE\n"), text.describe().constData());

    // Writing over FILE is refused and leaves it as it was; a missing column names it.
    const CliRun same = run({QStringLiteral("--registry"), m_location, QStringLiteral("standardize"), sheet,
                             QStringLiteral("--values"), QStringLiteral("gene"), QStringLiteral("--field"),
                             QStringLiteral("gene.symbol"), QStringLiteral("--out"), sheet});
    QCOMPARE(same.exitCode, 1);
    QVERIFY(original.seek(0));
    QCOMPARE(original.readAll(), input);
    const CliRun noColumn = run({QStringLiteral("--registry"), m_location, QStringLiteral("standardize"), sheet,
                                 QStringLiteral("--values"), QStringLiteral("nope"), QStringLiteral("--field"),
                                 QStringLiteral("gene.symbol"), QStringLiteral("--organism"), QStringLiteral("human"),
                                 QStringLiteral("--out"), out + QStringLiteral(".2")});
    QCOMPARE(noColumn.exitCode, 1);
    QVERIFY2(noColumn.errText().contains(QLatin1StringView("'nope'")), noColumn.describe().constData());
    QVERIFY(!QFile::exists(out + QStringLiteral(".2")));
}

void TestCli::standardizeColumnNames()
{
    QVERIFY(initRegistry());
    QVERIFY(!addFeature({QStringLiteral("dose_mg"), QStringLiteral("--dtype"), QStringLiteral("float"),
                         QStringLiteral("--synonyms"), QStringLiteral("dose")}).isEmpty());
    QVERIFY(!addFeature({QStringLiteral("cell_type"), QStringLiteral("--dtype"), QStringLiteral("cat")}).isEmpty());
    const QString sheet = m_registries.tempPath(QStringLiteral("names-%1.tsv").arg(m_backend));
    {
        QFile file(sheet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Cell_Type\tdose\tgene\tcelltyp\nT cell\t1.5\tTP53\tx\nB cell\t2\tp53\ty\n");
    }
    const QString out = m_registries.tempPath(QStringLiteral("names-%1.out.tsv").arg(m_backend));
    const CliRun standardized = run({QStringLiteral("--registry"), m_location, QStringLiteral("standardize"), sheet,
                                     QStringLiteral("--out"), out, QStringLiteral("--json")});
    QVERIFY2(standardized.exitCode == 0, standardized.describe().constData());
    const QJsonObject report = standardized.json().object();
    QCOMPARE(report.value(QStringLiteral("replaced_values")).toObject(),
             (QJsonObject{{QStringLiteral("Cell_Type"), QStringLiteral("cell_type")},
                          {QStringLiteral("dose"), QStringLiteral("dose_mg")}}));
    QCOMPARE(report.value(QStringLiteral("cells_replaced")).toInteger(), 2);
    QCOMPARE(report.value(QStringLiteral("rows")).toInteger(), 2);
    const QJsonObject left = report.value(QStringLiteral("left")).toObject();
    QCOMPARE(left.value(QStringLiteral("ambiguous")).toArray(), QJsonArray());
    QCOMPARE(left.value(QStringLiteral("not_validated")).toArray(),
             (QJsonArray{QStringLiteral("gene"), QStringLiteral("celltyp")}));

    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(),
             QByteArray("cell_type\tdose_mg\tgene\tcelltyp\nT cell\t1.5\tTP53\tx\nB cell\t2\tp53\ty\n"));

    // Standardizing writes nothing to the registry.
    const CliRun info = run({QStringLiteral("--registry"), m_location, QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(info.json().object().value(QStringLiteral("features")).toInt(), 2);
}

#include "tst_cli.moc"
