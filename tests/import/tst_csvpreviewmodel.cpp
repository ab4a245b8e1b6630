#include "model/import/CsvPreviewModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace fd;

class TestCsvPreviewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsRaggedRowsWithoutHidingCells()
    {
        CsvPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        CsvPreviewData data;
        data.columns = {QStringLiteral("gene"), QStringLiteral("value")};
        data.rows = {{QStringLiteral("A1BG"), QStringLiteral("1")},
                     {QStringLiteral("TP53")},
                     {QStringLiteral("CD4"), QStringLiteral("3"), QStringLiteral("extra")}};
        model.setPreview(data);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3); // widened for the long row
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("gene"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("2"));
        QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);
        QCOMPARE(model.index(1, 1).data().toString(), QString());
        QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("extra"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void noHeaderNumbersColumns()
    {
        CsvPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        CsvPreviewData data;
        data.rows = {{QStringLiteral("a"), QStringLiteral("b")}};
        model.setPreview(data);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("0"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestCsvPreviewModel)
#include "tst_csvpreviewmodel.moc"
