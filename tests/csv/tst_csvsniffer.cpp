#include "model/csv/CsvSniffer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;
using namespace Qt::StringLiterals;

class TestCsvSniffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dialect_data();
    void dialect();
    void tiesAreReported();
    void userDelimiter();
    void files_data();
    void files();
    void wideHeaderIsReadWhole();
};

void TestCsvSniffer::dialect_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<char>("quote");
    QTest::addColumn<bool>("header");
    QTest::addColumn<int>("columns");

    QTest::newRow("comma, numeric header")
        << QByteArray("id,value\n1,2.5\n2,3.5\n3,4.5\n") << ',' << '"' << true << 2;
    QTest::newRow("no header: numbers in the first row")
        << QByteArray("1,2.5\n2,3.5\n3,4.5\n") << ',' << '"' << false << 2;
    QTest::newRow("tab with commas in text")
        << QByteArray("name\tnote\nx\ta, b, c\ny\td, e\n") << '\t' << '"' << true << 2;
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("a;b\n1,5;2,5\n3,1;4,2\n") << ';' << '"' << true << 2;
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n4|5|6\n") << '|' << '"' << true << 3;
    QTest::newRow("quoted commas")
        << QByteArray("id,text\n1,\"a, b, c\"\n2,\"d, e\"\n3,f\n") << ',' << '"' << true << 2;
    QTest::newRow("single quotes")
        << QByteArray("id,text\n1,'a,b'\n2,'c,d,e'\n3,'f'\n") << ',' << '\'' << true << 2;
    QTest::newRow("apostrophes are not quotes")
        << QByteArray("id,name\n1,O'Brien\n2,D'Arcy\n3,Smith\n") << ',' << '"' << true << 2;
    QTest::newRow("string columns, header by lengths")
        << QByteArray("id_code,name\nAB12,alpha\nCD34,beta\nEF56,gamma\n") << ',' << '"' << true
        << 2;
    QTest::newRow("dates below a header")
        << QByteArray("day,n\n2024-01-01,1\n2024-01-02,2\n") << ',' << '"' << true << 2;
    QTest::newRow("bools below a header")
        << QByteArray("flag,n\ntrue,1\nfalse,2\n") << ',' << '"' << true << 2;
    QTest::newRow("header only") << QByteArray("gene,value,unit\n") << ',' << '"' << true << 3;
}

void TestCsvSniffer::dialect()
{
    QFETCH(QByteArray, sample);
    QFETCH(char, delimiter);
    QFETCH(char, quote);
    QFETCH(bool, header);
    QFETCH(int, columns);

    const CsvSniffResult result = CsvSniffer().sniffSample(sample, true);
    QCOMPARE(result.dialect.delimiter, delimiter);
    QCOMPARE(result.dialect.quote, quote);
    QCOMPARE(result.dialect.hasHeader, header);
    QCOMPARE(result.columnCount, columns);
}

void TestCsvSniffer::tiesAreReported()
{
    // Comma and semicolon both split every record in two: the comma wins, the doubt is reported.
    const CsvSniffResult result = CsvSniffer().sniffSample("a,b;c\n1,2;3\n4,5;6\n", true);
    QCOMPARE(result.dialect.delimiter, ',');
    QCOMPARE(result.alternatives.size(), 1);
    QCOMPARE(result.alternatives.front().delimiter, ';');
    QVERIFY(!result.warnings.isEmpty());

    const CsvSniffResult single = CsvSniffer().sniffSample("alpha\nbeta\ngamma\n", true);
    QCOMPARE(single.columnCount, 1);
    QVERIFY(!single.warnings.isEmpty());
}

void TestCsvSniffer::userDelimiter()
{
    CsvOptions options;
    options.extraDelimiter = ':';
    QCOMPARE(CsvSniffer(options).sniffSample("a:b\n1:2\n", true).dialect.delimiter, ':');
    options = {};
    options.delimiter = ';';
    options.hasHeader = false;
    const CsvSniffResult forced = CsvSniffer(options).sniffSample("a,b\n1,2\n", true);
    QCOMPARE(forced.dialect.delimiter, ';');
    QCOMPARE(forced.dialect.hasHeader, false);
}

void TestCsvSniffer::files_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("gzip");
    QTest::newRow("tsv") << u"tab.tsv"_s << '\t' << u"UTF-8"_s << false;
    QTest::newRow("gzip") << u"gzip.csv.gz"_s << ',' << u"UTF-8"_s << true;
    QTest::newRow("UTF-16LE") << u"utf16le_bom.csv"_s << ',' << u"UTF-16LE"_s << false;
    QTest::newRow("Windows-1252") << u"cp1252.csv"_s << ',' << u"Windows-1252"_s << false;
    QTest::newRow("semicolon") << u"semicolon.csv"_s << ';' << u"UTF-8"_s << false;
}

void TestCsvSniffer::files()
{
    QFETCH(QString, file);
    QFETCH(char, delimiter);
    QFETCH(QString, encoding);
    QFETCH(bool, gzip);
    CsvSniffer sniffer;
    const Result<CsvSniffResult> result = sniffer.sniff(QFINDTESTDATA(u"data/"_s + file));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->dialect.delimiter, delimiter);
    QCOMPARE(result->dialect.encoding, encoding);
    QCOMPARE(result->dialect.gzip, gzip);
    QCOMPARE(result->dialect.hasHeader, true);
}

void TestCsvSniffer::wideHeaderIsReadWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"wide.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    constexpr int Columns = 60000;
    QByteArray header;
    QByteArray row;
    for (int i = 0; i < Columns; ++i) {
        header += QByteArray(i ? "," : "") + "gene_" + QByteArray::number(i);
        row += QByteArray(i ? "," : "") + QByteArray::number(i % 97);
    }
    file.write(header + '\n' + row + '\n' + row + '\n');
    file.close();

    QElapsedTimer timer;
    timer.start();
    CsvSniffer sniffer;
    const Result<CsvSniffResult> result = sniffer.sniff(path);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(result.ok());
    QCOMPARE(result->columnCount, Columns);
    QCOMPARE(result->dialect.hasHeader, true);
    QCOMPARE(result->dialect.delimiter, ',');
    qInfo("sniffing a %d-column file took %lld ms", Columns, elapsed);
}

QTEST_GUILESS_MAIN(TestCsvSniffer)
#include "tst_csvsniffer.moc"
