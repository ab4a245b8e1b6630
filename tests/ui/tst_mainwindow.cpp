// MainWindow over a real registry (SQLite file, PostgreSQL database): tabs and panels, status bar,
// views refreshed by Registry::notifyChanged, filter, sort, lazy loading, and opening other
// registries. The dialogs are in tst_mainwindowdialogs, curation in tst_mainwindowreview.

#include "model/Identity.h"
#include "model/browse/PagedTableModel.h"
#include "model/browse/RecordFilterProxyModel.h"
#include "model/db/Registry.h"
#include "model/db/Schema.h"
#include "model/features/FeatureStore.h"
#include "model/genes/OrganismStore.h"
#include "model/sets/FeatureSetStore.h"
#include "tests/support/BackendTest.h"
#include "tests/support/PgRelay.h"
#include "tests/ui/WindowFixture.h"
#include "ui/MainWindow.h"
#include "ui/NewFeatureDialog.h"
#include "ui/NewFeatureSetDialog.h"
#include "ui/RegistrySession.h"
#include "ui/RegistryTablePanel.h"
#include "ui/RegistryWrites.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class TestMainWindow final : public QObject, public fd::test::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { fd::test::addBackendRows(); }
    void init() { FD_WINDOW_INIT(); }
    void cleanup() { FD_WINDOW_CLEANUP(); }

    void tabsAndPanels();
    void keyboardStepsThroughTabs();
    void statusBarAndTitle();
    void noRegistryOpen();
    void addedFeaturesAppear();
    void notifyChangedRefreshesViews();
    void choiceFiltersFillFromTheWorker();
    void anotherWorkstationsWritesShowUp();
    void lostConnectionIsSaidAndRecovered();
    void silentServerIsSaidWithoutWaiting();
    void closeWaitsForTheWriteUnderWay();
    void filterNarrowsRows();
    void headerClickSorts();
    void loadsLazily();
    void countWaitsForTheWorker();
    void switchingRegistryShowsItsRecords();
    void openingAnOlderRegistrySaysWhatItsUpdateChanged();
    void openingNonRegistryKeepsPrevious_data();
    void openingNonRegistryKeepsPrevious();
    void openingNeverShowsPassword();
};

using fd::RegistryTable;
using fd::RegistryTablePanel;
using namespace fd::test;

void TestMainWindow::tabsAndPanels()
{
    QTabWidget *tabs = m_window->tabs();
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 4);
    const QStringList titles {QStringLiteral("Features"), QStringLiteral("Feature sets"),
                              QStringLiteral("Artifacts"), QStringLiteral("Genes")};
    for (int i = 0; i < PanelIds.size(); ++i) {
        RegistryTablePanel *panel = m_window->panel(PanelIds.at(i));
        QVERIFY2(panel, qPrintable(registryTableKey(PanelIds.at(i))));
        QCOMPARE(panel->tableId(), PanelIds.at(i));
        QCOMPARE(tabs->tabText(i), titles.at(i));
        QCOMPARE(tabs->widget(i), panel);
        // The registry's own tables cannot be closed.
        QVERIFY(!tabs->tabBar()->tabButton(i, QTabBar::RightSide));
        QCOMPARE(panel->view()->model(), panel->proxy());
        QCOMPARE(panel->proxy()->sourceModel(), panel->model());
        // A fresh registry: every table is empty, and counted.
        QCOMPARE(panel->model()->totalCount(), 0);
        QCOMPARE(panel->proxy()->rowCount(), 0);
        QVERIFY2(panel->model()->lastError().isEmpty(), qPrintable(panel->model()->lastError()));
    }
    // One view per table, each named after its table's key.
    QCOMPARE(m_window->findChildren<RegistryTablePanel *>().size(), PanelIds.size());
    QCOMPARE(m_window->panel(RegistryTable::FeatureSets)->objectName(),
             QStringLiteral("feature_setsPanel"));
}

