// Exporting a comparison's differences: TSV or CSV by the file name, a row per member only in A or
// only in B (and the shared ones when asked), slot by slot; names with delimiters, quotes and line
// breaks read back as they were; a write that cannot happen fails with a message and leaves
// nothing.

#include "model/comparison/ComparisonExport.h"
#include "model/csv/CsvParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;

namespace {

QList<SlotComparison> comparisons()
{
    SlotComparison columns;
    columns.slot = QStringLiteral("columns");
    columns.setA = columns.setB = QStringLiteral("SETXSETXSETXSETX");
    columns.same = true;
    columns.shared = {{QStringLiteral("U1"), QStringLiteral("sample_id")}};
    SlotComparison var;
    var.slot = QStringLiteral("var");
    var.setA = QStringLiteral("SETXSETXSETXSETX");
    var.setB = QStringLiteral("SETYSETYSETYSETY");
    var.shared = {{QStringLiteral("U2"), QStringLiteral("dose")}};
    var.onlyA = {{QStringLiteral("U3"), QStringLiteral("dose, mg")},
                 {QStringLiteral("U4"), QStringLiteral("a\tb \"c\"")}};
    var.onlyB = {{QStringLiteral("U5"), QStringLiteral("two\nlines")}};
    return {columns, var};
}

QList<QStringList> parse(QByteArray bytes, char delimiter)
{
    QList<QStringList> records;
    CsvParser parser(delimiter, '"');
    parser.parse(bytes.data(), bytes.size(), true, [&records](const CsvRow &row) {
        records.append(row.texts());
        return true;
    });
    return records;
}

QStringList row(const char *slot, const char *where, const char *uid, const QString &name)
{
    return {QString::fromLatin1(slot), QString::fromLatin1(where), QString::fromLatin1(uid), name};
}

} // namespace

class TestComparisonExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatForPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::newRow("tsv") << QStringLiteral("/x/diff.tsv") << int(ComparisonExport::Format::Tsv);
        QTest::newRow("csv") << QStringLiteral("/x/diff.csv") << int(ComparisonExport::Format::Csv);
        QTest::newRow("CSV") << QStringLiteral("/x/diff.CSV") << int(ComparisonExport::Format::Csv);
        QTest::newRow("txt") << QStringLiteral("/x/diff.txt") << int(ComparisonExport::Format::Tsv);
        QTest::newRow("none") << QStringLiteral("/x/diff") << int(ComparisonExport::Format::Tsv);
    }

    void formatForPath()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        QCOMPARE(int(ComparisonExport::formatForPath(path)), format);
    }

    void writes_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<bool>("withShared");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<QList<QStringList>>("expected");
        const QStringList header {QStringLiteral("slot"), QStringLiteral("where"),
                                  QStringLiteral("uid"), QStringLiteral("name")};
        const QList<QStringList> differences {
            header,
            row("var", "only_a", "U3", QStringLiteral("dose, mg")),
            row("var", "only_a", "U4", QStringLiteral("a\tb \"c\"")),
            row("var", "only_b", "U5", QStringLiteral("two\nlines")),
        };
        // Shared members after the differences of their slot; a slot with the same set has only
        // those.
        const QList<QStringList> all {
            header,
            row("columns", "shared", "U1", QStringLiteral("sample_id")),
            row("var", "only_a", "U3", QStringLiteral("dose, mg")),
            row("var", "only_a", "U4", QStringLiteral("a\tb \"c\"")),
            row("var", "only_b", "U5", QStringLiteral("two\nlines")),
            row("var", "shared", "U2", QStringLiteral("dose")),
        };
        QTest::newRow("tsv, differences")
            << QStringLiteral("diff.tsv") << false << '\t' << differences;
        QTest::newRow("csv, differences")
            << QStringLiteral("diff.csv") << false << ',' << differences;
        QTest::newRow("tsv, with shared") << QStringLiteral("diff.tsv") << true << '\t' << all;
        QTest::newRow("csv, with shared") << QStringLiteral("diff.csv") << true << ',' << all;
    }

    void writes()
    {
        QFETCH(QString, fileName);
        QFETCH(bool, withShared);
        QFETCH(char, delimiter);
        QFETCH(QList<QStringList>, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(fileName);
        const Status written = ComparisonExport::write(
            path, ComparisonExport::formatForPath(path), comparisons(),
            withShared ? ComparisonExport::Members::All : ComparisonExport::Members::Differences);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(parse(bytes, delimiter), expected);
        QVERIFY(bytes.startsWith(delimiter == ',' ? "slot,where,uid,name\n"
                                                  : "slot\twhere\tuid\tname\n"));
        // Only the file itself: no temporary left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {fileName});
    }

    void overwritesAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diff.tsv"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content that is longer than what replaces it, much longer, really\n");
        old.close();
        const Status written
            = ComparisonExport::write(path, ComparisonExport::Format::Tsv, comparisons(),
                                      ComparisonExport::Members::Differences);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(),
                 ComparisonExport::toDelimited(comparisons(),
                                               ComparisonExport::Members::Differences, '\t'));
    }

    void failedWriteLeavesNothing_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::newRow("missing folder") << QStringLiteral("no/such/folder/diff.tsv");
        QTest::newRow("a folder") << QStringLiteral("folder");
        QTest::newRow("under a file") << QStringLiteral("file.txt/diff.csv");
    }

    void failedWriteLeavesNothing()
    {
        QFETCH(QString, relativePath);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
        QFile file(dir.filePath(QStringLiteral("file.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QStringList before
            = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

        const QString path = dir.filePath(relativePath);
        const Status written
            = ComparisonExport::write(path, ComparisonExport::formatForPath(path), comparisons(),
                                      ComparisonExport::Members::All);
        QVERIFY(!written);
        QCOMPARE(written.error().code, Error::Code::Io);
        QVERIFY2(written.error().message.contains(path), qPrintable(written.error().message));
        QVERIFY2(written.error().message.contains(QStringLiteral("Choose a folder")),
                 qPrintable(written.error().message));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 before);
        QVERIFY(QDir(dir.filePath(QStringLiteral("folder"))).isEmpty());
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("file.txt"))).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestComparisonExport)
#include "tst_comparisonexport.moc"
