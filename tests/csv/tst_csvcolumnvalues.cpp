#include "model/csv/CsvColumnValues.h"

#include "model/csv/CsvColumnRef.h"
#include "model/csv/CsvProgress.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

class CancelAtOnce final : public CsvProgress
{
public:
    bool update(qint64, qint64) override { return false; }
};

} // namespace

class TestCsvColumnValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data();
    void read();
    void forcedHeaderSkipsFirstRow();
    void cancel();

private:
    QString write(const QByteArray &content);

    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestCsvColumnValues::write(const QByteArray &content)
{
    const QString path = m_dir.filePath(u"file-%1.csv"_s.arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCsvColumnValues::read_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("header"); // -1 sniffed, 0 none, 1 forced
    QTest::addColumn<QString>("column");
    QTest::addColumn<QStringList>("distinct");
    QTest::addColumn<QList<qint64>>("counts");
    QTest::addColumn<qint64>("empty");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("error"); // a part of the message; empty when the read works

    QTest::newRow("by name, first-seen order, empties counted")
        << "id,gene\n1,TP53\n2,p53\n3,TP53\n4,\n5,  \n"_ba << -1 << u"gene"_s
        << QStringList {u"TP53"_s, u"p53"_s} << QList<qint64> {2, 1} << qint64(2) << qint64(5)
        << QString();
    QTest::newRow("quoted values with the delimiter and a newline")
        << "id,gene\n1,\"a,b\"\n2,\"a,b\"\n3,\"x\ny\"\n"_ba << 1 << u"gene"_s
        << QStringList {u"a,b"_s, u"x\ny"_s} << QList<qint64> {2, 1} << qint64(0) << qint64(3)
        << QString();
    QTest::newRow("padded values kept as written")
        << "id,gene\n1, TP53 \n2,TP53\n"_ba << 1 << u"gene"_s
        << QStringList {u" TP53 "_s, u"TP53"_s} << QList<qint64> {1, 1} << qint64(0) << qint64(2)
        << QString();
    QTest::newRow("rows too short to have the column count as empty")
        << "a,b\n1\n2,x\n"_ba << 1 << u"b"_s << QStringList {u"x"_s} << QList<qint64> {1}
        << qint64(1) << qint64(2) << QString();
    QTest::newRow("TSV, sniffed") << "id\tgene\tnote\n1\tTP53\ta,b\n2\tEGFR\tc\n"_ba << -1
                                  << u"gene"_s << QStringList {u"TP53"_s, u"EGFR"_s}
                                  << QList<qint64> {1, 1} << qint64(0) << qint64(2) << QString();
    QTest::newRow("a second column of the same name, by its inspect name")
        << "a,a\n1,2\n3,4\n"_ba << 1 << u"a.1"_s << QStringList {u"2"_s, u"4"_s}
        << QList<qint64> {1, 1} << qint64(0) << qint64(2) << QString();
    QTest::newRow("no header: by position")
        << "x,1\ny,2\nx,3\n"_ba << 0 << u"0"_s << QStringList {u"x"_s, u"y"_s}
        << QList<qint64> {2, 1} << qint64(0) << qint64(3) << QString();
    QTest::newRow("no header: a name is an error")
        << "x,1\ny,2\n"_ba << 0 << u"gene"_s << QStringList() << QList<qint64>() << qint64(0)
        << qint64(0) << u"has no header"_s;
    QTest::newRow("no header: a position past the last column")
        << "x,1\ny,2\n"_ba << 0 << u"5"_s << QStringList() << QList<qint64>() << qint64(0)
        << qint64(0) << u"there is no column 5"_s;
    QTest::newRow("a missing column is named")
        << "id,gene\n1,TP53\n"_ba << 1 << u"nope"_s << QStringList() << QList<qint64>() << qint64(0)
        << qint64(0) << u"no column named 'nope'"_s;
    QTest::newRow("a header name that is a number is a name")
        << "id,2\n1,TP53\n"_ba << 1 << u"2"_s << QStringList {u"TP53"_s} << QList<qint64> {1}
        << qint64(0) << qint64(1) << QString();
}

void TestCsvColumnValues::read()
{
    QFETCH(QByteArray, content);
    QFETCH(int, header);
    QFETCH(QString, column);
    QFETCH(QStringList, distinct);
    QFETCH(QList<qint64>, counts);
    QFETCH(qint64, empty);
    QFETCH(qint64, total);
    QFETCH(QString, error);

    QVERIFY(m_dir.isValid());
    const QString path = write(content);
    CsvOptions options;
    if (header >= 0)
        options.hasHeader = header == 1;
    const Result<CsvColumnValues> values
        = CsvColumnValues::read(path, CsvColumnRef::fromText(column), options);
    if (!error.isEmpty()) {
        QVERIFY(!values);
        QVERIFY2(values.error().message.contains(error), qPrintable(values.error().message));
        QVERIFY2(values.error().message.contains(QFileInfo(path).fileName()),
                 qPrintable(values.error().message));
        return;
    }
    QVERIFY2(values.ok(), qPrintable(values.ok() ? QString() : values.error().message));
    QCOMPARE(values->distinct, distinct);
    QList<qint64> seen;
    for (const QString &value : values->distinct)
        seen << values->counts.value(value);
    QCOMPARE(seen, counts);
    QCOMPARE(values->empty, empty);
    QCOMPARE(values->total, total);
    QCOMPARE(values->duplicates(), total - empty - distinct.size());
}

void TestCsvColumnValues::forcedHeaderSkipsFirstRow()
{
    // The sniffer would call this first row data; the option says header, and the header is not a
    // value.
    const QString path = write("1,2\n3,4\n"_ba);
    CsvOptions options;
    options.hasHeader = true;
    const Result<CsvColumnValues> values
        = CsvColumnValues::read(path, CsvColumnRef::at(1), options);
    QVERIFY2(values.ok(), qPrintable(values.ok() ? QString() : values.error().message));
    QCOMPARE(values->distinct, QStringList {u"4"_s});
    QCOMPARE(values->total, 1);
    QCOMPARE(values->column, 1);
}

void TestCsvColumnValues::cancel()
{
    QByteArray content = "id,gene\n"_ba;
    for (int i = 0; i < 20000; ++i)
        content += QByteArray::number(i) + ",G" + QByteArray::number(i % 97) + '\n';
    const QString path = write(content);
    CsvOptions options;
    options.bufferSize = 4096;
    CancelAtOnce cancel;
    const Result<CsvColumnValues> values
        = CsvColumnValues::read(path, CsvColumnRef::named(u"gene"_s), options, &cancel);
    QVERIFY(!values);
    QCOMPARE(values.error().code, Error::Code::Cancelled);
}

QTEST_GUILESS_MAIN(TestCsvColumnValues)
#include "tst_csvcolumnvalues.moc"
