#pragma once

#include "model/Result.h"
#include "model/anndata/H5adSummary.h"
#include "model/artifacts/AnnDataSets.h"
#include "model/artifacts/ArtifactRegistration.h"
#include "model/csv/CsvOptions.h"
#include "model/sets/FeatureSetStore.h"
#include "model/validation/CuratedMembers.h"
#include "model/validation/Curation.h"
#include "model/validation/CurationStore.h"
#include "model/validation/Validation.h"
#include "model/validation/ValidationJob.h"

#include <QHash>
#include <QPointer>
#include <QThreadPool>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace fd {

class CurationActions;
class CurationKeeper;
class ReviewSummary;
class RegistrySession;
class ValidationFilterProxyModel;
class ValidationModel;
class ValidationSummaryModel;

// The curation review of one imported file: what was checked (its column names as features or as
// genes, or the distinct values of one column as gene symbols / Ensembl ids / NCBI ids; for an
// AnnData .h5ad, its obs column names as features or its var ids as genes), each with
// its status, a summary strip and chart of the counts (click a status to filter), a legend one
// click away, a search box, and the actions (accept the standard name, pick a candidate or
// suggestion, add a feature, add a synonym, ignore), every one undoable until Apply writes them in
// one transaction and one run. Decisions can be exported, saved as a recipe and replayed on next
// week's file. Validation and applying run on worker threads with connections of their own.
class ReviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPanel)

