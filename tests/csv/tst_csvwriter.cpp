#include "model/csv/CsvWriter.h"

#include "model/csv/CsvParser.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

using namespace fd;
using namespace Qt::StringLiterals;

using Records = QList<QStringList>;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data();
    void quoting();
    void records_data();
    void records();
    void byteOrderMark();
    void writeErrorIsReported();
};

void TestCsvWriter::quoting_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<char>("quote");
    QTest::addColumn<bool>("first");
    QTest::addColumn<QByteArray>("written");

    QTest::newRow("plain") << "TP53"_ba << ',' << '"' << false << "TP53"_ba;
    QTest::newRow("empty") << ""_ba << ',' << '"' << false << ""_ba;
    QTest::newRow("inner space") << "T cell"_ba << ',' << '"' << false << "T cell"_ba;
    QTest::newRow("delimiter") << "a,b"_ba << ',' << '"' << false << "\"a,b\""_ba;
    QTest::newRow("quote doubled")
        << "say \"hi\""_ba << ',' << '"' << false << "\"say \"\"hi\"\"\""_ba;
    QTest::newRow("only a quote") << "\""_ba << ',' << '"' << false << "\"\"\"\""_ba;
    QTest::newRow("LF") << "a\nb"_ba << ',' << '"' << false << "\"a\nb\""_ba;
    QTest::newRow("CR") << "a\rb"_ba << ',' << '"' << false << "\"a\rb\""_ba;
    QTest::newRow("leading space") << " a"_ba << ',' << '"' << false << "\" a\""_ba;
    QTest::newRow("trailing space") << "a "_ba << ',' << '"' << false << "\"a \""_ba;
    QTest::newRow("leading tab") << "\ta"_ba << ',' << '"' << false << "\"\ta\""_ba;
    QTest::newRow("tab in TSV") << "a\tb"_ba << '\t' << '"' << false << "\"a\tb\""_ba;
    QTest::newRow("comma in TSV") << "a,b"_ba << '\t' << '"' << false << "a,b"_ba;
    QTest::newRow("semicolon") << "a;b"_ba << ';' << '"' << false << "\"a;b\""_ba;
    QTest::newRow("other quote char: \" is plain")
        << "say \"hi\""_ba << ',' << '\'' << false << "say \"hi\""_ba;
    QTest::newRow("other quote char doubled") << "it's"_ba << ',' << '\'' << false << "'it''s'"_ba;
    QTest::newRow("comment prefix, first field") << "#x"_ba << ',' << '"' << true << "\"#x\""_ba;
    QTest::newRow("comment prefix, later field") << "#x"_ba << ',' << '"' << false << "#x"_ba;
    QTest::newRow("UTF-8 passes through") << "Grüße ü"_ba << ',' << '"' << false << "Grüße ü"_ba;
}

void TestCsvWriter::quoting()
{
    QFETCH(QByteArray, field);
    QFETCH(char, delimiter);
    QFETCH(char, quote);
    QFETCH(bool, first);
    QFETCH(QByteArray, written);
    CsvWriter writer(nullptr, delimiter, quote);
    writer.setCommentPrefix("#"_ba);
    QCOMPARE(writer.encodeField(field, first), written);
    QCOMPARE(writer.needsQuotes(field, first), written != field);
}

void TestCsvWriter::records_data()
{
    QTest::addColumn<Records>("records");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<QByteArray>("written");

    QTest::newRow("LF") << Records {{u"id"_s, u"gene"_s}, {u"1"_s, u"a,b"_s}} << ',' << false
                        << "id,gene\n1,\"a,b\"\n"_ba;
    QTest::newRow("CRLF") << Records {{u"id"_s, u"gene"_s}, {u"1"_s, u"x\r\ny"_s}} << ',' << true
                          << "id,gene\r\n1,\"x\r\ny\"\r\n"_ba;
    QTest::newRow("TSV") << Records {{u"a"_s, u"b c"_s, u""_s}} << '\t' << false << "a\tb c\t\n"_ba;
    QTest::newRow("one empty field is not a blank line")
        << Records {{u""_s}, {u"x"_s}} << ',' << false << "\"\"\nx\n"_ba;
    QTest::newRow("two empty fields") << Records {{u""_s, u""_s}} << ',' << false << ",\n"_ba;
    QTest::newRow("ragged rows as given")
        << Records {{u"a"_s, u"b"_s}, {u"1"_s}, {u"1"_s, u"2"_s, u"3"_s}} << ',' << false
        << "a,b\n1\n1,2,3\n"_ba;
}

void TestCsvWriter::records()
{
    QFETCH(Records, records);
    QFETCH(char, delimiter);
    QFETCH(bool, crlf);
    QFETCH(QByteArray, written);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, delimiter, '"',
                     crlf ? CsvWriter::LineEnding::CrLf : CsvWriter::LineEnding::Lf);
    for (const QStringList &record : std::as_const(records))
        QVERIFY(writer.writeRecord(record));
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), written);

    // What the writer writes, the parser reads back as the same fields.
    QByteArray bytes = buffer.data();
    Records parsed;
    CsvParser parser(delimiter, '"');
    parser.parse(bytes.data(), bytes.size(), true, [&](const CsvRow &row) {
        parsed << row.texts();
        return true;
    });
    QCOMPARE(parser.state(), CsvParser::State::Finished);
    QCOMPARE(parsed, records);
}

void TestCsvWriter::byteOrderMark()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeByteOrderMark());
    QVERIFY(writer.writeRecord(QStringList {u"ä"_s}));
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), "\xEF\xBB\xBF\xC3\xA4\n"_ba);
}

void TestCsvWriter::writeErrorIsReported()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRecord(QStringList {u"a"_s})); // buffered, not written yet
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ReadOnly device"_s));
    QVERIFY(!writer.flush());
    QVERIFY(!writer.errorString().isEmpty());
    QVERIFY(!writer.writeRecord(QStringList {u"b"_s})); // and stays failed
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
