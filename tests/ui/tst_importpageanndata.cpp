// The import page of an AnnData .h5ad file, offscreen: opened by the window's import (a CSV
// beside it still gets the CSV page), obs and var on the page, the review checking the obs column
// names as features or the var ids as genes (counted as featuredesk-cli validate counts them), and
// registering the file with its var and obs sets (the sets featuredesk-cli finds for it), on
// SQLite and PostgreSQL. No SQL runs on the window's thread meanwhile.

#include "model/Identity.h"
#include "model/artifacts/ArtifactStore.h"
#include "model/browse/PagedTableModel.h"
#include "model/db/QueryThreadCheck.h"
#include "model/features/FeatureStore.h"
#include "model/genes/GeneStore.h"
#include "model/import/H5adColumnsModel.h"
#include "model/sets/FeatureSetStore.h"
#include "model/validation/Validation.h"
#include "model/validation/ValidationModel.h"
#include "tests/support/BackendTest.h"
#include "tests/support/H5adFixtures.h"
#include "ui/H5adSummaryView.h"
#include "ui/ImportPage.h"
#include "ui/MainWindow.h"
#include "ui/RegistrySession.h"
#include "ui/RegistryTablePanel.h"
#include "ui/ReviewPanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

QString statusOf(const ValidationModel *model, const QString &value)
{
    const int row = model->rowOfValue(value);
    return row < 0 ? QString() : validationStatusKey(model->item(row).status);
}

// The report's counts as featuredesk-cli validate --json gives them ("summary").
QJsonObject countsOf(const ValidationReport &report)
{
    QJsonObject counts;
    const QMap<ValidationStatus, int> summary = report.summary();
    for (auto it = summary.cbegin(); it != summary.cend(); ++it)
        counts.insert(validationStatusKey(it.key()), it.value());
    counts.insert(u"empty"_s, report.emptyCount);
    counts.insert(u"duplicate"_s, report.duplicateCount);
    return counts;
}

// Presses OK on every message box that opens while it lives (ErrorPresenter's), counting them.
class MessageBoxCloser final : public QObject
{
public:
    MessageBoxCloser()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                m_texts.append(box->text());
                box->accept();
            }
        });
        m_timer.start(20);
    }
    QStringList texts() const { return m_texts; }

private:
    QTimer m_timer;
    QStringList m_texts;
};

} // namespace

