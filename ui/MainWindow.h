#pragma once

#include "model/Result.h"

#include <QMainWindow>

class QLabel;
class QTabWidget;
class QUndoGroup;

namespace fd {

class Registry;
class RegistrySession;
class GeneFinder;
class GeneImportController;
class ImportPage;
class ImportQueue;
class RegistryTablePanel;

// Creates the actions and the panels and wires them to the session; the work is elsewhere.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(RegistrySession *session, QWidget *parent = nullptr);

    RegistryTablePanel *panel(const QString &tableId) const;
    QTabWidget *tabs() const { return m_tabs; }
    ImportQueue *importQueue() const { return m_importQueue; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    GeneImportController *geneImport() const { return m_geneImport; }
    GeneFinder *geneFinder() const { return m_geneFinder; }
    QList<ImportPage *> importPages() const;

    // Opens an import page per file (folders: the delimited files inside); scans queue up.
    void importPaths(const QStringList &paths);

    // Opens in the background; the window stays usable and says what it is doing.
    void openRegistry(const QString &location, bool create);

private:
    void createActions();
    void onRegistryChanged(Registry *registry);
    void onRecordsChanged(const QString &table);
    void onOpenStarted(const QString &location);
    void onOpenFailed(const QString &location, const Error &error);
    void newRegistry();
    void chooseRegistry();
    void addFeature();
    void newFeatureSet();
    void deleteFeatureSet();
    void refreshAll();
    void showAbout();
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

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace fd
