#include "ui/MainWindow.h"

#include "model/browse/PagedTableModel.h"
#include "model/browse/RegistryTables.h"
#include "model/db/Schema.h"
#include "model/genes/GeneSearchModel.h"
#include "model/genes/GeneStore.h"
#include "model/genes/OrganismStore.h"
#include "model/import/ImportFiles.h"
#include "model/import/ImportQueue.h"
#include "model/validation/ValidationModel.h"
#include "ui/AboutDialog.h"
#include "ui/ArtifactActions.h"
#include "ui/ArtifactDetails.h"
#include "ui/ArtifactRegistrationController.h"
#include "ui/ComparisonDialog.h"
#include "ui/ConnectDialog.h"
#include "ui/ConnectionBanner.h"
#include "ui/ErrorPresenter.h"
#include "ui/FeatureSetDetails.h"
#include "ui/FocusIndicator.h"
#include "ui/GeneFinder.h"
#include "ui/GeneImportController.h"
#include "ui/HelpDialog.h"
#include "ui/ImportPage.h"
#include "ui/PreferencesDialog.h"
#include "ui/RecentRegistries.h"
#include "ui/RecordActions.h"
#include "ui/RegistrySession.h"
#include "ui/RegistryTablePanel.h"
#include "ui/RegistryWrites.h"
#include "ui/ReviewPanel.h"
#include "ui/UnappliedDecisions.h"
#include "ui/WelcomePage.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace fd {

