// The main flow as a new user walks it, offscreen on both backends: the welcome page opens the
// sample files, the sample sheet's columns are reviewed (added as new features, applied in one
// run), saved as a feature set, the file registered by dropping it on the Artifacts view, and the
// set attached to it; then the human genes that ship with FeatureDesk are loaded from the welcome
// page and the expression panel's genes validate against them.

#include "model/artifacts/ArtifactStore.h"
#include "model/browse/PagedTableModel.h"
#include "model/db/Registry.h"
#include "model/sets/FeatureSetStore.h"
#include "model/validation/ValidationModel.h"
#include "tests/support/BackendTest.h"
#include "tests/ui/WindowFixture.h"
#include "ui/ArtifactRegistrationController.h"
#include "ui/AttachSetDialog.h"
#include "ui/CurationActions.h"
#include "ui/GeneImportController.h"
#include "ui/ImportPage.h"
#include "ui/MainWindow.h"
#include "ui/RegistrySession.h"
#include "ui/RegistryTablePanel.h"
#include "ui/ReviewPanel.h"
#include "ui/SaveFeatureSetDialog.h"
#include "ui/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUrl>

class TestMainFlow final : public QObject, public fd::test::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { fd::test::addBackendRows(); }
    void init() { FD_WINDOW_INIT(); }
    void cleanup() { FD_WINDOW_CLEANUP(); }

    void importReviewSaveRegisterAttach();
    void welcomeLoadsTheHumanGenes();
};

using fd::RegistryTable;
using fd::ValidationField;
using namespace fd::test;

namespace {
int countOf(const fd::ValidationModel *model, fd::ValidationStatus status)
{
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        n += model->item(row).status == status ? 1 : 0;
    return n;
}
} // namespace

