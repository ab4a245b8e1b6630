#include "model/csv/CsvReader.h"

#include "model/csv/CsvProgress.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

using Rows = QList<QStringList>;

struct ReadOutcome
{
    CsvError error;
    Rows rows;
    QList<qint64> lines;
    QList<qint64> invalidLines;
    QString encoding;
    QStringList warnings;
};

ReadOutcome readAll(const QString &path, char delimiter, char quote = '"', CsvOptions options = {})
{
    ReadOutcome outcome;
    CsvReader reader(options);
    outcome.error = reader.open(path);
    if (!outcome.error.ok())
        return outcome;
    outcome.encoding = reader.encodingName();
    outcome.warnings = reader.warnings();
    outcome.error = reader.read(delimiter, quote, [&](const CsvRow &row) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells << row.text(i);
        outcome.rows << cells;
        outcome.lines << row.line();
        if (row.invalidUtf8())
            outcome.invalidLines << row.line();
        return true;
    });
    return outcome;
}

Rows basicRows()
{
    return {{u"id"_s, u"name"_s, u"score"_s},
            {u"1"_s, u"alpha"_s, u"0.5"_s},
            {u"2"_s, u"beta"_s, u"1.5"_s},
            {u"3"_s, u"gamma"_s, u"2.5"_s}};
}

class CancelAfter final : public CsvProgress
{
public:
    explicit CancelAfter(int updates)
        : m_left(updates)
    {
    }
    bool update(qint64 done, qint64 total) override
    {
        lastDone = done;
        lastTotal = total;
        return --m_left > 0;
    }
    qint64 lastDone = 0;
    qint64 lastTotal = 0;

private:
    int m_left;
};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void bufferEdges_data();
    void bufferEdges();
    void errors_data();
    void errors();
    void invalidUtf8LaterInFile();
    void byteOrderMarksInsideTheText_data();
    void byteOrderMarksInsideTheText();
    void commentPrefix();
    void progressAndCancel();
    void vanishedFile();
    void fileCutShortWhileRead_data();
    void fileCutShortWhileRead();
};

void TestCsvReader::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<qint64>>("lines");

    const QList<qint64> fourLines {1, 2, 3, 4};
    QTest::newRow("LF") << u"lf.csv"_s << ',' << u"UTF-8"_s << basicRows() << fourLines;
    QTest::newRow("CRLF") << u"crlf.csv"_s << ',' << u"UTF-8"_s << basicRows() << fourLines;
    QTest::newRow("old Mac CR") << u"cr.csv"_s << ',' << u"UTF-8"_s << basicRows() << fourLines;
    QTest::newRow("no final newline")
        << u"no_final_newline.csv"_s << ',' << u"UTF-8"_s << basicRows() << fourLines;
    QTest::newRow("gzip") << u"gzip.csv.gz"_s << ',' << u"UTF-8"_s << basicRows() << fourLines;
    QTest::newRow("gzip by magic bytes")
        << u"gzip_no_suffix.dat"_s << ',' << u"UTF-8"_s << basicRows() << fourLines;
    QTest::newRow("quoted") << u"quoted.csv"_s << ',' << u"UTF-8"_s
                            << Rows {{u"id"_s, u"text"_s, u"n"_s},
                                     {u"1"_s, u"a, b"_s, u"10"_s},
                                     {u"2"_s, u"say \"hi\""_s, u"20"_s},
                                     {u"3"_s, u"two\r\nlines"_s, u"30"_s},
                                     {u"4"_s, QString(), u"40"_s},
                                     {u"5"_s, u"x\ny\nz"_s, u"50"_s}}
                            << QList<qint64> {1, 2, 3, 4, 6, 7};
    const Rows cities {
        {u"id"_s, u"city"_s}, {u"1"_s, u"Z\u00fcrich"_s}, {u"2"_s, u"K\u00f8benhavn"_s}};
    QTest::newRow("UTF-8 BOM") << u"utf8_bom.csv"_s << ',' << u"UTF-8 (BOM)"_s
                               << (Rows(cities) << QStringList {u"3"_s, u"\u6771\u4eac"_s})
                               << fourLines;
    const QStringList emoji {u"3"_s, QString::fromUtf8("\xF0\x9F\x98\x80")};
    QTest::newRow("UTF-16LE BOM") << u"utf16le_bom.csv"_s << ',' << u"UTF-16LE"_s
                                  << (Rows(cities) << emoji) << fourLines;
    QTest::newRow("UTF-16BE BOM") << u"utf16be_bom.csv"_s << ',' << u"UTF-16BE"_s
                                  << (Rows(cities) << emoji) << fourLines;
    QTest::newRow("Windows-1252 fallback") << u"cp1252.csv"_s << ',' << u"Windows-1252"_s
                                           << Rows {{u"id"_s, u"name"_s, u"price"_s},
                                                    {u"1"_s, u"Caf\u00e9"_s, u"5\u20ac"_s},
                                                    {u"2"_s, u"na\u00efve"_s, u"3"_s}}
                                           << QList<qint64> {1, 2, 3};
    QTest::newRow("blank lines skipped")
        << u"blank_lines.csv"_s << ',' << u"UTF-8"_s
        << Rows {{u"id"_s, u"value"_s}, {u"1"_s, u"10"_s}, {u"2"_s, u"20"_s}}
        << QList<qint64> {1, 3, 6};
    QTest::newRow("tab") << u"tab.tsv"_s << '\t' << u"UTF-8"_s
                         << Rows {{u"gene"_s, u"value"_s, u"note"_s},
                                  {u"TP53"_s, u"1.5"_s, u"some, text"_s},
                                  {u"BRCA1"_s, u"2.5"_s, u"more, text, here"_s}}
                         << QList<qint64> {1, 2, 3};
}

