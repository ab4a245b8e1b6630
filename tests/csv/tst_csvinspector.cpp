#include "model/csv/CsvInspector.h"

#include "model/csv/CsvColumnProfile.h"
#include "model/csv/CsvProgress.h"
#include "model/csv/CsvReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

QString writeFile(const QTemporaryDir &dir, const QByteArray &content,
                  const QString &name = u"t.csv"_s)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

} // namespace

class TestCsvInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dtype_data();
    void dtype();
    void wholeFileDecides();
    void sameAsCellByCell_data();
    void sameAsCellByCell();
    void stats();
    void malformedRows();
    void headerNames();
    void invalidUtf8Row();
    void maxRowsAndDistinctCap();
    void errors_data();
    void errors();
    void fileCutShortWhileInspected_data();
    void fileCutShortWhileInspected();
};

void TestCsvInspector::dtype_data()
{
    // Values of one column "x" (one per line) and the dtype; numbers and booleans as pandas 1.5's
    // read_csv types them, except for leading zeros.
    QTest::addColumn<QByteArray>("values");
    QTest::addColumn<QString>("dtype");
    QTest::addColumn<bool>("note");

    QTest::newRow("int") << QByteArray("1\n2\n-3\n") << u"int"_s << false;
    QTest::newRow("int with missing is float") << QByteArray("1\n\n2\nNA\n") << u"float"_s << true;
    QTest::newRow("float") << QByteArray("1\n2.5\n") << u"float"_s << false;
    QTest::newRow("exponent") << QByteArray("1e5\n2\n") << u"float"_s << false;
    QTest::newRow("inf") << QByteArray("inf\n-Infinity\n1\n") << u"float"_s << false;
    QTest::newRow("float with missing") << QByteArray("1.5\nnan\n") << u"float"_s << false;
    QTest::newRow("all missing") << QByteArray("NA\n\"\"\nnull\n") << u"float"_s << true;
    QTest::newRow("thousands separators")
        << QByteArray("\"1,000\"\n\"2,000\"\n\"3,500\"\n") << u"str"_s << false;
    QTest::newRow("bool") << QByteArray("True\nfalse\nTRUE\n") << u"bool"_s << false;
    QTest::newRow("bool with missing")
        << QByteArray("True\nNA\nFalse\nTrue\nTrue\n") << u"cat"_s << true;
    QTest::newRow("bool and int") << QByteArray("True\n1\n") << u"str"_s << false;
    QTest::newRow("uint64") << QByteArray("9223372036854775808\n1\n") << u"int"_s << true;
    QTest::newRow("uint64 and negative")
        << QByteArray("9223372036854775808\n-1\n") << u"str"_s << true;
    QTest::newRow("beyond uint64") << QByteArray("99999999999999999999999\n") << u"str"_s << true;
    QTest::newRow("leading zeros") << QByteArray("007\n1\n12\n") << u"str"_s << true;
    QTest::newRow("zip codes repeat")
        << QByteArray("02139\n02139\n10001\n02139\n") << u"cat"_s << true;
    QTest::newRow("0 and 0.5 are not leading zeros")
        << QByteArray("0\n0.5\n-0.5\n") << u"float"_s << false;
    QTest::newRow("date") << QByteArray("2024-01-01\n2024-02-29\nNA\n") << u"date"_s << false;
    QTest::newRow("date and datetime")
        << QByteArray("2024-01-01\n2024-01-01T10:00:00Z\n") << u"datetime"_s << false;
    QTest::newRow("bad date") << QByteArray("2024-01-01\n2024-02-30\n") << u"str"_s << false;
    QTest::newRow("cat") << QByteArray("a\nb\na\nb\na\n") << u"cat"_s << false;
    QTest::newRow("str, all distinct") << QByteArray("a\nb\nc\n") << u"str"_s << false;
    QTest::newRow("single value is str") << QByteArray("a\n") << u"str"_s << false;
    QTest::newRow("no rows") << QByteArray() << u"str"_s << true;
}