// Ctrl+Tab / Ctrl+Shift+Tab and Ctrl+PgDown / Ctrl+PgUp from inside a table view (which would
// keep Ctrl+Tab for itself), round the ends.
void TestMainWindow::keyboardStepsThroughTabs()
{
    QTabWidget *tabs = m_window->tabs();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    tabs->setCurrentIndex(0);
    QTableView *view = m_window->panel(RegistryTable::Features)->view();
    view->setFocus();
    // Keys go where the focus is (the page shown may have moved it).
    const auto focused = [this] {
        QWidget *widget = QApplication::focusWidget();
        return widget ? widget : static_cast<QWidget *>(m_window.get());
    };
    QTest::keyClick(view, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    QTest::keyClick(focused(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 2);
    QTest::keyClick(focused(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    QTest::keyClick(focused(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0);
    QTest::keyClick(focused(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), tabs->count() - 1);
    QTest::keyClick(focused(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0);
}

void TestMainWindow::statusBarAndTitle()
{
    const QString where = m_session->location()->displayText();
    const QList<QLabel *> labels = m_window->statusBar()->findChildren<QLabel *>();
    QStringList texts;
    for (const QLabel *label : labels)
        texts.append(label->text());
    const auto has = [&texts](const QString &wanted, bool exact) {
        return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &text) {
            return exact ? text == wanted : text.contains(wanted);
        });
    };
    QVERIFY2(has(where, false), qPrintable(texts.join(QStringLiteral(" | "))));
    QVERIFY2(has(QStringLiteral("Schema v%1").arg(fd::Schema::latestVersion()), true),
             qPrintable(texts.join(QStringLiteral(" | "))));
    QVERIFY2(has(m_session->userHandle(), false), qPrintable(texts.join(QStringLiteral(" | "))));

    const QString name = m_backend == QLatin1StringView("sqlite")
        ? QFileInfo(m_location).fileName()
        : m_session->location()->database();
    QVERIFY(!name.isEmpty());
    QVERIFY2(m_window->windowTitle().contains(name), qPrintable(m_window->windowTitle()));

    // A writable registry enables the write actions.
    QAction *newSet = action(QStringLiteral("New feature &set…"));
    QVERIFY(newSet);
    QVERIFY(newSet->isEnabled());
}

void TestMainWindow::noRegistryOpen()
{
    m_session->close();
    QVERIFY(!m_session->isOpen());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("FeatureDesk"));
    QAction *addFeature = action(QStringLiteral("Add &feature…"));
    QVERIFY(addFeature);
    QVERIFY(!addFeature->isEnabled());
    for (RegistryTable id : PanelIds)
        QCOMPARE(m_window->panel(id)->proxy()->rowCount(), 0);
    const QList<QLabel *> labels = m_window->statusBar()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text() == QLatin1StringView("No registry open");
    }));

    // Opening it again brings the rows back.
    FD_VERIFY_OK(m_session->open(m_location, false));
    QVERIFY(addFeature->isEnabled());
    QVERIFY(!addFeatures({QStringLiteral("again")}).isEmpty());
    QCOMPARE(features()->proxy()->rowCount(), 1);
}

void TestMainWindow::addedFeaturesAppear()
{
    QAbstractItemModel *view = features()->view()->model();
    QCOMPARE(view->rowCount(), 0);
    const QStringList uids = addFeatures({QStringLiteral("ph")});
    QCOMPARE(uids.size(), 1);
    // FeatureStore::add notifies the registry, which refreshes the view at once (addFeatures
    // waits for the rows to come from its worker).
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(view->index(0, 0).data().toString(), QStringLiteral("ph"));
    QCOMPARE(view->index(0, 0).data(fd::PagedTableModel::UidRole).toString(), uids.constFirst());

    QCOMPARE(addFeatures({QStringLiteral("glucose"), QStringLiteral("age")}).size(), 2);
    QCOMPARE(view->rowCount(), 3);
    QCOMPARE(
        columnValues(view, 0),
        (QStringList {QStringLiteral("age"), QStringLiteral("glucose"), QStringLiteral("ph")}));
    const int dtypeColumn = features()->model()->spec().columnIndex(QStringLiteral("dtype"));
    QCOMPARE(view->index(0, dtypeColumn).data().toString(), QStringLiteral("float"));

    // Other tables did not change.
    QCOMPARE(m_window->panel(RegistryTable::FeatureSets)->proxy()->rowCount(), 0);
}

void TestMainWindow::notifyChangedRefreshesViews()
{
    // Writes through another connection reach the view only when the registry is told.
    fd::Result<std::unique_ptr<fd::Registry>> other = db().openAnother();
    FD_VERIFY_OK(other);
    fd::FeatureStore store(**other);
    fd::NewFeature feature;
    feature.name = QStringLiteral("from_elsewhere");
    feature.dtype = QStringLiteral("int");
    FD_VERIFY_OK(store.add(feature));

    QCOMPARE(features()->proxy()->rowCount(), 0);
    m_session->announceChanged(RegistryTable::Features);
    FD_PANELS_LOADED();
    QCOMPARE(features()->proxy()->rowCount(), 1);
    QCOMPARE(features()->proxy()->index(0, 0).data().toString(), QStringLiteral("from_elsewhere"));
    QCOMPARE(features()->model()->totalCount(), 1);

    // A set saved elsewhere shows once its table is named.
    const fd::Result<fd::FeatureRecord> stored = store.findByName(QStringLiteral("from_elsewhere"));
    FD_VERIFY_OK(stored);
    fd::NewFeatureSet set;
    set.name = QStringLiteral("elsewhere");
    set.memberUids = {stored->uid};
    FD_VERIFY_OK(fd::FeatureSetStore(**other).create(set));
    RegistryTablePanel *sets = m_window->panel(RegistryTable::FeatureSets);
    QCOMPARE(sets->proxy()->rowCount(), 0);
    m_session->announceChanged(RegistryTable::FeatureSets);
    FD_PANELS_LOADED();
    QCOMPARE(sets->proxy()->rowCount(), 1);
    const int hashColumn = sets->model()->spec().columnIndex(QStringLiteral("hash"));
    QCOMPARE(sets->proxy()->index(0, hashColumn).data().toString(),
             fd::identity::hashSet({stored->uid}));
}