MainWindow::MainWindow(RegistrySession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_locationLabel(new QLabel(this))
    , m_schemaLabel(new QLabel(this))
    , m_accessLabel(new QLabel(this))
    , m_importQueue(new ImportQueue(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_geneImport(new GeneImportController(session, this))
    , m_registration(new ArtifactRegistrationController(session, this))
    , m_artifactActions(new ArtifactActions(session, this))
    , m_recordActions(new RecordActions(session, this))
    , m_unapplied(new UnappliedDecisions(this))
{
    FocusIndicator::install(); // where Tab went, always shown
    setAcceptDrops(true);
    setWindowTitle(tr("FeatureDesk"));
    setObjectName(QStringLiteral("MainWindow"));
    createPanels();
    createDetails();
    createGeneFilters();
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    // The registry's own tables stay; only import pages can be closed.
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    // The pages under the bar that says when the registry's server is lost or does not answer.
    m_banner = new ConnectionBanner(m_session, this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    createStatusBar();
    createActions();
    connectSession();
    onRegistryChanged();
    resize(1100, 700);
    // The window as the user left it.
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

// One view per registry table, each with what to do while it is empty.
void MainWindow::createPanels()
{
    for (const TableSpec &spec : tables::all()) {
        auto *panel = new RegistryTablePanel(spec, m_tabs);
        panel->setObjectName(registryTableKey(spec.id) + QStringLiteral("Panel"));
        m_tabs->addTab(panel, QCoreApplication::translate("RegistryTables", spec.title));
        m_panels.append(panel);
    }
    panel(RegistryTable::Features)
        ->setEmptyHint(tr("No features yet.\n\nFeatures are the columns your files measure, "
                          "such as cell_type or dose_mg. Add one with Registry ▸ Add feature…"));
    panel(RegistryTable::FeatureSets)
        ->setEmptyHint(tr("No feature sets yet.\n\nA feature set names a panel of features or "
                          "genes once. Make one with Registry ▸ New feature set…"));
    panel(RegistryTable::Artifacts)
        ->setEmptyHint(tr("No artifacts yet.\n\nArtifacts are the data files registered "
                          "here, each with the feature sets it measures. Drop files or a folder "
                          "here, or use Artifacts ▸ Register files…"));
    panel(RegistryTable::Genes)
        ->setEmptyHint(tr("No genes yet.\n\nThe gene registry holds a genome's genes, so "
                          "that gene symbols and Ensembl ids can be validated. Load them with "
                          "Registry ▸ Import genes… from an NCBI gene_info file, an Ensembl "
                          "BioMart export or an HGNC table."));
}

// Details beside the sets and the artifacts, and what the controllers report.
void MainWindow::createDetails()
{
    // With their jumps to related records.
    m_setDetails = new FeatureSetDetails(m_session, this);
    m_artifactDetails = new ArtifactDetails(m_session, this);
    RegistryTablePanel *setsPanel = panel(RegistryTable::FeatureSets);
    RegistryTablePanel *artifactsPanel = panel(RegistryTable::Artifacts);
    setsPanel->addSidePane(m_setDetails);
    artifactsPanel->addSidePane(m_artifactDetails);
    connect(setsPanel, &RegistryTablePanel::currentChanged, m_setDetails,
            &FeatureSetDetails::showSet);
    connect(artifactsPanel, &RegistryTablePanel::currentChanged, m_artifactDetails,
            &ArtifactDetails::showArtifact);
    connect(m_setDetails, &FeatureSetDetails::showArtifactsRequested, this,
            [this](const QString &uid, const QString &what) {
                showRelated(RegistryTable::Artifacts, QStringLiteral("feature_set"), uid, what);
            });
    connect(m_artifactDetails, &ArtifactDetails::showSetsRequested, this,
            [this](const QString &uid, const QString &what) {
                showRelated(RegistryTable::FeatureSets, QStringLiteral("artifact"), uid, what);
            });
    connect(m_artifactDetails, &ArtifactDetails::detachRequested, m_artifactActions,
            &ArtifactActions::confirmAndDetach);
    connect(m_artifactActions, &ArtifactActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_recordActions, &RecordActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_recordActions, &RecordActions::featureSetSaved, this,
            [this] { m_tabs->setCurrentWidget(panel(RegistryTable::FeatureSets)); });
}

void MainWindow::createGeneFilters()
{
    // Genes: narrow to one organism or biotype; the filter box finds any symbol, synonym or id.
    RegistryTablePanel *genes = panel(RegistryTable::Genes);
    // Their values are read on a worker, over the registry open then.
    auto location = [session = m_session] { return session->location(); };
    QComboBox *organismFilter
        = genes->addChoiceFilter(QStringLiteral("organism"), tr("&Organism:"), location,
                                 [](Registry &registry) -> Result<QStringList> {
                                     const Result<QList<OrganismRecord>> organisms
                                         = OrganismStore(registry).list();
                                     if (!organisms)
                                         return organisms.error();
                                     QStringList names;
                                     for (const OrganismRecord &organism : *organisms)
                                         names.append(organism.name);
                                     return names;
                                 });
    genes->addChoiceFilter(QStringLiteral("biotype"), tr("&Biotype:"), location,
                           [](Registry &registry) { return GeneStore(registry).biotypes(); });
    m_geneFinder = new GeneFinder(
        m_session, [organismFilter] { return organismFilter->currentData().toString(); }, genes);
    genes->addHeaderWidget(m_geneFinder);
    // Choosing a gene found shows its row in the table below.
    connect(m_geneFinder->resultsView(), &QAbstractItemView::activated, this,
            [genes](const QModelIndex &index) {
                genes->filterEdit()->setText(index.data(GeneSearchModel::UidRole).toString());
            });
    connect(organismFilter, &QComboBox::currentIndexChanged, m_geneFinder, &GeneFinder::rebuild);
}

void MainWindow::createStatusBar()
{
    m_locationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_locationLabel->setAccessibleName(tr("Registry location"));
    m_schemaLabel->setAccessibleName(tr("Schema version"));
    m_accessLabel->setAccessibleName(tr("Access"));
    statusBar()->addWidget(m_locationLabel, 1);
    statusBar()->addPermanentWidget(m_accessLabel);
    statusBar()->addPermanentWidget(m_schemaLabel);
}

void MainWindow::connectSession()
{
    connect(m_session, &RegistrySession::registryChanged, this, &MainWindow::onRegistryChanged);
    connect(m_session, &RegistrySession::recordsChanged, this, &MainWindow::onRecordsChanged);
    connect(m_session, &RegistrySession::openStarted, this, &MainWindow::onOpenStarted);
    connect(m_session, &RegistrySession::openFailed, this, &MainWindow::onOpenFailed);
    // What updating an older registry changed (corrected gene uids, say) stays in the status bar.
    connect(m_session, &RegistrySession::migrated, this, [this](const QStringList &notes) {
        statusBar()->showMessage(tr("Registry updated: %1").arg(notes.join(QLatin1Char(' '))));
    });
    // A shared registry whose server went away: said, writing paused, the work in hand kept.
    connect(m_session, &RegistrySession::connectionLost, this, [this](const QString &message) {
        updateStatus();
        statusBar()->showMessage(message);
    });
    connect(m_session, &RegistrySession::reconnected, this, [this] {
        updateStatus();
        statusBar()->showMessage(tr("Reconnected to the registry."), 5000);
        // Views whose queries failed meanwhile load again; the others keep their place.
        for (RegistryTablePanel *panel : std::as_const(m_panels))
            if (!panel->model()->lastError().isEmpty())
                panel->refresh();
    });
}

bool MainWindow::isWriting() const
{
    const QList<RegistryWrites *> writes = findChildren<RegistryWrites *>();
    if (std::any_of(writes.cbegin(), writes.cend(),
                    [](const RegistryWrites *write) { return write->isBusy(); }))
        return true;
    const QList<ImportPage *> pages = importPages();
    return std::any_of(pages.cbegin(), pages.cend(), [](const ImportPage *page) {
        return page->review()->isApplying() || page->review()->isSavingSet();
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A write under way is let finish, with the window open meanwhile (its progress dialog has
    // Cancel): closing would wait for it anyway, with nothing on the screen to say why.
    if (isWriting()) {
        event->ignore();
        if (!m_closeWhenWritten) {
            m_closeWhenWritten = new QTimer(this);
            m_closeWhenWritten->setInterval(100);
            connect(m_closeWhenWritten, &QTimer::timeout, this, [this] {
                if (isWriting())
                    return;
                m_closeWhenWritten->stop();
                close();
            });
        }
        m_closeWhenWritten->start();
        statusBar()->showMessage(tr("Closing as soon as the write under way is done…"));
        return;
    }
    // Decisions not applied: applied (then closed, once written), discarded, or kept open.
    if (!m_unapplied->settle(importPages(), [this] {
            QMetaObject::invokeMethod(this, &MainWindow::close, Qt::QueuedConnection);
        })) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

RegistryTablePanel *MainWindow::panel(RegistryTable tableId) const
{
    for (RegistryTablePanel *panel : m_panels)
        if (panel->tableId() == tableId)
            return panel;
    return nullptr;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import…"), this, &MainWindow::chooseImportFiles);
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    file->addSeparator();
    QAction *newRegistry = file->addAction(tr("&New registry…"), this, &MainWindow::newRegistry);
    newRegistry->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open registry…"), this, &MainWindow::chooseRegistry);
    open->setShortcut(QKeySequence::Open);
    QAction *connectAction
        = file->addAction(tr("&Connect to lab registry…"), this, &MainWindow::connectToServer);
    connectAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    // Recent registries, local and shared, one click away.
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    // Undo and redo act on the review of the import page shown.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *preferencesAction = edit->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(this);
        dialog.exec();
    });
    preferencesAction->setShortcut(QKeySequence(tr("Ctrl+,")));
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        auto *page = qobject_cast<ImportPage *>(m_tabs->currentWidget());
        m_undoGroup->setActiveStack(page ? page->review()->undoStack() : nullptr);
    });

    QMenu *registry = menuBar()->addMenu(tr("&Registry"));
    QAction *addFeature = registry->addAction(tr("Add &feature…"), m_recordActions,
                                              [this] { m_recordActions->addFeature(); });
    addFeature->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    QAction *newSet = registry->addAction(tr("New feature &set…"), m_recordActions,
                                          &RecordActions::newFeatureSet);
    newSet->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    QAction *deleteSet = registry->addAction(tr("&Delete feature set"), this, [this] {
        RegistryTablePanel *sets = panel(RegistryTable::FeatureSets);
        m_tabs->setCurrentWidget(sets);
        m_recordActions->deleteFeatureSets(sets->selectedUids());
    });
    registry->addSeparator();
    QAction *importGenes = registry->addAction(tr("Import &genes…"), m_geneImport,
                                               &GeneImportController::chooseAndImport);
    m_writeActions = {addFeature, newSet, deleteSet, importGenes};
    registry->addSeparator();
    QAction *refresh = registry->addAction(tr("&Refresh"), this, &MainWindow::refreshAll);
    refresh->setShortcut(QKeySequence::Refresh);

    QAction *related
        = registry->addAction(tr("Show rela&ted"), this, &MainWindow::showRelatedOfCurrent);
    related->setShortcut(QKeySequence(tr("Ctrl+J")));
    related->setToolTip(
        tr("A set's artifacts, an artifact's sets, the sets with a feature or gene"));

    QMenu *artifacts = menuBar()->addMenu(tr("&Artifacts"));
    QAction *registerFiles = artifacts->addAction(tr("Register &files…"), this, [this] {
        m_registration->chooseFiles(m_inferColumns->isChecked());
    });
    registerFiles->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    QAction *registerFolder = artifacts->addAction(tr("Register f&older…"), this, [this] {
        m_registration->chooseFolder(m_inferColumns->isChecked());
    });
    m_inferColumns = artifacts->addAction(tr("Attach each file's colu&mns set"));
    m_inferColumns->setCheckable(true);
    m_inferColumns->setChecked(true);
    m_inferColumns->setToolTip(tr("When registering, take the columns that are registered features "
                                  "as the file's columns set and attach it"));
    artifacts->addSeparator();
    QAction *attach
        = artifacts->addAction(tr("&Attach feature set…"), this, &MainWindow::chooseAndAttachSet);
    attach->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    QAction *detach
        = artifacts->addAction(tr("&Detach slot…"), this, &MainWindow::chooseAndDetachSlot);
    m_writeActions += {registerFiles, registerFolder, attach, detach};
    artifacts->addSeparator();
    QAction *compare
        = artifacts->addAction(tr("&Compare selected…"), this, &MainWindow::compareSelected);
    compare->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    compare->setToolTip(tr("Select two or more artifacts (or feature sets): per slot, the same set "
                           "(they can be concatenated) or how the sets overlap"));
    // The same actions on the views' context menus.
    QTableView *artifactsView = panel(RegistryTable::Artifacts)->view();
    artifactsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    artifactsView->addActions({attach, detach, compare, related});
    panel(RegistryTable::FeatureSets)->view()->addAction(compare);
    for (RegistryTable table :
         {RegistryTable::Features, RegistryTable::FeatureSets, RegistryTable::Genes}) {
        QTableView *view = panel(table)->view();
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        view->addAction(related);
    }

    // Ctrl+Tab / Ctrl+Shift+Tab and Ctrl+PgDown / Ctrl+PgUp step through the tabs from anywhere
    // in the window (a table would otherwise keep Ctrl+Tab for itself).
    const auto stepTabs = [this](const QString &text, QList<QKeySequence> keys, int step) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, step] {
            if (const int count = m_tabs->count(); count > 1)
                m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
        });
        addAction(action);
    };
    stepTabs(tr("Next tab"),
             QKeySequence::keyBindings(QKeySequence::NextChild)
                 << QKeySequence(Qt::CTRL | Qt::Key_PageDown),
             1);
    stepTabs(tr("Previous tab"),
             QKeySequence::keyBindings(QKeySequence::PreviousChild)
                 << QKeySequence(Qt::CTRL | Qt::Key_PageUp),
             -1);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide
        = help->addAction(tr("&User guide"), this, [this] { HelpDialog::showFor(this); });
    guide->setShortcut(QKeySequence::HelpContents); // F1
    help->addAction(tr("&Welcome"), this, &MainWindow::showWelcome);
    help->addSeparator();
    help->addAction(tr("&About FeatureDesk"), this, [this] { AboutDialog::showFor(this); });
}

void MainWindow::openRegistry(const QString &location, bool create)
{
    m_session->openInBackground(location, create);
}

void MainWindow::onOpenStarted(const QString &location)
{
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    // The text as typed may be a PostgreSQL URL with a password; show it as displayText() does.
    const Result<RegistryLocation> parsed = RegistryLocation::parse(location);
    statusBar()->showMessage(parsed ? tr("Opening %1…").arg(parsed->displayText())
                                    : tr("Opening the registry…"));
}

void MainWindow::onOpenFailed(const QString &location, const Error &error)
{
    QGuiApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    // A server that wants a password ~/.pgpass does not have: ask for it, once, and keep it only
    // in this attempt's location.
    const Result<RegistryLocation> parsed = RegistryLocation::parse(location);
    if (parsed && parsed->isPostgres() && parsed->password().isEmpty()
        && error.message.contains(QLatin1StringView("password"), Qt::CaseInsensitive)) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            this, tr("Password"), tr("Password for %1:").arg(parsed->displayText()),
            QLineEdit::Password, QString(), &ok);
        if (ok && !password.isEmpty()) {
            QUrl url(location);
            url.setPassword(password);
            openRegistry(url.toString(QUrl::FullyEncoded), false);
            return;
        }
    }
    ErrorPresenter::show(this, error);
}

