#include "model/csv/CsvSplitScan.h"

#include "model/csv/CsvInspector.h"
#include "model/csv/CsvProgress.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

QString writeFile(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(u"split.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

// Everything inspect reports, as text, so that two inspections compare in one QCOMPARE.
QString describe(const Result<CsvInspection> &result, const CsvError &error)
{
    if (!result) {
        return u"error %1 line %2 column %3"_s.arg(int(error.status))
            .arg(error.line)
            .arg(error.column);
    }
    QStringList lines;
    lines << u"rows %1 malformed %2 truncated %3"_s.arg(result->rowCount)
                 .arg(result->malformedCount)
                 .arg(result->truncated);
    for (const CsvColumnSummary &column : result->columns) {
        lines << u"%1 %2 missing %3 distinct %4%5 [%6] %7"_s.arg(column.name, column.dtype)
                     .arg(column.missing)
                     .arg(column.distinct)
                     .arg(column.distinctCapped ? u"+"_s : QString())
                     .arg(column.examples.join(u'|'), column.note);
    }
    for (const CsvMalformedRow &row : result->malformedRows)
        lines << u"line %1: %2"_s.arg(row.line).arg(row.reason);
    lines << result->warnings;
    return lines.join(u'\n');
}

QByteArray rows(int from, int to, const std::function<QByteArray(int)> &row)
{
    QByteArray text;
    for (int i = from; i < to; ++i)
        text += row(i) + '\n';
    return text;
}

class CancelAt final : public CsvProgress
{
public:
    bool update(qint64 done, qint64 total) override { return done < total / 4; }
};

} // namespace

class TestCsvSplitScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsOneThread_data();
    void sameAsOneThread();
    void findSplit();
    void cancel();
    void fileCutBeforeTheSecondHalfOpens();
};

void TestCsvSplitScan::sameAsOneThread_data()
{
    // Files inspected in two halves at once (the split lowered to any size) and by one thread must
    // give the same report, whatever falls on either side of the middle.
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("comment");
    const auto add
        = [](const char *name, const QByteArray &content, const QByteArray &comment = {}) {
              QTest::newRow(name) << content << comment;
          };
    using Row = std::function<QByteArray(int)>;
    const Row mixed = [](int i) -> QByteArray {
        return QByteArray::number(i) + ',' + QByteArray::number(i * 0.25) + ','
            + (i % 3 ? "true" : "false") + ',' + (i % 17 ? "" : "NA") + ',' + "cat"
            + QByteArray::number(i % 5);
    };
    const Row number = [](int i) -> QByteArray { return QByteArray::number(i); };

    add("mixed", "id,x,flag,empty,kind\n" + rows(0, 3000, mixed));
    add("no header", rows(0, 3000, mixed));
    add("CRLF", "a,b\r\n" + rows(0, 3000, [](int i) -> QByteArray {
                    return QByteArray::number(i) + ",x" + QByteArray::number(i % 3) + '\r';
                }));
    add("leading zeros only in the second half",
        "code\n" + rows(100, 2100, number)
            + rows(100, 2100, [](int i) -> QByteArray { return '0' + QByteArray::number(i); }));
    add("int, then floats in the second half",
        "v\n" + rows(0, 2000, number)
            + rows(0, 2000, [](int i) -> QByteArray { return QByteArray::number(i) + ".5"; }));
    add("beyond int64 in the second half",
        "v\n" + rows(0, 2000, [](int i) -> QByteArray { return QByteArray::number(-i); })
            + rows(0, 2000, [](int) -> QByteArray { return "18446744073709551615"; }));
    add("examples from both halves",
        "v\n" + rows(0, 2000, [](int i) -> QByteArray { return i % 2 ? "b" : "a"; })
            + rows(0, 2000, [](int i) -> QByteArray { return QByteArray(1, char('a' + i % 7)); }));
    add("distinct over the cap across the halves", "v\n" + rows(0, 16000, number));
    add("malformed rows in both halves",
        "a,b,c\n" + rows(0, 3000, [](int i) -> QByteArray {
            return i % 400 == 7 ? "1,2" : i % 500 == 9 ? "1,2,3,4" : "1,2,3";
        }));
    add("invalid UTF-8 in the second half",
        "a,b\n" + rows(0, 2000, [](int) -> QByteArray { return "x,1"; })
            + rows(0, 2000, [](int i) -> QByteArray { return i == 1000 ? "\xff\xfe,2" : "y,2"; }));
    // The middle falls inside a quoted field of many lines: the guessed split is not a record
    // start, and the first thread must read on alone.
    add("quoted lines over the middle",
        "a,b\n" + rows(0, 1000, [](int i) -> QByteArray { return QByteArray::number(i) + ",x"; })
            + "1,\""
            + rows(0, 2000, [](int i) -> QByteArray { return "line " + QByteArray::number(i); })
            + "\"\n"
            + rows(0, 1000, [](int i) -> QByteArray { return QByteArray::number(i) + ",y"; }));
    add("quoted delimiters and quotes", "a,b\n" + rows(0, 3000, [](int i) -> QByteArray {
                                            return "\"x, \"\"" + QByteArray::number(i % 9)
                                                + "\"\"\"," + QByteArray::number(i);
                                        }));
    add("blank and comment lines",
        "a,b\n"
            + rows(0, 3000,
                   [](int i) -> QByteArray {
                       if (i % 10 == 3)
                           return QByteArray();
                       return i % 10 == 5 ? QByteArray("# note") : "1," + QByteArray::number(i);
                   }),
        "#");
    add("unbalanced quote in the second half",
        "a,b\n" + rows(0, 3000, [](int i) -> QByteArray { return QByteArray::number(i) + ",z"; })
            + "1,\"open\n2,3\n");
    add("byte order mark", "\xEF\xBB\xBFid,x\n" + rows(0, 3000, [](int i) -> QByteArray {
                               return QByteArray::number(i) + ",1";
                           }));
}