void TestCsvInspector::dtype()
{
    QFETCH(QByteArray, values);
    QFETCH(QString, dtype);
    QFETCH(bool, note);

    QTemporaryDir dir;
    CsvOptions options;
    options.hasHeader = true;
    options.delimiter = ',';
    CsvInspector inspector(options);
    const Result<CsvInspection> result = inspector.inspect(writeFile(dir, "x\n" + values));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->columns.size(), 1);
    const CsvColumnSummary &column = result->columns.front();
    QCOMPARE(column.dtype, dtype);
    QVERIFY2(column.note.isEmpty() != note, qPrintable(column.note));
}

void TestCsvInspector::wholeFileDecides()
{
    // The one value that is not an integer is the last of 200,000 rows, far past any sample.
    QTemporaryDir dir;
    QByteArray content("id,code\n");
    for (int i = 0; i < 200000; ++i)
        content += QByteArray::number(i) + ',' + QByteArray::number(i % 50) + '\n';
    content += "200000,A7\n";
    const Result<CsvInspection> result = CsvInspector().inspect(writeFile(dir, content));
    QVERIFY(result.ok());
    QCOMPARE(result->rowCount, 200001);
    QCOMPARE(result->columns[0].dtype, u"int"_s);
    QCOMPARE(result->columns[1].dtype, u"cat"_s);
    QCOMPARE(result->columns[1].distinct, 51);
}

void TestCsvInspector::sameAsCellByCell_data()
{
    // Columns of plain numbers with one odd value somewhere, read with buffers that cut cells at
    // every position: inspect classifies most cells with one SIMD load (CsvRow::canReadAhead) and
    // the rest byte by byte, and must give what the byte-by-byte path gives for every cell.
    QTest::addColumn<qint64>("bufferSize");
    for (const qint64 size :
         {qint64(1 << 20), qint64(64), qint64(17), qint64(16), qint64(7), qint64(1)})
        QTest::newRow(qPrintable(QString::number(size))) << size;
}

void TestCsvInspector::sameAsCellByCell()
{
    QFETCH(qint64, bufferSize);
    const QList<QByteArrayList> columns = {
        {"1", "22", "333", "007"}, // leading zero, last
        {"007", "1", "22", "333"}, // leading zero, first
        {"1", "2", "-0", "3"}, // a sign
        {"1.5", "2", "1.", ".5"}, // float forms
        {"00.5", "1.25", "3", "4"}, // leading zero in a float
        {"1", "2", "1e5", "3"}, // exponent
        {"1.5", "inf", "2", "-Infinity"}, // infinities
        {"1", "NA", "2", ""}, // missing tokens: float
        {"1.0", "1.#IND", "2.0", "nan"}, // missing tokens that start like numbers
        {"1", "2", "True", "3"}, // a boolean among numbers: str
        {"True", "FALSE", "true", "1"}, // a number among booleans: str
        {"1", "\"2\"", "3", "4"}, // a quoted number is a number
        {"12", "1,000", "3", "4"}, // quoted, with a thousands separator: str
        {"123456789012345", "1234567890123456", "9223372036854775808", "5"}, // 15, 16, 19 digits
        {"1.2.3", "1", "2", "3"}, // two dots
        {" 4", "5 ", "6", "7"}, // spaces
        {"2024-01-01", "2024-01-02", "3", "2024-01-04"},
        {"a", "1", "b", "2"},
    };
    QByteArray content;
    for (qsizetype c = 0; c < columns.size(); ++c)
        content += (c ? "," : "") + QByteArray("c") + QByteArray::number(c);
    content += '\n';
    for (int row = 0; row < 40; ++row) {
        for (qsizetype c = 0; c < columns.size(); ++c) {
            QByteArray value = columns[c][row % 4];
            if (value.contains(','))
                value = '"' + value + '"';
            content += (c ? "," : "") + value;
        }
        content += '\n';
    }
    QTemporaryDir dir;
    const QString path = writeFile(dir, content);
    CsvOptions options;
    options.bufferSize = bufferSize;
    const Result<CsvInspection> inspected = CsvInspector(options).inspect(path);
    QVERIFY(inspected.ok());
    QCOMPARE(inspected->columns.size(), columns.size());

    std::vector<CsvColumnProfile> expected(size_t(columns.size()));
    CsvReader reader;
    QVERIFY(reader.open(path).ok());
    qint64 rows = -1; // the header first
    QVERIFY(reader
                .read(',', '"',
                      [&](const CsvRow &row) {
                          if (++rows == 0)
                              return true;
                          for (qsizetype c = 0; c < row.size(); ++c)
                              expected[size_t(c)].add(row.field(c)); // byte by byte
                          return true;
                      })
                .ok());
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const CsvColumnSummary want
            = expected[size_t(c)].summary(u"c"_s + QString::number(c), rows);
        const CsvColumnSummary &got = inspected->columns[c];
        QCOMPARE(got.dtype, want.dtype);
        QCOMPARE(got.note, want.note);
        QCOMPARE(got.missing, want.missing);
        QCOMPARE(got.distinct, want.distinct);
        QCOMPARE(got.examples, want.examples);
    }
    QCOMPARE(inspected->columns[0].dtype, u"cat"_s); // 007: kept as text
    QCOMPARE(inspected->columns[3].dtype, u"float"_s);
    QCOMPARE(inspected->columns[11].dtype, u"int"_s);
}

