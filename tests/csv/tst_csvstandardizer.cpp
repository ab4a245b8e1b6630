#include "model/csv/CsvStandardizer.h"

#include "model/csv/CsvColumnRef.h"
#include "model/csv/CsvProgress.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;
using namespace Qt::StringLiterals;

using Replacements = QHash<QString, QString>;

namespace {

class CancelAfter final : public CsvProgress
{
public:
    explicit CancelAfter(int updates)
        : m_left(updates)
    {
    }
    bool update(qint64, qint64) override { return --m_left > 0; }

private:
    int m_left;
};

// text in UTF-16 with its byte order mark, as Windows programs write "Unicode" text.
QByteArray utf16(const QString &text, QStringConverter::Encoding order)
{
    QStringEncoder encoder(order, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCsvStandardizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copy_data();
    void copy();
    void cancelLeavesNoOut();
    void cancelKeepsExistingOut();
    void outIsFileRefused();
    void missingColumn();
    void headerWithoutHeader();
    void renamedIntoDuplicate();
    void nulCharacterRefused_data();
    void nulCharacterRefused();
    void unwritableOut();

private:
    QString write(const QByteArray &content, const QString &name = {});

    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestCsvStandardizer::write(const QByteArray &content, const QString &name)
{
    const QString path = m_dir.filePath(name.isEmpty() ? u"in-%1.csv"_s.arg(++m_files) : name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCsvStandardizer::copy_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("header"); // -1 sniffed, 0 none, 1 forced
    QTest::addColumn<QByteArray>("comment");
    QTest::addColumn<QString>("column"); // empty: the header's names
    QTest::addColumn<Replacements>("replacements");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<qint64>("cells");
    QTest::addColumn<qint64>("rows");

    const Replacements p53 {{u"p53"_s, u"TP53"_s}};
    QTest::newRow("quoted delimiters, newlines and quotes survive")
        << "id,gene,note\n1,p53,\"a, b\"\n2,TP53,\"line 1\nline 2\"\n3,p53,\"say \"\"hi\"\"\"\n"_ba
        << -1 << QByteArray() << u"gene"_s << p53
        << "id,gene,note\n1,TP53,\"a, b\"\n2,TP53,\"line 1\nline 2\"\n3,TP53,\"say \"\"hi\"\"\"\n"_ba
        << qint64(2) << qint64(3);
    QTest::newRow("CRLF input stays CRLF")
        << "id,gene\r\n1,p53\r\n2,\"x\r\ny\"\r\n"_ba << 1 << QByteArray() << u"gene"_s << p53
        << "id,gene\r\n1,TP53\r\n2,\"x\r\ny\"\r\n"_ba << qint64(1) << qint64(2);
    QTest::newRow("TSV stays TSV; a comma needs no quotes")
        << "id\tgene\tnote\n1\tp53\ta, b\n2\tEGFR\tc\n"_ba << -1 << QByteArray() << u"gene"_s << p53
        << "id\tgene\tnote\n1\tTP53\ta, b\n2\tEGFR\tc\n"_ba << qint64(1) << qint64(2);
    QTest::newRow("header-only file") << "id,gene\n"_ba << 1 << QByteArray() << u"gene"_s << p53
                                      << "id,gene\n"_ba << qint64(0) << qint64(0);
    QTest::newRow("header names") << "Cell_Type,dose,gene\nT cell,1.5,p53\n"_ba << 1 << QByteArray()
                                  << QString()
                                  << Replacements {{u"Cell_Type"_s, u"cell_type"_s},
                                                   {u"dose"_s, u"dose_mg"_s}}
                                  << "cell_type,dose_mg,gene\nT cell,1.5,p53\n"_ba << qint64(2)
                                  << qint64(1);
    QTest::newRow("header names by their inspect names")
        << "a,a,\n1,2,3\n"_ba << 1 << QByteArray() << QString()
        << Replacements {{u"a.1"_s, u"b"_s}, {u"Unnamed: 2"_s, u"c"_s}} << "a,b,c\n1,2,3\n"_ba
        << qint64(2) << qint64(1);
    QTest::newRow("no header: by position")
        << "1,p53\n2,EGFR\n3,p53\n"_ba << 0 << QByteArray() << u"1"_s << p53
        << "1,TP53\n2,EGFR\n3,TP53\n"_ba << qint64(2) << qint64(3);
    QTest::newRow("quotes that were not needed are dropped")
        << "\"id\",\"gene\"\n\"1\",\"p53\"\n"_ba << 1 << QByteArray() << u"gene"_s << p53
        << "id,gene\n1,TP53\n"_ba << qint64(1) << qint64(1);
    QTest::newRow("a replacement that needs quotes gets them")
        << "id,gene\n1,x\n"_ba << 1 << QByteArray() << u"gene"_s
        << Replacements {{u"x"_s, u"a,b"_s}} << "id,gene\n1,\"a,b\"\n"_ba << qint64(1) << qint64(1);
    QTest::newRow("malformed rows are copied as parsed")
        << "id,gene\n1,p53,extra\n2\n3,p53\n"_ba << 1 << QByteArray() << u"gene"_s << p53
        << "id,gene\n1,TP53,extra\n2\n3,TP53\n"_ba << qint64(2) << qint64(3);
    QTest::newRow("a padded value is its own key")
        << "id,gene\n1, p53 \n2,p53\n"_ba << 1 << QByteArray() << u"gene"_s
        << Replacements {{u" p53 "_s, u"TP53"_s}} << "id,gene\n1,TP53\n2,p53\n"_ba << qint64(1)
        << qint64(2);
    QTest::newRow("only the chosen column")
        << "gene,other\np53,p53\n"_ba << 1 << QByteArray() << u"gene"_s << p53
        << "gene,other\nTP53,p53\n"_ba << qint64(1) << qint64(1);
    QTest::newRow("UTF-8 byte order mark kept")
        << "\xEF\xBB\xBFid,gene\n1,p53\n"_ba << 1 << QByteArray() << u"gene"_s << p53
        << "\xEF\xBB\xBFid,gene\n1,TP53\n"_ba << qint64(1) << qint64(1);
    // UTF-16 is decoded: the copy is UTF-8 without a byte order mark and without a NUL byte.
    QTest::newRow("UTF-16LE becomes UTF-8")
        << utf16(u"id,gene,city\n1,p53,Z\u00FCrich\n2,EGFR,\U0001F600\n"_s,
                 QStringConverter::Utf16LE)
        << 1 << QByteArray() << u"gene"_s << p53
        << "id,gene,city\n1,TP53,Z\xC3\xBCrich\n2,EGFR,\xF0\x9F\x98\x80\n"_ba << qint64(1)
        << qint64(2);
    QTest::newRow("UTF-16BE becomes UTF-8")
        << utf16(u"id,gene\r\n1,p53\r\n"_s, QStringConverter::Utf16BE) << 1 << QByteArray()
        << u"gene"_s << p53 << "id,gene\r\n1,TP53\r\n"_ba << qint64(1) << qint64(1);
    QTest::newRow("UTF-16LE header names")
        << utf16(u"Cell_Type,dose\n1,2\n"_s, QStringConverter::Utf16LE) << 1 << QByteArray()
        << QString() << Replacements {{u"Cell_Type"_s, u"cell_type"_s}}
        << "cell_type,dose\n1,2\n"_ba << qint64(1) << qint64(1);
    QTest::newRow("comment and blank lines are dropped")
        << "# made by hand\nid,gene\n\n1,p53\n# end\n"_ba << 1 << "#"_ba << u"gene"_s << p53
        << "id,gene\n1,TP53\n"_ba << qint64(1) << qint64(1);
    QTest::newRow("a last line without a line end gets one")
        << "id,gene\r\n1,p53"_ba << 1 << QByteArray() << u"gene"_s << p53
        << "id,gene\r\n1,TP53\r\n"_ba << qint64(1) << qint64(1);
}

void TestCsvStandardizer::copy()
{
    QFETCH(QByteArray, input);
    QFETCH(int, header);
    QFETCH(QByteArray, comment);
    QFETCH(QString, column);
    QFETCH(Replacements, replacements);
    QFETCH(QByteArray, output);
    QFETCH(qint64, cells);
    QFETCH(qint64, rows);

    QVERIFY(m_dir.isValid());
    const QString in = write(input);
    const QString out = m_dir.filePath(u"out-%1.csv"_s.arg(m_files));
    CsvOptions options;
    if (header >= 0)
        options.hasHeader = header == 1;
    options.commentPrefix = comment;
    const CsvStandardizer standardizer(options);
    const Result<CsvStandardization> result = column.isEmpty()
        ? standardizer.standardizeHeader(in, replacements, out)
        : standardizer.standardizeColumn(in, CsvColumnRef::fromText(column), replacements, out);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(contents(out), output);
    QCOMPARE(result->cellsReplaced, cells);
    QCOMPARE(result->rows, rows);
    QCOMPARE(contents(in), input); // the input is never touched
}

void TestCsvStandardizer::cancelLeavesNoOut()
{
    QByteArray content = "id,gene\n"_ba;
    for (int i = 0; i < 20000; ++i)
        content += QByteArray::number(i) + ",p53\n";
    const QString in = write(content);
    const QString out = m_dir.filePath(u"cancelled.csv"_s);
    CsvOptions options;
    options.bufferSize = 4096;
    CancelAfter cancel(3); // after some rows have been written
    const Result<CsvStandardization> result = CsvStandardizer(options).standardizeColumn(
        in, CsvColumnRef::named(u"gene"_s), {{u"p53"_s, u"TP53"_s}}, out, &cancel);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Cancelled);
    QVERIFY(!QFile::exists(out));
    // Nor a temporary file beside it.
    QCOMPARE(QDir(m_dir.path()).entryList({u"cancelled*"_s}, QDir::Files | QDir::Hidden),
             QStringList());
}

void TestCsvStandardizer::cancelKeepsExistingOut()
{
    QByteArray content = "id,gene\n"_ba;
    for (int i = 0; i < 20000; ++i)
        content += QByteArray::number(i) + ",p53\n";
    const QString in = write(content);
    const QString out = write("the old copy\n"_ba, u"existing.csv"_s);
    CsvOptions options;
    options.bufferSize = 4096;
    CancelAfter cancel(3);
    const Result<CsvStandardization> result = CsvStandardizer(options).standardizeColumn(
        in, CsvColumnRef::named(u"gene"_s), {{u"p53"_s, u"TP53"_s}}, out, &cancel);
    QVERIFY(!result);
    QCOMPARE(contents(out), "the old copy\n"_ba);
}

void TestCsvStandardizer::outIsFileRefused()
{
    const QByteArray input = "id,gene\n1,p53\n"_ba;
    const QString in = write(input, u"same.csv"_s);
    const CsvStandardizer standardizer;
    // The same file, also when spelled another way.
    for (const QString &out : QStringList {in, m_dir.path() + u"/./same.csv"_s}) {
        const Result<CsvStandardization> result = standardizer.standardizeColumn(
            in, CsvColumnRef::named(u"gene"_s), {{u"p53"_s, u"TP53"_s}}, out);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Invalid);
        QVERIFY2(result.error().message.contains(u"same.csv"_s),
                 qPrintable(result.error().message));
        QCOMPARE(contents(in), input);
    }
}

void TestCsvStandardizer::missingColumn()
{
    const QString in = write("id,gene\n1,p53\n"_ba, u"columns.csv"_s);
    const QString out = m_dir.filePath(u"missing-out.csv"_s);
    const Result<CsvStandardization> result = CsvStandardizer().standardizeColumn(
        in, CsvColumnRef::named(u"nope"_s), {{u"p53"_s, u"TP53"_s}}, out);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::NotFound);
    QVERIFY2(result.error().message.contains(u"'nope'"_s), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(u"columns.csv"_s), qPrintable(result.error().message));
    QVERIFY(!QFile::exists(out));
}

void TestCsvStandardizer::headerWithoutHeader()
{
    const QString in = write("1,p53\n2,p53\n"_ba);
    const QString out = m_dir.filePath(u"no-header-out.csv"_s);
    CsvOptions options;
    options.hasHeader = false;
    const Result<CsvStandardization> result
        = CsvStandardizer(options).standardizeHeader(in, {{u"1"_s, u"one"_s}}, out);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(u"no header"_s), qPrintable(result.error().message));
    QVERIFY(!QFile::exists(out));
}