void TestCsvSplitScan::sameAsOneThread()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, comment);
    QTemporaryDir dir;
    const QString path = writeFile(dir, content);

    CsvOptions one;
    one.commentPrefix = comment;
    one.splitMinBytes = -1;
    CsvOptions two = one;
    two.splitMinBytes = 1;
    two.bufferSize = 1000; // many buffers on either side of the split
    QVERIFY(CsvSplitScan::findSplit(path, two) > 0);
    QCOMPARE(CsvSplitScan::findSplit(path, one), -1);

    CsvInspector single(one);
    const Result<CsvInspection> expected = single.inspect(path);
    CsvInspector split(two);
    const Result<CsvInspection> actual = split.inspect(path);
    QCOMPARE(describe(actual, split.lastError()), describe(expected, single.lastError()));
}

void TestCsvSplitScan::findSplit()
{
    QTemporaryDir dir;
    CsvOptions options;
    options.splitMinBytes = 1;
    // Just after the first line end past the middle.
    QCOMPARE(CsvSplitScan::findSplit(writeFile(dir, "aaaa\nbbbb\ncccc\n"), options), 10);
    // No line end after the middle but the last: nothing to split.
    QCOMPARE(CsvSplitScan::findSplit(writeFile(dir, "a\nbbbbbbbbbbbbbbbb\n"), options), -1);
    QCOMPARE(CsvSplitScan::findSplit(writeFile(dir, "a\rb\rc\rd\r"), options), -1);
    options.splitMinBytes = 1000;
    QCOMPARE(CsvSplitScan::findSplit(writeFile(dir, "aaaa\nbbbb\ncccc\n"), options), -1);
}

void TestCsvSplitScan::cancel()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "a,b\n" + rows(0, 20000, [](int i) -> QByteArray {
                                            return QByteArray::number(i) + ",1";
                                        }));
    CsvOptions options;
    options.splitMinBytes = 1;
    options.bufferSize = 1000;
    CsvInspector inspector(options);
    CancelAt progress;
    QVERIFY(!inspector.inspect(path, &progress));
    QCOMPARE(inspector.lastError().status, CsvStatus::Cancelled);
}

void TestCsvSplitScan::fileCutBeforeTheSecondHalfOpens()
{
    // The second half opens the file after the first: cut in between, it must not take the shorter
    // file for the whole one (the first half stops at the split and never sees the end).
    QTemporaryDir dir;
    QByteArray content = "id,value\n";
    for (int i = 0; i < 50'000; ++i)
        content += QByteArray::number(i) + ',' + QByteArray::number(i % 97) + '\n';
    const QString path = writeFile(dir, content);
    CsvOptions options;
    options.splitMinBytes = 1;
    const qint64 offset = CsvSplitScan::findSplit(path, options);
    QVERIFY(offset > 0);
    QVERIFY(QFile::resize(path, content.size() * 3 / 4));

    CsvSplitScan expecting(path, options, offset, ',', '"', content.size());
    expecting.start(2);
    const CsvError error = expecting.finish(nullptr, 0, 0);
    QCOMPARE(error.status, CsvStatus::ReadError);
    QVERIFY2(error.message().contains(QStringLiteral("shorter")), qPrintable(error.message()));

    // Without the expectation the shorter file reads as a whole one: why the inspector passes it.
    CsvSplitScan unaware(path, options, offset, ',', '"');
    unaware.start(2);
    QVERIFY(unaware.finish(nullptr, 0, 0).ok());
}

QTEST_GUILESS_MAIN(TestCsvSplitScan)
#include "tst_csvsplitscan.moc"
