// The window's artifacts and feature sets, offscreen on both backends: a folder dropped on the
// Artifacts view registered with its columns sets, the set's details (members, description,
// export) and its jump to the artifacts using it, attaching through the dialog (replacing only when
// confirmed), detaching from an artifact's details, and "show related" from a feature.

#include "model/artifacts/ArtifactSlotsModel.h"
#include "model/artifacts/ArtifactStore.h"
#include "model/browse/PagedTableModel.h"
#include "model/comparison/ComparisonModel.h"
#include "model/db/Registry.h"
#include "model/sets/FeatureSetStore.h"
#include "model/sets/SetMembersModel.h"
#include "model/validation/CurationStore.h"
#include "tests/support/BackendTest.h"
#include "tests/ui/WindowFixture.h"
#include "ui/ArtifactActions.h"
#include "ui/ArtifactDetails.h"
#include "ui/ArtifactRegistrationController.h"
#include "ui/AttachSetDialog.h"
#include "ui/ComparisonDialog.h"
#include "ui/FeatureSetDetails.h"
#include "ui/MainWindow.h"
#include "ui/RegistrySession.h"
#include "ui/RegistryTablePanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUrl>

class TestMainWindowArtifacts final : public QObject, public fd::test::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { fd::test::addBackendRows(); }
    void init() { FD_WINDOW_INIT(); }
    void cleanup() { FD_WINDOW_CLEANUP(); }

    void dropFolderOnArtifactsRegisters();
    void setDetailsAndJumpToArtifacts();
    void detailsShowOnlyTheLastAsked();
    void attachThroughDialogReplacesOnlyWhenConfirmed();
    void detachFromArtifactDetails();
    void showRelatedOfAFeature();
    void compareSelectedArtifactsAndSets();

private:
    QString writeFile(const QString &relative, const QByteArray &content);
    // n artifacts registered through the store, their uids.
    QStringList registerArtifacts(int n);
    QString makeSet(const QString &name, const QStringList &members);
    void selectRows(fd::RegistryTablePanel *panel, const QStringList &uids);
    fd::RegistryTablePanel *sets() const { return m_window->panel(fd::RegistryTable::FeatureSets); }
    fd::RegistryTablePanel *artifacts() const
    {
        return m_window->panel(fd::RegistryTable::Artifacts);
    }
};

using fd::RegistryTable;
using fd::RegistryTablePanel;
using namespace fd::test;