void TestCsvStandardizer::renamedIntoDuplicate()
{
    const QString in = write("dose,dose_mg\n1,2\n"_ba);
    const QString out = m_dir.filePath(u"duplicate-out.csv"_s);
    CsvOptions options;
    options.hasHeader = true;
    const Result<CsvStandardization> result
        = CsvStandardizer(options).standardizeHeader(in, {{u"dose"_s, u"dose_mg"_s}}, out);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(contents(out), "dose_mg,dose_mg\n1,2\n"_ba);
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY(result->warnings.constFirst().contains(u"dose_mg"_s));
}

void TestCsvStandardizer::nulCharacterRefused_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("column"); // empty: the header's names
    QTest::addColumn<QString>("where");

    const QString nul(QChar(u'\0'));
    QTest::newRow("UTF-16LE header")
        << utf16(u"id"_s + nul + u",gene\n1,p53\n"_s, QStringConverter::Utf16LE) << QString()
        << u"line 1, field 1"_s;
    QTest::newRow("UTF-16BE header, renaming the column")
        << utf16(u"id,gene"_s + nul + u"\n1,p53\n"_s, QStringConverter::Utf16BE) << QString()
        << u"line 1, field 2"_s;
    QTest::newRow("UTF-16LE cell of another column")
        << utf16(u"id,gene\n1,p53\n2"_s + nul + u",p53\n"_s, QStringConverter::Utf16LE) << u"gene"_s
        << u"line 3, field 1"_s;
    // UTF-8 with a NUL past the part the reader looks at first: read as text, never written.
    QByteArray late = "id,gene\n"_ba;
    while (late.size() < (200 << 10))
        late += "1,p53\n"_ba;
    const qsizetype lines = late.count('\n');
    late += "2,p5\0"
            "3\n"_ba;
    QTest::newRow("UTF-8, far into the file")
        << late << u"gene"_s << u"line %1, field 2"_s.arg(lines + 1);
}