void MainWindow::connectToServer()
{
    ConnectDialog dialog(this);
    for (const QString &recent : RecentRegistries::list())
        if (recent.startsWith(QLatin1StringView("postgresql://"))) {
            dialog.setLocation(recent);
            break;
        }
    if (dialog.exec() == QDialog::Accepted)
        openRegistry(dialog.location(), false);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentRegistries::list();
    for (const QString &location : recent)
        m_recentMenu->addAction(location, this,
                                [this, location] { openRegistry(location, false); });
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
}

void MainWindow::onRegistryChanged()
{
    if (QGuiApplication::overrideCursor())
        QGuiApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    const std::optional<RegistryLocation> location = m_session->location();
    for (RegistryTablePanel *panel : std::as_const(m_panels)) {
        panel->clearRelated();
        panel->setLocation(location);
    }
    if (location)
        RecentRegistries::add(location->displayText());
    m_setDetails->showSet(QString());
    m_artifactDetails->showArtifact(QString());
    updateStatus();
}

void MainWindow::onRecordsChanged(RegistryTable table)
{
    if (RegistryTablePanel *changed = panel(table))
        changed->refresh();
    // Details follow: a set's artifact count changes with the artifacts, a slot with its set.
    if (table == RegistryTable::FeatureSets || table == RegistryTable::Artifacts) {
        m_setDetails->reload();
        m_artifactDetails->reload();
    }
    // A new set changes the artifact counts of sets; a new feature, nothing else.
    updateStatus();
}