QString TestMainWindowArtifacts::writeFile(const QString &relative, const QByteArray &content)
{
    const QString path = m_registries.tempPath(m_backend + QLatin1Char('/') + relative);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QStringList TestMainWindowArtifacts::registerArtifacts(int n)
{
    fd::ArtifactStore store(db());
    QStringList uids;
    for (int i = 0; i < n; ++i) {
        const QString path = writeFile(QStringLiteral("files/sample%1.csv").arg(i),
                                       QByteArray("cell_type\nT") + QByteArray::number(i) + '\n');
        const auto registered = store.registerFile(path);
        if (!registered)
            return {};
        uids.append(registered->artifact.uid);
    }
    return uids;
}

QString TestMainWindowArtifacts::makeSet(const QString &name, const QStringList &members)
{
    const auto created
        = fd::FeatureSetStore(db()).create({name, fd::MemberRegistry::Feature, members, {}, {}});
    return created ? created->set.uid : QString();
}

void TestMainWindowArtifacts::selectRows(RegistryTablePanel *panel, const QStringList &uids)
{
    if (!panelsLoaded()) // the rows come from the view's worker
        qWarning("the views are still loading");
    QTableView *view = panel->view();
    view->clearSelection();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (uids.contains(index.data(fd::PagedTableModel::UidRole).toString())) {
            view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
}

void TestMainWindowArtifacts::dropFolderOnArtifactsRegisters()
{
    addFeatures({QStringLiteral("cell_type"), QStringLiteral("dose_mg")});
    const QString first
        = writeFile(QStringLiteral("week48/a.csv"), "cell_type,dose_mg,note\nT,1,x\n");
    writeFile(QStringLiteral("week48/b.csv"), "cell_type,dose_mg,note\nB,2,y\n");
    writeFile(QStringLiteral("week48/deeper/c.tsv"), "dose_mg\tcell_type\n3\tNK\n");
    const QString folder = QFileInfo(first).path();
    // The header of a.csv and b.csv was reviewed before: its saved curation counts.
    FD_VERIFY_OK(fd::CurationStore(db()).saveDraft(
        fd::CurationStore::Key::forColumnNames(
            {QStringLiteral("cell_type"), QStringLiteral("dose_mg"), QStringLiteral("note")}),
        {{QStringLiteral("note"), fd::CurationDecision::ignore()}}, QStringLiteral("a.csv")));

    m_window->tabs()->setCurrentWidget(artifacts());
    m_window->artifactRegistration()->setQuiet(true);
    QSignalSpy finished(m_window->artifactRegistration(),
                        &fd::ArtifactRegistrationController::registrationFinished);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(folder)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QVERIFY(m_window->importPages().isEmpty()); // registered, not opened for review
    const auto outcome
        = finished.constFirst().constFirst().value<fd::ArtifactRegistration::Outcome>();
    QCOMPARE(outcome.created, 3);
    QCOMPARE(outcome.attached, 3);
    QCOMPARE(outcome.setUids.size(), 1); // one header, one set (member order does not count)
    // The views followed the worker's writes.
    QTRY_COMPARE(artifacts()->model()->totalCount(), 3);
    QTRY_COMPARE(sets()->model()->totalCount(), 1);
    const QString details = fd::describeRegistrationDetails(outcome);
    QVERIFY2(details.contains(QStringLiteral("deeper/c.tsv")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("note: ignored")));
    QVERIFY2(details.contains(QStringLiteral("curated by 1 decision")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("saved from a.csv (not applied yet)")));
}

void TestMainWindowArtifacts::setDetailsAndJumpToArtifacts()
{
    const QStringList features = addFeatures(
        {QStringLiteral("cell_type"), QStringLiteral("dose_mg"), QStringLiteral("batch")});
    const QString set = makeSet(QStringLiteral("sheet"), features);
    const QString other = makeSet(QStringLiteral("batch only"), features.mid(2));
    const QStringList uids = registerArtifacts(4);
    QCOMPARE(uids.size(), 4);
    fd::ArtifactStore store(db());
    QVERIFY(store.attach(uids.mid(0, 3), QStringLiteral("columns"), set));
    QVERIFY(store.attach(uids.mid(3), QStringLiteral("columns"), other));

    m_window->tabs()->setCurrentWidget(sets());
    QTRY_COMPARE(sets()->model()->totalCount(), 2);
    selectRows(sets(), {set});
    fd::FeatureSetDetails *details = m_window->featureSetDetails();
    QCOMPARE(details->setUid(), set);
    // Read on a worker: the members arrive a moment later.
    QTRY_VERIFY_WITH_TIMEOUT(!details->isLoading(), 15000);
    QCOMPARE(details->membersModel()->rowCount(), 3);
    QVERIFY(details->summaryLabel()->text().contains(QStringLiteral("3 features")));
    QCOMPARE(details->showArtifactsButton()->text(), QStringLiteral("Used by 3 artifacts"));
    details->memberFilter()->setText(QStringLiteral("DOSE"));
    QCOMPARE(details->membersProxy()->rowCount(), 1);
    details->memberFilter()->clear();

    // A description, saved; the button only when there is something to save.
    QVERIFY(!details->saveDescriptionButton()->isEnabled());
    details->descriptionEdit()->setPlainText(
        QStringLiteral("Week 48 sample sheets; 'quoted' -- text"));
    QVERIFY(details->saveDescriptionButton()->isEnabled());
    QTest::mouseClick(details->saveDescriptionButton(), Qt::LeftButton);
    // Written on a worker, then read again.
    QTRY_VERIFY_WITH_TIMEOUT(!details->isWriting() && !details->isLoading(), 15000);
    QCOMPARE(fd::FeatureSetStore(db()).findByUid(set)->description,
             QStringLiteral("Week 48 sample sheets; 'quoted' -- text"));
    QVERIFY(!details->saveDescriptionButton()->isEnabled());
    QCOMPARE(details->descriptionEdit()->toPlainText(),
             QStringLiteral("Week 48 sample sheets; 'quoted' -- text"));

    // Rename and export.
    QVERIFY(details->renameTo(QStringLiteral("week 48 sheet")));
    QTRY_COMPARE(sets()->model()->index(0, 0).data().toString()
                     + sets()->model()->index(1, 0).data().toString(),
                 QStringLiteral("batch onlyweek 48 sheet"));
    const QString exported = m_registries.tempPath(m_backend + QStringLiteral("-members.tsv"));
    QVERIFY(details->exportMembersTo(exported));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 4);

    // The jump: the artifacts view shows only the three using the set, and says so.
    QTRY_VERIFY_WITH_TIMEOUT(!details->isWriting() && !details->isLoading(), 15000);
    QTest::mouseClick(details->showArtifactsButton(), Qt::LeftButton);
    QCOMPARE(m_window->tabs()->currentWidget(), artifacts());
    QVERIFY(artifacts()->isShowingRelated());
    QVERIFY(artifacts()->relatedText().contains(QStringLiteral("week 48 sheet")));
    FD_PANELS_LOADED();
    QCOMPARE(artifacts()->model()->totalCount(), 3);
    auto *showAll = artifacts()->findChild<QPushButton *>(QStringLiteral("showAllButton"));
    QVERIFY(showAll && showAll->isVisible());
    QTest::mouseClick(showAll, Qt::LeftButton);
    QVERIFY(!artifacts()->isShowingRelated());
    FD_PANELS_LOADED();
    QCOMPARE(artifacts()->model()->totalCount(), 4);
}

void TestMainWindowArtifacts::detailsShowOnlyTheLastAsked()
{
    const QStringList features = addFeatures(
        {QStringLiteral("cell_type"), QStringLiteral("dose_mg"), QStringLiteral("batch")});
    const QString a = makeSet(QStringLiteral("set a"), features.mid(0, 2));
    const QString b = makeSet(QStringLiteral("set b"), features.mid(2));
    const QStringList uids = registerArtifacts(2);
    QCOMPARE(uids.size(), 2);
    fd::ArtifactStore store(db());
    FD_VERIFY_OK(store.attach(uids.mid(0, 1), QStringLiteral("columns"), a));
    FD_VERIFY_OK(store.attach(uids.mid(1), QStringLiteral("var"), b));

    // A set asked for, then another at once: only the second one's members are ever shown, and
    // until they are, the panel says it is loading rather than showing nothing or the first.
    fd::FeatureSetDetails *sets = m_window->featureSetDetails();
    QStringList setsShown;
    connect(sets->membersModel(), &QAbstractItemModel::modelReset, this, [&setsShown, sets] {
        if (sets->membersModel()->rowCount() > 0)
            setsShown.append(sets->membersModel()->set().uid);
    });
    sets->showSet(a);
    sets->showSet(b);
    QVERIFY(sets->isLoading());
    QCOMPARE(sets->setUid(), b);
    QVERIFY(!sets->summaryLabel()->isVisibleTo(sets));
    auto saysLoading = [](QWidget *panel) {
        const QList<QLabel *> labels = panel->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(), [panel](const QLabel *label) {
            return label->isVisibleTo(panel) && label->text() == QStringLiteral("Loading…");
        });
    };
    QVERIFY(saysLoading(sets));
    QTRY_VERIFY_WITH_TIMEOUT(!sets->isLoading(), 15000);
    QCOMPARE(sets->membersModel()->set().uid, b);
    QCOMPARE(sets->membersModel()->rowCount(), 1);
    QVERIFY(sets->summaryLabel()->isVisibleTo(sets));
    QVERIFY(!saysLoading(sets));
    QTest::qWait(200); // time for a late answer about the first set to (wrongly) arrive
    QCOMPARE(setsShown, QStringList {b});
    QCOMPARE(sets->membersModel()->set().uid, b);

    // The same for an artifact's slots.
    fd::ArtifactDetails *artifact = m_window->artifactDetails();
    QStringList artifactsShown;
    connect(artifact->slotsModel(), &QAbstractItemModel::modelReset, this,
            [&artifactsShown, artifact] {
                if (artifact->slotsModel()->rowCount() > 0)
                    artifactsShown.append(artifact->slotsModel()->artifact().uid);
            });
    artifact->showArtifact(uids.at(0));
    artifact->showArtifact(uids.at(1));
    QVERIFY(artifact->isLoading());
    QVERIFY(saysLoading(artifact));
    QTRY_VERIFY_WITH_TIMEOUT(!artifact->isLoading(), 15000);
    QCOMPARE(artifact->slotsModel()->rowCount(), 1);
    QCOMPARE(artifact->slotsModel()->slotAt(0), QStringLiteral("var"));
    QTest::qWait(200);
    QCOMPARE(artifactsShown, QStringList {uids.at(1)});

    // Read again after a change: what is shown stays until the new answer replaces it.
    sets->reload();
    QVERIFY(sets->isLoading());
    QCOMPARE(sets->membersModel()->rowCount(), 1);
    QVERIFY(!saysLoading(sets));
    QTRY_VERIFY_WITH_TIMEOUT(!sets->isLoading(), 15000);
    QCOMPARE(sets->membersModel()->rowCount(), 1);
}

