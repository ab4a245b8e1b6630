// H5adColumnsModel: an obs or var frame's columns as rows, under QAbstractItemModelTester.

#include "model/import/H5adColumnsModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

H5adColumn column(const QString &name, const QString &dtype, qint64 missing, qint64 distinct)
{
    H5adColumn result;
    result.name = name;
    result.dtype = dtype;
    result.missing = missing;
    result.distinct = distinct;
    return result;
}

H5adFrame obs()
{
    H5adFrame frame;
    frame.index = u"cell_id"_s;
    frame.rows = 3'000'000;
    H5adColumn cellType = column(u"cell_type"_s, u"cat"_s, 1, 3);
    cellType.encoding = u"categorical"_s;
    H5adColumn donor = column(u"donor"_s, u"cat"_s, 0, 3);
    donor.ordered = true;
    H5adColumn barcode = column(u"barcode"_s, u"str"_s, 0, 2'000'000);
    barcode.distinctCapped = true;
    H5adColumn odd = column(u"odd"_s, u"object"_s, 0, 0);
    odd.note = u"an encoding FeatureDesk does not read: awkward-array"_s;
    frame.columns = {cellType, donor, barcode, odd, column(u"pct_mito"_s, u"float"_s, 2, 3)};
    return frame;
}

QString cell(const H5adColumnsModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestH5adColumnsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheFrame()
    {
        H5adColumnsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setFrame(obs());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(H5adColumnsModel::ColumnCount));
        QCOMPARE(model.frame().index, u"cell_id"_s);
        QCOMPARE(model.names(),
                 (QStringList {u"cell_type"_s, u"donor"_s, u"barcode"_s, u"odd"_s, u"pct_mito"_s}));
        QCOMPARE(model.dtypes(),
                 (QStringList {u"cat"_s, u"cat"_s, u"str"_s, u"object"_s, u"float"_s}));

        QCOMPARE(cell(model, 0, H5adColumnsModel::Name), u"cell_type"_s);
        QCOMPARE(cell(model, 0, H5adColumnsModel::Dtype), u"cat"_s);
        QVERIFY(
            cell(model, 0, H5adColumnsModel::Dtype, Qt::ToolTipRole).contains(u"categorical"_s));
        QCOMPARE(cell(model, 0, H5adColumnsModel::Missing), u"1"_s);
        QCOMPARE(cell(model, 4, H5adColumnsModel::Missing), u"2"_s);
        QCOMPARE(cell(model, 0, H5adColumnsModel::Distinct), u"3"_s);
        // A capped count is a lower bound, and says so.
        QCOMPARE(cell(model, 2, H5adColumnsModel::Distinct),
                 u"≥ "_s + QLocale().toString(2'000'000));
        QCOMPARE(cell(model, 1, H5adColumnsModel::Note), u"ordered categories"_s);
        QVERIFY(cell(model, 3, H5adColumnsModel::Note).contains(u"awkward-array"_s));
        QVERIFY(cell(model, 0, H5adColumnsModel::Note).isEmpty());
        QCOMPARE(model.index(0, H5adColumnsModel::Missing)
                     .data(Qt::TextAlignmentRole)
                     .value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);

        const auto whole = model.index(4, H5adColumnsModel::Name)
                               .data(H5adColumnsModel::ColumnRole)
                               .value<H5adColumn>();
        QCOMPARE(whole.name, u"pct_mito"_s);
        QCOMPARE(whole.missing, 2);

        QCOMPARE(model.headerData(H5adColumnsModel::Dtype, Qt::Horizontal).toString(), u"Dtype"_s);
        QCOMPARE(model.headerData(H5adColumnsModel::Distinct, Qt::Horizontal).toString(),
                 u"Distinct"_s);
        // Read-only: the file's dtypes are what anndata wrote.
        QVERIFY(!(model.flags(model.index(0, H5adColumnsModel::Dtype)) & Qt::ItemIsEditable));
    }

    void clearsAndTakesAnotherFrame()
    {
        H5adColumnsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFrame(obs());
        H5adFrame var;
        var.index = u"gene_symbol"_s;
        var.columns = {column(u"gene_ids"_s, u"str"_s, 0, 5)};
        model.setFrame(var);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.frame().index, u"gene_symbol"_s);
        QCOMPARE(cell(model, 0, H5adColumnsModel::Name), u"gene_ids"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.frame().index.isEmpty());
        QVERIFY(model.names().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestH5adColumnsModel)
#include "tst_h5adcolumnsmodel.moc"