void TestMainWindow::choiceFiltersFillFromTheWorker()
{
    RegistryTablePanel *genes = m_window->panel(RegistryTable::Genes);
    QComboBox *organism = nullptr;
    for (QComboBox *box : genes->findChildren<QComboBox *>())
        if (box->accessibleName().contains(QLatin1StringView("Organism")))
            organism = box;
    QVERIFY(organism);
    // Read on a worker: nothing to choose yet but all, once the answer is in.
    QTRY_VERIFY_WITH_TIMEOUT(organism->isEnabled(), 15000);
    QCOMPARE(organism->count(), 1);

    fd::Registry &registry = db();
    const fd::Result<qint64> run
        = registry.startRun(QStringLiteral("test"), QStringLiteral("organisms"));
    FD_VERIFY_OK(run);
    FD_VERIFY_OK(fd::OrganismStore(registry).resolve(QStringLiteral("human"), {}, *run));
    genes->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(organism->findData(QStringLiteral("human")) > 0, 15000);
    organism->setCurrentIndex(organism->findData(QStringLiteral("human")));

    // Asked again: until the answer the box offers what it had, the choice kept; after it, the
    // new organism is offered and the choice still kept.
    FD_VERIFY_OK(fd::OrganismStore(registry).resolve(QStringLiteral("mouse"), {}, *run));
    genes->refresh();
    QCOMPARE(organism->currentData().toString(), QStringLiteral("human"));
    QVERIFY(organism->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(organism->findData(QStringLiteral("mouse")) > 0, 15000);
    QCOMPARE(organism->currentData().toString(), QStringLiteral("human"));
    QCOMPARE(organism->count(), 3);
}

void TestMainWindow::filterNarrowsRows()
{
    QCOMPARE(addFeatures({QStringLiteral("body_weight"), QStringLiteral("body_height"),
                          QStringLiteral("Weight_Loss"), QStringLiteral("tumor_volume"),
                          QStringLiteral("100%_pure")})
                 .size(),
             5);
    QAbstractItemModel *view = features()->view()->model();
    QCOMPARE(view->rowCount(), 5);
    QLineEdit *filter = features()->filterEdit();
    fd::RecordFilterProxyModel *proxy = features()->proxy();
    // Types text as a user would and waits until the debounce has handed it to the proxy, so that
    // each count below is that of this filter and not of the one before.
    const auto typeFilter = [this, filter, proxy](const QString &text) {
        filter->clear();
        QTest::keyClicks(filter, text);
        return QTest::qWaitFor([&] { return proxy->filterText() == text; }) && panelsLoaded();
    };

    QTest::keyClicks(filter, QStringLiteral("weight"));
    // Nothing changes before the debounce has passed.
    QCOMPARE(view->rowCount(), 5);
    QCOMPARE(proxy->filterText(), QString());
    QTRY_COMPARE(view->rowCount(), 2);
    QCOMPARE(proxy->filterText(), QStringLiteral("weight"));
    FD_PANELS_LOADED();
    QStringList names = columnValues(view, 0);
    names.sort();
    QCOMPARE(names, (QStringList {QStringLiteral("Weight_Loss"), QStringLiteral("body_weight")}));
    QCOMPARE(features()->model()->totalCount(), 2);

    // Every word must match, in any column.
    QVERIFY(typeFilter(QStringLiteral("weight body")));
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(view->index(0, 0).data().toString(), QStringLiteral("body_weight"));

    // % and _ are letters to the filter, not wildcards.
    QVERIFY(typeFilter(QStringLiteral("%")));
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(view->index(0, 0).data().toString(), QStringLiteral("100%_pure"));
    QVERIFY(typeFilter(QStringLiteral("%_p")));
    QCOMPARE(columnValues(view, 0), QStringList {QStringLiteral("100%_pure")});
    // As a LIKE wildcard "0_" would match the "00" of 100%_pure and the "0%" after it.
    QVERIFY(typeFilter(QStringLiteral("0_")));
    QCOMPARE(view->rowCount(), 0);

    QVERIFY(typeFilter(QString()));
    QCOMPARE(view->rowCount(), 5);

    QVERIFY(typeFilter(QStringLiteral("no such feature")));
    QCOMPARE(view->rowCount(), 0);
    QCOMPARE(features()->model()->totalCount(), 0);

    // A feature added while filtering shows only if it matches.
    QVERIFY(typeFilter(QStringLiteral("volume")));
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(addFeatures({QStringLiteral("cell_volume"), QStringLiteral("cell_count")}).size(), 2);
    QCOMPARE(view->rowCount(), 2);
    QStringList volumes = columnValues(view, 0);
    volumes.sort();
    QCOMPARE(volumes,
             (QStringList {QStringLiteral("cell_volume"), QStringLiteral("tumor_volume")}));
}

void TestMainWindow::headerClickSorts()
{
    QCOMPARE(addFeatures({QStringLiteral("delta"), QStringLiteral("alpha"),
                          QStringLiteral("charlie"), QStringLiteral("bravo")})
                 .size(),
             4);
    QTableView *view = features()->view();
    QAbstractItemModel *model = view->model();
    QHeaderView *header = view->horizontalHeader();
    const int nameColumn = features()->model()->spec().columnIndex(QStringLiteral("name"));
    QCOMPARE(header->sortIndicatorSection(), nameColumn);
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(columnValues(model, nameColumn),
             (QStringList {QStringLiteral("alpha"), QStringLiteral("bravo"),
                           QStringLiteral("charlie"), QStringLiteral("delta")}));

    const auto clickSection = [header](int section) {
        const QPoint centre(header->sectionViewportPosition(section)
                                + header->sectionSize(section) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    };
    clickSection(nameColumn);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QTRY_COMPARE(model->index(0, nameColumn).data().toString(), QStringLiteral("delta"));
    QCOMPARE(columnValues(model, nameColumn),
             (QStringList {QStringLiteral("delta"), QStringLiteral("charlie"),
                           QStringLiteral("bravo"), QStringLiteral("alpha")}));
    QCOMPARE(features()->model()->sortOrder(), Qt::DescendingOrder);

    clickSection(nameColumn);
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QTRY_COMPARE(model->index(0, nameColumn).data().toString(), QStringLiteral("alpha"));

    // Sorting by another column: the uid column orders the rows by uid.
    const int uidColumn = features()->model()->spec().columnIndex(QStringLiteral("uid"));
    clickSection(uidColumn);
    QCOMPARE(header->sortIndicatorSection(), uidColumn);
    FD_PANELS_LOADED();
    QStringList uids = columnValues(model, uidColumn);
    QStringList expected = uids;
    std::sort(expected.begin(), expected.end());
    if (header->sortIndicatorOrder() == Qt::DescendingOrder)
        std::reverse(expected.begin(), expected.end());
    QCOMPARE(uids, expected);
    QCOMPARE(features()->model()->sortColumn(), uidColumn);
}

void TestMainWindow::loadsLazily()
{
    constexpr int total = 700;
    QStringList names;
    for (int i = 0; i < total; ++i)
        names.append(QStringLiteral("feature_%1").arg(i, 4, 10, QLatin1Char('0')));
    {
        // Through a second connection, so that the view is refreshed once, not 700 times.
        fd::Result<std::unique_ptr<fd::Registry>> other = db().openAnother();
        FD_VERIFY_OK(other);
        fd::FeatureStore store(**other);
        for (const QString &name : std::as_const(names)) {
            fd::NewFeature feature;
            feature.name = name;
            feature.dtype = QStringLiteral("int");
            FD_VERIFY_OK(store.add(feature));
        }
    }
    m_session->announceChanged(RegistryTable::Features);
    m_window->tabs()->setCurrentWidget(features());
    FD_PANELS_LOADED();
    fd::PagedTableModel *model = features()->model();
    QTableView *view = features()->view();

    QCOMPARE(model->totalCount(), qint64(total));
    // Counted: every row is there, those not read yet as placeholders that fill in when seen.
    QCOMPARE(model->rowCount(), total);
    QCOMPARE(view->model()->rowCount(), total);
    QVERIFY(model->isRowLoaded(0));
    QVERIFY(!model->isRowLoaded(total - 1));
    QCOMPARE(model->index(total - 1, 0).data().toString(), QStringLiteral("…"));
    QVERIFY(model->index(total - 1, 0).data(fd::PagedTableModel::UidRole).toString().isEmpty());
    const QList<QLabel *> labels = features()->findChildren<QLabel *>();
    const auto countLabel = std::find_if(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->accessibleName() == QLatin1StringView("Record count");
    });
    QVERIFY(countLabel != labels.cend());
    QCOMPARE((*countLabel)->text(), QStringLiteral("%1 records").arg(QLocale().toString(total)));

    // Scrolling to the end reads the last page, not every page on the way.
    view->scrollToBottom();
    QTRY_VERIFY(model->isRowLoaded(total - 1));
    QCOMPARE(model->index(total - 1, 0).data().toString(), names.constLast());
    QVERIFY(!model->isRowLoaded(total / 2));

    // Select all: one range; the loaded rows' uids at once, the rest through the worker, all of
    // them in order.
    const QList<std::pair<int, int>> loaded = model->loadedRowRanges();
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.constFirst().first, 0);
    QCOMPARE(loaded.constLast().second, total - 1);
    view->selectAll();
    QCOMPARE(features()->selectedRowRanges(), (QList<std::pair<int, int>> {{0, total - 1}}));
    // The header keeps out of the selection (see keepHeaderOutOfSelection).
    QVERIFY(view->horizontalHeader()->selectionModel() != view->selectionModel());
    QVERIFY(!view->horizontalHeader()->selectionModel()->hasSelection());
    QVERIFY(features()->selectionHasUnloadedRows());
    const int loadedRows
        = loaded.constFirst().second + 1 + loaded.constLast().second - loaded.constLast().first + 1;
    QCOMPARE(features()->selectedUids().size(), loadedRows);
    std::optional<fd::Result<QStringList>> resolved;
    features()->resolveSelectedUids(
        [&resolved](const fd::Result<QStringList> &uids) { resolved = uids; });
    QTRY_VERIFY(resolved.has_value());
    FD_VERIFY_OK(*resolved);
    QCOMPARE((*resolved)->size(), total);
    QCOMPARE((*resolved)->constFirst(), features()->selectedUids().constFirst());
    QCOMPARE((*resolved)->constLast(), features()->selectedUids().constLast());
    view->clearSelection();

    // Every row once, in order, once each has been asked for.
    for (int row = 0; row < total; ++row)
        model->index(row, 0).data();
    QTRY_VERIFY([&] {
        for (int row = 0; row < total; ++row)
            if (!model->isRowLoaded(row))
                return (model->index(row, 0).data(), false);
        return true;
    }());
    QStringList shown = columnValues(view->model(), 0);
    QCOMPARE(shown, names);
    QSet<QString> uids;
    for (int row = 0; row < total; ++row)
        uids.insert(view->model()->index(row, 0).data(fd::PagedTableModel::UidRole).toString());
    QCOMPARE(uids.size(), total);
}