void TestMainWindowArtifacts::attachThroughDialogReplacesOnlyWhenConfirmed()
{
    const QStringList features
        = addFeatures({QStringLiteral("cell_type"), QStringLiteral("dose_mg")});
    const QString first = makeSet(QStringLiteral("first"), features);
    const QString second = makeSet(QStringLiteral("second"), features.mid(0, 1));
    const QStringList uids = registerArtifacts(3);
    QTRY_COMPARE(artifacts()->model()->totalCount(), 3);
    m_window->tabs()->setCurrentWidget(artifacts());
    selectRows(artifacts(), uids.mid(0, 2));
    QCOMPARE(artifacts()->selectedUids().size(), 2);

    // The dialog: a slot with a control character is refused as typed; then "obs" and the set.
    auto chooseInDialog = [](const QString &setUid, const QString &slot) {
        return [setUid, slot](QWidget *modal) {
            auto *dialog = qobject_cast<fd::AttachSetDialog *>(modal);
            if (!dialog)
                return false;
            dialog->setSlot(QStringLiteral("ob\ts"));
            const bool refused = !dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled();
            dialog->selectSet(setUid);
            dialog->setSlot(slot);
            if (refused && dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled())
                dialog->buttons()->button(QDialogButtonBox::Ok)->click();
            else
                dialog->reject();
            return true;
        };
    };
    {
        ModalDriver driver({chooseInDialog(first, QStringLiteral("obs"))});
        action(QStringLiteral("&Attach feature set…"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(driver.finished(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->artifactActions()->isBusy(), 15000);
    }
    fd::ArtifactStore store(db());
    QCOMPARE(store.findByUid(uids.at(0))->slots.value(QStringLiteral("obs")), first);
    QCOMPARE(store.findByUid(uids.at(1))->slots.value(QStringLiteral("obs")), first);
    QVERIFY(store.findByUid(uids.at(2))->slots.isEmpty());

    // Another set in the same slot: asked first; "Cancel" leaves it, "Yes" replaces.
    auto answer = [](QMessageBox::StandardButton button, QString *text) {
        return [button, text](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box)
                return false;
            *text = box->text();
            box->button(button)->click();
            return true;
        };
    };
    QString asked;
    {
        ModalDriver driver(
            {chooseInDialog(second, QStringLiteral("obs")), answer(QMessageBox::Cancel, &asked)});
        action(QStringLiteral("&Attach feature set…"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(driver.finished(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->artifactActions()->isBusy(), 15000);
    }
    QVERIFY2(asked.contains(QStringLiteral("another set")), qPrintable(asked));
    // Named by their keys and the sets' names, asked first; uids only in the details.
    QVERIFY2(asked.contains(QStringLiteral("sample0.csv (“first”), sample1.csv (“first”)")),
             qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("with “second”?")), qPrintable(asked));
    QVERIFY2(!asked.contains(uids.at(0)) && !asked.startsWith(QStringLiteral("Nothing")),
             qPrintable(asked));
    QCOMPARE(store.findByUid(uids.at(0))->slots.value(QStringLiteral("obs")), first);
    {
        ModalDriver driver(
            {chooseInDialog(second, QStringLiteral("obs")), answer(QMessageBox::Yes, &asked)});
        action(QStringLiteral("&Attach feature set…"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(driver.finished(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->artifactActions()->isBusy(), 15000);
    }
    QCOMPARE(store.findByUid(uids.at(0))->slots.value(QStringLiteral("obs")), second);
    QCOMPARE(store.findByUid(uids.at(1))->slots.value(QStringLiteral("obs")), second);

    // One artifact: the question names it and both sets, and asks first.
    QVERIFY(store.attach({uids.at(2)}, QStringLiteral("columns"), first));
    selectRows(artifacts(), {uids.at(2)});
    {
        ModalDriver driver({chooseInDialog(second, QStringLiteral("columns")),
                            answer(QMessageBox::Cancel, &asked)});
        action(QStringLiteral("&Attach feature set…"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(driver.finished(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->artifactActions()->isBusy(), 15000);
    }
    QCOMPARE(asked,
             QStringLiteral("sample2.csv already has the set “first” under “columns”. "
                            "Replace it with “second”?"));
    QCOMPARE(store.findByUid(uids.at(2))->slots.value(QStringLiteral("columns")), first);
    selectRows(artifacts(), uids.mid(0, 2));

    // The same set under a second slot: no offer to replace (it would not help), the rule said.
    fd::test::CapturedBox shown;
    {
        ModalDriver driver(
            {chooseInDialog(second, QStringLiteral("var")), fd::test::answerMessageBox(&shown)});
        action(QStringLiteral("&Attach feature set…"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(driver.finished(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->artifactActions()->isBusy(), 15000);
    }
    QVERIFY2(shown.text.contains(QStringLiteral("one slot only"))
                 && !shown.text.contains(QStringLiteral("Replace")),
             qPrintable(shown.text));
    QVERIFY(!store.findByUid(uids.at(0))->slots.contains(QStringLiteral("var")));
}

void TestMainWindowArtifacts::detachFromArtifactDetails()
{
    const QStringList features = addFeatures({QStringLiteral("cell_type")});
    const QString set = makeSet(QStringLiteral("one"), features);
    const QString other = makeSet(QStringLiteral("two"), addFeatures({QStringLiteral("dose_mg")}));
    const QStringList uids = registerArtifacts(1);
    fd::ArtifactStore store(db());
    QVERIFY(store.attach(uids, QStringLiteral("columns"), set));
    QVERIFY(store.attach(uids, QStringLiteral("var"), other)); // a set under one slot at most
    m_window->tabs()->setCurrentWidget(artifacts());
    QTRY_COMPARE(artifacts()->model()->totalCount(), 1);
    selectRows(artifacts(), uids);
    fd::ArtifactDetails *details = m_window->artifactDetails();
    QCOMPARE(details->artifactUid(), uids.constFirst());
    // Read on a worker: the slots arrive a moment later.
    fd::ArtifactSlotsModel *slots = details->slotsModel();
    QAbstractItemModelTester tester(slots, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(!details->isLoading(), 15000);
    QCOMPARE(slots->rowCount(), 2);
    QCOMPARE(slots->index(0, fd::ArtifactSlotsModel::Slot).data().toString(),
             QStringLiteral("columns"));
    QCOMPARE(slots->index(0, fd::ArtifactSlotsModel::SetName).data().toString(),
             QStringLiteral("one"));
    QCOMPARE(slots->index(0, fd::ArtifactSlotsModel::Members).data().toString(),
             QStringLiteral("1"));
    QCOMPARE(slots->index(1, fd::ArtifactSlotsModel::SetUid).data().toString(), other);
    details->slotsView()->selectRow(1);
    QCOMPARE(details->selectedSlot(), QStringLiteral("var"));
    QString asked;
    ModalDriver driver({[&asked](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return false;
        asked = box->text();
        box->button(QMessageBox::Yes)->click();
        return true;
    }});
    auto *detach = details->findChild<QPushButton *>();
    QList<QPushButton *> buttons = details->findChildren<QPushButton *>();
    QPushButton *detachButton = nullptr;
    for (QPushButton *button : buttons)
        if (button->text().contains(QStringLiteral("tach")))
            detachButton = button;
    Q_UNUSED(detach)
    QVERIFY(detachButton && detachButton->isEnabled());
    QTest::mouseClick(detachButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(driver.finished(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->artifactActions()->isBusy(), 15000);
    QVERIFY(asked.contains(QStringLiteral("var")));
    QCOMPARE(store.findByUid(uids.constFirst())->slots.keys(),
             QStringList {QStringLiteral("columns")});
    QTRY_COMPARE(slots->rowCount(), 1);
}

void TestMainWindowArtifacts::showRelatedOfAFeature()
{
    const QStringList features
        = addFeatures({QStringLiteral("cell_type"), QStringLiteral("dose_mg")});
    makeSet(QStringLiteral("both"), features);
    makeSet(QStringLiteral("dose only"), features.mid(1));
    m_window->tabs()->setCurrentWidget(this->features());
    QTRY_COMPARE(this->features()->model()->totalCount(), 2);
    FD_PANELS_LOADED();
    selectRows(this->features(), features.mid(0, 1)); // cell_type
    action(QStringLiteral("Show rela&ted"))->trigger();
    QCOMPARE(m_window->tabs()->currentWidget(), sets());
    QVERIFY(sets()->relatedText().contains(QStringLiteral("cell_type")));
    FD_PANELS_LOADED();
    QCOMPARE(sets()->model()->totalCount(), 1);
    QCOMPARE(sets()->model()->index(0, 0).data().toString(), QStringLiteral("both"));
}

void TestMainWindowArtifacts::compareSelectedArtifactsAndSets()
{
    const QStringList features = addFeatures(
        {QStringLiteral("cell_type"), QStringLiteral("dose_mg"), QStringLiteral("batch")});
    const QString ab = makeSet(QStringLiteral("ab"), features.mid(0, 2));
    const QString bc = makeSet(QStringLiteral("bc"), features.mid(1, 2));
    const QStringList uids = registerArtifacts(3);
    fd::ArtifactStore store(db());
    QVERIFY(store.attach(uids.mid(0, 2), QStringLiteral("columns"), ab));
    QVERIFY(store.attach(uids.mid(2), QStringLiteral("columns"), bc));
    m_window->tabs()->setCurrentWidget(artifacts());
    QTRY_COMPARE(artifacts()->model()->totalCount(), 3);

    // One selected: said, nothing opened.
    selectRows(artifacts(), uids.mid(0, 1));
    action(QStringLiteral("&Compare selected…"))->trigger();
    QVERIFY(!m_window->findChild<fd::ComparisonDialog *>());

    // Three: A is the first in the view, B chosen among the others.
    selectRows(artifacts(), uids);
    action(QStringLiteral("&Compare selected…"))->trigger();
    auto *dialog = m_window->findChild<fd::ComparisonDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->candidateBBox()->count(), 2);
    // Compared on a worker: said until the answer arrives.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isComparing(), 15000);
    QCOMPARE(dialog->comparisonModel()->rowCount(), 1); // the slot "columns"
    const int shared
        = dialog->comparisonModel()->index(0, fd::ComparisonModel::Shared).data().toInt();
    const int onlyA
        = dialog->comparisonModel()->index(0, fd::ComparisonModel::OnlyA).data().toInt();
    QVERIFY2(shared == 2 || shared == 1, qPrintable(QString::number(shared)));
    QCOMPARE(shared + onlyA, 2);
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<fd::ComparisonDialog *>());

    // Two sets on the sets view: compared directly.
    m_window->tabs()->setCurrentWidget(sets());
    QTRY_COMPARE(sets()->model()->totalCount(), 2);
    selectRows(sets(), {ab, bc});
    action(QStringLiteral("&Compare selected…"))->trigger();
    dialog = m_window->findChild<fd::ComparisonDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->subject(), fd::ComparisonDialog::Subject::FeatureSets);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isComparing(), 15000);
    QCOMPARE(dialog->comparisonModel()->index(0, fd::ComparisonModel::Shared).data().toInt(),
             1); // dose_mg
    QCOMPARE(dialog->comparisonModel()->index(0, fd::ComparisonModel::OnlyA).data().toInt(), 1);
    QCOMPARE(dialog->comparisonModel()->index(0, fd::ComparisonModel::OnlyB).data().toInt(), 1);
    dialog->close();
}

QTEST_MAIN(TestMainWindowArtifacts)
#include "tst_mainwindowartifacts.moc"
