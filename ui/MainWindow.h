#pragma once

#include "model/Result.h"
#include "model/db/RegistryTable.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QTabWidget;
class QTimer;
class QUndoGroup;

namespace fd {

class ArtifactActions;
class ArtifactDetails;
class ArtifactRegistrationController;
class ConnectionBanner;
class FeatureSetDetails;
class Registry;
class RegistrySession;
class GeneFinder;
class GeneImportController;
class ImportPage;
class ImportQueue;
class WelcomePage;
class RecordActions;
class RegistryTablePanel;
class UnappliedDecisions;

// Creates the actions and the panels and wires them to the session; the work is elsewhere.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(RegistrySession *session, QWidget *parent = nullptr);

    RegistryTablePanel *panel(RegistryTable tableId) const;
    QTabWidget *tabs() const { return m_tabs; }
    ImportQueue *importQueue() const { return m_importQueue; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    GeneImportController *geneImport() const { return m_geneImport; }
    GeneFinder *geneFinder() const { return m_geneFinder; }
    FeatureSetDetails *featureSetDetails() const { return m_setDetails; }
    ArtifactDetails *artifactDetails() const { return m_artifactDetails; }
    ArtifactRegistrationController *artifactRegistration() const { return m_registration; }
    QAction *inferColumnsAction() const { return m_inferColumns; }
    QList<ImportPage *> importPages() const;

    // Opens an import page per file (folders: the delimited files inside); scans queue up.
    void importPaths(const QStringList &paths);

    // The first start's page (Help ▸ Welcome): three steps, samples, the human genes.
    void showWelcome();
    WelcomePage *welcomePage() const { return m_welcome; }

    // Opens in the background; the window stays usable and says what it is doing.
    void openRegistry(const QString &location, bool create);

    // Registers files and folders as artifacts (what a drop on the Artifacts view does).
    void registerPaths(const QStringList &paths);

    // Jump to related: shows tableId's view with only the rows related to uid (relation: a key of
    // that table's TableSpec::relations), what saying so in its banner.
    void showRelated(RegistryTable tableId, const QString &relation, const QString &uid,
                     const QString &what);
    // The same for the current row of the view shown: a set's artifacts, an artifact's sets, a
    // feature's or gene's sets.
    void showRelatedOfCurrent();

    // Attach, detach and compare, off the window's thread.
    ArtifactActions *artifactActions() const { return m_artifactActions; }
    // Add a feature, make or delete feature sets, off the window's thread.
    RecordActions *recordActions() const { return m_recordActions; }
    // The Compare view for the artifacts selected (or, on the feature sets view, the sets).
    void compareSelected();

private:
    void createPanels();
    void createDetails();
    void createGeneFilters();
    void createStatusBar();
    void connectSession();
    void createActions();
    void onRegistryChanged();
    void onRecordsChanged(RegistryTable table);
    void onOpenStarted(const QString &location);
    void onOpenFailed(const QString &location, const Error &error);
    void newRegistry();
    void chooseRegistry();
    void connectToServer();
    void fillRecentMenu();
    void chooseAndAttachSet();
    void chooseAndDetachSlot();
    void refreshAll();
    void chooseImportFiles();
    void closeTab(int index);
    void updateStatus();

    RegistrySession *m_session;
    QTabWidget *m_tabs;
    QList<RegistryTablePanel *> m_panels;
    QLabel *m_locationLabel;
    QLabel *m_schemaLabel;
    QLabel *m_accessLabel;
    QList<QAction *> m_writeActions;
    ImportQueue *m_importQueue;
    QUndoGroup *m_undoGroup;
    GeneImportController *m_geneImport;
    GeneFinder *m_geneFinder = nullptr;
    FeatureSetDetails *m_setDetails = nullptr;
    ArtifactDetails *m_artifactDetails = nullptr;
    ArtifactRegistrationController *m_registration = nullptr;
    ArtifactActions *m_artifactActions = nullptr;
    RecordActions *m_recordActions = nullptr;
    UnappliedDecisions *m_unapplied = nullptr; // asked before import pages close
    ConnectionBanner *m_banner = nullptr;
    QAction *m_inferColumns = nullptr;
    QMenu *m_recentMenu = nullptr;
    WelcomePage *m_welcome = nullptr;
    // Whether a write of the window's is under way (an attach, a new set, a review's apply).
    bool isWriting() const;
    QTimer *m_closeWhenWritten = nullptr; // a close asked during a write: tried again meanwhile

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace fd