// While a view's worker counts, the count says so and the rows shown stay; "Nothing matches" waits
// for the count. The selection's rows come as ranges, which a query turns into the same uids.
void TestMainWindow::countWaitsForTheWorker()
{
    QCOMPARE(addFeatures({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                          QStringLiteral("d"), QStringLiteral("e")})
                 .size(),
             5);
    const QList<QLabel *> labels = features()->findChildren<QLabel *>();
    const auto countLabel = std::find_if(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->accessibleName() == QLatin1StringView("Record count");
    });
    QVERIFY(countLabel != labels.cend());
    QCOMPARE((*countLabel)->text(), QStringLiteral("5 records"));
    QAbstractItemModel *view = features()->view()->model();
    features()->proxy()->setFilterText(QStringLiteral("no such feature"));
    QVERIFY(features()->model()->isCounting());
    QCOMPARE((*countLabel)->text(), QStringLiteral("counting…"));
    QVERIFY(!features()->isShowingEmptyHint());
    QCOMPARE(view->rowCount(), 5);
    FD_PANELS_LOADED();
    QCOMPARE(features()->model()->totalCount(), 0);
    QVERIFY(features()->isShowingEmptyHint());
    QCOMPARE((*countLabel)->text(), QStringLiteral("0 records"));
    features()->proxy()->setFilterText(QString());
    FD_PANELS_LOADED();
    QVERIFY(!features()->isShowingEmptyHint());

    QItemSelectionModel *selection = features()->view()->selectionModel();
    selection->select(QItemSelection(view->index(0, 0), view->index(2, 0)),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(view->index(4, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(features()->selectedRowRanges(), (QList<std::pair<int, int>> {{0, 2}, {4, 4}}));
    QVERIFY(!features()->selectionHasUnloadedRows());
    QCOMPARE(features()->selectedUids().size(), 4);
    const fd::Result<QStringList> uids = fd::PagedTableModel::uidsInRows(
        db(), features()->model()->currentQuery(), features()->selectedRowRanges());
    FD_VERIFY_OK(uids);
    QCOMPARE(*uids, features()->selectedUids());
}

void TestMainWindow::switchingRegistryShowsItsRecords()
{
    QCOMPARE(addFeatures({QStringLiteral("only_in_first")}).size(), 1);
    const QString firstTitle = m_window->windowTitle();

    // A second registry with other features.
    const QString secondLocation = m_registries.freshLocation(m_backend, QStringLiteral("second"));
    {
        fd::Registry::OpenOptions options;
        options.mayRunOnWatchedThread = true; // the test's own
        options.createIfMissing = true;
        fd::Result<std::unique_ptr<fd::Registry>> second
            = fd::Registry::open(*fd::RegistryLocation::parse(secondLocation), options);
        FD_VERIFY_OK(second);
        fd::FeatureStore store(**second);
        for (const QString &name : {QStringLiteral("second_a"), QStringLiteral("second_b")}) {
            fd::NewFeature feature;
            feature.name = name;
            feature.dtype = QStringLiteral("str");
            FD_VERIFY_OK(store.add(feature));
        }
    }

    // The window opens it in the background and switches once it is ready.
    ModalDriver noBoxes({});
    QSignalSpy changed(m_session.get(), &fd::RegistrySession::registryChanged);
    m_window->openRegistry(secondLocation, false);
    QVERIFY(m_session->isOpening());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(secondLocation),
             qPrintable(m_window->statusBar()->currentMessage()));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 15000);
    QVERIFY2(noBoxes.unexpected().isEmpty(), qPrintable(noBoxes.unexpected().join(u'\n')));
    QVERIFY(!m_session->isOpening());
    QVERIFY(!QGuiApplication::overrideCursor());
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
    QCOMPARE(m_session->location()->displayText(),
             fd::RegistryLocation::parse(secondLocation)->displayText());
    FD_PANELS_LOADED();
    QCOMPARE(columnValues(features()->proxy(), 0),
             (QStringList {QStringLiteral("second_a"), QStringLiteral("second_b")}));
    QVERIFY(m_window->windowTitle() != firstTitle);
    const QList<QLabel *> labels = m_window->statusBar()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) {
        return label->text().contains(m_session->location()->displayText());
    }));

    // Writes now go to the second registry and show at once.
    QCOMPARE(addFeatures({QStringLiteral("second_c")}).size(), 1);
    QCOMPARE(features()->proxy()->rowCount(), 3);

    // And back.
    m_window->openRegistry(m_location, false);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 15000);
    FD_PANELS_LOADED();
    QVERIFY(!QGuiApplication::overrideCursor());
    QCOMPARE(columnValues(features()->proxy(), 0), QStringList {QStringLiteral("only_in_first")});
    QCOMPARE(m_window->windowTitle(), firstTitle);
}