void TestCsvReader::fixtures()
{
    QFETCH(QString, file);
    QFETCH(char, delimiter);
    QFETCH(QString, encoding);
    QFETCH(Rows, rows);
    QFETCH(QList<qint64>, lines);

    const QString path = QFINDTESTDATA(u"data/"_s + file);
    QVERIFY(!path.isEmpty());
    const ReadOutcome outcome = readAll(path, delimiter);
    QVERIFY2(outcome.error.ok(), qPrintable(outcome.error.message()));
    QCOMPARE(outcome.encoding, encoding);
    QCOMPARE(outcome.rows, rows);
    QCOMPARE(outcome.lines, lines);
    QCOMPARE(outcome.warnings.isEmpty(), encoding != u"Windows-1252");
}

void TestCsvReader::bufferEdges_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<char>("delimiter");
    const QDir data(QFileInfo(QFINDTESTDATA("data/lf.csv")).absolutePath());
    const QStringList files = data.entryList(QDir::Files, QDir::Name);
    QVERIFY(files.size() > 10);
    for (const QString &file : files) {
        if (file == u"binary.bin" || file == u"empty.csv" || file == u"only_bom.csv")
            continue;
        const char delimiter = file.endsWith(u".tsv") ? '\t'
            : file == u"semicolon.csv"                ? ';'
            : file == u"pipe.txt"                     ? '|'
                                                      : ',';
        QTest::newRow(qPrintable(file)) << data.filePath(file) << delimiter;
    }
}

// Every fixture reads the same with a 7-byte buffer as with a 1 MiB one: quoted newlines, CRLF
// pairs, UTF-16 surrogates and gzip blocks all end up cut by a buffer's edge somewhere.
void TestCsvReader::bufferEdges()
{
    QFETCH(QString, file);
    QFETCH(char, delimiter);
    const ReadOutcome large = readAll(file, delimiter);
    for (const qint64 size : {1, 2, 3, 7, 64}) {
        CsvOptions options;
        options.bufferSize = size;
        const ReadOutcome small = readAll(file, delimiter, '"', options);
        QCOMPARE(small.error.status, large.error.status);
        QCOMPARE(small.error.line, large.error.line);
        if (!large.error.ok())
            continue; // rows before an error depend on where the buffer ends
        QCOMPARE(small.rows, large.rows);
        QCOMPARE(small.lines, large.lines);
        QCOMPARE(small.invalidLines, large.invalidLines);
    }
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");

    QTest::newRow("binary") << u"binary.bin"_s << int(CsvStatus::BinaryFile) << 0LL << 0LL;
    QTest::newRow("empty") << u"empty.csv"_s << int(CsvStatus::EmptyFile) << 0LL << 0LL;
    QTest::newRow("only a BOM") << u"only_bom.csv"_s << int(CsvStatus::EmptyFile) << 0LL << 0LL;
    QTest::newRow("unbalanced quote")
        << u"unbalanced.csv"_s << int(CsvStatus::UnbalancedQuote) << 3LL << 2LL;
    QTest::newRow("truncated gzip")
        << u"truncated.csv.gz"_s << int(CsvStatus::GzipError) << 0LL << 0LL;
    QTest::newRow("missing file") << u"no/such/file.csv"_s << int(CsvStatus::FileNotFound) << 0LL
                                  << 0LL;
    QTest::newRow("folder") << u"."_s << int(CsvStatus::ReadError) << 0LL << 0LL;
}

