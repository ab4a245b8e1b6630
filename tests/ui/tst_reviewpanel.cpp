// The curation review offscreen, on both backends: validation on a worker, the summary strip and
// chart, status and text filters, every action undoable, apply in one run, export, recipes, and
// the values of a column validated as gene symbols, and a header of genes checked as genes.

#include "model/Identity.h"
#include "model/artifacts/ArtifactRegistration.h"
#include "model/artifacts/ArtifactStore.h"
#include "model/features/FeatureStore.h"
#include "model/genes/GeneStore.h"
#include "model/sets/FeatureSetStore.h"
#include "model/validation/CurationStore.h"
#include "model/validation/ValidationFilterProxyModel.h"
#include "model/validation/ValidationModel.h"
#include "model/validation/ValidationSummaryModel.h"
#include "tests/support/BackendTest.h"
#include "ui/CurationActions.h"
#include "ui/CurationCommand.h"
#include "ui/NewFeatureDialog.h"
#include "ui/RegistrySession.h"
#include "ui/ReviewPanel.h"
#include "ui/ReviewSummary.h"
#include "ui/SaveFeatureSetDialog.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

const QStringList sheetColumns {QStringLiteral("sample_id"), QStringLiteral("Cell_Type"),
                                QStringLiteral("dose"),      QStringLiteral("run"),
                                QStringLiteral("operator"),  QStringLiteral("batch"),
                                QStringLiteral("celltyp")};
const QStringList sheetDtypes {
    QStringLiteral("str"), QStringLiteral("cat"),  QStringLiteral("float"), QStringLiteral("int"),
    QStringLiteral("str"), QStringLiteral("date"), QStringLiteral("str")};

QString statusOf(const ValidationModel *model, const QString &value)
{
    const int row = model->rowOfValue(value);
    return row < 0 ? QString() : validationStatusKey(model->item(row).status);
}

} // namespace

