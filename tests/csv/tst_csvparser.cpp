#include "model/csv/CsvParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

using Rows = QList<QStringList>;

struct Parsed
{
    Rows rows;
    QList<qint64> lines;
    CsvParser::State state = CsvParser::State::NeedMore;
    qint64 errorLine = 0;
    qint64 errorColumn = 0;
};

// Feeds text a chunk at a time the way CsvReader does: unconsumed bytes stay, new ones are
// appended.
Parsed parseInChunks(const QByteArray &text, char delimiter, char quote, qsizetype chunk,
                     const QByteArray &comment = {})
{
    Parsed parsed;
    CsvParser parser(delimiter, quote, comment);
    QByteArray buffer;
    qsizetype fed = 0;
    for (;;) {
        const qsizetype take = qMin(chunk, text.size() - fed);
        buffer.append(text.constData() + fed, take);
        fed += take;
        const bool atEof = fed == text.size();
        const qint64 consumed
            = parser.parse(buffer.data(), buffer.size(), atEof, [&](const CsvRow &row) {
                  QStringList cells;
                  for (qsizetype i = 0; i < row.size(); ++i)
                      cells << row.text(i);
                  parsed.rows << cells;
                  parsed.lines << row.line();
                  return true;
              });
        buffer.remove(0, consumed);
        if (parser.state() != CsvParser::State::NeedMore)
            break;
    }
    parsed.state = parser.state();
    parsed.errorLine = parser.errorLine();
    parsed.errorColumn = parser.errorColumn();
    return parsed;
}

} // namespace

class TestCsvParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void shortFieldsInBlocks_data();
    void shortFieldsInBlocks();
    void unbalanced_data();
    void unbalanced();
    void stopsWhenAsked();
    void recordLimit_data();
    void recordLimit();
};

