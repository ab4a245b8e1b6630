// Registry ▸ Import genes… offscreen, on both backends: the import runs in the background, the
// Genes view fills, and its organism and biotype filters narrow it.

#include "model/browse/PagedTableModel.h"
#include "model/genes/GeneRecord.h"
#include "model/genes/GeneSearchModel.h"
#include "tests/support/BackendTest.h"
#include "ui/GeneFinder.h"
#include "ui/GeneImportController.h"
#include "ui/MainWindow.h"
#include "ui/RegistrySession.h"
#include "ui/RegistryTablePanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

using namespace fd;

namespace {

// Closes whatever message box the import shows at its end, and keeps its text, and the labels of
// the progress dialogs still shown above it (none should be: the work has ended).
class BoxCloser : public QObject
{
public:
    QStringList texts;
    QStringList progressShown;
    BoxCloser()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                const QWidgetList windows = QApplication::topLevelWidgets();
                for (QWidget *window : windows)
                    if (auto *progress = qobject_cast<QProgressDialog *>(window);
                        progress && progress->isVisible())
                        progressShown.append(progress->labelText());
                texts.append(box->text());
                box->accept();
            }
        });
        m_timer.start();
    }

private:
    QTimer m_timer;
};

} // namespace

class TestGeneImportController : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void initTestCase()
    {
        // QSignalSpy keeps only arguments of registered types.
        qRegisterMetaType<fd::GeneImportReport>();
        qRegisterMetaType<fd::Error>();
    }
    void init() { FD_BACKEND_INIT(m_registries, m_location); }

    void importsInTheBackgroundAndFillsTheGenesView()
    {
        RegistrySession session;
        FD_VERIFY_OK(session.open(m_location, true));
        MainWindow window(&session);
        window.show();
        RegistryTablePanel *genes = window.panel(RegistryTable::Genes);
        // Once counted by the view's worker.
        QVERIFY(QTest::qWaitFor([genes] { return !genes->model()->isLoading(); }, 30000));
        QVERIFY(genes->isShowingEmptyHint());

        BoxCloser closer;
        QSignalSpy finished(window.geneImport(), &GeneImportController::importFinished);
        window.geneImport()->importFile(QFINDTESTDATA("../genes/data/ncbi_small.gene_info.tsv"));
        QVERIFY(window.geneImport()->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const GeneImportReport report = finished.first().first().value<GeneImportReport>();
        QVERIFY2(report.added > 0,
                 qPrintable(describeGeneImport(report) + report.warnings.join(QLatin1Char(';'))));
        QCOMPARE(report.organism, QStringLiteral("human"));
        QTRY_VERIFY(!closer.texts.isEmpty());
        QVERIFY2(closer.texts.first().contains(QStringLiteral("Added %1").arg(report.added)),
                 qPrintable(closer.texts.first()));
        // The progress dialog closed as the import ended, before the result was shown.
        QVERIFY2(closer.progressShown.isEmpty(),
                 qPrintable(closer.progressShown.join(QLatin1Char('\n'))));

        // The view was told: the genes are there without a manual refresh.
        QTRY_COMPARE(genes->model()->totalCount(), report.added);
        QVERIFY(QTest::qWaitFor([genes] { return !genes->model()->isLoading(); }, 30000));
        QVERIFY(!genes->isShowingEmptyHint());

        // The filters offer what the registry holds, and narrow the rows.
        const QList<QComboBox *> boxes = genes->findChildren<QComboBox *>();
        QComboBox *organism = nullptr;
        QComboBox *biotype = nullptr;
        for (QComboBox *box : boxes) {
            if (box->accessibleName().contains(QLatin1StringView("Organism")))
                organism = box;
            if (box->accessibleName().contains(QLatin1StringView("Biotype")))
                biotype = box;
        }
        QVERIFY(organism && biotype);
        // Their values are read on a worker: the boxes fill in when they arrive.
        QTRY_VERIFY_WITH_TIMEOUT(organism->findData(QStringLiteral("human")) > 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(biotype->findData(QStringLiteral("protein-coding")) > 0, 15000);
        const int coding = biotype->findData(QStringLiteral("protein-coding"));
        QVERIFY(coding > 0);
        biotype->setCurrentIndex(coding);
        QVERIFY(QTest::qWaitFor([genes] { return !genes->model()->isLoading(); }, 30000));
        const qint64 codingCount = genes->model()->totalCount();
        QVERIFY(codingCount > 0 && codingCount < report.added);
        for (int row = 0; row < genes->model()->rowCount(); ++row)
            QCOMPARE(genes->model()
                         ->index(row, tables::genes().columnIndex(QStringLiteral("biotype")))
                         .data()
                         .toString(),
                     QStringLiteral("protein-coding"));
        biotype->setCurrentIndex(0);
        QVERIFY(QTest::qWaitFor([genes] { return !genes->model()->isLoading(); }, 30000));
        QCOMPARE(genes->model()->totalCount(), report.added);
        organism->setCurrentIndex(organism->findData(QStringLiteral("human")));
        QVERIFY(QTest::qWaitFor([genes] { return !genes->model()->isLoading(); }, 30000));
        QCOMPARE(genes->model()->totalCount(), report.added);
    }

    void findsGenesAsTheUserTypes()
    {
        RegistrySession session;
        FD_VERIFY_OK(session.open(m_location, true));
        MainWindow window(&session);
        window.show();
        BoxCloser closer;
        QSignalSpy finished(window.geneImport(), &GeneImportController::importFinished);
        QSignalSpy ready(window.geneFinder(), &GeneFinder::indexReady);
        window.geneImport()->importFile(QFINDTESTDATA("../genes/data/ncbi_small.gene_info.tsv"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        // The import changed the genes: the index is built again, in the background.
        QTRY_VERIFY_WITH_TIMEOUT(window.geneFinder()->isReady(), 30000);
        QVERIFY(ready.size() >= 1);

        GeneSearchModel *found = window.geneFinder()->model();
        QAbstractItemModelTester tester(found,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::keyClicks(window.geneFinder()->findEdit(), QStringLiteral("p5"));
        // No waiting: each keystroke is answered from memory.
        QVERIFY(found->rowCount() >= 1);
        QCOMPARE(found->index(0, GeneSearchModel::Symbol).data().toString(),
                 QStringLiteral("TP53"));
        QVERIFY(!window.geneFinder()->resultsView()->isHidden());
        QTest::keyClicks(window.geneFinder()->findEdit(), QStringLiteral("3"));
        QCOMPARE(found->index(0, GeneSearchModel::Symbol).data().toString(),
                 QStringLiteral("TP53"));
        QVERIFY(found->index(0, GeneSearchModel::Matched)
                    .data()
                    .toString()
                    .contains(QLatin1StringView("P53")));

        // By Ensembl id and by NCBI id.
        window.geneFinder()->findEdit()->setText(QStringLiteral("ENSG00000121410"));
        QCOMPARE(found->index(0, GeneSearchModel::Symbol).data().toString(),
                 QStringLiteral("A1BG"));
        window.geneFinder()->findEdit()->setText(QStringLiteral("7157"));
        QCOMPARE(found->index(0, GeneSearchModel::Symbol).data().toString(),
                 QStringLiteral("TP53"));

        // Choosing a result shows that gene's row in the table.
        Q_EMIT window.geneFinder()->resultsView()->activated(found->index(0, 0));
        RegistryTablePanel *genes = window.panel(RegistryTable::Genes);
        QTRY_COMPARE(genes->model()->totalCount(), 1);
        QCOMPARE(genes->model()->index(0, 0).data().toString(), QStringLiteral("TP53"));

        window.geneFinder()->findEdit()->clear();
        QCOMPARE(found->rowCount(), 0);
        QVERIFY(window.geneFinder()->resultsView()->isHidden());
    }

    void badFileIsReportedAndChangesNothing()
    {
        RegistrySession session;
        FD_VERIFY_OK(session.open(m_location, true));
        MainWindow window(&session);
        BoxCloser closer;
        QSignalSpy failed(window.geneImport(), &GeneImportController::importFailed);
        window.geneImport()->importFile(QFINDTESTDATA("../genes/data/ncbi_truncated.tsv"),
                                        QStringLiteral("human"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QTRY_VERIFY(!closer.texts.isEmpty());
        QVERIFY2(closer.texts.first().contains(QLatin1StringView("ncbi_truncated.tsv")),
                 qPrintable(closer.texts.first()));
        QVERIFY2(closer.progressShown.isEmpty(),
                 qPrintable(closer.progressShown.join(QLatin1Char('\n'))));
        QCOMPARE(window.panel(RegistryTable::Genes)->model()->totalCount(), 0);
    }

    // Genes that share an id or symbol are told in a steward's words, and listed one a line.
    void collisionsAreSaidPlainlyAndListed()
    {
        GeneImportReport report;
        report.file = QStringLiteral("genes.tsv");
        report.collisions.append({QStringLiteral("TEC"), QStringLiteral("ENSG00000135605"),
                                  QStringLiteral("7006"), 12, QStringLiteral("raw1"),
                                  QStringLiteral("TEC2"), QStringLiteral("uid1"),
                                  QStringLiteral("symbol+organism")});
        report.collisions.append({QStringLiteral("MEMO1"),
                                  {},
                                  QStringLiteral("7795"),
                                  40,
                                  QStringLiteral("raw2"),
                                  QStringLiteral("MEMO1P"),
                                  QStringLiteral("uid2"),
                                  QStringLiteral("ncbi_gene_id")});
        const QString text = describeGeneImport(report);
        QVERIFY2(text.contains(QLatin1StringView("2 genes share an Ensembl id or symbol with "
                                                 "another gene")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1StringView("identity of its own")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1StringView("keyed")), qPrintable(text));
        const QStringList lines = listGeneCollisions(report).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(QLatin1StringView("line 12: TEC shares its id or symbol "
                                                        "with TEC2")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(QLatin1StringView("NCBI id 7795")), qPrintable(lines.at(1)));
        QCOMPARE(listGeneCollisions(GeneImportReport {}), QString());
    }
};

QTEST_MAIN(TestGeneImportController)
#include "tst_geneimportcontroller.moc"
