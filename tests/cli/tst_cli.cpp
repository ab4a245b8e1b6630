// featuredesk-cli end to end: the real binary through QProcess, on a real SQLite file and a real
// PostgreSQL database, its output read back as JSON. The registry commands (init, info, features,
// sets, hash-set) and the global options; tst_clifiles has the commands that read files.

#include "model/Identity.h"
#include "model/db/Schema.h"
#include "tests/cli/CliHarness.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using fd::test::CliRun;
using namespace Qt::StringLiterals;

class TestCli final : public QObject, public fd::test::CliHarness
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
    void featureNamesAsTyped_data();
    void featureNamesAsTyped();
    void everyCommandAnswersHelp();
    void helpNamesGeneColumns();
    void jsonErrors_data();
    void jsonErrors();
};

void TestCli::initTestCase_data()
{
    fd::test::addBackendRows();
}

void TestCli::init()
{
    FD_CLI_INIT();
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
    QTest::newRow("features list with an argument")
        << QStringList {QStringLiteral("features"), QStringLiteral("list"), QStringLiteral("x")};
    QTest::newRow("sets list with an argument")
        << QStringList {QStringLiteral("sets"), QStringLiteral("list"), QStringLiteral("x")};
    QTest::newRow("sets create without --name") << QStringList {
        QStringLiteral("sets"), QStringLiteral("create"), QStringLiteral("AAAAAAAAAAAA")};
    QTest::newRow("standardize without --out")
        << QStringList {QStringLiteral("standardize"), QStringLiteral("sheet.csv")};
    QTest::newRow("validate --columns-as a feature field")
        << QStringList {QStringLiteral("validate"), QStringLiteral("sheet.csv"),
                        QStringLiteral("--columns-as"), QStringLiteral("feature.name")};
    QTest::newRow("validate --columns-as an unknown field")
        << QStringList {QStringLiteral("validate"), QStringLiteral("sheet.csv"),
                        QStringLiteral("--columns-as"), QStringLiteral("gene.name")};
    QTest::newRow("validate --columns-as with --values") << QStringList {
        QStringLiteral("validate"),    QStringLiteral("sheet.csv"), QStringLiteral("--columns-as"),
        QStringLiteral("gene.symbol"), QStringLiteral("--values"),  QStringLiteral("gene")};
    QTest::newRow("validate --columns-as with --field") << QStringList {
        QStringLiteral("validate"),    QStringLiteral("sheet.csv"), QStringLiteral("--columns-as"),
        QStringLiteral("gene.symbol"), QStringLiteral("--field"),   QStringLiteral("gene.symbol")};
    QTest::newRow("standardize --columns-as")
        << QStringList {QStringLiteral("standardize"),  QStringLiteral("sheet.csv"),
                        QStringLiteral("--out"),        QStringLiteral("out.csv"),
                        QStringLiteral("--columns-as"), QStringLiteral("gene.symbol")};
    QTest::newRow("sets create --from-columns with a bad --field") << QStringList {
        QStringLiteral("sets"),    QStringLiteral("create"),         QStringLiteral("--name"),
        QStringLiteral("x"),       QStringLiteral("--from-columns"), QStringLiteral("sheet.csv"),
        QStringLiteral("--field"), QStringLiteral("gene.name")};
    QTest::newRow("sets create --from-columns --organism without --field") << QStringList {
        QStringLiteral("sets"),       QStringLiteral("create"),         QStringLiteral("--name"),
        QStringLiteral("x"),          QStringLiteral("--from-columns"), QStringLiteral("sheet.csv"),
        QStringLiteral("--organism"), QStringLiteral("human")};
    QTest::newRow("standardize --values without --field") << QStringList {
        QStringLiteral("standardize"), QStringLiteral("sheet.csv"), QStringLiteral("--out"),
        QStringLiteral("out.csv"),     QStringLiteral("--values"),  QStringLiteral("gene")};
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
        // What to do is a command to run, not a menu of the window.
        QVERIFY2(result.errText().contains(
                     QLatin1StringView("`featuredesk-cli --registry LOCATION init`")),
                 result.err);
        QVERIFY2(!result.errText().contains(QChar(0x25B8)), result.err);
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

void TestCli::featureNamesAsTyped_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("refusal"); // empty: stored exactly as typed

    // u""_s: QString::fromUtf16 would drop a leading byte order mark on its own.
    QTest::newRow("leading byte order mark") << u"\uFEFFCD4"_s << u"byte order mark (U+FEFF)"_s;
    QTest::newRow("zero-width space") << u"CD\u200B4"_s << u"zero-width space (U+200B)"_s;
    QTest::newRow("right-to-left override") << u"dose\u202Emg"_s << u"bidirectional control"_s;
    QTest::newRow("joiner between ASCII letters") << u"CD\u200D4"_s << u"zero-width joiner"_s;
    QTest::newRow("emoji joined by a zero-width joiner")
        << u"\U0001F469\u200D\U0001F52C"_s << QString();
    QTest::newRow("emoji with a variation selector") << u"\u2764\uFE0F_score"_s << QString();
    QTest::newRow("Persian with a zero-width non-joiner")
        << u"\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"_s << QString();
}