void TestCsvStandardizer::nulCharacterRefused()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, column);
    QFETCH(QString, where);

    const QString in = write(input);
    const QString out = m_dir.filePath(u"nul-out-%1.csv"_s.arg(m_files));
    CsvOptions options;
    options.hasHeader = true;
    const CsvStandardizer standardizer(options);
    const Replacements replacements {{u"p53"_s, u"TP53"_s}, {u"id"_s, u"ID"_s}};
    const Result<CsvStandardization> result = column.isEmpty()
        ? standardizer.standardizeHeader(in, replacements, out)
        : standardizer.standardizeColumn(in, CsvColumnRef::named(column), replacements, out);
    QVERIFY2(!result, "a copy holding a NUL byte was written");
    QCOMPARE(result.error().code, Error::Code::Invalid);
    QVERIFY2(result.error().message.contains(u"NUL character (U+0000)"_s),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(where), qPrintable(result.error().message));
    QVERIFY(!QFile::exists(out));
}

void TestCsvStandardizer::unwritableOut()
{
    const QString in = write("id,gene\n1,p53\n"_ba);
    const QString out = m_dir.filePath(u"no/such/folder/out.csv"_s);
    const Result<CsvStandardization> result = CsvStandardizer().standardizeColumn(
        in, CsvColumnRef::named(u"gene"_s), {{u"p53"_s, u"TP53"_s}}, out);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Io);
    QVERIFY2(result.error().message.contains(u"out.csv"_s), qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestCsvStandardizer)
#include "tst_csvstandardizer.moc"
