// The import page of an AnnData .h5ad file, offscreen: opened by the window's import (a CSV
// beside it still gets the CSV page), obs and var on the page, and the review checking the obs
// column names as features, on SQLite and PostgreSQL.

#include "model/features/FeatureStore.h"
#include "model/import/H5adColumnsModel.h"
#include "model/validation/Validation.h"
#include "model/validation/ValidationModel.h"
#include "tests/support/BackendTest.h"
#include "tests/support/H5adFixtures.h"
#include "ui/H5adSummaryView.h"
#include "ui/ImportPage.h"
#include "ui/MainWindow.h"
#include "ui/RegistrySession.h"
#include "ui/ReviewPanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

QString statusOf(const ValidationModel *model, const QString &value)
{
    const int row = model->rowOfValue(value);
    return row < 0 ? QString() : validationStatusKey(model->item(row).status);
}

} // namespace

class TestImportPageAnnData : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<RegistrySession> m_session;

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void initTestCase() { qRegisterMetaType<fd::Error>(); }

    void init()
    {
        FD_BACKEND_INIT(m_registries, m_location);
        m_session = std::make_unique<RegistrySession>();
        FD_VERIFY_OK(m_session->open(m_location, true));
        Result<std::unique_ptr<Registry>> own = Registry::open(*m_session->location());
        FD_VERIFY_OK(own);
        FeatureStore features(**own);
        FD_VERIFY_OK(features.add({u"cell_type"_s, u"cat"_s, {}, {}, {}}));
        FD_VERIFY_OK(features.add({u"donor"_s, u"cat"_s, {}, {}, {}}));
        FD_VERIFY_OK(features.add({u"batch"_s, u"str"_s, {}, {}, {}}));
        FD_VERIFY_OK(features.add({u"pct_mitochondrial"_s, u"float"_s, {}, {}, {u"pct_mito"_s}}));
    }

    void cleanup() { m_session.reset(); }

    void reviewChecksObsColumnNames()
    {
        MainWindow window(m_session.get());
        window.show();
        // A CSV and an .h5ad imported together (as File ▸ Import… or a drop off the Artifacts
        // view does): each gets the page of its kind.
        const QString sheet = m_registries.tempPath(u"sheet.csv"_s);
        QFile file(sheet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a,b\n1,2\n");
        file.close();
        const QString cells = test::h5adFixture(u"dense_float.h5ad"_s);
        window.importPaths({cells, sheet});
        const QList<ImportPage *> pages = window.importPages();
        QCOMPARE(pages.size(), 2);
        ImportPage *page = pages.at(0);
        QCOMPARE(page->path(), QFileInfo(cells).absoluteFilePath());
        QVERIFY(page->anndata());
        QVERIFY(!page->delimiterBox());
        QVERIFY(!pages.at(1)->anndata());
        QVERIFY(pages.at(1)->delimiterBox());
        QCOMPARE(window.tabs()->currentWidget(), page);
        QVERIFY(page->isScanning());
        QVERIFY(!page->views()->isTabEnabled(1));

        QSignalSpy validated(page->review(), &ReviewPanel::validated);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasResult(), 20000);
        QVERIFY(!page->isScanning());
        QVERIFY(page->anndata()->shapeLabel()->text().startsWith(u"6 cells (obs) × 5 genes"_s));
        QCOMPARE(page->anndata()->varModel()->rowCount(), 3);
        QVERIFY(page->views()->isTabEnabled(1));
        // On SQLite the review may be done before the scan's wait above ends.
        QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 1, 20000);

        // The obs column names, checked as features with the dtypes the file holds.
        const ValidationModel *model = page->review()->model();
        QCOMPARE(model->rowCount(), 9);
        QCOMPARE(statusOf(model, u"cell_type"_s), u"validated"_s);
        QCOMPARE(statusOf(model, u"donor"_s), u"validated"_s);
        QCOMPARE(statusOf(model, u"batch"_s), u"dtype_mismatch"_s); // int in the file
        QCOMPARE(statusOf(model, u"pct_mito"_s), u"standardizable"_s);
        QCOMPARE(statusOf(model, u"n_genes"_s), u"not_validated"_s);
        // Names only: a column's values and registering would read the file as delimited text.
        QVERIFY(page->review()->isNamesOnly());
        QVERIFY(!page->review()->modeBox()->isEnabled());
        QVERIFY(!page->review()->registerAction()->isEnabled());
        QVERIFY(!pages.at(1)->review()->isNamesOnly());
    }

    void badFileLeavesTheReviewClosed()
    {
        ImportPage page(test::h5adFixture(u"truncated.h5ad"_s), nullptr, m_session.get());
        QSignalSpy failed(&page, &ImportPage::scanFailed);
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.first().at(1).toString().contains(u"truncated"_s));
        QVERIFY(!page.hasResult());
        QVERIFY(!page.views()->isTabEnabled(1));
        QVERIFY(page.anndata()->errorLabel()->text().contains(u"truncated.h5ad"_s));
    }
};

QTEST_MAIN(TestImportPageAnnData)
#include "tst_importpageanndata.moc"