void MainWindow::updateStatus()
{
    const std::optional<RegistryLocation> location = m_session->location();
    const bool connected = m_session->isConnected();
    const bool readOnly = m_session->isReadOnly();
    const bool writable = location && !readOnly && connected;
    for (QAction *action : std::as_const(m_writeActions)) {
        action->setEnabled(writable);
        action->setToolTip(
            !connected ? tr("The connection to the registry is lost; FeatureDesk is reconnecting.")
                : readOnly ? m_session->readOnlyReason()
                           : QString());
    }
    if (!location) {
        m_locationLabel->setText(tr("No registry open"));
        m_schemaLabel->clear();
        m_accessLabel->clear();
        setWindowTitle(tr("FeatureDesk"));
        return;
    }
    const QString where = location->displayText();
    m_locationLabel->setText(tr("Registry: %1").arg(where));
    m_locationLabel->setToolTip(where);
    m_schemaLabel->setText(tr("Schema v%1").arg(m_session->schemaVersion()));
    m_accessLabel->setText(!connected     ? tr("Connection lost — reconnecting…")
                               : readOnly ? tr("Read-only: %1").arg(m_session->userHandle())
                                          : tr("User: %1").arg(m_session->userHandle()));
    m_accessLabel->setToolTip(m_session->readOnlyReason());
    const QString name
        = location->isSqlite() ? QFileInfo(location->filePath()).fileName() : location->database();
    setWindowTitle(tr("%1 — FeatureDesk").arg(name));
}

