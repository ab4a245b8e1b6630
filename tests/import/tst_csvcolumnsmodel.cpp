#include "model/import/CsvColumnsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fd;

namespace {
CsvInspection inspection()
{
    CsvInspection result;
    CsvColumnSummary zip;
    zip.name = QStringLiteral("zip");
    zip.dtype = QStringLiteral("str");
    zip.missing = 3;
    zip.distinct = 12000;
    zip.distinctCapped = true;
    zip.examples = {QStringLiteral("02139"), QStringLiteral("00501")};
    zip.note = QStringLiteral("leading zeros");
    CsvColumnSummary dose;
    dose.name = QStringLiteral("dose");
    dose.dtype = QStringLiteral("float");
    dose.distinct = 7;
    result.columns = {zip, dose};
    result.rowCount = 20;
    return result;
}
} // namespace

class TestCsvColumnsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesFirstThenScan()
    {
        CsvColumnsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumnNames({QStringLiteral("zip"), QStringLiteral("dose")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(CsvColumnsModel::ColumnCount));
        QVERIFY(!model.isScanned());
        QVERIFY(model.index(0, CsvColumnsModel::Dtype)
                    .data()
                    .toString()
                    .contains(QLatin1StringView("scanning")));
        QVERIFY(!model.index(0, CsvColumnsModel::Missing).data().isValid());

        model.setInspection(inspection());
        QVERIFY(model.isScanned());
        QCOMPARE(model.index(0, CsvColumnsModel::Dtype).data().toString(), QStringLiteral("str"));
        QCOMPARE(model.index(0, CsvColumnsModel::Missing).data().toString(), QLocale().toString(3));
        QCOMPARE(model.index(0, CsvColumnsModel::Distinct).data().toString(),
                 QStringLiteral("≥ ") + QLocale().toString(12000));
        QCOMPARE(model.index(1, CsvColumnsModel::Distinct).data().toString(), QStringLiteral("7"));
        QCOMPARE(model.index(0, CsvColumnsModel::Examples).data().toString(),
                 QStringLiteral("02139, 00501"));
        QCOMPARE(model.index(0, CsvColumnsModel::Note).data().toString(),
                 QStringLiteral("leading zeros"));
        QCOMPARE(
            model.index(0, 0).data(CsvColumnsModel::SummaryRole).value<CsvColumnSummary>().distinct,
            12000);
    }

    void overridesAreKeptAcrossRescans()
    {
        CsvColumnsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInspection(inspection());
        QSignalSpy overridden(&model, &CsvColumnsModel::dtypeOverridden);
        const QModelIndex dtype = model.index(0, CsvColumnsModel::Dtype);
        QVERIFY(model.flags(dtype) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, CsvColumnsModel::Name)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(dtype, QStringLiteral("double"))); // not a dtype
        QVERIFY(model.setData(dtype, QStringLiteral("cat")));
        QCOMPARE(overridden.size(), 1);
        QCOMPARE(model.dtype(0), QStringLiteral("cat"));
        QVERIFY(dtype.data(CsvColumnsModel::OverriddenRole).toBool());
        QCOMPARE(dtype.data(CsvColumnsModel::InferredDtypeRole).toString(), QStringLiteral("str"));
        QVERIFY(dtype.data().toString().contains(QLatin1StringView("cat")));
        QCOMPARE(model.overrides().value(QStringLiteral("zip")), QStringLiteral("cat"));

        model.setColumnNames({QStringLiteral("zip"), QStringLiteral("dose")}); // a rescan begins
        QCOMPARE(model.dtype(0), QStringLiteral("cat"));
        model.setInspection(inspection());
        QCOMPARE(model.dtype(0), QStringLiteral("cat"));

        // Choosing the inferred dtype again is no override; resetting removes one.
        QVERIFY(model.setData(model.index(1, CsvColumnsModel::Dtype), QStringLiteral("int")));
        QVERIFY(model.setData(model.index(1, CsvColumnsModel::Dtype), QStringLiteral("float")));
        QVERIFY(!model.overrides().contains(QStringLiteral("dose")));
        model.resetOverride(0);
        QCOMPARE(model.dtype(0), QStringLiteral("str"));
        QVERIFY(model.overrides().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvColumnsModel)
#include "tst_csvcolumnsmodel.moc"
