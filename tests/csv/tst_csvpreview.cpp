#include "model/csv/CsvPreview.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;
using namespace Qt::StringLiterals;

class TestCsvPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preview_data();
    void preview();
    void wideFileIsFast();
};

void TestCsvPreview::preview_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rowCount");
    QTest::addColumn<bool>("noHeader");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QList<QStringList>>("rows");

    const QStringList header {u"id"_s, u"name"_s, u"score"_s};
    QTest::newRow("two rows") << u"lf.csv"_s << 2 << false << header
                              << QList<QStringList> {{u"1"_s, u"alpha"_s, u"0.5"_s},
                                                     {u"2"_s, u"beta"_s, u"1.5"_s}};
    QTest::newRow("no header: every line is a row")
        << u"crlf.csv"_s << 2 << true << QStringList()
        << QList<QStringList> {header, {u"1"_s, u"alpha"_s, u"0.5"_s}};
    QTest::newRow("more rows than the file has")
        << u"gzip.csv.gz"_s << 50 << false << header
        << QList<QStringList> {{u"1"_s, u"alpha"_s, u"0.5"_s},
                               {u"2"_s, u"beta"_s, u"1.5"_s},
                               {u"3"_s, u"gamma"_s, u"2.5"_s}};
    QTest::newRow("header only") << u"lf.csv"_s << 0 << false << header << QList<QStringList>();
}

void TestCsvPreview::preview()
{
    QFETCH(QString, file);
    QFETCH(int, rowCount);
    QFETCH(bool, noHeader);
    QFETCH(QStringList, columns);
    QFETCH(QList<QStringList>, rows);
    CsvOptions options;
    if (noHeader)
        options.hasHeader = false;
    CsvPreview preview(options);
    const Result<CsvPreviewData> data = preview.preview(QFINDTESTDATA(u"data/"_s + file), rowCount);
    QVERIFY(data.ok());
    QCOMPARE(data->columns, columns);
    QCOMPARE(data->rows, rows);
    QCOMPARE(data->dialect.hasHeader, !noHeader);
}

void TestCsvPreview::wideFileIsFast()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"wide.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    constexpr int Columns = 60000;
    QByteArray header;
    QByteArray row;
    for (int i = 0; i < Columns; ++i) {
        header += QByteArray(i ? "," : "") + "feature_" + QByteArray::number(i);
        row += QByteArray(i ? "," : "") + QByteArray::number(i * 0.25);
    }
    for (int r = 0; r < 20; ++r)
        header += '\n' + row;
    file.write(header + '\n');
    file.close();

    QElapsedTimer timer;
    timer.start();
    const Result<CsvPreviewData> data = CsvPreview().preview(path, 5);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(data.ok());
    QCOMPARE(data->columns.size(), Columns);
    QCOMPARE(data->columns.back(), u"feature_59999"_s);
    QCOMPARE(data->rows.size(), 5);
    qInfo("preview of a %d-column file: %lld ms", Columns, elapsed);
    QVERIFY2(elapsed < 500, "far slower than expected; the header alone should take milliseconds");
}

QTEST_GUILESS_MAIN(TestCsvPreview)
#include "tst_csvpreview.moc"