void TestCsvParser::records_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<char>("quote");
    QTest::addColumn<QByteArray>("comment");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<qint64>>("lines");

    const Rows ab {{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    const QList<qint64> l12 {1, 2};
    QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << ',' << '"' << QByteArray() << ab << l12;
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << ',' << '"' << QByteArray() << ab
                          << l12;
    QTest::newRow("CR") << QByteArray("a,b\r1,2\r") << ',' << '"' << QByteArray() << ab << l12;
    QTest::newRow("no final line end")
        << QByteArray("a,b\n1,2") << ',' << '"' << QByteArray() << ab << l12;
    QTest::newRow("empty fields") << QByteArray(",\n,x,\n") << ',' << '"' << QByteArray()
                                  << Rows {{QString(), QString()}, {QString(), u"x"_s, QString()}}
                                  << l12;
    QTest::newRow("trailing delimiter at EOF")
        << QByteArray("a,b,") << ',' << '"' << QByteArray() << Rows {{u"a"_s, u"b"_s, QString()}}
        << QList<qint64> {1};
    QTest::newRow("quoted delimiter") << QByteArray("\"a,b\",c\n") << ',' << '"' << QByteArray()
                                      << Rows {{u"a,b"_s, u"c"_s}} << QList<qint64> {1};
    QTest::newRow("doubled quotes")
        << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n") << ',' << '"' << QByteArray()
        << Rows {{u"say \"hi\""_s, u"\""_s}} << QList<qint64> {1};
    QTest::newRow("newlines in quotes")
        << QByteArray("\"1\n2\r\n3\r4\",x\nnext,y\n") << ',' << '"' << QByteArray()
        << Rows {{u"1\n2\r\n3\r4"_s, u"x"_s}, {u"next"_s, u"y"_s}} << QList<qint64> {1, 5};
    QTest::newRow("quote inside unquoted field")
        << QByteArray("ab\"c,d\n") << ',' << '"' << QByteArray() << Rows {{u"ab\"c"_s, u"d"_s}}
        << QList<qint64> {1};
    QTest::newRow("text after closing quote")
        << QByteArray("\"a\"b\"c,d\n") << ',' << '"' << QByteArray() << Rows {{u"ab\"c"_s, u"d"_s}}
        << QList<qint64> {1};
    QTest::newRow("single quote") << QByteArray("'a;b';'it''s'\n") << ';' << '\'' << QByteArray()
                                  << Rows {{u"a;b"_s, u"it's"_s}} << QList<qint64> {1};
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << '\t' << '"' << QByteArray() << ab << l12;
    QTest::newRow("blank lines") << QByteArray("\n\na,b\r\n\r\n1,2\n\n") << ',' << '"'
                                 << QByteArray() << ab << QList<qint64> {3, 5};
    QTest::newRow("comments") << QByteArray("## head\na,b\n##c\n1,2\n") << ',' << '"'
                              << QByteArray("##") << ab << QList<qint64> {2, 4};
    QTest::newRow("comment prefix is not a comment mid-record")
        << QByteArray("a,#b\n") << ',' << '"' << QByteArray("#") << Rows {{u"a"_s, u"#b"_s}}
        << QList<qint64> {1};
    QTest::newRow("UTF-8 kept as bytes")
        << QByteArray("\xC3\xA9,\"\xE6\x9D\xB1,\"\n") << ',' << '"' << QByteArray()
        << Rows {{u"\u00e9"_s, u"\u6771,"_s}} << QList<qint64> {1};
}

void TestCsvParser::records()
{
    QFETCH(QByteArray, text);
    QFETCH(char, delimiter);
    QFETCH(char, quote);
    QFETCH(QByteArray, comment);
    QFETCH(Rows, rows);
    QFETCH(QList<qint64>, lines);

    for (const qsizetype chunk :
         {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(5), text.size()}) {
        const Parsed parsed
            = parseInChunks(text, delimiter, quote, qMax<qsizetype>(1, chunk), comment);
        QCOMPARE(parsed.state, CsvParser::State::Finished);
        QCOMPARE(parsed.rows, rows);
        QCOMPARE(parsed.lines, lines);
    }
}

void TestCsvParser::shortFieldsInBlocks_data()
{
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<char>("quote");
    QTest::newRow("comma") << ',' << '"';
    QTest::newRow("tab") << '\t' << '"';
    QTest::newRow("semicolon, single quote") << ';' << '\'';
    QTest::newRow("no quoting") << '|' << '\0';
}

void TestCsvParser::shortFieldsInBlocks()
{
    // Several short fields share one 16-byte load: records of fields from 0 to 17 bytes, quoted or
    // not, with LF, CRLF and CR line ends, put every field start, delimiter, quote and line end at
    // every position of a block. Each record must come back as the cells it was made of.
    QFETCH(char, delimiter);
    QFETCH(char, quote);
    QRandomGenerator random(4);
    const QByteArrayList plain
        = {"", "1", "22", "333", "4.25", "55555", "abcdefgh", "0123456789abcdefg"};
    QByteArray text;
    Rows expected;
    for (int record = 0; record < 3000; ++record) {
        QStringList cells;
        const int count = 1 + int(random.bounded(12));
        for (int i = 0; i < count; ++i) {
            QByteArray cell = plain[random.bounded(plain.size())];
            if (count == 1 && cell.isEmpty())
                cell = "x"; // not a blank line, which is skipped
            cells << QString::fromUtf8(cell);
            if (quote && random.bounded(5) == 0) {
                // Quoted, with the delimiter or a doubled quote inside now and then.
                if (random.bounded(2))
                    cell += delimiter;
                cells.last() = QString::fromUtf8(cell);
                cell = quote + cell + quote;
            }
            text += (i ? QByteArray(1, delimiter) : QByteArray()) + cell;
        }
        expected << cells;
        const int lineEnd = int(random.bounded(3));
        text += lineEnd == 0 ? "\n" : lineEnd == 1 ? "\r\n" : "\r";
    }
    for (const qsizetype chunk : {qsizetype(7), qsizetype(4096), text.size()}) {
        const Parsed parsed = parseInChunks(text, delimiter, quote, chunk);
        QCOMPARE(parsed.state, CsvParser::State::Finished);
        QCOMPARE(parsed.rows.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(parsed.rows[i], expected[i]);
    }
}

void TestCsvParser::unbalanced_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::newRow("first field") << QByteArray("\"abc\n") << 1LL << 1LL;
    QTest::newRow("third line, second field") << QByteArray("a,b\nc,d\ne,\"f\ng,h\n") << 3LL << 2LL;
    QTest::newRow("after a quoted newline, on the line the field starts")
        << QByteArray("\"x\ny\",\"open\n") << 2LL << 2LL;
    QTest::newRow("line after a multi-line record")
        << QByteArray("\"x\ny\",z\n1,\"open") << 3LL << 2LL;
}

void TestCsvParser::unbalanced()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    for (const qsizetype chunk : {qsizetype(1), text.size()}) {
        const Parsed parsed = parseInChunks(text, ',', '"', chunk);
        QCOMPARE(parsed.state, CsvParser::State::Unbalanced);
        QCOMPARE(parsed.errorLine, line);
        QCOMPARE(parsed.errorColumn, column);
    }
}