void TestMainWindow::openingAnOlderRegistrySaysWhatItsUpdateChanged()
{
    // A registry of schema version 11 holding DNM1L with the uid FeatureDesk gave it then.
    const QString olderLocation = m_registries.freshLocation(m_backend, QStringLiteral("older"));
    {
        const fd::Result<QSqlDatabase> older = rawDatabaseAt(
            *fd::RegistryLocation::parse(olderLocation), QStringLiteral("older"), 11);
        FD_VERIFY_OK(older);
        QSqlQuery query(*older);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO fd_user (handle) VALUES ('old-user')")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO fd_gene (uid, symbol, ensembl_gene_id, created_by) "
                           "VALUES ('%1', 'DNM1L', 'ENSG00000087470', 1)")
                .arg(fd::identity::geneUidWithoutLeadingZeros(QStringLiteral("ENSG00000087470")))));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));

    // Opened in the background and updated there; the window then says what changed.
    ModalDriver noBoxes({});
    QSignalSpy changed(m_session.get(), &fd::RegistrySession::registryChanged);
    m_window->openRegistry(olderLocation, false);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 15000);
    QVERIFY2(noBoxes.unexpected().isEmpty(), qPrintable(noBoxes.unexpected().join(u'\n')));
    QCOMPARE(m_session->schemaVersion(), fd::Schema::latestVersion());
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringView(
                 u"1 gene uid corrected to LaminDB's encoding (DNM1L (ENSG00000087470): "
                 u"m9E5Rc2hGlpH → 01m9E5Rc2hGl), 0 feature sets re-hashed.")),
             qPrintable(message));
}