class TestReviewPanel : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<RegistrySession> m_session;
    std::unique_ptr<Registry> m_db; // the test's own connection, to set up and check records
    QString m_sheet;

    void selectValues(ReviewPanel &panel, const QStringList &values)
    {
        panel.view()->clearSelection();
        auto *selection = panel.view()->selectionModel();
        for (const QString &value : values) {
            const QModelIndex source = panel.model()->index(panel.model()->rowOfValue(value), 0);
            selection->select(panel.proxy()->mapFromSource(source),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    bool validateNames(ReviewPanel &panel)
    {
        QSignalSpy validated(&panel, &ReviewPanel::validated);
        panel.setSource(m_sheet, {}, sheetColumns, sheetDtypes);
        return QTest::qWaitFor([&] { return validated.size() == 1; }, 20000);
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void initTestCase()
    {
        qRegisterMetaType<fd::ValidationReport>();
        qRegisterMetaType<fd::Error>();
    }

    void init()
    {
        FD_BACKEND_INIT(m_registries, m_location);
        m_session = std::make_unique<RegistrySession>();
        FD_VERIFY_OK(m_session->open(m_location, true));
        Result<std::unique_ptr<Registry>> own = Registry::open(*m_session->location());
        FD_VERIFY_OK(own);
        m_db = std::move(own).value();
        FeatureStore features(*m_db);
        FD_VERIFY_OK(
            features.add({QStringLiteral("sample_id"), QStringLiteral("str"), {}, {}, {}}));
        FD_VERIFY_OK(
            features.add({QStringLiteral("cell_type"), QStringLiteral("cat"), {}, {}, {}}));
        FD_VERIFY_OK(features.add({QStringLiteral("dose_mg"),
                                   QStringLiteral("float"),
                                   {},
                                   {},
                                   {QStringLiteral("dose")}}));
        FD_VERIFY_OK(features.add(
            {QStringLiteral("batch"), QStringLiteral("str"), {}, {}, {QStringLiteral("run")}}));
        FD_VERIFY_OK(features.add(
            {QStringLiteral("run_id"), QStringLiteral("int"), {}, {}, {QStringLiteral("run")}}));
        m_sheet = m_registries.tempPath(QStringLiteral("sheet.csv"));
        QFile file(m_sheet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "sample_id,Cell_Type,dose,run,operator,batch,celltyp\nS1,T,1.5,1,ann,2024-01-01,x\n");
    }

    void cleanup()
    {
        m_session.reset();
        m_db.reset();
    }

    void validatesAndSummarizes()
    {
        ReviewPanel panel(m_session.get());
        QAbstractItemModelTester tester(panel.proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(1100, 700);
        panel.show();
        QVERIFY(validateNames(panel));
        const ValidationModel *model = panel.model();
        QCOMPARE(model->rowCount(), 7);
        QCOMPARE(statusOf(model, QStringLiteral("sample_id")), QStringLiteral("validated"));
        QCOMPARE(statusOf(model, QStringLiteral("Cell_Type")), QStringLiteral("standardizable"));
        QCOMPARE(statusOf(model, QStringLiteral("dose")), QStringLiteral("standardizable"));
        QCOMPARE(statusOf(model, QStringLiteral("run")), QStringLiteral("ambiguous"));
        QCOMPARE(statusOf(model, QStringLiteral("operator")), QStringLiteral("not_validated"));
        QCOMPARE(statusOf(model, QStringLiteral("batch")), QStringLiteral("dtype_mismatch"));
        QCOMPARE(statusOf(model, QStringLiteral("celltyp")), QStringLiteral("not_validated"));

        // The summary strip and the chart read the same counts.
        QCOMPARE(panel.summaryBar()->statusButton(ValidationStatus::NotValidated)->text(),
                 QStringLiteral("2 not validated"));
        QCOMPARE(panel.summaryBar()->statusButton(ValidationStatus::Validated)->text(),
                 QStringLiteral("1 validated"));
        auto *series = qobject_cast<QAbstractBarSeries *>(
            panel.summaryBar()->chartView()->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 5);
        QCOMPARE(series->barSets().at(1)->at(0), 2.0); // standardizable
        QCOMPARE(series->barSets().at(3)->at(0), 2.0); // not validated
        QCOMPARE(series->barSets().at(3)->label(), QStringLiteral("not validated"));
        // Colours differ per status, and each status has a glyph as well.
        QVERIFY(series->barSets().at(0)->color() != series->barSets().at(3)->color());

        // Clicking a status filters; clicking a bar does the same.
        panel.summaryBar()->statusButton(ValidationStatus::NotValidated)->click();
        QCOMPARE(panel.proxy()->rowCount(), 2);
        Q_EMIT series->clicked(0, series->barSets().at(2)); // ambiguous too
        QCOMPARE(panel.proxy()->rowCount(), 3);
        QVERIFY(panel.summaryBar()->statusButton(ValidationStatus::Ambiguous)->isChecked());
        panel.summaryBar()->statusButton(ValidationStatus::NotValidated)->click();
        panel.summaryBar()->statusButton(ValidationStatus::Ambiguous)->click();
        QCOMPARE(panel.proxy()->rowCount(), 7);
        QTest::keyClicks(panel.searchBox(), QStringLiteral("cell"));
        QCOMPARE(panel.proxy()->rowCount(), 2); // Cell_Type, celltyp (suggests cell_type)
        panel.searchBox()->clear();

        // The legend is one click away.
        QVERIFY(!panel.summaryBar()->legend()->isVisible());
        panel.summaryBar()->legendButton()->click();
        QVERIFY(panel.summaryBar()->legend()->isVisible());
        QVERIFY(panel.summaryBar()->legend()->findChildren<QLabel *>().size() >= 10);
    }

    void synonymTargetAskedOnceTheFeaturesAreRead()
    {
        ReviewPanel panel(m_session.get());
        panel.show();
        QVERIFY(validateNames(panel));
        ValidationModel *model = panel.model();
        selectValues(panel, {QStringLiteral("operator")});
        QAction *addSynonym = nullptr;
        for (QAction *action : panel.curation()->actions())
            if (action->text().contains(QStringLiteral("s&ynonym")))
                addSynonym = action;
        QVERIFY(addSynonym && addSynonym->isEnabled());

        // The features to choose from are read on a worker; the question comes with them.
        QStringList offered;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, &answer, [&offered] {
            if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                offered = dialog->comboBoxItems();
                dialog->setTextValue(QStringLiteral("sample_id"));
                dialog->accept();
            }
        });
        answer.start();
        addSynonym->trigger();
        QVERIFY(offered.isEmpty());
        QVERIFY(!addSynonym->isEnabled()); // until they are in
        QTRY_VERIFY_WITH_TIMEOUT(!offered.isEmpty(), 15000);
        answer.stop();
        QVERIFY2(offered.contains(QStringLiteral("sample_id")), qPrintable(offered.join(u',')));
        const int row = model->rowOfValue(QStringLiteral("operator"));
        QCOMPARE(model->decision(row).action, CurationAction::AddSynonym);
        QCOMPARE(model->decision(row).name, QStringLiteral("sample_id"));
        QVERIFY(addSynonym->isEnabled());
    }

    void actionsUndoAndApply()
    {
        ReviewPanel panel(m_session.get());
        panel.show();
        QVERIFY(validateNames(panel));
        ValidationModel *model = panel.model();
        QUndoStack *undo = panel.undoStack();

        selectValues(
            panel,
            {QStringLiteral("Cell_Type"), QStringLiteral("dose"), QStringLiteral("sample_id")});
        panel.curation()->acceptStandard();
        QCOMPARE(model->decidedCount(), 2); // a validated name needs no standard
        QCOMPARE(undo->count(), 1);
        QVERIFY2(undo->undoText().startsWith(QStringLiteral("Accept 2 standard name")),
                 qPrintable(undo->undoText()));

        selectValues(panel, {QStringLiteral("run")});
        panel.curation()->useName(QStringLiteral("batch"));
        selectValues(panel, {QStringLiteral("operator")});
        panel.curation()->addAsSynonymOf(QStringLiteral("sample_id"));
        selectValues(panel, {QStringLiteral("celltyp")});
        panel.curation()->useBestSuggestion();
        QCOMPARE(model->decision(model->rowOfValue(QStringLiteral("celltyp"))).name,
                 QStringLiteral("cell_type"));
        selectValues(panel, {QStringLiteral("batch")});
        panel.curation()->ignoreSelected();
        QCOMPARE(model->decidedCount(), 6);
        QCOMPARE(undo->count(), 5);
        QVERIFY(panel.hasUnappliedDecisions());

        // Undo everything, redo everything.
        while (undo->canUndo())
            undo->undo();
        QCOMPARE(model->decidedCount(), 0);
        while (undo->canRedo())
            undo->redo();
        QCOMPARE(model->decidedCount(), 6);
        QCOMPARE(model->decision(model->rowOfValue(QStringLiteral("operator"))).action,
                 CurationAction::AddSynonym);

        // Nothing is written before Apply.
        FeatureStore features(*m_db);
        QVERIFY(!features.findByName(QStringLiteral("sample_id"))
                     ->synonyms.contains(QStringLiteral("operator")));

        QVERIFY(panel.applyAction()->isEnabled());
        QSignalSpy applied(&panel, &ReviewPanel::applied);
        panel.applyAction()->trigger();
        // Written on a worker: meanwhile a busy bar (no Cancel: one transaction) and no second
        // Apply.
        auto *progress = panel.findChild<QProgressBar *>(QStringLiteral("reviewProgress"));
        QVERIFY(progress);
        QVERIFY(!progress->isHidden());
        QCOMPARE(progress->maximum(), 0);
        QVERIFY(!panel.applyAction()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 20000);
        QTRY_VERIFY(progress->isHidden());
        QVERIFY2(applied.first().first().toString().contains(QStringLiteral("1 synonyms added")),
                 qPrintable(applied.first().first().toString()));
        QVERIFY(features.findByName(QStringLiteral("sample_id"))
                    ->synonyms.contains(QStringLiteral("operator")));
        QCOMPARE(undo->count(), 0);
        QVERIFY(!panel.hasUnappliedDecisions());
        // The registry changed: the review validates again, and "operator" is now a synonym.
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, QStringLiteral("operator")),
                                  QStringLiteral("standardizable"), 20000);
        // Renames and ignores stay as the file's curation; the written synonym now names its
        // feature, so its decision became a rename.
        QCOMPARE(model->decidedCount(), 6);
        QCOMPARE(model->decision(model->rowOfValue(QStringLiteral("operator"))),
                 CurationDecision::rename(QStringLiteral("sample_id")));
        // The feature index was dropped when the features changed, and built again once.
        QCOMPARE(panel.cachedIndexCount(), 1);
        // Done: Apply waits for the next decision, and what was written stays said in front of
        // the new validation's count.
        QVERIFY(!panel.applyAction()->isEnabled());
        QCOMPARE(panel.applyAction()->text(), QStringLiteral("Appl&y"));
        QVERIFY2(panel.statusLabel()->text().startsWith(QStringLiteral("Applied: 0 features added, "
                                                                       "1 synonyms added")),
                 qPrintable(panel.statusLabel()->text()));
        QVERIFY2(panel.statusLabel()->text().contains(QStringLiteral("checked against")),
                 qPrintable(panel.statusLabel()->text()));
        // A new decision: Apply again, for all of them; undoing it: nothing left to apply.
        const int row = model->rowOfValue(QStringLiteral("operator"));
        undo->push(new CurationCommand(model,
                                       {{QStringLiteral("operator"), CurationDecision::ignore()}},
                                       QStringLiteral("ignore")));
        QVERIFY(panel.applyAction()->isEnabled());
        QVERIFY2(panel.applyAction()->text().startsWith(QStringLiteral("Appl&y 6 decision")),
                 qPrintable(panel.applyAction()->text()));
        undo->undo();
        QVERIFY(!panel.applyAction()->isEnabled());
        QCOMPARE(model->decision(row), CurationDecision::rename(QStringLiteral("sample_id")));
    }

    void addFeaturesForSeveralRows()
    {
        ReviewPanel panel(m_session.get());
        panel.show();
        QVERIFY(validateNames(panel));
        // Several rows: each becomes a feature with its inferred dtype (after a confirmation).
        selectValues(panel, {QStringLiteral("operator"), QStringLiteral("celltyp")});
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, &answer, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        answer.start();
        panel.curation()->addAsFeatures();
        answer.stop();
        ValidationModel *model = panel.model();
        QTRY_COMPARE(model->decidedCount(), 2);
        QCOMPARE(model->decision(model->rowOfValue(QStringLiteral("operator"))),
                 CurationDecision::addFeature(QStringLiteral("operator"), QStringLiteral("str")));
        QSignalSpy applied(&panel, &ReviewPanel::applied);
        panel.apply();
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 20000);
        const Result<FeatureRecord> added
            = FeatureStore(*m_db).findByName(QStringLiteral("operator"));
        FD_VERIFY_OK(added);
        QCOMPARE(added->dtype, QStringLiteral("str"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, QStringLiteral("operator")),
                                  QStringLiteral("validated"), 20000);
    }

    // The actions take the rows of the selection as the user made it, on a sorted view: all of
    // them but one deselected with Ctrl+click (two ranges of whole rows), then Ignore; the rows
    // the model holds, not the rows of the view, get the decision.
    void selectionOfWholeSortedViewLessOne()
    {
        ReviewPanel panel(m_session.get());
        panel.show();
        QVERIFY(validateNames(panel));
        QTableView *view = panel.view();
        view->sortByColumn(0, Qt::DescendingOrder);
        view->selectAll();
        const int shown = panel.proxy()->rowCount();
        QVERIFY(shown > 3);
        const QModelIndex kept = panel.proxy()->index(shown / 2, 0);
        const QString keptValue = kept.data().toString();
        view->selectionModel()->select(kept,
                                       QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
        QVERIFY(view->selectionModel()->selection().size() >= 2);
        panel.curation()->ignoreSelected();
        ValidationModel *model = panel.model();
        QCOMPARE(model->decidedCount(), shown - 1);
        QVERIFY(!model->decision(model->rowOfValue(keptValue)).isDecided());
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->item(row).value != keptValue)
                QCOMPARE(model->decision(row), CurationDecision::ignore());
    }

    // One row: the dialog asks unit, description and synonyms besides name and dtype, and the
    // decision carries them (comma- or line-separated synonyms).
    void addOneFeatureAsksItsDetails()
    {
        ReviewPanel panel(m_session.get());
        panel.show();
        QVERIFY(validateNames(panel));
        selectValues(panel, {QStringLiteral("operator")});
        QString title;
        QString nameOffered;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, &answer, [&] {
            auto *dialog = qobject_cast<NewFeatureDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            title = dialog->windowTitle();
            nameOffered = dialog->feature().name;
            dialog->setFeature({QStringLiteral("operator_name"),
                                QStringLiteral("str"),
                                QStringLiteral("none"),
                                QStringLiteral("Who ran the sample"),
                                {}});
            auto *synonyms = dialog->findChild<QPlainTextEdit *>(QStringLiteral("synonymsEdit"));
            if (synonyms)
                synonyms->setPlainText(QStringLiteral("op, handler\nrun by"));
            dialog->accept();
        });
        answer.start();
        panel.curation()->addAsFeatures();
        answer.stop();
        QVERIFY2(title.contains(QLatin1StringView("operator")), qPrintable(title));
        QCOMPARE(nameOffered, QStringLiteral("operator"));
        ValidationModel *model = panel.model();
        const CurationDecision decision
            = model->decision(model->rowOfValue(QStringLiteral("operator")));
        QCOMPARE(decision.action, CurationAction::AddFeature);
        QCOMPARE(decision.name, QStringLiteral("operator_name"));
        QCOMPARE(decision.unit, QStringLiteral("none"));
        QCOMPARE(decision.description, QStringLiteral("Who ran the sample"));
        QCOMPARE(decision.synonyms,
                 (QStringList {QStringLiteral("op"), QStringLiteral("handler"),
                               QStringLiteral("run by")}));

        QSignalSpy applied(&panel, &ReviewPanel::applied);
        panel.apply();
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 20000);
        const Result<FeatureRecord> added
            = FeatureStore(*m_db).findByName(QStringLiteral("operator_name"));
        FD_VERIFY_OK(added);
        QCOMPARE(added->unit, QStringLiteral("none"));
        QCOMPARE(added->description, QStringLiteral("Who ran the sample"));
        QCOMPARE(added->synonyms,
                 (QStringList {QStringLiteral("operator"), QStringLiteral("op"),
                               QStringLiteral("handler"), QStringLiteral("run by")}));
    }

    void savesTheCuratedSet()
    {
        ReviewPanel panel(m_session.get());
        panel.show();
        QVERIFY(validateNames(panel));
        selectValues(panel, {QStringLiteral("Cell_Type"), QStringLiteral("dose")});
        panel.curation()->acceptStandard();
        selectValues(panel, {QStringLiteral("run")});
        panel.curation()->useName(QStringLiteral("run_id"));
        selectValues(panel, {QStringLiteral("celltyp")});
        panel.curation()->ignoreSelected();
        // sample_id validates; Cell_Type, dose, run resolve by decision; celltyp is ignored;
        // operator and batch (dtype mismatch, undecided) are left out and said to be.
        const Result<CuratedMembers> members = panel.curatedMembers();
        FD_VERIFY_OK(members);
        QCOMPARE(members->names,
                 (QStringList {QStringLiteral("sample_id"), QStringLiteral("cell_type"),
                               QStringLiteral("dose_mg"), QStringLiteral("run_id")}));
        QCOMPARE(members->leftOut.size(), 3);
        QVERIFY(members->leftOut.contains(QStringLiteral("celltyp: ignored")));
        QVERIFY(members->leftOut.contains(QStringLiteral("batch: dtype_mismatch")));

        // The dialog says columns (column names were checked) and the statuses in words.
        QString title;
        QString leftOutText;
        QTimer look;
        look.setInterval(20);
        connect(&look, &QTimer::timeout, &look, [&] {
            auto *dialog = qobject_cast<SaveFeatureSetDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            title = dialog->windowTitle();
            leftOutText = dialog->leftOutLabel()->text();
            dialog->reject();
        });
        look.start();
        panel.saveSetAction()->trigger();
        // Whether the registry has these members already is asked on a worker first.
        QTRY_VERIFY_WITH_TIMEOUT(!title.isEmpty(), 15000);
        look.stop();
        QCOMPARE(title, QStringLiteral("Save validated columns as a feature set"));
        QVERIFY2(leftOutText.startsWith(QLatin1StringView("3 column")), qPrintable(leftOutText));
        QVERIFY2(leftOutText.contains(QLatin1StringView("operator: not validated")),
                 qPrintable(leftOutText));
        QVERIFY2(leftOutText.contains(QLatin1StringView("batch: dtype mismatch")),
                 qPrintable(leftOutText));
        QVERIFY2(!leftOutText.contains(QLatin1Char('_')), qPrintable(leftOutText));

        NewFeatureSet set;
        set.name = QStringLiteral("sample sheet");
        set.memberUids = members->uids;
        QSignalSpy saved(&panel, &ReviewPanel::featureSetSaved);
        // Stored on a worker: the outcome arrives later.
        const auto saveSet = [&panel](const NewFeatureSet &set) {
            std::optional<Result<FeatureSetStore::Created>> outcome;
            panel.saveAsFeatureSet(
                set, [&outcome](const Result<FeatureSetStore::Created> &done) { outcome = done; });
            if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 15000))
                return Result<FeatureSetStore::Created>(
                    Error::make(Error::Code::Cancelled, QStringLiteral("no answer")));
            return *outcome;
        };
        QVERIFY(!panel.isSavingSet());
        const Result<FeatureSetStore::Created> first = saveSet(set);
        FD_VERIFY_OK(first);
        QVERIFY(!panel.isSavingSet());
        QVERIFY(first->created);
        // Said where the user looks, with what was stored.
        QVERIFY2(panel.statusLabel()->text().startsWith(
                     QStringLiteral("Saved feature set “sample sheet” (4 feature")),
                 qPrintable(panel.statusLabel()->text()));
        QVERIFY2(
            panel.statusLabel()->text().endsWith(QStringLiteral("hash %1).").arg(first->set.hash)),
            qPrintable(panel.statusLabel()->text()));
        QCOMPARE(saved.constFirst().at(2).toString(), panel.statusLabel()->text());
        QCOMPARE(first->set.n, 4);
        QCOMPARE(first->set.dtype, QString());
        QCOMPARE(first->set.hash, identity::hashSet(members->uids));
        // The same members again: the existing set, not a duplicate.
        set.name = QStringLiteral("next week");
        const Result<FeatureSetStore::Created> second = saveSet(set);
        FD_VERIFY_OK(second);
        QVERIFY(!second->created);
        QCOMPARE(second->set.uid, first->set.uid);
        QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("exists")));
        QVERIFY2(panel.statusLabel()->text().startsWith(
                     QStringLiteral("The registry already had this set: “sample sheet”")),
                 qPrintable(panel.statusLabel()->text()));
        QCOMPARE(saved.size(), 2);
    }

    void exportsAndReplaysRecipes()
    {
        ReviewPanel panel(m_session.get());
        panel.show();
        QVERIFY(validateNames(panel));
        selectValues(panel, {QStringLiteral("Cell_Type")});
        panel.curation()->acceptStandard();
        selectValues(panel, {QStringLiteral("batch")});
        panel.curation()->ignoreSelected();

        const QString csv = m_registries.tempPath(QStringLiteral("review.csv"));
        FD_VERIFY_OK(panel.exportTo(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("value,status,standard,candidates,suggestions,count,dtype,registered_"
                            "dtype,decision,decision_name,decision_dtype,decision_unit,"
                            "decision_description,decision_synonyms,note"));
        QVERIFY(lines.at(2).startsWith(
            "Cell_Type,standardizable,cell_type,,,1,cat,cat,rename,cell_type,"));
        const QString html = m_registries.tempPath(QStringLiteral("review.html"));
        FD_VERIFY_OK(panel.exportTo(html));
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QByteArray page = htmlFile.readAll();
        QVERIFY(page.contains("<tr class=\"dtype_mismatch\"><td>batch</td>"));
        QVERIFY(page.contains("not validated: 2"));

        const QString recipe = m_registries.tempPath(QStringLiteral("weekly.recipe.json"));
        FD_VERIFY_OK(panel.saveRecipe(recipe));

        // Next week's file: the recipe takes the same decisions in one undoable step.
        ReviewPanel next(m_session.get());
        QVERIFY(validateNames(next));
        FD_VERIFY_OK(next.applyRecipe(recipe));
        QCOMPARE(next.model()->decidedCount(), 2);
        QCOMPARE(next.model()->decision(next.model()->rowOfValue(QStringLiteral("batch"))).action,
                 CurationAction::Ignore);
        QVERIFY(next.statusLabel()->text().contains(QStringLiteral("2 decisions taken")));
        QCOMPARE(next.undoStack()->count(), 1);
        next.undoStack()->undo();
        QCOMPARE(next.model()->decidedCount(), 0);

        // A broken recipe is refused with its reason, and changes nothing.
        QFile broken(m_registries.tempPath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"featuredesk.curation-recipe\", \"version\": 1");
        broken.close();
        const Status refused = next.applyRecipe(broken.fileName());
        QVERIFY(!refused);
        QVERIFY(next.statusLabel()->text().contains(QStringLiteral("broken")));
        QCOMPARE(next.undoStack()->count(), 1);
    }

    // Changing what to check re-validates by itself: the old results never stand under new
    // settings.
    void settingsChangeValidatesAgain()
    {
        GeneStore genes(*m_db);
        FD_VERIFY_OK(genes.importFile(QFINDTESTDATA("../genes/data/ncbi_small.gene_info.tsv"), {}));
        const QString path = m_registries.tempPath(QStringLiteral("panel.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("cell,gene\nc1,TP53\nc2,TP35\n");
        file.close();

        ReviewPanel panel(m_session.get());
        panel.show();
        QSignalSpy validated(&panel, &ReviewPanel::validated);
        panel.setSource(path, {}, {QStringLiteral("cell"), QStringLiteral("gene")},
                        {QStringLiteral("str"), QStringLiteral("str")});
        QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 1, 20000);
        QCOMPARE(panel.model()->field(), ValidationField::FeatureName);
        QCOMPARE(panel.model()->rowCount(), 2); // the column names

        panel.columnBox()->setCurrentText(QStringLiteral("gene"));
        panel.modeBox()->setCurrentIndex(1); // the values of a column
        QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 2, 20000);
        QCOMPARE(panel.model()->field(), ValidationField::GeneSymbol);
        QCOMPARE(panel.model()->rowCount(), 2);
        QCOMPARE(statusOf(panel.model(), QStringLiteral("TP53")), QStringLiteral("validated"));
        // Nothing more is asked once the settings rest.
        QTest::qWait(600);
        QCOMPARE(validated.size(), 2);
    }

    void validatesGeneSymbols()
    {
        GeneStore genes(*m_db);
        FD_VERIFY_OK(genes.importFile(QFINDTESTDATA("../genes/data/ncbi_small.gene_info.tsv"), {}));
        const QString path = m_registries.tempPath(QStringLiteral("expression.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("cell,gene,value\nc1,TP53,1\nc2,p53,2\nc3,TP53,3\nc4,TP35,4\nc5,,5\nc6,GAB,"
                   "6\nc7,TRNAE-UUC,7\n");
        file.close();

        ReviewPanel panel(m_session.get());
        panel.show();
        QSignalSpy validated(&panel, &ReviewPanel::validated);
        panel.modeBox()->setCurrentIndex(1);
        panel.setSource(path, {},
                        {QStringLiteral("cell"), QStringLiteral("gene"), QStringLiteral("value")},
                        {QStringLiteral("str"), QStringLiteral("str"), QStringLiteral("int")});
        QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 1, 20000);
        panel.columnBox()->setCurrentText(QStringLiteral("gene"));
        panel.validate();
        QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 2, 20000);
        ValidationModel *model = panel.model();
        QCOMPARE(model->field(), ValidationField::GeneSymbol);
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(statusOf(model, QStringLiteral("TP53")), QStringLiteral("validated"));
        QCOMPARE(model->item(model->rowOfValue(QStringLiteral("TP53"))).count, 2);
        QCOMPARE(statusOf(model, QStringLiteral("p53")), QStringLiteral("standardizable"));
        QCOMPARE(statusOf(model, QStringLiteral("GAB")), QStringLiteral("standardizable"));
        QCOMPARE(model->item(model->rowOfValue(QStringLiteral("GAB"))).standard,
                 QStringLiteral("A1BG"));
        // A symbol three genes share: ambiguous, with all three to pick from.
        QCOMPARE(statusOf(model, QStringLiteral("TRNAE-UUC")), QStringLiteral("ambiguous"));
        QCOMPARE(model->item(model->rowOfValue(QStringLiteral("TRNAE-UUC"))).candidates.size(), 3);
        QCOMPARE(statusOf(model, QStringLiteral("TP35")), QStringLiteral("not_validated"));
        QCOMPARE(model->report().emptyCount, 1);
        QCOMPARE(model->report().duplicateCount, 1);
        QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("human")));
        // Both columns were checked against one index of human symbols, kept for the next check.
        QCOMPARE(panel.cachedIndexCount(), 1);
        panel.validate();
        QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 3, 20000);
        QCOMPARE(panel.cachedIndexCount(), 1);
        QCOMPARE(statusOf(model, QStringLiteral("p53")), QStringLiteral("standardizable"));
        // New genes: the gene index is stale and dropped, then built again.
        m_session->announceChanged(RegistryTable::Genes);
        QCOMPARE(panel.cachedIndexCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 4, 20000);
        QCOMPARE(panel.cachedIndexCount(), 1);
        // Genes take renames and ignores, not new features.
        selectValues(panel, {QStringLiteral("TP35")});
        panel.curation()->useBestSuggestion();
        QCOMPARE(model->decision(model->rowOfValue(QStringLiteral("TP35"))).name,
                 QStringLiteral("TP53"));
    }

    // An expression table with a gene per column, against the human genes of ../shared/data:
    // checked as features nothing validates; as gene symbols the genes do, and they save as a
    // gene set.
    void checksColumnNamesAsGenes()
    {
        const QString source = test::sharedData(QStringLiteral("genes/Homo_sapiens.gene_info.tsv"));
        if (!QFile::exists(source))
            QSKIP("../shared/data/genes is not there");
        FD_VERIFY_OK(GeneStore(*m_db).importFile(source, {}));
        const QStringList columns {QStringLiteral("TP53"), QStringLiteral("BRCA1"),
                                   QStringLiteral("egfr"), QStringLiteral("A1BG"),
                                   QStringLiteral("NOTAGENE")};
        const QString path = m_registries.tempPath(QStringLiteral("expression-wide.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(columns.join(QLatin1Char(',')).toLatin1() + "\n1,2,3,4,5\n6,7,8,9,10\n");
        file.close();

        ReviewPanel panel(m_session.get());
        panel.show();
        QSignalSpy validated(&panel, &ReviewPanel::validated);
        panel.setSource(path, {}, columns, QStringList(columns.size(), QStringLiteral("int")));
        QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 1, 20000);
        ValidationModel *model = panel.model();
        QCOMPARE(model->field(), ValidationField::FeatureName);
        QCOMPARE(statusOf(model, QStringLiteral("TP53")), QStringLiteral("not_validated"));
        QVERIFY(!panel.organismBox()->isEnabled());

        // Column names as gene symbols: chosen in the field box, validated again by itself.
        panel.fieldBox()->setCurrentIndex(
            panel.fieldBox()->findData(int(ValidationField::GeneSymbol)));
        QVERIFY(panel.organismBox()->isEnabled());
        QVERIFY(!panel.columnBox()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 2, 20000);
        QCOMPARE(model->field(), ValidationField::GeneSymbol);
        QCOMPARE(model->rowCount(), columns.size());
        for (const QString &gene : {u"TP53"_s, u"BRCA1"_s, u"A1BG"_s})
            QCOMPARE(statusOf(model, gene), QStringLiteral("validated"));
        QCOMPARE(statusOf(model, QStringLiteral("egfr")), QStringLiteral("standardizable"));
        QCOMPARE(statusOf(model, QStringLiteral("NOTAGENE")), QStringLiteral("not_validated"));
        QCOMPARE(model->headerData(ValidationModel::Value, Qt::Horizontal).toString(),
                 QStringLiteral("Column"));
        // No dtype is compared for genes, though the scan found ints.
        QCOMPARE(model->item(model->rowOfValue(QStringLiteral("TP53"))).columnDtype, QString());
        QVERIFY2(panel.statusLabel()->text().contains(QStringLiteral("human")),
                 qPrintable(panel.statusLabel()->text()));
        // Genes take renames and ignores, not new features.
        selectValues(panel, {QStringLiteral("NOTAGENE")});
        QVERIFY(!panel.curation()->actions().at(3)->isEnabled()); // Add as feature
        selectValues(panel, {QStringLiteral("egfr")});
        panel.curation()->acceptStandard();
        QCOMPARE(model->decidedCount(), 1);
        panel.undoStack()->undo();
        QCOMPARE(model->decidedCount(), 0);
        panel.undoStack()->redo();

        // Saved through the dialog: a gene set of the four genes, dtype number.
        QVERIFY(panel.saveSetAction()->isEnabled());
        QVERIFY2(panel.saveSetAction()->text().contains(QStringLiteral("columns")),
                 qPrintable(panel.saveSetAction()->text()));
        bool asked = false;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, &answer, [&asked] {
            if (auto *dialog
                = qobject_cast<SaveFeatureSetDialog *>(QApplication::activeModalWidget())) {
                asked = true;
                dialog->nameEdit()->setText(QStringLiteral("wide panel"));
                dialog->accept();
            }
        });
        answer.start();
        QSignalSpy saved(&panel, &ReviewPanel::featureSetSaved);
        panel.saveSetAction()->trigger();
        // Asked once the registry was looked at on a worker; stored on it after.
        QTRY_VERIFY_WITH_TIMEOUT(asked, 15000);
        answer.stop();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
        const Result<FeatureSetRecord> set
            = FeatureSetStore(*m_db).findByUid(saved.first().first().toString());
        FD_VERIFY_OK(set);
        QCOMPARE(set->registry, MemberRegistry::Gene);
        QCOMPARE(set->n, 4);
        QCOMPARE(set->dtype, QStringLiteral("number"));

        // The values of one column are never features: the field box offers genes only.
        panel.modeBox()->setCurrentIndex(1);
        auto *fields = qobject_cast<QStandardItemModel *>(panel.fieldBox()->model());
        QVERIFY(fields);
        QVERIFY(!fields->item(panel.fieldBox()->findData(int(ValidationField::FeatureName)))
                     ->isEnabled());
        QCOMPARE(panel.fieldBox()->currentData().toInt(), int(ValidationField::GeneSymbol));
        panel.modeBox()->setCurrentIndex(0);
        QVERIFY(fields->item(panel.fieldBox()->findData(int(ValidationField::FeatureName)))
                    ->isEnabled());
    }

    void genesAreShownWithNameAndType()
    {
        const QString human = test::sharedData(QStringLiteral("genes/Homo_sapiens.gene_info.tsv"));
        if (!QFile::exists(human))
            QSKIP("The shared gene file is not there (FEATUREDESK_SHARED_DATA).");
        FD_VERIFY_OK(GeneStore(*m_db).importFile(human, {}));
        const QString path = m_registries.tempPath(QStringLiteral("typos.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("cell,gene,id\nc1,TP53,ENSG00000141510\nc2,BRAC1,ENSG00000012048\n"
                   "c3,ENSG00000141510,TP53\nc4,7157,ENSG00000141510\n");
        file.close();

        ReviewPanel panel(m_session.get());
        panel.resize(1100, 700);
        panel.show();
        QSignalSpy validated(&panel, &ReviewPanel::validated);
        panel.modeBox()->setCurrentIndex(1);
        panel.setSource(path, {},
                        {QStringLiteral("cell"), QStringLiteral("gene"), QStringLiteral("id")},
                        {QStringLiteral("str"), QStringLiteral("str"), QStringLiteral("str")});
        QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 1, 20000);
        panel.columnBox()->setCurrentText(QStringLiteral("gene"));
        panel.validate();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isValidating()
                                     && panel.model()->rowOfValue(QStringLiteral("BRAC1")) >= 0,
                                 20000);
        ValidationModel *model = panel.model();
        QCOMPARE(model->field(), ValidationField::GeneSymbol);
        QAction *pick = panel.curation()->actions().at(1);
        const auto pickTexts = [&] {
            Q_EMIT pick->menu()->aboutToShow();
            QStringList texts;
            for (const QAction *action : pick->menu()->actions())
                texts.append(action->text());
            return texts;
        };

        // A typo: the swap first, each gene with its name and type, in the menu and the tooltip.
        selectValues(panel, {QStringLiteral("BRAC1")});
        panel.curation()->updateEnabled();
        QVERIFY(pick->isEnabled());
        const QStringList typos = pickTexts();
        QCOMPARE(typos.value(0),
                 QStringLiteral("Did you mean BRCA1 \u2014 BRCA1 DNA repair associated "
                                "(protein-coding)?"));
        QVERIFY2(typos.join(QLatin1Char('|')).contains(QStringLiteral("BRAT1 \u2014 ")),
                 qPrintable(typos.join(QLatin1Char('|'))));
        const int typo = model->rowOfValue(QStringLiteral("BRAC1"));
        QVERIFY(model->index(typo, ValidationModel::Options)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("BRCA1 DNA repair associated (protein-coding)")));
        panel.curation()->useBestSuggestion();
        QCOMPARE(model->decision(typo).name, QStringLiteral("BRCA1"));

        // An Ensembl id and an NCBI id among symbols: the gene they name, to rename them to.
        const QString tp53 = model->item(model->rowOfValue(QStringLiteral("TP53"))).uid;
        for (const QString &value : {QStringLiteral("ENSG00000141510"), QStringLiteral("7157")}) {
            const int row = model->rowOfValue(value);
            QVERIFY(model->item(row).note.contains(value + QStringLiteral(" is TP53")));
            QVERIFY(model->index(row, ValidationModel::Options)
                        .data()
                        .toString()
                        .endsWith(QStringLiteral(": TP53")));
            selectValues(panel, {value});
            panel.curation()->updateEnabled();
            QCOMPARE(pickTexts().value(0),
                     QStringLiteral("Rename to TP53 \u2014 tumor protein p53 (protein-coding)"));
            panel.curation()->useBestSuggestion();
            QCOMPARE(model->decision(row).name, QStringLiteral("TP53"));
            QCOMPARE(model->decision(row).uid, tp53);
        }
        QVERIFY(!panel.switchFieldButton()->isVisible()); // two of four: no column-wide warning

        // A column of Ensembl ids checked as symbols: the warning offers to check it as what it is.
        panel.columnBox()->setCurrentText(QStringLiteral("id"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isValidating()
                                     && model->rowOfValue(QStringLiteral("ENSG00000012048")) >= 0,
                                 20000);
        QVERIFY(panel.fieldWarningLabel()->isVisible());
        QVERIFY(panel.switchFieldButton()->isVisible());
        QVERIFY(panel.switchFieldButton()->text().contains(QStringLiteral("Ensembl")));
        panel.switchFieldButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->field(), ValidationField::GeneEnsemblId, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isValidating(), 20000);
        QCOMPARE(statusOf(model, QStringLiteral("ENSG00000012048")), QStringLiteral("validated"));
        QVERIFY(!panel.switchFieldButton()->isVisible());
    }

    // Every decision is saved as it is made, as the draft of the file's curation; opening the
    // file again restores it, marked and undoable; Apply keeps it as applied (Apply disabled when
    // restored); Discard goes back to what was applied.
    void decisionsAreSavedAndRestored()
    {
        const auto saved = [this]() {
            return CurationStore(*m_db).load(CurationStore::Key::forColumnNames(sheetColumns));
        };
        {
            ReviewPanel panel(m_session.get());
            QVERIFY(validateNames(panel));
            QCOMPARE(panel.curationKey(), CurationStore::Key::forColumnNames(sheetColumns));
            selectValues(panel, {QStringLiteral("Cell_Type")});
            panel.curation()->acceptStandard();
            selectValues(panel, {QStringLiteral("operator")});
            panel.curation()->ignoreSelected();
            QTRY_VERIFY_WITH_TIMEOUT(!panel.isSavingDecisions(), 20000);
            const auto draft = saved();
            FD_VERIFY_OK(draft);
            QVERIFY(draft->has_value());
            QVERIFY((*draft)->draft);
            QCOMPARE((*draft)->decisions.size(), 2);
            QCOMPARE((*draft)->fileName, QStringLiteral("sheet.csv"));
        } // closed without applying (as after a crash: the draft is in the registry)

        ReviewPanel panel(m_session.get());
        QSignalSpy restored(&panel, &ReviewPanel::decisionsRestored);
        QVERIFY(validateNames(panel));
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 20000);
        ValidationModel *model = panel.model();
        QCOMPARE(model->decidedCount(), 2);
        const int cellType = model->rowOfValue(QStringLiteral("Cell_Type"));
        QVERIFY(model->isRestored(cellType));
        QVERIFY2(model->index(cellType, ValidationModel::Decision)
                     .data()
                     .toString()
                     .contains(QStringLiteral("restored")),
                 qPrintable(model->index(cellType, ValidationModel::Decision).data().toString()));
        QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("sheet.csv")));
        QVERIFY(panel.hasUnappliedDecisions()); // a draft: still to apply
        // Undoable like any decision, and the undo is saved too.
        panel.undoStack()->undo();
        QCOMPARE(model->decidedCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isSavingDecisions(), 20000);
        // Back where the review began, with nothing decided: a curation never applied is gone.
        QVERIFY(!saved()->has_value());
        panel.undoStack()->redo();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isSavingDecisions(), 20000);
        QCOMPARE((*saved())->decisions.size(), 2);

        QSignalSpy applied(&panel, &ReviewPanel::applied);
        panel.apply();
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isSavingDecisions(), 20000);
        const auto kept = saved();
        FD_VERIFY_OK(kept);
        QVERIFY(!(*kept)->draft);
        QVERIFY((*kept)->appliedRunId > 0);
        QCOMPARE((*kept)->decisions.size(), 2);

        // Opened again: restored as applied, nothing to apply.
        ReviewPanel again(m_session.get());
        QSignalSpy restoredAgain(&again, &ReviewPanel::decisionsRestored);
        QVERIFY(validateNames(again));
        QTRY_COMPARE_WITH_TIMEOUT(restoredAgain.size(), 1, 20000);
        QCOMPARE(again.model()->decidedCount(), 2);
        QVERIFY(!again.hasUnappliedDecisions());
        QVERIFY(!again.applyAction()->isEnabled());
        // A new decision is a draft; Discard returns to what was applied.
        selectValues(again, {QStringLiteral("celltyp")});
        again.curation()->ignoreSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!again.isSavingDecisions(), 20000);
        QVERIFY((*saved())->draft);
        QCOMPARE((*saved())->decisions.size(), 3);
        QSignalSpy restoredAfterDiscard(&again, &ReviewPanel::decisionsRestored);
        again.discardDecisions();
        QTRY_COMPARE_WITH_TIMEOUT(restoredAfterDiscard.size(), 1, 20000);
        QVERIFY(!(*saved())->draft);
        QCOMPARE((*saved())->decisions.size(), 2);
        QCOMPARE(again.model()->decidedCount(), 2);
        QVERIFY(!again.hasUnappliedDecisions());
    }

    // Register with set: the file becomes an artifact and the set the review resolves to (the
    // decisions applied first: a new feature is a member) is attached under the slot asked for,
    // in one transaction; the review then says so and has nothing left to apply.
    void registersTheFileWithItsSet()
    {
        ReviewPanel panel(m_session.get());
        QVERIFY(validateNames(panel));
        selectValues(panel, {QStringLiteral("Cell_Type"), QStringLiteral("dose")});
        panel.curation()->acceptStandard();
        panel.undoStack()->push(new CurationCommand(
            panel.model(),
            {{QStringLiteral("operator"),
              CurationDecision::addFeature(QStringLiteral("operator"), QStringLiteral("str"))},
             {QStringLiteral("celltyp"), CurationDecision::ignore()}},
            QStringLiteral("test")));
        QVERIFY(panel.registerAction()->isEnabled());
        QSignalSpy registered(&panel, &ReviewPanel::registered);
        ReviewPanel::Registration registration;
        registration.slot = QStringLiteral("obs");
        panel.registerFile(registration);
        QTRY_COMPARE_WITH_TIMEOUT(registered.size(), 1, 20000);
        const QString artifactUid = registered.first().at(0).toString();
        const QString setUid = registered.first().at(1).toString();
        Registry &registry = *m_db;
        const Result<ArtifactRecord> artifact = ArtifactStore(registry).findByUid(artifactUid);
        FD_VERIFY_OK(artifact);
        QCOMPARE(artifact->key, QStringLiteral("sheet.csv"));
        QCOMPARE(artifact->slots.value(QStringLiteral("obs")), setUid);
        const Result<FeatureSetRecord> set = FeatureSetStore(registry).findByUid(setUid);
        FD_VERIFY_OK(set);
        // sample_id, cell_type, dose_mg and the new operator; run is ambiguous, batch's dtype
        // contradicts its feature, celltyp is ignored.
        QCOMPARE(set->n, 4);
        QCOMPARE(set->name, QStringLiteral("obs: 4 features, ") + set->hash);
        FD_VERIFY_OK(FeatureStore(registry).findByName(QStringLiteral("operator")));
        QVERIFY(!panel.hasUnappliedDecisions());
        QVERIFY(panel.statusLabel()->text().contains(artifactUid));
        const auto kept
            = CurationStore(registry).load(CurationStore::Key::forColumnNames(sheetColumns));
        FD_VERIFY_OK(kept);
        QVERIFY(kept->has_value());
        QVERIFY(!(*kept)->draft);

        // Next week's file with this header, registered from the Artifacts menu or the CLI, gets
        // the same set through the kept curation.
        const QString week2 = m_registries.tempPath(QStringLiteral("sheet_week2.csv"));
        QFile file(week2);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "sample_id,Cell_Type,dose,run,operator,batch,celltyp\nS2,B,2.5,2,bob,2024-01-08,y\n");
        file.close();
        ArtifactRegistration::Options options;
        options.inferColumns = true;
        options.slot = QStringLiteral("obs");
        const auto outcome = ArtifactRegistration::run(
            registry, ArtifactRegistration::sourcesOf({week2}), options);
        FD_VERIFY_OK(outcome);
        QCOMPARE(outcome->files.constFirst().setUid, setUid);
    }

    // The organisms offered are read on the worker and arrive in the box; a refresh keeps the
    // one chosen and asks for no new validation.
    void organismsArriveFromTheWorker()
    {
        FD_VERIFY_OK(GeneStore(*m_db).importFile(
            QFINDTESTDATA("../genes/data/ncbi_small.gene_info.tsv"), {}));
        ReviewPanel panel(m_session.get());
        QComboBox *organisms = panel.organismBox();
        QCOMPARE(organisms->itemData(0).toString(), QString()); // Detect, at once
        QTRY_COMPARE_WITH_TIMEOUT(organisms->count(), 2, 20000);
        QCOMPARE(organisms->itemText(1), QStringLiteral("human"));
        organisms->setCurrentIndex(1);
        QSignalSpy changed(organisms, &QComboBox::currentIndexChanged);
        FD_VERIFY_OK(GeneStore(*m_db).importFile(
            QFINDTESTDATA("../genes/data/ncbi_small.gene_info.tsv"), {}));
        m_session->announceChanged(RegistryTable::Genes);
        QTest::qWait(300); // the refresh's read and its answer
        QCOMPARE(organisms->currentData().toString(), QStringLiteral("human"));
        QCOMPARE(changed.size(), 0);
    }

    void aMissingColumnIsReported()
    {
        ReviewPanel panel(m_session.get());
        QSignalSpy failed(&panel, &ReviewPanel::validationFailed);
        QSignalSpy validated(&panel, &ReviewPanel::validated);
        panel.setSource(m_sheet, {}, sheetColumns, sheetDtypes);
        QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 1, 20000);
        panel.modeBox()->setCurrentIndex(1);
        panel.columnBox()->addItem(QStringLiteral("no such column"));
        panel.columnBox()->setCurrentText(QStringLiteral("no such column"));
        panel.validate();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("no such column")),
                 qPrintable(failed.first().first().toString()));
        // The last good review stays.
        QCOMPARE(panel.model()->rowCount(), 7);
    }
};

QTEST_MAIN(TestReviewPanel)
#include "tst_reviewpanel.moc"
