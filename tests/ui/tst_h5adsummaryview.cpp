// H5adSummaryView, offscreen, on the files the anndata library wrote (tests/fixtures/h5ad): the
// shape and X, obs and var with the dtypes expected.json holds, a bad file's message alone, and
// reads on a worker whose stale results are dropped.

#include "model/import/H5adColumnsModel.h"
#include "tests/support/H5adFixtures.h"
#include "ui/H5adSummaryView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

// The model's rows against expected.json's columns: name, dtype, missing, distinct.
void compareFrame(const H5adColumnsModel *model, const QJsonObject &frame)
{
    const QJsonArray columns = frame.value(u"columns"_s).toArray();
    QCOMPARE(model->rowCount(), int(columns.size()));
    for (int row = 0; row < columns.size(); ++row) {
        const QJsonObject column = columns.at(row).toObject();
        const auto text = [&](int at) { return model->index(row, at).data().toString(); };
        QCOMPARE(text(H5adColumnsModel::Name), column.value(u"name"_s).toString());
        QCOMPARE(text(H5adColumnsModel::Dtype), column.value(u"dtype"_s).toString());
        QCOMPARE(text(H5adColumnsModel::Missing),
                 QString::number(column.value(u"n_missing"_s).toInt()));
        QCOMPARE(text(H5adColumnsModel::Distinct),
                 QString::number(column.value(u"n_distinct"_s).toInt()));
    }
}

} // namespace

class TestH5adSummaryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void showsTheFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("x"); // the header line's words for X
        QTest::newRow("dense") << u"dense_float.h5ad"_s << u"X: float, dense"_s;
        QTest::newRow("gzip") << u"gzip_dense_float.h5ad"_s << u"X: float, dense"_s;
        QTest::newRow("CSR") << u"sparse_csr_int.h5ad"_s << u"X: int, sparse (CSR)"_s;
        QTest::newRow("CSC") << u"sparse_csc_float.h5ad"_s << u"X: float, sparse (CSC)"_s;
        QTest::newRow("LZF X only") << u"lzf_x_only.h5ad"_s << u"X: int, sparse (CSR)"_s;
        QTest::newRow("anndata 0.7") << u"categorical_07.h5ad"_s << u"X: float, dense"_s;
        QTest::newRow("no X") << u"no_x.h5ad"_s << u"no X"_s;
    }

    void showsTheFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, x);
        const QJsonObject expected = test::h5adExpectations().value(file).toObject();
        QVERIFY(!expected.isEmpty());

        H5adSummaryView view(test::h5adFixture(file));
        QAbstractItemModelTester obsTester(view.obsModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester varTester(view.varModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1000, 600);
        view.show();
        // Reading on a worker: the page says so before the event loop has run once.
        QVERIFY(view.isReading());
        QVERIFY(view.statusLabel()->text().startsWith(u"Reading"_s));
        QVERIFY(!view.rereadButton()->isEnabled());
        QSignalSpy read(&view, &H5adSummaryView::summaryRead);
        QVERIFY(read.wait(20000));
        QVERIFY(!view.isReading());
        QVERIFY(view.hasSummary());

        const QString shape = view.shapeLabel()->text();
        QVERIFY2(shape.startsWith(
                     u"%1 cells (obs) × %2 genes (var)"_s.arg(expected.value(u"n_obs"_s).toInt())
                         .arg(expected.value(u"n_vars"_s).toInt())),
                 qPrintable(shape));
        QVERIFY2(shape.endsWith(x), qPrintable(shape));
        QVERIFY(view.shapeLabel()->isVisible());
        QVERIFY(view.obsView()->isVisible());
        QVERIFY(view.varView()->isVisible());
        QVERIFY(!view.errorLabel()->isVisible());

        const QJsonObject obs = expected.value(u"obs"_s).toObject();
        const QJsonObject var = expected.value(u"var"_s).toObject();
        compareFrame(view.obsModel(), obs);
        compareFrame(view.varModel(), var);
        // Each table's title names its index.
        QVERIFY2(view.obsTitle()->text().contains(
                     u"index <b>%1</b>"_s.arg(obs.value(u"index"_s).toString())),
                 qPrintable(view.obsTitle()->text()));
        QVERIFY(view.varTitle()->text().contains(
            u"index <b>%1</b>"_s.arg(var.value(u"index"_s).toString())));
        QVERIFY(view.obsTitle()->text().contains(
            u"%1 column"_s.arg(obs.value(u"columns"_s).toArray().size())));
    }

    void badFileShowsTheReadersMessage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says"); // the reader's words
        QTest::newRow("not HDF5") << u"not_hdf5.h5ad"_s << u"not an HDF5 file"_s;
        QTest::newRow("truncated") << u"truncated.h5ad"_s << u"file is truncated"_s;
        QTest::newRow("empty") << u"empty.h5ad"_s << u"file is empty"_s;
        QTest::newRow("no obs") << u"no_obs.h5ad"_s << u"no \"obs\" group"_s;
        QTest::newRow("no var") << u"no_var.h5ad"_s << u"no \"var\" group"_s;
        QTest::newRow("LZF") << u"lzf.h5ad"_s << u"compressed with LZF"_s;
        QTest::newRow("before 0.7") << u"old_compound.h5ad"_s << u"anndata before 0.7"_s;
    }

    void badFileShowsTheReadersMessage()
    {
        QFETCH(QString, file);
        QFETCH(QString, says);
        H5adSummaryView view(test::h5adFixture(file));
        view.resize(1000, 600);
        view.show();
        QSignalSpy failed(&view, &H5adSummaryView::readFailed);
        QVERIFY(failed.wait(20000));
        const QString message = view.errorLabel()->text();
        QVERIFY2(message.contains(says), qPrintable(message));
        QVERIFY2(message.contains(file), qPrintable(message));
        QCOMPARE(failed.first().first().toString().contains(says), true);
        // The message, and nothing else: no shape, no tables.
        QVERIFY(view.errorLabel()->isVisible());
        QVERIFY(!view.shapeLabel()->isVisible());
        QVERIFY(!view.obsView()->isVisible());
        QVERIFY(!view.varView()->isVisible());
        QCOMPARE(view.obsModel()->rowCount(), 0);
        QVERIFY(!view.hasSummary());
        QVERIFY(view.rereadButton()->isEnabled());
    }

    void staleReadsAreDropped()
    {
        H5adSummaryView view(test::h5adFixture(u"dense_float.h5ad"_s));
        QSignalSpy read(&view, &H5adSummaryView::summaryRead);
        // Read again twice before the first read is back: one result is shown, the newest.
        view.read();
        view.read();
        QVERIFY(read.wait(20000));
        QTest::qWait(300);
        QCOMPARE(read.size(), 1);
        QCOMPARE(view.obsModel()->rowCount(), 9);
    }

    void cancelShowsNothingLate()
    {
        H5adSummaryView view(test::h5adFixture(u"dense_float.h5ad"_s));
        QSignalSpy read(&view, &H5adSummaryView::summaryRead);
        view.cancelRead();
        QVERIFY(!view.isReading());
        QVERIFY(view.statusLabel()->text().contains(u"cancelled"_s));
        QVERIFY(view.rereadButton()->isEnabled());
        QTest::qWait(500);
        QCOMPARE(read.size(), 0);
        QCOMPARE(view.obsModel()->rowCount(), 0);
        view.rereadButton()->click();
        QVERIFY(read.wait(20000));
        QCOMPARE(view.obsModel()->rowCount(), 9);
    }
};

QTEST_MAIN(TestH5adSummaryView)
#include "tst_h5adsummaryview.moc"