void MainWindow::newRegistry()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New registry"), QString(),
                                                      tr("FeatureDesk registries (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        ErrorPresenter::show(this,
                             Error::make(Error::Code::Conflict,
                                         tr("%1 exists already. Choose a new file name, or "
                                            "open it with File ▸ Open registry….")
                                             .arg(path)));
        return;
    }
    openRegistry(path, true);
}

void MainWindow::chooseRegistry()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open registry"), QString(),
                                       tr("FeatureDesk registries (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openRegistry(path, false);
}

QList<ImportPage *> MainWindow::importPages() const
{
    QList<ImportPage *> pages;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *page = qobject_cast<ImportPage *>(m_tabs->widget(i)))
            pages.append(page);
    return pages;
}

void MainWindow::importPaths(const QStringList &paths)
{
    const ImportFiles files = ImportFiles::collect(paths);
    ImportPage *first = nullptr;
    for (const QString &path : files.files) {
        // A file already open for import is shown again, not opened twice.
        ImportPage *page = nullptr;
        for (ImportPage *open : importPages())
            if (open->path() == path)
                page = open;
        if (!page) {
            page = new ImportPage(path, m_importQueue, m_session, m_tabs);
            m_undoGroup->addStack(page->review()->undoStack());
            connect(page->review(), &ReviewPanel::featureSetSaved, this,
                    [this](const QString &, bool, const QString &said) {
                        statusBar()->showMessage(said, 10000);
                    });
            const int at = m_tabs->addTab(page, QFileInfo(path).fileName());
            m_tabs->setTabToolTip(at, QDir::toNativeSeparators(path));
        }
        if (!first)
            first = page;
    }
    if (first)
        m_tabs->setCurrentWidget(first);
    if (!files.skipped.isEmpty())
        ErrorPresenter::show(this,
                             Error::make(Error::Code::NotFound,
                                         tr("Some of what was dropped was not imported:\n%1")
                                             .arg(files.skipped.join(QLatin1Char('\n')))));
}