void TestCsvInspector::stats()
{
    QTemporaryDir dir;
    const QByteArray content("gene,expr,tissue\nTP53,1.5,liver\nBRCA1,NA,liver\nEGFR,2.5,\n"
                             "MYC,3.5,brain\nKRAS,,liver\nALK,4.5,brain\nRET,5.5,kidney\n");
    const Result<CsvInspection> result = CsvInspector().inspect(writeFile(dir, content));
    QVERIFY(result.ok());
    QCOMPARE(result->rowCount, 7);
    QCOMPARE(result->dialect.delimiter, ',');
    QCOMPARE(result->dialect.hasHeader, true);
    QCOMPARE(result->columns.size(), 3);
    const CsvColumnSummary &gene = result->columns[0];
    QCOMPARE(gene.name, u"gene"_s);
    QCOMPARE(gene.dtype, u"str"_s);
    QCOMPARE(gene.distinct, 7);
    QCOMPARE(gene.examples, (QStringList {u"TP53"_s, u"BRCA1"_s, u"EGFR"_s, u"MYC"_s, u"KRAS"_s}));
    const CsvColumnSummary &expr = result->columns[1];
    QCOMPARE(expr.dtype, u"float"_s);
    QCOMPARE(expr.missing, 2);
    QCOMPARE(expr.distinct, 5);
    const CsvColumnSummary &tissue = result->columns[2];
    QCOMPARE(tissue.dtype, u"cat"_s);
    QCOMPARE(tissue.missing, 1);
    QCOMPARE(tissue.distinct, 3);
    QCOMPARE(result->malformedCount, 0);
}

void TestCsvInspector::malformedRows()
{
    const Result<CsvInspection> result
        = CsvInspector().inspect(QFINDTESTDATA("data/malformed.csv"));
    QVERIFY(result.ok());
    QCOMPARE(result->rowCount, 4);
    QCOMPARE(result->malformedCount, 2);
    QCOMPARE(result->malformedRows.size(), 2);
    QCOMPARE(result->malformedRows[0].line, 3);
    QVERIFY(result->malformedRows[0].reason.contains(u"found 1"_s));
    QCOMPARE(result->malformedRows[1].line, 4);
    QVERIFY(result->malformedRows[1].reason.contains(u"found 3"_s));
    QCOMPARE(result->columns[1].missing, 1);
    QCOMPARE(result->columns[1].dtype, u"float"_s); // an absent cell is missing: pandas' NaN

    // More than a hundred: all counted, the first hundred listed.
    QTemporaryDir dir;
    QByteArray content("a,b\n");
    for (int i = 0; i < 250; ++i)
        content += i % 2 ? "1,2\n" : "1\n";
    const Result<CsvInspection> many = CsvInspector().inspect(writeFile(dir, content));
    QVERIFY(many.ok());
    QCOMPARE(many->rowCount, 250);
    QCOMPARE(many->malformedCount, 125);
    QCOMPARE(many->malformedRows.size(), CsvInspection::MaxListedMalformedRows);
}