void TestCli::featureNamesAsTyped()
{
    QFETCH(QString, name);
    QFETCH(QString, refusal);
    QVERIFY(initRegistry());
    const CliRun added
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("features"),
               QStringLiteral("add"), name, QStringLiteral("--dtype"), QStringLiteral("str")});
    const CliRun list = run({QStringLiteral("--registry"), m_location, QStringLiteral("features"),
                             QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, list.describe());
    const QJsonArray features = list.json().array();
    if (!refusal.isEmpty()) {
        // Refused with a word, never stored with the character silently taken out.
        QCOMPARE(added.exitCode, 1);
        QVERIFY2(added.errText().contains(refusal), added.describe());
        QCOMPARE(features.size(), 0);
        return;
    }
    QVERIFY2(added.exitCode == 0, added.describe());
    QCOMPARE(features.size(), 1);
    QCOMPARE(features.first().toObject().value(QStringLiteral("name")).toString(), name);
}

void TestCli::everyCommandAnswersHelp()
{
    FD_SKIP_UNLESS_SQLITE("needs no registry; it runs once, in the sqlite row");
    const CliRun general = run({QStringLiteral("--help")});
    QVERIFY2(general.exitCode == 0, general.describe());
    // The commands as the general help lists them: "  NAME  summary" after "Commands:".
    const auto listed = [](const QByteArray &help) {
        QStringList names;
        const QString text = QString::fromUtf8(help);
        const qsizetype start = text.indexOf(QLatin1StringView("\nCommands:\n"));
        if (start < 0)
            return names;
        for (const QString &line : text.mid(start + 11).split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1StringView("  ")))
                break;
            names.append(line.trimmed().section(QLatin1Char(' '), 0, 0));
        }
        return names;
    };
    const QByteArray usage = "Usage: featuredesk-cli [--registry LOCATION] [--json] ";
    const QStringList commands = listed(general.out);
    QVERIFY2(commands.size() >= 12, general.out);
    int groups = 0;
    for (const QString &command : commands) {
        for (const QString &flag : {u"--help"_s, u"-h"_s}) {
            const CliRun help = run({command, flag});
            const QByteArray what = (command + u' ' + flag).toUtf8() + ": " + help.describe();
            QVERIFY2(help.exitCode == 0, what.constData());
            QVERIFY2(help.err.isEmpty(), what.constData());
            QVERIFY2(help.out.startsWith(QByteArray(usage + command.toUtf8() + ' ')),
                     what.constData());
        }
        const QStringList subcommands = listed(run({command, QStringLiteral("--help")}).out);
        groups += subcommands.isEmpty() ? 0 : 1;
        for (const QString &sub : subcommands) {
            for (const QStringList &words :
                 {QStringList {command, sub, u"--help"_s}, QStringList {command, sub, u"-h"_s},
                  QStringList {u"help"_s, command, sub}}) {
                const CliRun help = run(words);
                const QByteArray what = words.join(u' ').toUtf8() + ": " + help.describe();
                QVERIFY2(help.exitCode == 0, what.constData());
                QVERIFY2(help.err.isEmpty(), what.constData());
                QVERIFY2(help.out.startsWith(
                             QByteArray(usage + command.toUtf8() + ' ' + sub.toUtf8() + ' ')),
                         what.constData());
            }
        }
    }
    // features, sets, artifacts and genes.
    QCOMPARE(groups, 4);
}