void TestCsvParser::stopsWhenAsked()
{
    QByteArray text("1\n2\n3\n");
    CsvParser parser(',', '"');
    int rows = 0;
    const qint64 consumed
        = parser.parse(text.data(), text.size(), true, [&](const CsvRow &) { return ++rows < 2; });
    QCOMPARE(parser.state(), CsvParser::State::Stopped);
    QCOMPARE(rows, 2);
    QCOMPARE(consumed, 4);
}

void TestCsvParser::recordLimit_data()
{
    // The parser stops before the first record (or blank line) starting at or past the limit, and
    // tells where that is: the test of a guessed split point in CsvSplitScan.
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("stopOffset");
    QTest::addColumn<int>("rows");
    QTest::addColumn<qint64>("stopLine");
    QTest::newRow("at a record start")
        << QByteArray("a,b\n1,2\n3,4\n") << qint64(8) << qint64(8) << 2 << qint64(3);
    QTest::newRow("inside a record")
        << QByteArray("a,b\n1,2\n3,4\n") << qint64(5) << qint64(8) << 2 << qint64(3);
    QTest::newRow("inside quotes")
        << QByteArray("a,b\n\"1\n2\",2\n3,4\n") << qint64(7) << qint64(12) << 2 << qint64(4);
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << qint64(5) << qint64(5) << 1
                          << qint64(2);
    QTest::newRow("blank line") << QByteArray("a,b\n\n1,2\n") << qint64(4) << qint64(4) << 1
                                << qint64(2);
    QTest::newRow("past the end") << QByteArray("a,b\n1,2\n") << qint64(100) << qint64(-1) << 2
                                  << qint64(-1);
}

void TestCsvParser::recordLimit()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, limit);
    QFETCH(qint64, stopOffset);
    QFETCH(int, rows);
    QFETCH(qint64, stopLine);
    for (const qsizetype chunk : {qsizetype(1), qsizetype(3), text.size()}) {
        CsvParser parser(',', '"');
        parser.setRecordLimit(limit);
        QByteArray pending;
        int seen = 0;
        qsizetype fed = 0;
        bool limited = false;
        while (!limited) {
            const qsizetype take = qMin(chunk, text.size() - fed);
            pending += text.mid(fed, take);
            fed += take;
            const bool atEof = fed == text.size();
            const qint64 consumed = parser.parse(pending.data(), pending.size(), atEof,
                                                 [&](const CsvRow &) { return ++seen > 0; });
            pending.remove(0, consumed);
            limited = parser.state() == CsvParser::State::LimitReached;
            if (parser.state() == CsvParser::State::Finished)
                break;
        }
        QCOMPARE(seen, rows);
        if (stopOffset < 0) {
            QVERIFY(!limited);
        } else {
            QVERIFY(limited);
            QCOMPARE(parser.offset(), stopOffset);
            QCOMPARE(parser.line(), stopLine);
        }
    }
}

QTEST_GUILESS_MAIN(TestCsvParser)
#include "tst_csvparser.moc"
