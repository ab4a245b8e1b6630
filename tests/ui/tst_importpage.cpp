// The import page, offscreen: preview at once, scan in the background, overrides, cancel.

#include "model/CsvColumnsModel.h"
#include "model/CsvPreviewModel.h"
#include "model/ImportQueue.h"
#include "ui/ImportPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
        m_sheet = write(QStringLiteral("sheet.csv"),
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
        QAbstractItemModelTester previewTester(page.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester columnsTester(page.columnsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The preview is there before the event loop has run once.
        QCOMPARE(page.previewModel()->rowCount(), 3);
        QCOMPARE(page.previewModel()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("zip"));
        QCOMPARE(page.previewModel()->index(0, 2).data().toString(), QStringLiteral("02139"));
        QVERIFY(page.delimiterBox()->itemText(0).contains(QLatin1StringView(",")));
        QCOMPARE(page.columnsModel()->rowCount(), 4);

        QSignalSpy finished(&page, &ImportPage::scanFinished);
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
        QCOMPARE(page.previewModel()->columnCount(), 3);
        QCOMPARE(page.previewModel()->index(0, 0).data().toString(), QStringLiteral("1,5"));

        // The user says: comma. The preview follows at once, the scan runs again.
        const int comma = page.delimiterBox()->findData(int(','));
        QVERIFY(comma > 0);
        page.delimiterBox()->setCurrentIndex(comma);
        QCOMPARE(page.options().delimiter.value_or('?'), ',');
        QCOMPARE(page.previewModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("a;b;c"));
        QVERIFY(page.isScanning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(page.inspection().dialect.delimiter, ',');

        // No header row: the first line becomes data.
        page.headerBox()->setCurrentIndex(page.headerBox()->findData(false));
        QCOMPARE(page.previewModel()->rowCount(), 3);
        QCOMPARE(page.options().hasHeader, std::optional<bool>(false));
    }

    void dtypeOverrideSurvivesRescan()
    {
        ImportQueue queue;
        ImportPage page(m_sheet, &queue);
        QSignalSpy finished(&page, &ImportPage::scanFinished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(page.columnsModel()->setData(page.columnsModel()->index(2, CsvColumnsModel::Dtype), QStringLiteral("cat")));
        page.rescan();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(page.columnsModel()->dtype(2), QStringLiteral("cat"));
        QCOMPARE(page.columnsModel()->index(2, CsvColumnsModel::Dtype).data(CsvColumnsModel::InferredDtypeRole).toString(),
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
        QVERIFY(page.previewModel()->rowCount() > 0);
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

    void brokenFileSaysWhy()
    {
        const QString binary = write(QStringLiteral("image.csv"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        ImportQueue queue;
        ImportPage page(binary, &queue);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isScanning(), 20000);
        QVERIFY(!page.hasResult());
        QVERIFY2(page.statusLabel()->text().contains(QLatin1StringView("image.csv")), qPrintable(page.statusLabel()->text()));
    }
};

QTEST_MAIN(TestImportPage)
#include "tst_importpage.moc"