void TestCsvReader::errors()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(qint64, line);
    QFETCH(qint64, column);

    const QString dataDir = QFileInfo(QFINDTESTDATA("data/lf.csv")).absolutePath();
    const QString path = QDir(dataDir).filePath(file);
    const ReadOutcome outcome = readAll(path, ',');
    QCOMPARE(int(outcome.error.status), status);
    QCOMPARE(outcome.error.line, line);
    QCOMPARE(outcome.error.column, column);
    const QString message = outcome.error.message();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    if (line > 0)
        QVERIFY2(message.contains(u"line %1"_s.arg(line)), qPrintable(message));
}

void TestCsvReader::byteOrderMarksInsideTheText_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("encoding");

    // The file's own mark, then a name and a value that start with one (a mark doubled by a tool
    // that adds one to text that has it already, or one pasted into a cell).
    const QString text = u"\uFEFFid,\uFEFFname\n1,\uFEFFx\n"_s;
    const auto encoded = [&](QStringConverter::Encoding encoding) {
        QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
        return QByteArray(encoder.encode(text));
    };
    QTest::newRow("UTF-8") << encoded(QStringConverter::Utf8) << u"UTF-8 (BOM)"_s;
    QTest::newRow("UTF-16LE") << encoded(QStringConverter::Utf16LE) << u"UTF-16LE"_s;
    QTest::newRow("UTF-16BE") << encoded(QStringConverter::Utf16BE) << u"UTF-16BE"_s;
}

// Only the file's own mark is the reader's: a U+FEFF inside the text is a character of a field,
// kept as every other (the name check and the validator say what it is).
void TestCsvReader::byteOrderMarksInsideTheText()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, encoding);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"marks.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(content) == content.size());
    file.close();
    for (const qint64 size : {1, 3, 1 << 20}) {
        CsvOptions options;
        options.bufferSize = size;
        const ReadOutcome outcome = readAll(path, ',', '"', options);
        QVERIFY2(outcome.error.ok(), qPrintable(outcome.error.message()));
        QCOMPARE(outcome.encoding, encoding);
        QCOMPARE(outcome.rows, (Rows {{u"\uFEFFid"_s, u"\uFEFFname"_s}, {u"1"_s, u"\uFEFFx"_s}}));
    }
}

void TestCsvReader::invalidUtf8LaterInFile()
{
    const ReadOutcome outcome = readAll(QFINDTESTDATA("data/invalid_utf8_late.csv"), ',');
    QVERIFY(outcome.error.ok());
    QCOMPARE(outcome.encoding, u"UTF-8"_s);
    QCOMPARE(outcome.rows.size(), 5002);
    QCOMPARE(outcome.invalidLines, QList<qint64> {5001});
}

void TestCsvReader::commentPrefix()
{
    CsvOptions options;
    options.commentPrefix = "#";
    const ReadOutcome outcome = readAll(QFINDTESTDATA("data/comments.csv"), ',', '"', options);
    QVERIFY(outcome.error.ok());
    QCOMPARE(outcome.rows, (Rows {{u"id"_s, u"value"_s}, {u"1"_s, u"10"_s}, {u"2"_s, u"20"_s}}));
    QCOMPARE(outcome.lines, (QList<qint64> {2, 4, 5}));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"long.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a,b\n1,");
    file.write(QByteArray(4000, 'x'));
    file.write("\n");
    file.close();
    CsvOptions small;
    small.maxRecordBytes = 1000;
    small.bufferSize = 100;
    const ReadOutcome tooLong = readAll(path, ',', '"', small);
    QCOMPARE(tooLong.error.status, CsvStatus::RowTooLong);
    QCOMPARE(tooLong.error.line, 2);
}