void MainWindow::chooseImportFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import files"), QString(),
        tr("Delimited and AnnData files (*.csv *.tsv *.txt *.tab *.gz *.h5ad);;"
           "All files (*)"));
    if (!paths.isEmpty())
        importPaths(paths);
}

void MainWindow::showWelcome()
{
    if (!m_welcome) {
        m_welcome = new WelcomePage(m_session, m_tabs);
        connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importPaths);
        connect(m_welcome, &WelcomePage::loadGenesRequested, m_geneImport,
                [this](const QString &path, const QString &organism) {
                    m_geneImport->importFile(path, organism);
                });
        connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::connectToServer);
        m_tabs->insertTab(0, m_welcome, tr("Welcome"));
    }
    m_tabs->setCurrentWidget(m_welcome);
}

void MainWindow::closeTab(int index)
{
    if (m_tabs->widget(index) == m_welcome) {
        m_tabs->removeTab(index);
        m_welcome->deleteLater();
        m_welcome = nullptr;
        return;
    }
    if (auto *page = qobject_cast<ImportPage *>(m_tabs->widget(index))) {
        const QPointer<ImportPage> closing(page);
        const auto remove = [this, closing] {
            if (!closing)
                return;
            m_tabs->removeTab(m_tabs->indexOf(closing));
            closing->deleteLater();
        };
        if (m_unapplied->settle({page}, remove))
            remove();
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool anyLocal = std::any_of(urls.cbegin(), urls.cend(),
                                      [](const QUrl &url) { return url.isLocalFile(); });
    if (anyLocal)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // On the Artifacts view a drop registers; anywhere else it opens the files for review.
    if (m_tabs->currentWidget() == panel(RegistryTable::Artifacts))
        registerPaths(paths);
    else
        importPaths(paths);
}

void MainWindow::registerPaths(const QStringList &paths)
{
    m_registration->registerPaths(paths, m_inferColumns->isChecked());
}

void MainWindow::showRelated(RegistryTable tableId, const QString &relation, const QString &uid,
                             const QString &what)
{
    RegistryTablePanel *target = panel(tableId);
    if (!target || uid.isEmpty())
        return;
    target->showRelated(relation, uid, what);
    m_tabs->setCurrentWidget(target);
}

void MainWindow::showRelatedOfCurrent()
{
    auto *current = qobject_cast<RegistryTablePanel *>(m_tabs->currentWidget());
    if (!current)
        return;
    const QString uid = current->currentUid();
    if (uid.isEmpty()) {
        statusBar()->showMessage(tr("Select a record first."), 5000);
        return;
    }
    const QString name = current->view()->currentIndex().siblingAtColumn(0).data().toString();
    const RegistryTable table = current->tableId();
    if (table == RegistryTable::FeatureSets)
        showRelated(RegistryTable::Artifacts, QStringLiteral("feature_set"), uid,
                    tr("Artifacts using the set “%1”").arg(name));
    else if (table == RegistryTable::Artifacts)
        showRelated(RegistryTable::FeatureSets, QStringLiteral("artifact"), uid,
                    tr("Feature sets of the artifact “%1”").arg(name));
    else if (table == RegistryTable::Features)
        showRelated(RegistryTable::FeatureSets, QStringLiteral("feature"), uid,
                    tr("Feature sets with the feature “%1”").arg(name));
    else if (table == RegistryTable::Genes)
        showRelated(RegistryTable::FeatureSets, QStringLiteral("gene"), uid,
                    tr("Feature sets with the gene “%1”").arg(name));
}

void MainWindow::compareSelected()
{
    auto *current = qobject_cast<RegistryTablePanel *>(m_tabs->currentWidget());
    const bool sets = current && current->tableId() == RegistryTable::FeatureSets;
    RegistryTablePanel *source = sets ? current : panel(RegistryTable::Artifacts);
    if (!source)
        return;
    QList<ComparisonDialog::Candidate> candidates;
    const QModelIndexList rows = source->view()->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        candidates.append({row.data(PagedTableModel::UidRole).toString(),
                           row.siblingAtColumn(0).data().toString()});
    if (candidates.size() < 2)
        m_tabs->setCurrentWidget(source);
    m_artifactActions->compare(candidates,
                               sets ? ComparisonDialog::Subject::FeatureSets
                                    : ComparisonDialog::Subject::Artifacts);
}

void MainWindow::chooseAndAttachSet()
{
    RegistryTablePanel *artifacts = panel(RegistryTable::Artifacts);
    m_tabs->setCurrentWidget(artifacts);
    const QString set = panel(RegistryTable::FeatureSets)->currentUid();
    // Rows selected but not yet read (all of a million) are read on the panel's worker first.
    artifacts->resolveSelectedUids([this, set](const Result<QStringList> &uids) {
        if (!uids)
            ErrorPresenter::show(this, uids.error());
        else
            m_artifactActions->chooseAndAttachSet(*uids, set);
    });
}

void MainWindow::chooseAndDetachSlot()
{
    RegistryTablePanel *artifacts = panel(RegistryTable::Artifacts);
    m_tabs->setCurrentWidget(artifacts);
    artifacts->resolveSelectedUids([this](const Result<QStringList> &uids) {
        if (!uids)
            ErrorPresenter::show(this, uids.error());
        else
            m_artifactActions->chooseAndDetachSlot(*uids);
    });
}

void MainWindow::refreshAll()
{
    for (RegistryTablePanel *panel : std::as_const(m_panels))
        panel->refresh();
    updateStatus();
}

} // namespace fd