public:
    ReviewPanel(RegistrySession *session, QWidget *parent = nullptr);
    ~ReviewPanel() override;

    // The file and what the import's scan found: its column names with their dtypes. Validates
    // the column names at once when nothing was validated yet; otherwise validates again what was
    // validated, keeping the decisions.
    void setSource(const QString &path, const CsvOptions &options, const QStringList &columns,
                   const QStringList &dtypes);
    // An AnnData .h5ad instead of delimited text: the names checked are its obs column names
    // (with the dtypes the file holds), and the values checked are its var ids as genes, var's
    // index or one of its text columns, the gene field told from the ids until one is chosen.
    // Registering attaches its var and obs sets (registerAnnData). Validates as setSource does.
    void setAnnDataSource(const QString &path, const H5adSummary &summary);
    bool isAnnData() const { return m_anndata; }

    ValidationModel *model() const { return m_model; }
    ValidationFilterProxyModel *proxy() const { return m_proxy; }
    ValidationSummaryModel *summaryModel() const { return m_summary; }
    QUndoStack *undoStack() const { return m_undo; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    ReviewSummary *summaryBar() const { return m_summaryBar; } // strip, chart and legend
    QComboBox *modeBox() const { return m_mode; }
    QComboBox *columnBox() const { return m_column; }
    QComboBox *fieldBox() const { return m_field; }
    QComboBox *organismBox() const { return m_organism; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *fieldWarningLabel() const { return m_fieldWarning; }
    // Beside the warning, for gene values: check them as the field they look like instead.
    QPushButton *switchFieldButton() const { return m_switchField; }
    QAction *applyAction() const { return m_apply; }
    CurationActions *curation() const { return m_curation; } // what is done to the selected rows
    QAction *saveSetAction() const { return m_saveSet; }
    QAction *registerAction() const { return m_register; }

    bool isValidating() const { return m_running; }
    int cachedIndexCount() const { return int(m_indexes.size()); }
    bool isApplying() const { return m_applying; }
    // Decisions made and not yet applied: closing the file would lose them.
    bool hasUnappliedDecisions() const;
    // Saving each decision in the registry as it is made (as the draft of the file's curation,
    // CurationStore): whether a save is on its way, for tests and for quitting.
    bool isSavingDecisions() const;
    // The curation the review's decisions are kept under: its header, field and column.
    std::optional<CurationStore::Key> curationKey() const;

public Q_SLOTS:
    void validate(); // with the current choice of names or values
    void cancelValidation();
    void apply();
    // Forgets the decisions not applied, here and in the registry's draft of the curation.
    void discardDecisions();
    // Registers the file as an artifact with the set the review resolves to (asks the slot and
    // the set's name), the decisions applied first, all in one transaction.
    void registerWithSet();

public:
    struct Registration
    {
        QString slot = QStringLiteral("columns");
        QString setName; // empty: neutral ("columns: 7 features, <hash>")
    };
    // What registerWithSet does once asked; runs on a worker, emits registered or registerFailed.
    void registerFile(const Registration &registration);
    // An .h5ad (setAnnDataSource): what registerWithSet does once asked. Registers the file with
    // its var and obs sets (ArtifactRegistration, Options::anndata) on a worker, then says which
    // sets were attached and what was left out; emits registered (with the var set) or
    // registerFailed. A file that is not AnnData is not registered.
    void registerAnnData(const AnnDataSets::Options &options);
    // The var column, gene field and organism of the last check of the var ids (the organism the
    // check found), else those chosen in the boxes: what registerWithSet registers with.
    AnnDataSets::Options anndataOptions() const;
    // The file as registerAnnData registered it last.
    const std::optional<ArtifactRegistration::FileOutcome> &lastAnnDataRegistration() const
    {
        return m_anndataRegistered;
    }
    // What the Export, Save recipe and Apply recipe actions do once a file is chosen.
    Status exportTo(const QString &path);
    Status saveRecipe(const QString &path);
    Status applyRecipe(const QString &path);
    // The set this file measures, from what validated and what was decided (see CuratedMembers);
    // an existing set with the same members is returned instead of a new one.
    Result<CuratedMembers> curatedMembers() const;
    // Stores set on a worker (the window stays responsive meanwhile); the outcome is said in the
    // status line, emitted as featureSetSaved when it is stored, and handed to done.
    void saveAsFeatureSet(const NewFeatureSet &set,
                          std::function<void(const Result<FeatureSetStore::Created> &)> done = {});
    bool isSavingSet() const { return m_savingSet; }

Q_SIGNALS:
    void featureSetSaved(const QString &uid, bool created, const QString &said);
    void validated();
    void validationFailed(const QString &message);
    void applied(const QString &summary);
    void applyFailed(const QString &message);
    void registered(const QString &artifactUid, const QString &setUid, const QString &summary);
    void registerFailed(const QString &message);
    void decisionsRestored(int count);

private:
    void buildControls();
    void buildActions();
    void startJob();
    void onValidated(const ValidationReport &report, const QString &organism);
    static QString indexKey(Validator::Field field, const QString &organism);
    Validator::Field checkedField() const; // chosen in the field box
    void onFailed(const Error &error);
    void onApplied(const QString &summary);
    void refreshOrganisms();
    void updateState();
    void chooseExportPath();
    void chooseRecipeToSave();
    void chooseRecipeToApply();
    void chooseFeatureSet();
    void askToSaveFeatureSet(const std::optional<FeatureSetRecord> &existing, const QString &hash);
    void askToRegisterAnnData();
    // A registration that wrote nothing: why (the outcome's error, the file's, or none at all),
    // said in the status line and a message box, and registerFailed.
    void registrationFailed(const Result<ArtifactRegistration::Outcome> &outcome,
                            const ArtifactRegistration::FileOutcome *one);
    void setStatus(const QString &text, bool problem = false);
    QString valuesColumn() const; // the column whose values are checked (var: empty, its index)
    std::optional<CurationStore::Key> keyOf(bool values, const QString &column,
                                            Validator::Field field) const;

    RegistrySession *m_session;
    ValidationModel *m_model;
    ValidationFilterProxyModel *m_proxy;
    ValidationSummaryModel *m_summary;
    QUndoStack *m_undo;
    QThreadPool m_pool; // waits for a running job before the panel goes
    QPointer<ValidationJob> m_job; // to cancel it; the pool deletes it when it has run
    int m_generation = 0; // of the newest validation request
    // Indexes built, by field and organism, until the registry changes (then they are dropped).
    QHash<QString, std::shared_ptr<const NameIndex>> m_indexes;
    void releaseIndexes(); // all of them, freed on a pool thread
    bool m_running = false;
    bool m_applying = false;
    bool m_savingSet = false; // a feature set stored, or the one with its members looked for
    QTimer *m_revalidate;

    QString m_path;
    CsvOptions m_options;
    QStringList m_columns;
    QStringList m_dtypes;
    bool m_anndata = false; // an .h5ad: obs column names, or var ids
    QStringList m_varHeader; // var's index and columns: the header its values' curation is kept by
    bool m_pickField = false; // var ids: the gene field told from them (none chosen since)
    std::optional<AnnDataSets::Options> m_varChecked; // as the last check of var ids had them
    std::optional<ArtifactRegistration::FileOutcome> m_anndataRegistered;
    bool m_hasReport = false;
    QString m_reportOrganism;
    QString m_reportColumn; // the column whose values the report is of; empty: column names
    QString m_appliedSummary; // what the last Apply wrote, said until the next decision

    CurationKeeper *m_keeper = nullptr; // the decisions kept as the file's curation

    QComboBox *m_mode = nullptr;
    QComboBox *m_column = nullptr;
    QComboBox *m_field = nullptr;
    QComboBox *m_organism = nullptr;
    QPushButton *m_validate = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_fieldWarning = nullptr;
    QPushButton *m_switchField = nullptr;
    ReviewSummary *m_summaryBar = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_openOnly = nullptr;
    QLabel *m_shown = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;

    CurationActions *m_curation = nullptr;
    QAction *m_apply = nullptr;
    QAction *m_export = nullptr;
    QAction *m_saveRecipe = nullptr;
    QAction *m_applyRecipe = nullptr;
    QAction *m_saveSet = nullptr;
    QAction *m_register = nullptr;
};

} // namespace fd