// The options that check a header as genes are in the help of the commands that take them.
void TestCli::helpNamesGeneColumns()
{
    FD_SKIP_UNLESS_SQLITE("needs no registry; it runs once, in the sqlite row");
    const CliRun validate = run({QStringLiteral("validate"), QStringLiteral("--help")});
    QVERIFY2(validate.exitCode == 0, validate.describe());
    QVERIFY2(validate.out.contains("--columns-as <F>"), validate.out);
    QVERIFY2(validate.out.contains("gene.ensembl_gene_id"), validate.out);
    const CliRun create
        = run({QStringLiteral("sets"), QStringLiteral("create"), QStringLiteral("--help")});
    QVERIFY2(create.exitCode == 0, create.describe());
    QVERIFY2(create.out.contains("--from-columns FILE; with --field F"), create.out);
    const CliRun general = run({QStringLiteral("--help")});
    QVERIFY2(general.out.contains("--columns-as F"), general.out);
}

void TestCli::jsonErrors_data()
{
    QTest::addColumn<QStringList>("arguments"); // LOCATION stands for the test's registry
    QTest::addColumn<bool>("initialised");
    QTest::addColumn<int>("exitCode");

    const QString location = u"LOCATION"_s;
    QTest::newRow("registry cannot be opened")
        << QStringList {u"--registry"_s, location, u"info"_s} << false << 1;
    QTest::newRow("--registry without a location") << QStringList {u"--registry"_s} << false << 2;
    QTest::newRow("no command") << QStringList {} << false << 2;
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s} << false << 2;
    QTest::newRow("unknown command of a group")
        << QStringList {u"sets"_s, u"frobnicate"_s} << false << 2;
    QTest::newRow("unknown option")
        << QStringList {u"--registry"_s, location, u"features"_s, u"list"_s, u"--frobnicate"_s}
        << true << 2;
    QTest::newRow("missing argument")
        << QStringList {u"--registry"_s, location, u"features"_s, u"add"_s, u"--dtype"_s, u"int"_s}
        << true << 2;
    QTest::newRow("name refused, message not ASCII")
        << QStringList {u"--registry"_s,        location,     u"features"_s, u"add"_s,
                        u"Z\u00FCrich\u200B"_s, u"--dtype"_s, u"str"_s}
        << true << 1;
    QTest::newRow("set of unknown members")
        << QStringList {u"--registry"_s, location, u"sets"_s,        u"create"_s,
                        u"--name"_s,     u"x"_s,   u"AAAAAAAAAAAA"_s}
        << true << 1;
    QTest::newRow("file not found")
        << QStringList {u"inspect"_s, u"/nonexistent/sheet.csv"_s} << false << 1;
}

void TestCli::jsonErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, initialised);
    QFETCH(int, exitCode);
    if (initialised)
        QVERIFY(initRegistry());
    arguments.replaceInStrings(u"LOCATION"_s, m_location);

    // Plain: the message on stderr, nothing on stdout.
    const CliRun plain = run(arguments);
    QCOMPARE(plain.exitCode, exitCode);
    QVERIFY2(plain.out.isEmpty(), plain.describe());
    const QString message = plain.errText().section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(message.startsWith(QLatin1StringView("featuredesk-cli: ")), plain.describe());

    // --json, before or after the rest: the same status and stderr, and {"error": message} on
    // stdout, the message as stderr's line has it.
    for (const QStringList &words :
         {QStringList {u"--json"_s} + arguments, arguments + QStringList {u"--json"_s}}) {
        const CliRun json = run(words);
        QCOMPARE(json.exitCode, exitCode);
        QCOMPARE(json.err, plain.err);
        QJsonParseError parsed;
        const QJsonDocument document = QJsonDocument::fromJson(json.out, &parsed);
        QVERIFY2(parsed.error == QJsonParseError::NoError && document.isObject(), json.describe());
        QCOMPARE(document.object().keys(), QStringList {u"error"_s});
        QCOMPARE(document.object().value(u"error"_s).toString(),
                 message.mid(qsizetype(qstrlen("featuredesk-cli: "))));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
