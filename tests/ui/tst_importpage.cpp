// The import page, offscreen: preview at once, scan in the background, overrides, cancel.

#include "model/import/CsvColumnsModel.h"
#include "model/import/CsvPreviewModel.h"
#include "model/import/H5adColumnsModel.h"
#include "model/import/ImportQueue.h"
#include "ui/H5adSummaryView.h"
#include "ui/ImportPage.h"
#include "ui/MainWindow.h"
#include "ui/RegistrySession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace fd;

class TestImportPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sheet;
    QString m_semicolons;
    QString m_large;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sheet = write(
            QStringLiteral("sheet.csv"),
            "sample,dose_mg,zip,treated\nS1,1.5,02139,True\nS2,,00501,False\nS3,2,12345,True\n");
        // Semicolons with commas as decimal marks: only the semicolon gives consistent rows.
        m_semicolons = write(QStringLiteral("eu.csv"), "a;b;c\n1,5;2;x\n3,25;4;y\n");
        QByteArray large("id,value,label\n");
        large.reserve(30 << 20);
        for (int i = 0; i < 1200000; ++i)
            large += QByteArray::number(i) + ',' + QByteArray::number(i % 1000) + ",lbl\n";
        m_large = write(QStringLiteral("large.csv"), large);
    }

    void previewsAtOnceThenScans()
    {
        ImportQueue queue;
        ImportPage page(m_sheet, &queue);
        QSignalSpy finished(&page, &ImportPage::scanFinished);
        QAbstractItemModelTester previewTester(
            page.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester columnsTester(
            page.columnsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Nothing of the file was read on this thread: the first rows come from a worker, in
        // moments, and the scan after.
        QCOMPARE(page.previewModel()->rowCount(), 0);
        QTRY_COMPARE(page.previewModel()->rowCount(), 3);
        QCOMPARE(page.previewModel()->headerData(2, Qt::Horizontal).toString(),
                 QStringLiteral("zip"));
        QCOMPARE(page.previewModel()->index(0, 2).data().toString(), QStringLiteral("02139"));
        QVERIFY(page.delimiterBox()->itemText(0).contains(QLatin1StringView(",")));
        QCOMPARE(page.columnsModel()->rowCount(), 4);

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(page.hasResult());
        QVERIFY(!page.isScanning());
        QCOMPARE(page.inspection().rowCount, 3);
        QCOMPARE(page.columnsModel()->dtype(1), QStringLiteral("float"));
        QCOMPARE(page.columnsModel()->dtype(2), QStringLiteral("str"));
        QVERIFY(page.statusLabel()->text().contains(QLatin1StringView("3 rows")));
    }

    void dialectOverrideRereads()
    {
        ImportQueue queue;
        ImportPage page(m_semicolons, &queue);
        QSignalSpy finished(&page, &ImportPage::scanFinished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QTRY_COMPARE(page.previewModel()->columnCount(), 3);
        QCOMPARE(page.previewModel()->index(0, 0).data().toString(), QStringLiteral("1,5"));

        // The user says: comma. The preview follows, the scan runs again.
        const int comma = page.delimiterBox()->findData(int(','));
        QVERIFY(comma > 0);
        page.delimiterBox()->setCurrentIndex(comma);
        QCOMPARE(page.options().delimiter.value_or('?'), ',');
        QVERIFY(page.isScanning());
        QTRY_COMPARE(page.previewModel()->headerData(0, Qt::Horizontal).toString(),
                     QStringLiteral("a;b;c"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(page.inspection().dialect.delimiter, ',');

        // No header row: the first line becomes data.
        page.headerBox()->setCurrentIndex(page.headerBox()->findData(false));
        QTRY_COMPARE(page.previewModel()->rowCount(), 3);
        QCOMPARE(page.options().hasHeader, std::optional<bool>(false));
    }

    void dtypeOverrideSurvivesRescan()
    {
        ImportQueue queue;
        ImportPage page(m_sheet, &queue);
        QSignalSpy finished(&page, &ImportPage::scanFinished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(page.columnsModel()->setData(page.columnsModel()->index(2, CsvColumnsModel::Dtype),
                                             QStringLiteral("cat")));
        page.rescan();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(page.columnsModel()->dtype(2), QStringLiteral("cat"));
        QCOMPARE(page.columnsModel()
                     ->index(2, CsvColumnsModel::Dtype)
                     .data(CsvColumnsModel::InferredDtypeRole)
                     .toString(),
                 QStringLiteral("str"));
    }

    void cancelKeepsThePreview()
    {
        ImportQueue queue;
        ImportPage page(m_large, &queue);
        QVERIFY(page.isScanning());
        QVERIFY(page.cancelButton()->isEnabled());
        QTest::mouseClick(page.cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isScanning(), 10000);
        QVERIFY(!page.hasResult());
        QVERIFY(page.statusLabel()->text().contains(QLatin1StringView("cancelled")));
        QTRY_VERIFY(page.previewModel()->rowCount() > 0);
    }

    void pagesQueueUpAndClosingOneMidScanIsSafe()
    {
        ImportQueue queue;
        auto *first = new ImportPage(m_large, &queue);
        ImportPage second(m_sheet, &queue);
        QSignalSpy secondDone(&second, &ImportPage::scanFinished);
        QVERIFY(second.statusLabel()->text().contains(QLatin1StringView("Waiting")));
        delete first; // closed while its scan runs
        QTRY_COMPARE_WITH_TIMEOUT(secondDone.size(), 1, 20000);
    }

    void dropOntoTheWindowOpensPagesThatQueue()
    {
        RegistrySession session;
        MainWindow window(&session);
        window.show();
        const QString folder = m_dir.filePath(QStringLiteral("dropped"));
        QDir().mkpath(folder + QStringLiteral("/sub"));
        QFile::copy(m_sheet, folder + QStringLiteral("/a.csv"));
        QFile::copy(m_semicolons, folder + QStringLiteral("/sub/b.csv"));
        QFile(folder + QStringLiteral("/notes.docx")).open(QIODevice::WriteOnly);

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_large), QUrl::fromLocalFile(folder)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);

        // One page per file, in order: the large file, then the folder's csv files (not the docx).
        const QList<ImportPage *> pages = window.importPages();
        QCOMPARE(pages.size(), 3);
        QCOMPARE(pages.at(0)->path(), m_large);
        QVERIFY(pages.at(1)->path().endsWith(QLatin1StringView("/a.csv")));
        QVERIFY(pages.at(2)->path().endsWith(QLatin1StringView("/sub/b.csv")));
        QCOMPARE(window.tabs()->currentWidget(), pages.at(0));
        // Scans queue: one runs, the others wait; all end.
        QVERIFY(window.importQueue()->waitingCount() >= 1);
        for (ImportPage *page : pages)
            QTRY_VERIFY_WITH_TIMEOUT(page->hasResult(), 30000);

        // Dropping a file again shows its page instead of opening a second one.
        QDropEvent again(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &again);
        QCOMPARE(window.importPages().size(), 3);

        // An import page closes; the registry's own tabs do not.
        const int tabs = window.tabs()->count();
        Q_EMIT window.tabs()->tabCloseRequested(window.tabs()->indexOf(pages.at(0)));
        QCOMPARE(window.tabs()->count(), tabs - 1);
        Q_EMIT window.tabs()->tabCloseRequested(0);
        QCOMPARE(window.tabs()->count(), tabs - 1);
    }

    void droppedAnnDataFileOpensItsPage()
    {
        RegistrySession session;
        MainWindow window(&session);
        window.show();
        const QString cells = m_dir.filePath(QStringLiteral("cells.h5ad"));
        QVERIFY(QFile::copy(QFINDTESTDATA("../fixtures/h5ad/sparse_csc_float.h5ad"), cells));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(cells)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        const QList<ImportPage *> pages = window.importPages();
        QCOMPARE(pages.size(), 1);
        ImportPage *page = pages.first();
        QCOMPARE(window.tabs()->currentWidget(), page);
        // obs and var in place of the CSV preview, read on a worker: "Reading…" meanwhile.
        QVERIFY(page->anndata());
        QVERIFY(!page->previewModel()->rowCount());
        QVERIFY(!page->delimiterBox());
        QVERIFY(page->isScanning());
        QVERIFY(page->anndata()->statusLabel()->text().startsWith(QLatin1StringView("Reading")));
        QTRY_VERIFY_WITH_TIMEOUT(page->hasResult(), 20000);
        QCOMPARE(page->anndata()->obsModel()->rowCount(), 2);
        QCOMPARE(page->anndata()->varModel()->rowCount(), 1);
        QVERIFY(page->anndata()->shapeLabel()->text().endsWith(
            QLatin1StringView("X: float, sparse (CSC)")));
        // Without a registry the review has nothing to check against, and says so.
        QVERIFY(page->views()->isTabEnabled(1));
    }

    void brokenFileSaysWhy()
    {
        const QString binary
            = write(QStringLiteral("image.csv"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        ImportQueue queue;
        ImportPage page(binary, &queue);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isScanning(), 20000);
        QVERIFY(!page.hasResult());
        QVERIFY2(page.statusLabel()->text().contains(QLatin1StringView("image.csv")),
                 qPrintable(page.statusLabel()->text()));
    }
};

QTEST_MAIN(TestImportPage)
#include "tst_importpage.moc"