void TestMainWindow::openingNonRegistryKeepsPrevious_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("text file") << QStringLiteral("text");
    QTest::newRow("empty file") << QStringLiteral("empty");
    QTest::newRow("foreign SQLite database") << QStringLiteral("foreign");
    QTest::newRow("unreachable server") << QStringLiteral("unreachable");
}

void TestMainWindow::openingNonRegistryKeepsPrevious()
{
    QFETCH(QString, kind);
    QCOMPARE(addFeatures({QStringLiteral("kept")}).size(), 1);
    const QString where = m_session->location()->displayText();
    const QString title = m_window->windowTitle();

    QString path
        = m_registries.tempPath(QStringLiteral("not-a-registry-%1-%2.sqlite").arg(kind, m_backend));
    if (kind == QLatin1StringView("unreachable")) {
        // Nothing listens on port 1: the open fails fast, in the background.
        path = QStringLiteral("postgresql://postgres@127.0.0.1:1/nothing_here");
    } else if (kind == QLatin1StringView("foreign")) {
        const QString connection = QStringLiteral("tst-mainwindow-foreign");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(
                QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO recipes (title) VALUES ('bread')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (kind == QLatin1StringView("text"))
            for (int i = 0; i < 20; ++i)
                file.write("These are my notes, not a FeatureDesk registry.\n");
    }
    const bool isFile = kind != QLatin1StringView("unreachable");
    const QByteArray contentBefore = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();

    CapturedBox box;
    ModalDriver driver({answerMessageBox(&box)});
    m_window->openRegistry(path, false);
    QVERIFY(m_session->isOpening());
    QTRY_VERIFY_WITH_TIMEOUT(driver.finished(), 15000);
    QVERIFY2(driver.unexpected().isEmpty(), qPrintable(driver.unexpected().join(u'\n')));
    QVERIFY(!m_session->isOpening());
    QVERIFY(!QGuiApplication::overrideCursor());
    QVERIFY2(box.text.contains(QDir::toNativeSeparators(path)), qPrintable(box.text));
    QVERIFY2(box.text.contains(isFile ? QLatin1StringView("not") : QLatin1StringView("server")),
             qPrintable(box.text));

    // The registry that was open stays open, and the window still shows it.
    QCOMPARE(m_session->location()->displayText(), where);
    QCOMPARE(m_window->windowTitle(), title);
    QCOMPARE(features()->proxy()->rowCount(), 1);
    QCOMPARE(features()->proxy()->index(0, 0).data().toString(), QStringLiteral("kept"));
    const QList<QLabel *> labels = m_window->statusBar()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                        [&where](const QLabel *label) { return label->text().contains(where); }));
    QVERIFY(!addFeatures({QStringLiteral("still_writable")}).isEmpty());
    QCOMPARE(features()->proxy()->rowCount(), 2);

    // And the file was left as it was.
    if (!isFile)
        return;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), contentBefore);
}

void TestMainWindow::openingNeverShowsPassword()
{
    // Nothing listens on port 1; what matters is what the window shows meanwhile and afterwards.
    const QString url = QStringLiteral("postgresql://postgres:s3cret-pw@127.0.0.1:1/nothing_here");
    CapturedBox box;
    ModalDriver driver({answerMessageBox(&box)});
    m_window->openRegistry(url, false);
    const QString opening = m_window->statusBar()->currentMessage();
    QVERIFY2(opening.contains(QLatin1StringView("postgresql://postgres@127.0.0.1:1/nothing_here")),
             qPrintable(opening));
    QVERIFY2(!opening.contains(QLatin1StringView("s3cret")), qPrintable(opening));
    QTRY_VERIFY_WITH_TIMEOUT(driver.finished(), 15000);
    QVERIFY2(!box.text.contains(QLatin1StringView("s3cret")), qPrintable(box.text));
    QVERIFY2(box.text.contains(QLatin1StringView("127.0.0.1:1")), qPrintable(box.text));
    QCOMPARE(m_session->location()->displayText(),
             fd::RegistryLocation::parse(m_location)->displayText());
    QVERIFY(!QGuiApplication::overrideCursor());
}