void TestCsvInspector::headerNames()
{
    const Result<CsvInspection> result
        = CsvInspector().inspect(QFINDTESTDATA("data/dup_header.csv"));
    QVERIFY(result.ok());
    QStringList names;
    for (const CsvColumnSummary &column : result->columns)
        names << column.name;
    QCOMPARE(names, (QStringList {u"a"_s, u"a.2"_s, u"Unnamed: 2"_s, u"b"_s, u"a.1"_s}));
    QVERIFY(result->warnings.size() >= 2);

    CsvOptions options;
    options.hasHeader = false;
    const Result<CsvInspection> noHeader
        = CsvInspector(options).inspect(QFINDTESTDATA("data/lf.csv"));
    QVERIFY(noHeader.ok());
    QCOMPARE(noHeader->rowCount, 4);
    QCOMPARE(noHeader->columns[0].name, u"0"_s);
    QCOMPARE(noHeader->columns[0].dtype, u"str"_s);
}

void TestCsvInspector::invalidUtf8Row()
{
    const Result<CsvInspection> result
        = CsvInspector().inspect(QFINDTESTDATA("data/invalid_utf8_late.csv"));
    QVERIFY(result.ok());
    QCOMPARE(result->dialect.encoding, u"UTF-8"_s);
    QCOMPARE(result->rowCount, 5001);
    QCOMPARE(result->malformedCount, 1);
    QCOMPARE(result->malformedRows[0].line, 5001);
    QVERIFY(result->malformedRows[0].reason.contains(u"UTF-8"_s));

    const Result<CsvInspection> fallback = CsvInspector().inspect(QFINDTESTDATA("data/cp1252.csv"));
    QVERIFY(fallback.ok());
    QCOMPARE(fallback->dialect.encoding, u"Windows-1252"_s);
    QCOMPARE(fallback->columns[1].examples.front(), u"Caf\u00e9"_s);
    QVERIFY(!fallback->warnings.isEmpty());
}

void TestCsvInspector::maxRowsAndDistinctCap()
{
    QTemporaryDir dir;
    QByteArray content("id,label\n");
    for (int i = 0; i < 30000; ++i)
        content += QByteArray::number(i) + ",L" + QByteArray::number(i) + '\n';
    const QString path = writeFile(dir, content);
    const Result<CsvInspection> all = CsvInspector().inspect(path);
    QVERIFY(all.ok());
    QCOMPARE(all->columns[1].distinct, CsvInspector::DistinctCap);
    QVERIFY(all->columns[1].distinctCapped);
    QCOMPARE(all->columns[1].dtype, u"str"_s);
    QVERIFY(!all->truncated);

    CsvOptions options;
    options.maxRows = 100;
    const Result<CsvInspection> some = CsvInspector(options).inspect(path);
    QVERIFY(some.ok());
    QCOMPARE(some->rowCount, 100);
    QVERIFY(some->truncated);
    QCOMPARE(some->columns[1].distinct, 100);
    QVERIFY(!some->columns[1].distinctCapped);

    QCOMPARE(CsvInspector::distinctCapFor(10), CsvInspector::DistinctCap);
    QVERIFY(CsvInspector::distinctCapFor(60000) * 60000
            <= CsvInspector::DistinctBudget + 60000 * 16);
}