class TestImportPageAnnData : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<RegistrySession> m_session;
    std::unique_ptr<Registry> m_db; // the test's own connection, to set up and check records
    QStringList m_guiThreadQueries;

    // The real featuredesk-cli on the test's registry, in an environment of the test's own.
    QJsonDocument cli(const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"FEATUREDESK_REGISTRY"_s);
        environment.insert(u"HOME"_s, m_registries.tempPath(u"home"_s));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(FEATUREDESK_CLI),
                      QStringList {u"--registry"_s, m_location, u"--json"_s} + arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
            qWarning("featuredesk-cli %s did not finish", qPrintable(arguments.join(u' ')));
            return {};
        }
        if (process.exitCode() != 0)
            qWarning("featuredesk-cli %s: exit %d, %s", qPrintable(arguments.join(u' ')),
                     process.exitCode(), process.readAllStandardError().constData());
        return QJsonDocument::fromJson(process.readAllStandardOutput());
    }

    // Human genes as BioMart lists them: GAPDH's Ensembl id is registered under a newer symbol,
    // with GAPDH its synonym; MYC is not registered at all.
    void importHumanGenes()
    {
        const QString path = m_registries.tempPath(u"human.tsv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Gene stable ID\tGene name\tNCBI gene (formerly Entrezgene) ID\tGene Synonym\n"
                   "ENSG00000141510\tTP53\t7157\tp53\n"
                   "ENSG00000012048\tBRCA1\t672\t\n"
                   "ENSG00000146648\tEGFR\t1956\t\n"
                   "ENSG00000111640\tGAPDH2\t2597\tGAPDH\n");
        file.close();
        GeneStore::ImportOptions options;
        options.organism = u"human"_s;
        FD_VERIFY_OK(GeneStore(*m_db).importFile(path, options));
    }

    // An .h5ad page with its obs column names validated.
    static bool obsValidated(ImportPage *page)
    {
        QSignalSpy validated(page->review(), &ReviewPanel::validated);
        if (!QTest::qWaitFor([page] { return page->hasResult(); }, 20000))
            return false;
        return QTest::qWaitFor([&validated] { return validated.size() >= 1; }, 20000);
    }

    // Chooses what the review checks (and the var column, by its data; empty: the index) and waits
    // for the report.
    static bool checkVar(ReviewPanel *review, const QString &column)
    {
        QSignalSpy validated(review, &ReviewPanel::validated);
        review->modeBox()->setCurrentIndex(1);
        const int at = review->columnBox()->findData(column);
        if (at < 0)
            return false;
        review->columnBox()->setCurrentIndex(at);
        return QTest::qWaitFor([&validated] { return validated.size() >= 1; }, 20000)
            && QTest::qWaitFor([review] { return !review->isValidating(); }, 20000);
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void initTestCase() { qRegisterMetaType<fd::Error>(); }

    void init()
    {
        FD_BACKEND_INIT(m_registries, m_location);
        // Every statement run on the window's thread is reported, and fails the test.
        m_guiThreadQueries.clear();
        QueryThreadCheck::watch(QThread::currentThread(), [this](const QString &what) {
            if (m_guiThreadQueries.size() < 100)
                m_guiThreadQueries.append(what);
        });
        m_session = std::make_unique<RegistrySession>();
        FD_VERIFY_OK(m_session->open(m_location, true));
        Registry::OpenOptions options;
        options.mayRunOnWatchedThread = true;
        Result<std::unique_ptr<Registry>> own = Registry::open(*m_session->location(), options);
        FD_VERIFY_OK(own);
        m_db = std::move(own).value();
        FeatureStore features(*m_db);
        FD_VERIFY_OK(features.add({u"cell_type"_s, u"cat"_s, {}, {}, {}}));
        FD_VERIFY_OK(features.add({u"donor"_s, u"cat"_s, {}, {}, {}}));
        FD_VERIFY_OK(features.add({u"batch"_s, u"str"_s, {}, {}, {}}));
        FD_VERIFY_OK(features.add({u"pct_mitochondrial"_s, u"float"_s, {}, {}, {u"pct_mito"_s}}));
    }

    void cleanup()
    {
        m_session.reset();
        m_db.reset();
        QueryThreadCheck::watch(nullptr, {});
        QVERIFY2(m_guiThreadQueries.isEmpty(),
                 qPrintable(u"SQL on the window's thread:\n"_s + m_guiThreadQueries.join(u'\n')));
    }

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
        // The values checked are var's ids (its index, or a text column), not obs's columns;
        // registering attaches the file's sets.
        QVERIFY(page->review()->isAnnData());
        QVERIFY(page->review()->modeBox()->isEnabled());
        QCOMPARE(page->review()->modeBox()->itemText(1), u"var ids (genes)"_s);
        QCOMPARE(page->review()->columnBox()->count(), 2); // the index and gene_ids
        QCOMPARE(page->review()->columnBox()->itemData(0).toString(), QString());
        QCOMPARE(page->review()->columnBox()->itemData(1).toString(), u"gene_ids"_s);
        QVERIFY(page->review()->registerAction()->isEnabled());
        QVERIFY(!pages.at(1)->review()->isAnnData());
    }

    // var's ids as genes: the index (symbols) told to be symbols, gene_ids told to be Ensembl ids,
    // each counted as featuredesk-cli validate --slot var counts them on the same registry.
    void reviewChecksVarIdsAsGenes()
    {
        importHumanGenes();
        const QString cells = test::h5adFixture(u"dense_float.h5ad"_s);
        ImportPage page(cells, nullptr, m_session.get());
        QVERIFY(obsValidated(&page));
        ReviewPanel *review = page.review();
        QCOMPARE(review->model()->field(), ValidationField::FeatureName);

        QVERIFY(checkVar(review, QString()));
        const ValidationModel *model = review->model();
        QCOMPARE(model->field(), ValidationField::GeneSymbol);
        QCOMPARE(review->fieldBox()->currentData().toInt(), int(ValidationField::GeneSymbol));
        QVERIFY2(review->statusLabel()->text().contains(u"(human)"_s),
                 qPrintable(review->statusLabel()->text()));
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(statusOf(model, u"TP53"_s), u"validated"_s);
        QCOMPARE(statusOf(model, u"EGFR"_s), u"validated"_s);
        QCOMPARE(statusOf(model, u"GAPDH"_s), u"standardizable"_s); // GAPDH2's synonym
        QCOMPARE(statusOf(model, u"MYC"_s), u"not_validated"_s);
        const QJsonObject bySymbol
            = cli({u"validate"_s, cells, u"--slot"_s, u"var"_s, u"--field"_s, u"gene.symbol"_s})
                  .object();
        QCOMPARE(bySymbol.value(u"summary"_s).toObject(), countsOf(model->report()));
        const QJsonObject symbolCounts = countsOf(model->report());

        // Another var column: other ids, another field, another result.
        QVERIFY(checkVar(review, u"gene_ids"_s));
        QCOMPARE(model->field(), ValidationField::GeneEnsemblId);
        QCOMPARE(review->fieldBox()->currentData().toInt(), int(ValidationField::GeneEnsemblId));
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(statusOf(model, u"ENSG00000111640"_s), u"validated"_s); // GAPDH2 by its id
        QCOMPARE(statusOf(model, u"ENSG00000136997"_s), u"not_validated"_s); // MYC
        const QJsonObject byId = cli({u"validate"_s, cells, u"--slot"_s, u"var"_s, u"--column"_s,
                                      u"gene_ids"_s, u"--field"_s, u"gene.ensembl_gene_id"_s})
                                     .object();
        QCOMPARE(byId.value(u"summary"_s).toObject(), countsOf(model->report()));
        QVERIFY(countsOf(model->report()) != symbolCounts);

        // A field chosen is kept: gene_ids checked as symbols validate none.
        QSignalSpy validated(review, &ReviewPanel::validated);
        review->fieldBox()->setCurrentIndex(
            review->fieldBox()->findData(int(ValidationField::GeneSymbol)));
        QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 1, 20000);
        QCOMPARE(model->field(), ValidationField::GeneSymbol);
        QCOMPARE(statusOf(model, u"ENSG00000141510"_s), u"not_validated"_s);
        QVERIFY(!review->fieldWarningLabel()->text().isEmpty()); // they look like Ensembl ids
    }

    // Registering from the page: the artifact with a var set (the genes gene_ids resolve to,
    // float as X) and an obs set, shown in the Artifacts view; featuredesk-cli registering the
    // same file on the same registry finds that artifact and those very sets.
    void registersTheFileWithItsSets()
    {
        importHumanGenes();
        MainWindow window(m_session.get());
        window.show();
        const QString cells = test::h5adFixture(u"dense_float.h5ad"_s);
        window.importPaths({cells});
        ImportPage *page = window.importPages().value(0);
        QVERIFY(page);
        QVERIFY(obsValidated(page));
        ReviewPanel *review = page->review();
        QVERIFY(checkVar(review, u"gene_ids"_s));
        QVERIFY(review->registerAction()->isEnabled());
        const AnnDataSets::Options options = review->anndataOptions();
        QCOMPARE(options.varColumn, u"gene_ids"_s);
        QVERIFY(options.varField == ValidationField::GeneEnsemblId);
        QCOMPARE(options.organism, u"human"_s);

        QSignalSpy registered(review, &ReviewPanel::registered);
        QSignalSpy failed(review, &ReviewPanel::registerFailed);
        review->registerAnnData(options);
        QVERIFY(review->isApplying());
        QVERIFY(!review->registerAction()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(registered.size() + failed.size(), 1, 30000);
        QCOMPARE(failed.size(), 0);
        const QString artifactUid = registered.first().at(0).toString();
        const ArtifactRegistration::FileOutcome outcome = *review->lastAnnDataRegistration();
        QCOMPARE(outcome.uid, artifactUid);
        QVERIFY(outcome.created);
        QCOMPARE(outcome.anndataSlots.size(), 2);
        const ArtifactRegistration::SlotOutcome &var = outcome.anndataSlots.at(0);
        const ArtifactRegistration::SlotOutcome &obs = outcome.anndataSlots.at(1);
        QCOMPARE(var.slot, u"var"_s);
        QCOMPARE(var.setUid, registered.first().at(1).toString());
        QCOMPARE(var.members, 4);
        QCOMPARE(var.leftOut.size(), 1); // MYC
        QCOMPARE(obs.slot, u"obs"_s);
        QVERIFY(obs.attached);
        // What was attached and left out is said on the page.
        const QString said = review->statusLabel()->text();
        QVERIFY2(said.contains(artifactUid) && said.contains(var.setUid)
                     && said.contains(obs.setUid) && said.contains(u"ENSG00000136997"_s),
                 qPrintable(said));
        // A validation after it (the registry changed) keeps saying it.
        QSignalSpy validated(review, &ReviewPanel::validated);
        review->validate();
        QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 1, 20000);
        QVERIFY2(review->statusLabel()->text().contains(var.setUid),
                 qPrintable(review->statusLabel()->text()));

        // In the registry: the artifact with both slots; the var set is the four genes, float.
        const Result<ArtifactRecord> artifact = ArtifactStore(*m_db).findByUid(artifactUid);
        FD_VERIFY_OK(artifact);
        QCOMPARE(artifact->suffix, u".h5ad"_s);
        QCOMPARE(artifact->slots.value(u"var"_s), var.setUid);
        QCOMPARE(artifact->slots.value(u"obs"_s), obs.setUid);
        const Result<FeatureSetRecord> varSet = FeatureSetStore(*m_db).findByUid(var.setUid);
        FD_VERIFY_OK(varSet);
        QCOMPARE(varSet->n, 4);
        QCOMPARE(varSet->dtype, u"float"_s);
        QCOMPARE(varSet->hash,
                 identity::hashSet({identity::geneUid(u"ENSG00000141510"_s),
                                    identity::geneUid(u"ENSG00000012048"_s),
                                    identity::geneUid(u"ENSG00000146648"_s),
                                    identity::geneUid(u"ENSG00000111640"_s)}));
        const Result<FeatureSetRecord> obsSet = FeatureSetStore(*m_db).findByUid(obs.setUid);
        FD_VERIFY_OK(obsSet);

        // The Artifacts view shows it.
        PagedTableModel *artifacts = window.panel(RegistryTable::Artifacts)->model();
        QTRY_VERIFY_WITH_TIMEOUT(!artifacts->isLoading() && artifacts->rowCount() == 1, 20000);

        // featuredesk-cli on the same file and registry: the same artifact and the same sets,
        // found by their members' hashes, with nothing to say about either slot.
        const QJsonArray byCli = cli({u"artifacts"_s, u"register"_s, cells, u"--anndata-sets"_s,
                                      u"--var-column"_s, u"gene_ids"_s})
                                     .array();
        QCOMPARE(byCli.size(), 1);
        const QJsonObject one = byCli.first().toObject();
        QCOMPARE(one.value(u"uid"_s).toString(), artifactUid);
        QCOMPARE(one.value(u"hash"_s).toString(), artifact->hash);
        QCOMPARE(one.value(u"created"_s).toBool(), false);
        QCOMPARE(one.value(u"slots"_s).toObject().value(u"var"_s).toString(), var.setUid);
        QCOMPARE(one.value(u"slots"_s).toObject().value(u"obs"_s).toString(), obs.setUid);
        QVERIFY2(!one.contains(u"notes"_s), QJsonDocument(one).toJson().constData());
        QCOMPARE(one.value(u"left_out"_s).toObject().value(u"var"_s).toArray().size(),
                 var.leftOut.size());
        QCOMPARE(one.value(u"left_out"_s).toObject().value(u"obs"_s).toArray().size(),
                 obs.leftOut.size());
    }

    // A file that stopped being AnnData after it was reviewed: the reader's message, and nothing
    // registered.
    void aFileThatIsNoLongerAnnDataIsNotRegistered()
    {
        const QString cells = m_registries.tempPath(u"cells.h5ad"_s);
        QFile::remove(cells); // the other backend's row wrote it
        QVERIFY(QFile::copy(test::h5adFixture(u"dense_float.h5ad"_s), cells));
        ImportPage page(cells, nullptr, m_session.get());
        QVERIFY(obsValidated(&page));
        QFile file(cells);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("cell,gene\n1,2\n");
        file.close();
        QSignalSpy registered(page.review(), &ReviewPanel::registered);
        QSignalSpy failed(page.review(), &ReviewPanel::registerFailed);
        MessageBoxCloser closer;
        page.review()->registerAnnData(page.review()->anndataOptions());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QCOMPARE(registered.size(), 0);
        QVERIFY2(failed.first().at(0).toString().contains(u"cells.h5ad"_s),
                 qPrintable(failed.first().at(0).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(closer.texts().size(), 1, 10000);
        QVERIFY(page.review()->statusLabel()->text().contains(u"cells.h5ad"_s));
        QCOMPARE(test::scalar(m_db->database(), u"SELECT COUNT(*) FROM fd_artifact"_s), 0);
        QCOMPARE(test::scalar(m_db->database(), u"SELECT COUNT(*) FROM fd_feature_set"_s), 0);
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
