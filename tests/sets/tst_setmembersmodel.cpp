// The member list of the feature sets view: rows and headers by member registry, and the export
// as TSV or CSV that reads back as written, atomically.

#include "model/csv/CsvParser.h"
#include "model/sets/SetMembersModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;

class TestSetMembersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAndHeaders()
    {
        SetMembersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        FeatureSetRecord genes;
        genes.registry = MemberRegistry::Gene;
        model.setMembers(genes,
                         {{QStringLiteral("7T55jpxdMIG1"), QStringLiteral("A1BG")},
                          {QStringLiteral("7IkHKPl0ScQR"), QStringLiteral("NAT2")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(SetMembersModel::Name, Qt::Horizontal).toString(),
                 QStringLiteral("Symbol"));
        QCOMPARE(model.index(1, SetMembersModel::Name).data().toString(), QStringLiteral("NAT2"));
        QCOMPARE(model.index(1, SetMembersModel::Uid).data().toString(),
                 QStringLiteral("7IkHKPl0ScQR"));
        FeatureSetRecord features;
        model.setMembers(features, {{QStringLiteral("AAAAAAAAAAAA"), QStringLiteral("cell_type")}});
        QCOMPARE(model.headerData(SetMembersModel::Name, Qt::Horizontal).toString(),
                 QStringLiteral("Name"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void exports_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("tsv") << QStringLiteral("members.tsv") << '\t';
        QTest::newRow("csv") << QStringLiteral("members.CSV") << ',';
    }

    void exports()
    {
        QFETCH(QString, fileName);
        QFETCH(char, delimiter);
        QTemporaryDir dir;
        SetMembersModel model;
        FeatureSetRecord set;
        // Names with the delimiters, quotes and a line break read back as they were.
        const QList<SetMember> members {
            {QStringLiteral("AAAAAAAAAAAA"), QStringLiteral("dose, mg")},
            {QStringLiteral("BBBBBBBBBBBB"), QStringLiteral("a\tb \"c\"")},
            {QStringLiteral("CCCCCCCCCCCC"), QStringLiteral("two\nlines")}};
        model.setMembers(set, members);
        const QString path = dir.filePath(fileName);
        const Status written = model.exportTo(path);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> records = parse(file.readAll(), delimiter);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(0), (QStringList {QStringLiteral("uid"), QStringLiteral("name")}));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(records.at(i + 1), (QStringList {members.at(i).uid, members.at(i).name}));
    }

    void failedWriteLeavesNothing()
    {
        QTemporaryDir dir;
        SetMembersModel model;
        model.setMembers({}, {{QStringLiteral("AAAAAAAAAAAA"), QStringLiteral("x")}});
        const QString path = dir.filePath(QStringLiteral("no/such/folder/members.tsv"));
        const Status written = model.exportTo(path);
        QVERIFY(!written);
        QCOMPARE(written.error().code, Error::Code::Io);
        QVERIFY(written.error().message.contains(path));
        QVERIFY(!QFile::exists(path));
    }

private:
    static QList<QStringList> parse(QByteArray bytes, char delimiter)
    {
        QList<QStringList> records;
        CsvParser parser(delimiter, '"');
        parser.parse(bytes.data(), bytes.size(), true, [&records](const CsvRow &row) {
            records.append(row.texts());
            return true;
        });
        return records;
    }
};

QTEST_GUILESS_MAIN(TestSetMembersModel)
#include "tst_setmembersmodel.moc"