// Another workstation (here: another connection) adds a feature and a set: the window shows them
// without being asked, by notification (PostgreSQL) or within the 3 s poll (SQLite).
void TestMainWindow::anotherWorkstationsWritesShowUp()
{
    RegistryTablePanel *sets = m_window->panel(RegistryTable::FeatureSets);
    QCOMPARE(features()->model()->totalCount(), 0);
    fd::Registry::OpenOptions options;
    options.mayRunOnWatchedThread = true; // the test's own, as another workstation
    options.notifyAsThisProgram = false; // ... whose notifications are another program's
    options.migrate = false;
    fd::Result<std::unique_ptr<fd::Registry>> other
        = fd::Registry::open(*m_session->location(), options);
    FD_VERIFY_OK(other);
    const fd::Result<fd::FeatureRecord> added = fd::FeatureStore(**other).add(
        {QStringLiteral("from_elsewhere"), QStringLiteral("str"), {}, {}, {}});
    FD_VERIFY_OK(added);
    FD_VERIFY_OK(fd::FeatureSetStore(**other).create(
        {QStringLiteral("their set"), fd::MemberRegistry::Feature, {added->uid}, {}, {}}));
    QTRY_COMPARE_WITH_TIMEOUT(features()->model()->totalCount(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(sets->model()->totalCount(), 1, 10000);
    QCOMPARE(features()->model()->index(0, 0).data().toString(), QStringLiteral("from_elsewhere"));
}

// The lab server drops this workstation's connection (a restart, a network cut): the window says so
// in its status bar, disables every write with the reason, keeps what the user was doing (the
// filter typed, the rows shown), reconnects by itself and writes again, all without a click.
void TestMainWindow::lostConnectionIsSaidAndRecovered()
{
    if (m_backend != QLatin1StringView("postgresql"))
        QSKIP("An SQLite file has no connection to lose.");
    addFeatures({QStringLiteral("cell_type"), QStringLiteral("dose_mg")});
    QTRY_COMPARE(features()->model()->totalCount(), 2);
    QTest::keyClicks(features()->filterEdit(), QStringLiteral("dose"));
    QTRY_COMPARE(features()->model()->totalCount(), 1);
    QLabel *accessLabel = nullptr;
    for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        if (label->accessibleName() == QStringLiteral("Access"))
            accessLabel = label;
    QVERIFY(accessLabel);
    QAction *addFeature = action(QStringLiteral("Add &feature…"));
    QVERIFY(addFeature && addFeature->isEnabled());

    // What the window shows at the moment the loss is reported (the reconnect may follow within
    // the same second, since the server itself is still up).
    QString labelWhenLost;
    QString messageWhenLost;
    bool writableWhenLost = true;
    QString whyNot;
    QString bannerWhenLost;
    auto *banner = m_window->findChild<QWidget *>(QStringLiteral("connectionBanner"));
    QVERIFY(banner && !banner->isVisible());
    QSignalSpy lost(m_session.get(), &fd::RegistrySession::connectionLost);
    QSignalSpy back(m_session.get(), &fd::RegistrySession::reconnected);
    connect(
        m_session.get(), &fd::RegistrySession::connectionLost, m_window.get(),
        [&] {
            labelWhenLost = accessLabel->text();
            messageWhenLost = m_window->statusBar()->currentMessage();
            writableWhenLost = addFeature->isEnabled();
            whyNot = addFeature->toolTip();
            for (QLabel *label : banner->findChildren<QLabel *>())
                if (banner->isVisible() && !label->text().isEmpty())
                    bannerWhenLost = label->text();
        },
        Qt::QueuedConnection);
    QString error;
    QVERIFY2(fd::test::TestRegistries::pgAdmin(
                 QStringLiteral(
                     "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' "
                     "AND pid <> pg_backend_pid()")
                     .arg(m_session->location()->database()),
                 &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 20000);
    QVERIFY2(labelWhenLost.contains(QStringLiteral("Connection lost")), qPrintable(labelWhenLost));
    QVERIFY2(messageWhenLost.contains(QStringLiteral("lost")), qPrintable(messageWhenLost));
    QVERIFY(!writableWhenLost);
    QVERIFY2(whyNot.contains(QStringLiteral("reconnecting")), qPrintable(whyNot));
    // The bar above the pages says it too, with a button to try again now.
    QVERIFY2(bannerWhenLost.contains(QStringLiteral("lost")), qPrintable(bannerWhenLost));

    QTRY_COMPARE_WITH_TIMEOUT(back.size(), 1, 20000);
    QTRY_VERIFY(!banner->isVisible());
    QTRY_VERIFY(addFeature->isEnabled());
    FD_PANELS_LOADED();
    QVERIFY2(accessLabel->text().startsWith(QStringLiteral("User:")),
             qPrintable(accessLabel->text()));
    // The work in hand is as it was.
    QCOMPARE(features()->filterEdit()->text(), QStringLiteral("dose"));
    QCOMPARE(features()->model()->totalCount(), 1);
    // And a write shows up again (the test's own connection was dropped too: it reconnects).
    FD_VERIFY_OK(db().reconnect());
    FD_VERIFY_OK(fd::FeatureStore(db()).add(
        {QStringLiteral("dose_ug"), QStringLiteral("float"), {}, {}, {}}));
    QTRY_COMPARE_WITH_TIMEOUT(features()->model()->totalCount(), 2, 10000);
}

// The link to the lab server hangs (Wi-Fi, VPN): the connection stays open and nothing comes back.
// The window goes on answering (it never waits for the server), says within seconds that the
// server does not answer, pauses writing, and when the link comes back goes on where it was.
// Closing while a write runs: the window stays, says why, and closes once the write is done and
// kept (the close returns at once instead of waiting in the destructors).
void TestMainWindow::closeWaitsForTheWriteUnderWay()
{
    auto *writes = new fd::RegistryWrites(m_session.get(), m_window.get(), QStringLiteral("Test"));
    QSemaphore release;
    std::optional<fd::Status> outcome;
    writes->write(
        QStringLiteral("Adding a feature slowly…"), {RegistryTable::Features},
        [&release](fd::Registry &registry) -> fd::Status {
            release.acquire(); // until the test has asked to close
            fd::NewFeature feature;
            feature.name = QStringLiteral("written_before_closing");
            feature.dtype = QStringLiteral("str");
            const fd::Result<fd::FeatureRecord> added = fd::FeatureStore(registry).add(feature);
            return added ? fd::Status {} : fd::Status(added.error());
        },
        [&outcome](const fd::Status &status) { outcome = status; });
    QVERIFY(writes->isBusy());
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QVERIFY(writes->isBusy());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("write under way")));
    release.release();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    FD_VERIFY_OK(*outcome);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 5000);
    const fd::Result<fd::FeatureRecord> kept
        = fd::FeatureStore(db()).findByName(QStringLiteral("written_before_closing"));
    FD_VERIFY_OK(kept);
}