void TestCsvReader::progressAndCancel()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 20000; ++i)
        file.write(QByteArray::number(i) + ",some text," + QByteArray::number(i * 0.5) + '\n');
    file.close();

    CsvOptions options;
    options.bufferSize = 4096;
    CsvReader reader(options);
    QVERIFY(reader.open(path).ok());
    CancelAfter progress(3);
    qint64 rows = 0;
    const CsvError error = reader.read(
        ',', '"', [&](const CsvRow &) { return ++rows > 0; }, &progress);
    QCOMPARE(error.status, CsvStatus::Cancelled);
    QVERIFY(rows > 0 && rows < 20000);
    QCOMPARE(progress.lastTotal, QFileInfo(path).size());
    QVERIFY(progress.lastDone > 0 && progress.lastDone < progress.lastTotal);
}

void TestCsvReader::vanishedFile()
{
    // A file removed after open() is still readable on POSIX; a gzip cut short is an error, never a
    // silent success (a plain file cut short: fileCutShortWhileRead).
    QTemporaryDir dir;
    const QString path = dir.filePath(u"gone.csv.gz"_s);
    QVERIFY(QFile::copy(QFINDTESTDATA("data/truncated.csv.gz"), path));
    CsvOptions options;
    options.sampleBytes = 16; // so that open() reads only the start
    CsvReader reader(options);
    QVERIFY(reader.open(path).ok());
    QVERIFY(QFile::remove(path));
    const CsvError error = reader.read(',', '"', [](const CsvRow &) { return true; });
    QCOMPARE(error.status, CsvStatus::GzipError);
    QVERIFY(error.message().contains(u"gone.csv.gz"_s));
}

void TestCsvReader::fileCutShortWhileRead_data()
{
    QTest::addColumn<qint64>(
        "keptBytes"); // what is left of the file, cut while the reader streams it
    QTest::addColumn<int>("bufferSize");
    QTest::newRow("cut to a third") << 1'000'000LL << 64 * 1024;
    QTest::newRow("emptied") << 0LL << 64 * 1024;
    QTest::newRow("cut inside the buffer being parsed") << 70'000LL << 64 * 1024;
    QTest::newRow("cut, large buffers") << 2'000'000LL << 1024 * 1024;
}

void TestCsvReader::fileCutShortWhileRead()
{
    // Another program truncates (or rewrites) the file while it is being read: the reader must not
    // pass off what is left as the whole file, but say where it stopped.
    QFETCH(qint64, keptBytes);
    QFETCH(int, bufferSize);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shrinking.csv"_s);
    QByteArray content = "id,name,score\n";
    constexpr int Lines = 200'000;
    for (int i = 1; i <= Lines; ++i)
        content += QByteArray::number(i) + ",name" + QByteArray::number(i % 97) + ",0.5\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }
    CsvOptions options;
    options.bufferSize = bufferSize;
    options.sampleBytes = 4096;
    CsvReader reader(options);
    QVERIFY(reader.open(path).ok());
    qint64 rows = 0;
    bool cut = false;
    const CsvError error = reader.read(',', '"', [&](const CsvRow &) {
        if (++rows == 100) {
            cut = QFile::resize(path, keptBytes);
        }
        return true;
    });
    QVERIFY(cut);
    QCOMPARE(error.status, CsvStatus::ReadError);
    QVERIFY2(rows < Lines, qPrintable(QString::number(rows)));
    // The line where reading stopped: past what was read, within the file as it was.
    QVERIFY2(error.line > rows && error.line <= Lines + 1, qPrintable(QString::number(error.line)));
    const QString message = error.message();
    QVERIFY2(message.contains(u"shrinking.csv"_s) && message.contains(u"shorter"_s)
                 && message.contains(QString::number(error.line)),
             qPrintable(message));
    QCOMPARE(error.toError().code, Error::Code::Io);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