void TestMainFlow::importReviewSaveRegisterAttach()
{
    // 1. The welcome page, and its samples.
    m_window->showWelcome();
    fd::WelcomePage *welcome = m_window->welcomePage();
    QVERIFY(welcome);
    QCOMPARE(m_window->tabs()->currentWidget(), welcome);
    QTest::mouseClick(welcome->sampleButton(), Qt::LeftButton);
    QCOMPARE(m_window->importPages().size(), 2);
    fd::ImportPage *page = nullptr;
    for (fd::ImportPage *candidate : m_window->importPages())
        if (QFileInfo(candidate->path()).fileName() == QStringLiteral("sample_sheet.csv"))
            page = candidate;
    QVERIFY(page);
    m_window->tabs()->setCurrentWidget(page);

    // 2. Review: the empty registry knows none of the 7 columns; all become new features.
    fd::ReviewPanel *review = page->review();
    QTRY_COMPARE_WITH_TIMEOUT(review->model()->rowCount(), 7, 20000);
    page->showReview();
    review->view()->selectAll();
    {
        // Several at once: asked once, with the inferred dtypes.
        QString asked;
        ModalDriver yes({[&asked](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box)
                return false;
            asked = box->text();
            box->button(QMessageBox::Yes)->click();
            return true;
        }});
        review->curation()->addAsFeatures();
        QTRY_VERIFY_WITH_TIMEOUT(yes.finished(), 15000);
        QVERIFY2(asked.contains(QStringLiteral("7 column names")), qPrintable(asked));
    }
    QCOMPARE(review->model()->decidedCount(), 7);
    QSignalSpy applied(review, &fd::ReviewPanel::applied);
    review->applyAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 20000);
    QTRY_COMPARE(features()->model()->totalCount(), 7);
    // Re-validated after the apply: every column now validates.
    QTRY_COMPARE_WITH_TIMEOUT(countOf(review->model(), fd::ValidationStatus::Validated), 7, 20000);

    // 3. Save the validated columns as a set, through the dialog.
    ModalDriver save({[](QWidget *modal) {
        auto *dialog = qobject_cast<fd::SaveFeatureSetDialog *>(modal);
        if (!dialog)
            return false;
        dialog->nameEdit()->setText(QStringLiteral("Sample sheet columns"));
        saveButton(dialog)->click();
        return true;
    }});
    QSignalSpy setSaved(review, &fd::ReviewPanel::featureSetSaved);
    review->saveSetAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(save.finished(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(setSaved.size(), 1, 15000); // stored on a worker
    const auto sets = fd::FeatureSetStore(db()).list();
    QVERIFY(sets && sets->size() == 1);
    const fd::FeatureSetRecord set = sets->constFirst();
    QCOMPARE(set.n, 7);
    QVERIFY(set.dtype.isEmpty()); // a set of features has no dtype

    // 4. Register the file: dropped on the Artifacts view (no columns set inferred this time).
    fd::RegistryTablePanel *artifacts = m_window->panel(RegistryTable::Artifacts);
    m_window->tabs()->setCurrentWidget(artifacts);
    m_window->inferColumnsAction()->setChecked(false);
    m_window->artifactRegistration()->setQuiet(true);
    QSignalSpy registered(m_window->artifactRegistration(),
                          &fd::ArtifactRegistrationController::registrationFinished);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(page->path())});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_COMPARE_WITH_TIMEOUT(registered.size(), 1, 15000);
    QTRY_COMPARE(artifacts->model()->totalCount(), 1);

    // 5. Attach the set under "columns" through the dialog.
    QTableView *view = artifacts->view();
    view->selectRow(0);
    ModalDriver attach({[&set](QWidget *modal) {
        auto *dialog = qobject_cast<fd::AttachSetDialog *>(modal);
        if (!dialog)
            return false;
        dialog->selectSet(set.uid);
        dialog->setSlot(QStringLiteral("columns"));
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        return true;
    }});
    action(QStringLiteral("&Attach feature set…"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(attach.finished(), 15000);
    const QString artifactUid
        = artifacts->model()->index(0, 0).data(fd::PagedTableModel::UidRole).toString();
    // Written on a worker: the window's views hear of it when it is done.
    QTRY_COMPARE(
        fd::ArtifactStore(db()).findByUid(artifactUid)->slots.value(QStringLiteral("columns")),
        set.uid);
    QTRY_COMPARE(fd::FeatureSetStore(db()).findByUid(set.uid)->artifactCount, 1);
}

void TestMainFlow::welcomeLoadsTheHumanGenes()
{
    m_window->showWelcome();
    fd::WelcomePage *welcome = m_window->welcomePage();
    // Whether the registry has genes is read on a worker.
    QTRY_VERIFY_WITH_TIMEOUT(!welcome->isLoading(), 15000);
    QVERIFY(welcome->genesButton()->isEnabled());
    // Show at start: remembered.
    welcome->showAtStartBox()->setChecked(false);
    QVERIFY(!fd::WelcomePage::showAtStart());
    welcome->showAtStartBox()->setChecked(true);

    // The shipped copy: the same 77,614 genes as the reference data.
    QSignalSpy imported(m_window->geneImport(), &fd::GeneImportController::importFinished);
    QSignalSpy failed(m_window->geneImport(), &fd::GeneImportController::importFailed);
    CapturedBox box;
    ModalDriver report({answerMessageBox(&box)}); // the "Genes imported" report
    QTest::mouseClick(welcome->genesButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!imported.isEmpty() || !failed.isEmpty(), 120000);
    QVERIFY(failed.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->panel(RegistryTable::Genes)->model()->totalCount(), 77'614,
                              10000);
    QTRY_VERIFY(!welcome->genesButton()->isEnabled() && !welcome->isLoading());
    QVERIFY(welcome->genesLabel()->text().contains(QStringLiteral("77,614")));

    // The expression panel's genes validate against them: a synonym (p53), a typo (TP35).
    QTest::mouseClick(welcome->sampleButton(), Qt::LeftButton);
    fd::ImportPage *panel = nullptr;
    for (fd::ImportPage *candidate : m_window->importPages())
        if (QFileInfo(candidate->path()).fileName() == QStringLiteral("expression_panel.tsv"))
            panel = candidate;
    QVERIFY(panel);
    fd::ReviewPanel *review = panel->review();
    QTRY_COMPARE_WITH_TIMEOUT(review->model()->rowCount(), 5, 20000); // the column names first
    review->modeBox()->setCurrentIndex(1); // the values of a column
    review->columnBox()->setCurrentIndex(review->columnBox()->findText(QStringLiteral("gene")));
    review->fieldBox()->setCurrentIndex(
        review->fieldBox()->findData(int(ValidationField::GeneSymbol)));
    review->validate();
    QTRY_COMPARE_WITH_TIMEOUT(review->model()->rowCount(), 10, 30000);
    QCOMPARE(countOf(review->model(), fd::ValidationStatus::Validated), 8);
    QCOMPARE(countOf(review->model(), fd::ValidationStatus::NotValidated),
             1); // TP35, with TP53 suggested

    // The mouse genes ship too (GENCODE M37): offered while the registry has no mouse genes,
    // beside the human ones.
    m_window->showWelcome();
    QTRY_VERIFY_WITH_TIMEOUT(!welcome->isLoading(), 15000);
    QVERIFY(welcome->mouseGenesButton()->isEnabled());
    imported.clear();
    CapturedBox mouseBox;
    ModalDriver mouseReport({answerMessageBox(&mouseBox)});
    QTest::mouseClick(welcome->mouseGenesButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!imported.isEmpty() || !failed.isEmpty(), 120000);
    QVERIFY(failed.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->panel(RegistryTable::Genes)->model()->totalCount(),
                              77'614 + 78'317, 10000);
    QTRY_VERIFY(!welcome->mouseGenesButton()->isEnabled() && !welcome->isLoading());
    QVERIFY(!welcome->genesButton()->isEnabled());
}

QTEST_MAIN(TestMainFlow)
#include "tst_mainflow.moc"