void TestMainWindow::silentServerIsSaidWithoutWaiting()
{
    if (m_backend != QLatin1StringView("postgresql"))
        QSKIP("An SQLite file has no server to go silent.");
    FD_REQUIRE_PG_RELAY();
    addFeatures({QStringLiteral("cell_type"), QStringLiteral("dose_mg")});
    FD_VERIFY_OK(m_session->open(fd::test::PgRelay::throughRelay(m_location), false));
    QTRY_COMPARE(features()->model()->totalCount(), 2);
    QTest::keyClicks(features()->filterEdit(), QStringLiteral("dose"));
    QTRY_COMPARE(features()->model()->totalCount(), 1);
    auto *banner = m_window->findChild<QWidget *>(QStringLiteral("connectionBanner"));
    QVERIFY(banner && !banner->isVisible());
    QAction *addFeature = action(QStringLiteral("Add &feature…"));
    QVERIFY(addFeature && addFeature->isEnabled());

    // How long the window's thread is ever held up meanwhile: a query waiting on the hung link
    // would hold it for the connection's timeout (seconds), not a few milliseconds.
    QElapsedTimer tick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, &ticker,
            [&] { longestGap = std::max(longestGap, tick.restart()); });
    tick.start();
    ticker.start();

    QString answer;
    QVERIFY2(fd::test::PgRelay::command("hang", &answer), qPrintable(answer));
    QElapsedTimer hung;
    hung.start();
    // Asked for rows meanwhile (F5 and a sort): nothing waits for them.
    QAction *refresh = action(QStringLiteral("&Refresh"));
    QVERIFY(refresh);
    refresh->trigger();
    features()->view()->sortByColumn(0, Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 8000);
    const qint64 saidAfter = hung.elapsed();
    QVERIFY2(saidAfter < 6000, qPrintable(QString::number(saidAfter)));
    const auto labels = banner->findChildren<QLabel *>();
    QString said;
    for (const QLabel *label : labels)
        said += label->text();
    QVERIFY2(said.contains(QStringLiteral("does not answer")), qPrintable(said));
    // No "Try again now" yet: the watcher's ping is still waiting for the server.
    auto *tryNow = banner->findChild<QPushButton *>();
    QVERIFY(tryNow && !tryNow->isVisible());
    QVERIFY(!addFeature->isEnabled());
    QTest::qWait(500);
    QVERIFY2(longestGap < 1000, qPrintable(QString::number(longestGap)));
    // Then the ping meets its deadline (RegistryWatcher::PingDeadlineMs, 3 s): the connection is
    // said lost, tried again with backoff, and "Try again now" offered while the link still hangs.
    QTRY_VERIFY_WITH_TIMEOUT(tryNow->isVisible(), 10000);
    said.clear();
    for (const QLabel *label : banner->findChildren<QLabel *>())
        said += label->text();
    QVERIFY2(said.contains(QStringLiteral("was lost")), qPrintable(said));
    QVERIFY(!addFeature->isEnabled());

    QVERIFY2(fd::test::PgRelay::command("resume", &answer), qPrintable(answer));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15000);
    QTRY_VERIFY(addFeature->isEnabled());
    // Where the user was: the filter typed, its rows, the order asked for while it hung.
    QCOMPARE(features()->filterEdit()->text(), QStringLiteral("dose"));
    QTRY_COMPARE_WITH_TIMEOUT(features()->model()->totalCount(), 1, 15000);
    QCOMPARE(features()->model()->sortOrder(), Qt::DescendingOrder);
    ticker.stop();
    QVERIFY2(longestGap < 1000, qPrintable(QString::number(longestGap)));
    QVERIFY(fd::test::PgRelay::reset(&answer));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