void TestCsvInspector::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::newRow("binary") << u"binary.bin"_s << int(CsvStatus::BinaryFile)
                            << int(Error::Code::Invalid);
    QTest::newRow("empty") << u"empty.csv"_s << int(CsvStatus::EmptyFile)
                           << int(Error::Code::Invalid);
    QTest::newRow("unbalanced") << u"unbalanced.csv"_s << int(CsvStatus::UnbalancedQuote)
                                << int(Error::Code::Invalid);
    QTest::newRow("truncated gzip")
        << u"truncated.csv.gz"_s << int(CsvStatus::GzipError) << int(Error::Code::Io);
}

void TestCsvInspector::errors()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(int, code);
    CsvInspector inspector;
    const Result<CsvInspection> result = inspector.inspect(QFINDTESTDATA(u"data/"_s + file));
    QVERIFY(!result.ok());
    QCOMPARE(int(inspector.lastError().status), status);
    QCOMPARE(int(result.error().code), code);
    QVERIFY(result.error().message.contains(file));
}

namespace {

// Truncates the file at the first progress report, as another program rewriting it would.
class CutAtFirstUpdate final : public CsvProgress
{
public:
    CutAtFirstUpdate(QString path, qint64 kept)
        : m_path(std::move(path))
        , m_kept(kept)
    {
    }
    bool update(qint64, qint64) override
    {
        if (!cut)
            cut = QFile::resize(m_path, m_kept);
        return true;
    }
    bool cut = false;

private:
    QString m_path;
    qint64 m_kept;
};

} // namespace

void TestCsvInspector::fileCutShortWhileInspected_data()
{
    // The file is large enough for the two-thread scan (CsvSplitScan): cut before the middle the
    // first thread meets the end early; cut after it, the second thread does.
    QTest::addColumn<double>("keptFraction");
    QTest::newRow("cut before the middle") << 0.3;
    QTest::newRow("cut after the middle") << 0.8;
}

void TestCsvInspector::fileCutShortWhileInspected()
{
    QFETCH(double, keptFraction);
    QTemporaryDir dir;
    QByteArray content = "id,value,label\n";
    qint64 lines = 0;
    while (content.size() < (24 << 20)) {
        ++lines;
        content += QByteArray::number(lines) + ',' + QByteArray::number(lines * 0.25) + ",label"
            + QByteArray::number(lines % 13) + '\n';
    }
    const QString path = writeFile(dir, content, u"rewritten.csv"_s);
    QVERIFY(!path.isEmpty());
    {
        // The whole file inspects cleanly, so that the error below comes from the cut alone.
        const Result<CsvInspection> whole = CsvInspector().inspect(path);
        QVERIFY(whole.ok());
        QCOMPARE(whole->rowCount, lines);
    }
    CutAtFirstUpdate cutter(path, qint64(double(content.size()) * keptFraction));
    // Small buffers, so that the first progress report (and the cut) comes after 64 KiB of the
    // first half, long before the second thread, which starts with it at the middle, has read the
    // 7 MB up to the cut: the cut always lands while both still read.
    CsvOptions options;
    options.bufferSize = 64 << 10;
    CsvInspector inspector(options);
    const Result<CsvInspection> result = inspector.inspect(path, &cutter);
    QVERIFY(cutter.cut);
    if (result.ok()) {
        // Only possible when the cut is after the middle and came after the second thread had
        // read all of its half (a busy machine can hold the first thread back that long): then
        // nothing that was read is missing, and the inspection must be the whole file's.
        QVERIFY(keptFraction > 0.5);
        QCOMPARE(result->rowCount, lines);
        return;
    }
    QCOMPARE(inspector.lastError().status, CsvStatus::ReadError);
    QVERIFY(inspector.lastError().line > 1 && inspector.lastError().line <= lines + 1);
    QVERIFY2(result.error().message.contains(u"rewritten.csv"_s)
                 && result.error().message.contains(u"shorter"_s),
             qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestCsvInspector)
#include "tst_csvinspector.moc"
