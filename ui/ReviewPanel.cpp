#include "ui/ReviewPanel.h"

#include "model/Identity.h"
#include "model/ReleaseOnWorker.h"
#include "model/artifacts/ArtifactRegistration.h"
#include "model/db/Registry.h"
#include "model/db/RegistryWorker.h"
#include "model/genes/OrganismStore.h"
#include "model/validation/CurationApplier.h"
#include "model/validation/CurationRecipe.h"
#include "model/validation/ValidationExport.h"
#include "model/validation/ValidationFilterProxyModel.h"
#include "model/validation/ValidationJob.h"
#include "model/validation/ValidationModel.h"
#include "model/validation/ValidationSummaryModel.h"
#include "ui/ArtifactRegistrationController.h"
#include "ui/CurationActions.h"
#include "ui/CurationCommand.h"
#include "ui/CurationKeeper.h"
#include "ui/ErrorPresenter.h"
#include "ui/RegisterWithSetDialog.h"
#include "ui/RegistrySession.h"
#include "ui/ReviewSummary.h"
#include "ui/RowSelectionViews.h"
#include "ui/SaveFeatureSetDialog.h"
#include "ui/ValidationStatusDelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fd {

namespace {

constexpr int RevalidateDelayMs = 400;

QString fieldTitle(Validator::Field field)
{
    switch (field) {
    case Validator::Field::FeatureName:
        return ReviewPanel::tr("features");
    case Validator::Field::GeneSymbol:
        return ReviewPanel::tr("gene symbols");
    case Validator::Field::GeneEnsemblId:
        return ReviewPanel::tr("Ensembl gene ids");
    case Validator::Field::GeneNcbiId:
        return ReviewPanel::tr("NCBI gene ids");
    }
    return {};
}

} // namespace

ReviewPanel::ReviewPanel(RegistrySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ValidationModel(this))
    , m_proxy(new ValidationFilterProxyModel(this))
    , m_summary(new ValidationSummaryModel(this))
    , m_undo(new QUndoStack(this))
    , m_revalidate(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_summary->setSourceModel(m_model);
    m_pool.setMaxThreadCount(1);
    m_revalidate->setSingleShot(true);
    m_revalidate->setInterval(RevalidateDelayMs);
    buildControls();
    m_curation = new CurationActions(m_model, m_proxy, m_view, m_undo, m_session, this);
    buildActions();

    connect(m_revalidate, &QTimer::timeout, this, &ReviewPanel::validate);
    // Apply is for decisions not written yet: after Apply (the history cleared and clean) it
    // waits for the next decision, and undoing back to what was applied disables it again.
    connect(m_undo, &QUndoStack::cleanChanged, this, &ReviewPanel::updateState);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { m_appliedSummary.clear(); });
    // Each decision saved as it is made, restored when the file's header comes again.
    m_keeper = new CurationKeeper(m_session, m_model, m_undo, m_pool, this);
    m_keeper->setReady([this] { return m_hasReport && !m_applying; });
    connect(m_keeper, &CurationKeeper::restored, this, [this](int count, const QString &text) {
        m_view->resizeColumnToContents(ValidationModel::Decision);
        setStatus(text);
        updateState();
        Q_EMIT decisionsRestored(count);
    });
    connect(m_keeper, &CurationKeeper::failed, this,
            [this](const QString &text) { setStatus(text, true); });
    if (m_session) {
        // The index is refreshed when the registry changes: validate again, decisions stay.
        connect(m_session, &RegistrySession::recordsChanged, this, [this](RegistryTable table) {
            // Indexes of what changed are stale; sets and artifacts are in none.
            if (table != RegistryTable::Features && table != RegistryTable::Genes)
                return;
            const QString prefix = table == RegistryTable::Features ? QStringLiteral("feature.")
                                                                    : QStringLiteral("gene.");
            for (auto it = m_indexes.begin(); it != m_indexes.end();) {
                if (it.key().startsWith(prefix)) {
                    releaseOnWorker(it.value());
                    it = m_indexes.erase(it);
                } else {
                    ++it;
                }
            }
            const bool relevant = isGeneField(m_model->field()) == (table == RegistryTable::Genes);
            if (m_hasReport && relevant && !m_applying)
                m_revalidate->start();
            if (table == RegistryTable::Genes)
                refreshOrganisms();
        });
        connect(m_session, &RegistrySession::registryChanged, this, [this] {
            releaseIndexes();
            refreshOrganisms();
            if (m_hasReport)
                m_revalidate->start();
        });
    }
    connect(m_model, &ValidationModel::decisionsChanged, this, &ReviewPanel::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ReviewPanel::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ReviewPanel::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ReviewPanel::updateState);
    connect(m_proxy, &ValidationFilterProxyModel::filterChanged, this, &ReviewPanel::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewPanel::updateState);
    refreshOrganisms();
    updateState();
}

ReviewPanel::~ReviewPanel()
{
    // The undo stack, a child, says it is clean again as it is destroyed: nothing here listens
    // then.
    disconnect(m_undo, nullptr, this, nullptr);
    if (m_job)
        m_job->cancel();
    m_pool.waitForDone();
    // A gene index of 190,000 genes took 27 ms to free as an import page closed.
    releaseIndexes();
}

void ReviewPanel::buildControls()
{
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Column names"));
    m_mode->addItem(tr("Values of one column"));
    m_mode->setAccessibleName(tr("What to validate"));
    m_column = new QComboBox(this);
    m_column->setAccessibleName(tr("Column whose values are validated"));
    m_column->setMinimumContentsLength(12);
    m_column->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Column names are features, or genes (a table with a gene per column); values are genes.
    m_field = new QComboBox(this);
    for (Validator::Field field : {Validator::Field::FeatureName, Validator::Field::GeneSymbol,
                                   Validator::Field::GeneEnsemblId, Validator::Field::GeneNcbiId})
        m_field->addItem(fieldTitle(field), QVariant::fromValue(int(field)));
    m_field->setAccessibleName(tr("Registry field the names or values are checked against"));
    m_organism = new QComboBox(this);
    m_organism->setAccessibleName(tr("Organism"));
    m_validate = new QPushButton(tr("&Validate"), this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Validation progress"));
    m_cancel = new QPushButton(tr("Cancel"), this);

    auto *choose = new QHBoxLayout;
    auto addLabelled = [this, choose](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        choose->addWidget(label);
        choose->addWidget(field);
    };
    addLabelled(tr("C&heck:"), m_mode);
    addLabelled(tr("Col&umn:"), m_column);
    addLabelled(tr("a&s:"), m_field);
    addLabelled(tr("&Organism:"), m_organism);
    choose->addWidget(m_validate);
    choose->addWidget(m_progress);
    choose->addWidget(m_cancel);
    choose->addStretch(1);

    m_fieldWarning = new QLabel(this);
    m_fieldWarning->setWordWrap(true);
    m_fieldWarning->setTextFormat(Qt::PlainText);
    m_fieldWarning->setVisible(false);
    m_switchField = new QPushButton(this);
    m_switchField->setVisible(false);
    // Choosing the field validates again by itself, as any change of what to check does.
    connect(m_switchField, &QPushButton::clicked, this, [this] {
        const int at = m_field->findData(m_switchField->property("field"));
        if (at >= 0)
            m_field->setCurrentIndex(at);
    });
    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(m_fieldWarning, 1);
    warningRow->addWidget(m_switchField);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search values, standard names, suggestions…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the review"));
    m_openOnly = new QCheckBox(tr("Only rows that need a &decision"), this);
    m_shown = new QLabel(this);
    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_openOnly);
    searchRow->addWidget(m_shown);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    keepHeaderOutOfSelection(m_view);
    m_view->setItemDelegate(new ValidationStatusDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // file order until the user sorts
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // rows are selected, not cells: Tab leaves the table
    m_view->setAccessibleName(tr("Validation review"));
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Columns are sized from the first 200 values, not Qt's 1,000: each is a text layout on the
    // GUI thread (15 ms for a review of 20,000 names).
    m_view->horizontalHeader()->setResizeContentsPrecision(200);
    m_view->horizontalHeader()->setDefaultSectionSize(140);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Review status"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choose);
    layout->addLayout(warningRow);
    m_summaryBar = new ReviewSummary(m_summary, m_proxy, this);
    layout->addWidget(m_summaryBar);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        // A column's values are not checked as features: they are genes, symbols unless chosen.
        const bool values = m_mode->currentIndex() == 1;
        if (auto *fields = qobject_cast<QStandardItemModel *>(m_field->model()))
            fields->item(0)->setEnabled(!values);
        if (values && checkedField() == Validator::Field::FeatureName)
            m_field->setCurrentIndex(m_field->findData(int(Validator::Field::GeneSymbol)));
        // An .h5ad's obs column names are features; its var ids say which gene field they are.
        if (m_anndata && !values)
            m_field->setCurrentIndex(m_field->findData(int(Validator::Field::FeatureName)));
        m_pickField = m_anndata && values;
        updateState();
    });
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        m_pickField = false; // chosen: checked as this field
        updateState();
    });
    // Other var ids may be another field (symbols beside an Ensembl index).
    connect(m_column, &QComboBox::currentIndexChanged, this,
            [this] { m_pickField = m_anndata && m_mode->currentIndex() == 1; });
    // Results answer the settings they were asked with: when the settings change, the review
    // validates again by itself (after a short pause, so that a few quick changes ask once).
    for (QComboBox *box : {m_mode, m_column, m_field, m_organism})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (m_hasReport)
                m_revalidate->start();
        });
    // Asked for explicitly, validation reads the registry afresh: another workstation may have
    // changed a shared registry without this one hearing of it.
    connect(m_validate, &QPushButton::clicked, this, [this] {
        releaseIndexes();
        validate();
    });
    connect(m_cancel, &QPushButton::clicked, this, &ReviewPanel::cancelValidation);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ValidationFilterProxyModel::setText);
    connect(m_openOnly, &QCheckBox::toggled, m_proxy, &ValidationFilterProxyModel::setOpenOnly);
}

void ReviewPanel::buildActions()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // What is done to the selected rows sits above the table; what is done with the whole
    // review (recipes, export, apply) sits below it, Apply last.
    auto *bottom = new QHBoxLayout;
    QToolBar *current = toolbar;
    const auto make = [this, &current, bottom](const QString &text, const QString &tip,
                                               const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setToolTip(tip);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        if (current) {
            current->addAction(action);
        } else {
            auto *button = new QToolButton(this);
            button->setDefaultAction(action);
            bottom->addWidget(button);
        }
        return action;
    };
    toolbar->addActions(m_curation->actions());
    if (auto *button
        = qobject_cast<QToolButton *>(toolbar->widgetForAction(m_curation->actions().at(1))))
        button->setPopupMode(QToolButton::InstantPopup); // Pick opens its menu at once
    toolbar->addSeparator();
    // Ctrl+Z and Ctrl+Shift+Z belong to the window's Edit menu, which undoes in the page shown.
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    current = nullptr;
    m_applyRecipe
        = make(tr("Apply &recipe…"), tr("Replay the decisions saved from an earlier review"),
               QKeySequence(), &ReviewPanel::chooseRecipeToApply);
    m_saveRecipe = make(tr("Save reci&pe…"), tr("Save these decisions for next week's file"),
                        QKeySequence(), &ReviewPanel::chooseRecipeToSave);
    m_export = make(tr("E&xport…"), tr("Write the review as CSV, TSV or HTML"), QKeySequence(),
                    &ReviewPanel::chooseExportPath);
    m_saveSet = make(tr("Save as feature &set…"),
                     tr("Save what validated (and what you resolved) as a named feature set"),
                     QKeySequence(), &ReviewPanel::chooseFeatureSet);
    m_register = make(tr("Re&gister with set…"),
                      tr("Register this file as an artifact with the set this review resolves "
                         "to, the decisions applied first, in one transaction"),
                      QKeySequence(), &ReviewPanel::registerWithSet);
    m_apply = make(tr("Appl&y"), tr("Write the decisions to the registry in one transaction"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), &ReviewPanel::apply);
    // Apply on a row of its own, beside the status: as it counts the decisions its text grows,
    // and beside the other buttons it made the window wider than the screen.
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_status, 1);
    if (auto *button = qobject_cast<QToolButton *>(bottom->itemAt(bottom->count() - 1)->widget())) {
        QFont font = button->font();
        font.setBold(true);
        button->setFont(font);
        bottom->removeWidget(button);
        applyRow->addWidget(button);
    }
    bottom->addStretch(1);
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(layout->indexOf(m_view), toolbar);
    layout->addLayout(bottom);
    layout->addLayout(applyRow);
}

void ReviewPanel::setSource(const QString &path, const CsvOptions &options,
                            const QStringList &columns, const QStringList &dtypes)
{
    m_path = path;
    m_options = options;
    m_columns = columns;
    m_dtypes = dtypes;
    const QString current = m_column->currentText();
    m_column->clear();
    m_column->addItems(columns);
    if (const int at = m_column->findText(current); at >= 0)
        m_column->setCurrentIndex(at);
    if (!m_path.isEmpty())
        validate();
}

void ReviewPanel::setAnnDataSource(const QString &path, const H5adSummary &summary)
{
    if (!m_anndata) {
        m_anndata = true;
        m_mode->setItemText(0, tr("obs column names"));
        m_mode->setItemText(1, tr("var ids (genes)"));
        m_mode->setAccessibleName(tr("What to validate: obs column names or var ids"));
        m_column->setAccessibleName(tr("var index or column holding the genes"));
        m_register->setText(tr("Re&gister with its sets…"));
        m_register->setToolTip(tr("Register this file as an artifact with a var set (the genes "
                                  "its var ids resolve to) and an obs set (its obs columns that "
                                  "are registered features), in one transaction"));
    }
    m_path = path;
    m_options = CsvOptions();
    m_columns.clear();
    m_dtypes.clear();
    for (const H5adColumn &column : summary.obs.columns) {
        m_columns.append(column.name);
        m_dtypes.append(column.dtype);
    }
    const QString index
        = summary.var.index.isEmpty() ? QStringLiteral("_index") : summary.var.index;
    m_varHeader = {QStringLiteral("var:") + index};
    // Genes are text: var's index, and its string and categorical columns.
    const QString current = m_column->currentData().toString();
    {
        const QSignalBlocker quiet(m_column);
        m_column->clear();
        m_column->addItem(tr("index (%1)").arg(index), QString());
        for (const H5adColumn &column : summary.var.columns) {
            m_varHeader.append(column.name);
            if (column.dtype == QLatin1StringView("str") || column.dtype == QLatin1StringView("cat")
                || column.dtype == QLatin1StringView("object"))
                m_column->addItem(column.name, column.name);
        }
        m_column->setCurrentIndex(std::max(0, m_column->findData(current)));
    }
    updateState();
    if (!m_path.isEmpty())
        validate();
}

QString ReviewPanel::valuesColumn() const
{
    return m_anndata ? m_column->currentData().toString() : m_column->currentText();
}

void ReviewPanel::refreshOrganisms()
{
    if (m_organism->count() == 0)
        m_organism->addItem(tr("Detect"), QString());
    const auto fill = [this](const QStringList &names) {
        const QString current = m_organism->currentData().toString();
        int at = 0;
        {
            // The same choice in a refreshed list is no change of settings.
            const QSignalBlocker quiet(m_organism);
            while (m_organism->count() > 1)
                m_organism->removeItem(1);
            for (const QString &name : names)
                m_organism->addItem(name, name);
            at = current.isEmpty() ? 0 : m_organism->findData(current);
            m_organism->setCurrentIndex(std::max(at, 0));
        }
        // The organism chosen is gone: detected again, and validated again.
        if (at < 0 && m_hasReport)
            m_revalidate->start();
    };
    const std::optional<RegistryLocation> location
        = m_session ? m_session->location() : std::nullopt;
    if (!location) {
        fill({});
        return;
    }
    // On the worker: a lab's server may be 50 ms away.
    runOnRegistry(
        m_pool, *location, this, [](Registry &worker) { return OrganismStore(worker).list(); },
        [fill](const Result<QList<OrganismRecord>> &organisms) {
            if (!organisms)
                return; // the list stays as it was; validating will say what is wrong
            QStringList names;
            for (const OrganismRecord &organism : *organisms)
                names.append(organism.name);
            fill(names);
        });
}

void ReviewPanel::validate()
{
    m_revalidate->stop();
    if (m_path.isEmpty())
        return;
    if (!m_session || !m_session->location()) {
        setStatus(tr("Open a registry to validate against (File ▸ Open registry)."), true);
        return;
    }
    // A newer request replaces a running one, whose results will be ignored.
    if (m_job)
        m_job->cancel();
    startJob();
}

void ReviewPanel::startJob()
{
    ValidationJob::Request request;
    request.location = *m_session->location();
    request.field = checkedField();
    if (isGeneField(request.field))
        request.organism = m_organism->currentData().toString();
    if (m_mode->currentIndex() == 0) {
        request.names = m_columns;
        request.dtypes = m_dtypes;
    } else {
        request.path = m_path;
        request.options = m_options;
        request.column = valuesColumn();
        if (m_anndata) {
            request.slot = H5adSlot::Var; // its index when no column is chosen
            request.fieldFromValues = m_pickField;
        } else if (request.column.isEmpty()) {
            setStatus(tr("Choose the column whose values to validate."), true);
            return;
        }
    }
    // An organism left to detection is known only after the values are read: the job then takes
    // the cached index only if it is for the organism it finds.
    for (auto it = m_indexes.cbegin(); it != m_indexes.cend(); ++it) {
        const QString wanted = indexKey(request.field, request.organism);
        if (it.key() == wanted || (request.organism.isEmpty() && it.key().startsWith(wanted))) {
            request.index = it.value();
            request.indexOrganism = it.key().section(QLatin1Char('/'), 1);
            if (it.key() == wanted)
                break;
        }
    }
    const bool values = m_mode->currentIndex() == 1;
    const QString column = request.column;
    // The field checked may be told by the job (var ids): the curation is keyed when it is known.
    const bool pick = request.fieldFromValues;
    const std::optional<CurationStore::Key> key = keyOf(values, column, request.field);
    // What the report is of, in the words of a suggested set name.
    QString reportColumn = column;
    if (m_anndata && values)
        reportColumn
            = column.isEmpty() ? QStringLiteral("var index") : QStringLiteral("var ") + column;
    std::optional<AnnDataSets::Options> varChecked;
    if (m_anndata && values) {
        varChecked.emplace();
        varChecked->varColumn = column;
    }
    auto *job = new ValidationJob(std::move(request));
    m_job = job;
    // The pool deletes a job when it has run, before its queued results arrive here: results are
    // matched to the newest request by number, not by the job.
    const int generation = ++m_generation;
    connect(job, &ValidationJob::progressed, this, [this, generation](qint64 done, qint64 total) {
        if (generation == m_generation && total > 0)
            m_progress->setValue(int(done * 1000 / total));
    });
    connect(job, &ValidationJob::finished, this,
            [this, generation, values, column, pick, key, reportColumn,
             varChecked](const ValidationReport &report, const QString &organism,
                         const std::shared_ptr<const NameIndex> &index) {
                if (generation != m_generation)
                    return;
                m_running = false;
                m_reportColumn = reportColumn;
                if (varChecked) {
                    m_varChecked = varChecked;
                    m_varChecked->varField = report.field;
                    m_varChecked->organism = organism;
                }
                if (pick && report.field != checkedField()) {
                    // The field the ids were told to be, shown as if chosen: no check again.
                    const QSignalBlocker quiet(m_field);
                    m_field->setCurrentIndex(m_field->findData(int(report.field)));
                }
                m_keeper->setCuration(pick ? keyOf(values, column, report.field) : key,
                                      QFileInfo(m_path).fileName());
                m_indexes.insert(indexKey(report.field, organism), index);
                onValidated(report, organism);
            });
    connect(job, &ValidationJob::failed, this, [this, generation](const Error &error) {
        if (generation != m_generation)
            return;
        m_running = false;
        onFailed(error);
    });
    m_running = true;
    m_progress->setValue(0);
    setStatus(
        !values ? tr("Validating the column names…")
                : tr("Reading the values of %1 and validating them…").arg(m_column->currentText()));
    m_pool.start(job);
    updateState();
}

Validator::Field ReviewPanel::checkedField() const
{
    return Validator::Field(m_field->currentData().toInt());
}

QString ReviewPanel::indexKey(Validator::Field field, const QString &organism)
{
    return validationFieldKey(field) + QLatin1Char('/') + organism;
}

void ReviewPanel::cancelValidation()
{
    if (m_job)
        m_job->cancel();
}

void ReviewPanel::onValidated(const ValidationReport &report, const QString &organism)
{
    const bool sameField = m_hasReport && m_model->field() == report.field;
    if (!sameField) {
        // Another field: the old decisions mean nothing for it, and neither does their history.
        m_model->clearDecisions();
        m_undo->clear();
    }
    m_model->setReport(report);
    m_hasReport = true;
    m_reportOrganism = organism;
    m_fieldWarning->setText(report.fieldWarning);
    m_fieldWarning->setVisible(!report.fieldWarning.isEmpty());
    const bool canSwitch = report.suggestedField && isGeneField(report.field);
    m_switchField->setVisible(canSwitch && !report.fieldWarning.isEmpty());
    if (canSwitch) {
        m_switchField->setText(tr("Check as %1").arg(fieldTitle(*report.suggestedField)));
        m_switchField->setProperty("field", int(*report.suggestedField));
    }
    for (int column :
         {int(ValidationModel::Value), int(ValidationModel::Status), int(ValidationModel::Count)})
        m_view->resizeColumnToContents(column);
    m_view->setColumnWidth(ValidationModel::Options, 240);
    QString text = tr("%1 checked against %2")
                       .arg(QLocale().toString(report.items.size()), fieldTitle(report.field));
    if (!organism.isEmpty())
        text += tr(" (%1)").arg(organism);
    text += QLatin1Char('.');
    if (!m_appliedSummary.isEmpty())
        text = m_appliedSummary
            // A registration's summary of several lines: the count on a line of its own.
            + (m_appliedSummary.contains(QLatin1Char('\n')) ? QLatin1Char('\n') : QLatin1Char(' '))
            + text;
    setStatus(text);
    updateState();
    Q_EMIT validated();
    m_keeper->lookForSaved();
}

void ReviewPanel::onFailed(const Error &error)
{
    const QString text = ErrorPresenter::text(error);
    setStatus(text, error.code != Error::Code::Cancelled);
    updateState();
    Q_EMIT validationFailed(text);
}

void ReviewPanel::updateState()
{
    const bool values = m_mode->currentIndex() == 1;
    m_column->setEnabled(values);
    m_organism->setEnabled(isGeneField(checkedField()));
    // Validating: how far, with Cancel. Applying: busy, without Cancel (one transaction, written
    // whole or not at all).
    m_progress->setVisible(m_running || m_applying);
    m_progress->setRange(0, m_running ? 1000 : 0);
    m_progress->setAccessibleName(m_running ? tr("Validation progress") : tr("Applying"));
    m_cancel->setVisible(m_running);

    m_summaryBar->setEmptyAndDuplicates(m_hasReport, m_model->report().emptyCount,
                                        m_model->report().duplicateCount);
    m_shown->setText(
        tr("%1 of %2 shown")
            .arg(QLocale().toString(m_proxy->rowCount()), QLocale().toString(m_model->rowCount())));

    m_curation->updateEnabled();
    const bool writable = m_session && m_session->location() && !m_session->isReadOnly();
    m_apply->setEnabled(hasUnappliedDecisions() && !m_applying && writable);
    m_export->setEnabled(m_hasReport);
    m_saveRecipe->setEnabled(m_model->decidedCount() > 0);
    m_applyRecipe->setEnabled(m_hasReport);
    m_saveSet->setEnabled(m_hasReport && writable && !m_applying && !m_savingSet);
    m_register->setEnabled(m_hasReport && writable && !m_applying && !m_running);
    // Columns, as features or as genes (a table with a gene per column), or one column's values.
    m_saveSet->setText(m_hasReport && !m_reportColumn.isEmpty()
                           ? tr("Save validated values as feature &set…")
                           : tr("Save validated columns as feature &set…"));
    m_apply->setText(hasUnappliedDecisions()
                         ? tr("Appl&y %n decision(s)", nullptr, m_model->decidedCount())
                         : tr("Appl&y"));
}

void ReviewPanel::releaseIndexes()
{
    for (auto it = m_indexes.begin(); it != m_indexes.end(); ++it)
        releaseOnWorker(it.value());
    m_indexes.clear();
}

bool ReviewPanel::hasUnappliedDecisions() const
{
    return m_model->decidedCount() > 0 && !m_undo->isClean();
}

void ReviewPanel::apply()
{
    const std::optional<RegistryLocation> location
        = m_session ? m_session->location() : std::nullopt;
    if (!location || m_applying || m_model->decidedCount() == 0)
        return;
    m_applying = true;
    updateState();
    setStatus(tr("Applying %n decision(s)…", nullptr, m_model->decidedCount()));
    const ValidationField field = m_model->field();
    const QList<ValueDecision> decisions = m_model->decisions();
    const QString source = QFileInfo(m_path).fileName();
    const std::optional<CurationStore::Key> keepAs = m_keeper->key();
    // On a worker with a connection of its own: a review may add thousands of features.
    runOnRegistry(
        m_pool, *location, this,
        [field, decisions, source, keepAs](Registry &worker) {
            return CurationApplier(worker).apply(field, decisions, source, keepAs);
        },
        [this, decisions](const Result<CurationOutcome> &outcome) {
            m_applying = false;
            if (!outcome) {
                setStatus(ErrorPresenter::text(outcome.error()), true);
                updateState();
                ErrorPresenter::show(this, outcome.error());
                Q_EMIT applyFailed(outcome.error().message);
                return;
            }
            const QString summary = tr("Applied: %1 features added, %2 synonyms added, %3 "
                                       "renamed, %4 ignored (run %5).")
                                        .arg(outcome->featuresAdded.size())
                                        .arg(outcome->synonymsAdded.size())
                                        .arg(outcome->renamed)
                                        .arg(outcome->ignored)
                                        .arg(outcome->runId);
            m_keeper->keptAsApplied(decisionsAfterApply(decisions));
            onApplied(summary);
            // Written and told to the other workstations on the worker; this window's views
            // (and this review, which validates again) are told here.
            if (!outcome->featuresAdded.isEmpty() || !outcome->synonymsAdded.isEmpty())
                m_session->announceChanged(RegistryTable::Features);
        });
}

void ReviewPanel::onApplied(const QString &summary)
{
    // What was written is now in the registry: those decisions are done. Renames and ignores stay,
    // as what the file's curation says; the history before Apply cannot be undone any more.
    m_model->setDecisions(decisionsAfterApply(m_model->decisions()));
    m_undo->clear();
    m_undo->setClean();
    // Said until the next decision: the validation that follows the write keeps it in front.
    m_appliedSummary = summary;
    setStatus(summary);
    updateState();
    Q_EMIT applied(summary);
}

std::optional<CurationStore::Key> ReviewPanel::keyOf(bool values, const QString &column,
                                                     Validator::Field field) const
{
    if (m_columns.isEmpty() && !(m_anndata && values))
        return std::nullopt;
    if (!values)
        return CurationStore::Key::forColumnNames(m_columns, field);
    // var's values are kept by var's own header, its index named by the header's first entry.
    if (m_anndata)
        return CurationStore::Key::forValues(
            m_varHeader, column.isEmpty() ? m_varHeader.constFirst() : column, field);
    return CurationStore::Key::forValues(m_columns, column, field);
}

void ReviewPanel::discardDecisions()
{
    m_appliedSummary.clear();
    m_keeper->discard();
    updateState();
}

bool ReviewPanel::isSavingDecisions() const
{
    return m_keeper->isSaving();
}

std::optional<CurationStore::Key> ReviewPanel::curationKey() const
{
    return m_keeper->key();
}

void ReviewPanel::registerWithSet()
{
    if (m_anndata) {
        askToRegisterAnnData();
        return;
    }
    const Result<CuratedMembers> members = curatedMembers();
    if (!m_session || !m_session->location() || !members) {
        if (!members)
            ErrorPresenter::show(this, members.error());
        return;
    }
    const bool genes = isGeneField(m_model->field());
    int pending = 0;
    for (const ValueDecision &entry : m_model->decisions())
        if (entry.decision.action == CurationAction::AddFeature
            || entry.decision.action == CurationAction::AddSynonym)
            ++pending;
    if (members->uids.isEmpty() && pending == 0) {
        ErrorPresenter::show(this,
                             Error::make(Error::Code::Invalid,
                                         tr("Nothing validated yet: accept standard names, "
                                            "pick suggestions or add features first.")));
        return;
    }

    RegisterWithSetDialog dialog(QFileInfo(m_path).fileName(), genes,
                                 int(members->uids.size()) + pending, members->leftOutInWords,
                                 this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Registration registration;
    registration.slot = dialog.slot();
    registration.setName = dialog.setName();
    registerFile(registration);
}

void ReviewPanel::registerFile(const Registration &registration)
{
    const std::optional<RegistryLocation> location
        = m_session ? m_session->location() : std::nullopt;
    if (!location || m_applying || !m_hasReport)
        return;
    const QString file = QFileInfo(m_path).fileName();
    const QList<ValueDecision> decisions = m_model->decisions();
    ArtifactRegistration::Options options;
    options.slot = registration.slot;
    options.setName = registration.setName;
    options.csv = m_options;
    options.decisions = decisions;
    options.applyDecisions = true;
    options.source = file;
    if (m_model->field() == ValidationField::FeatureName && m_mode->currentIndex() == 0) {
        // The column names: registration checks and curates them as this review did.
        options.inferColumns = true;
    } else {
        // A column's values (or genes): the set is the review's.
        const Result<CuratedMembers> members = curatedMembers();
        if (!members) {
            ErrorPresenter::show(this, members.error());
            return;
        }
        NewFeatureSet set;
        set.registry
            = isGeneField(m_model->field()) ? MemberRegistry::Gene : MemberRegistry::Feature;
        set.memberUids = members->uids;
        set.name = registration.setName;
        options.set = set;
        options.curation = m_keeper->key();
    }
    m_applying = true;
    updateState();
    setStatus(tr("Registering %1 with its set…").arg(file));
    const QList<ArtifactRegistration::Source> sources = {{m_path, file}};
    runOnRegistry(
        m_pool, *location, this,
        [sources, options](Registry &worker) {
            return ArtifactRegistration::run(worker, sources, options);
        },
        [this, decisions, options](const Result<ArtifactRegistration::Outcome> &outcome) {
            m_applying = false;
            const ArtifactRegistration::FileOutcome *one
                = outcome && !outcome->files.isEmpty() ? &outcome->files.constFirst() : nullptr;
            if (!outcome || !one || one->uid.isEmpty() || !one->attached) {
                registrationFailed(outcome, one);
                return;
            }
            // Told to the other workstations on the worker; this window's views here.
            m_session->announceChanged(RegistryTable::Artifacts);
            m_session->announceChanged(RegistryTable::FeatureSets);
            if (outcome->applied
                && (!outcome->applied->featuresAdded.isEmpty()
                    || !outcome->applied->synonymsAdded.isEmpty()))
                m_session->announceChanged(RegistryTable::Features); // re-validates, too
            QString summary
                = tr("Registered %1 as artifact %2 with a set of %n member(s) under %3.", nullptr,
                     one->members)
                      .arg(QFileInfo(m_path).fileName(), one->uid, options.slot);
            if (!one->created)
                summary = tr("%1 was registered already (artifact %2); its set of %n member(s) is "
                             "attached under %3.",
                             nullptr, one->members)
                              .arg(QFileInfo(m_path).fileName(), one->uid, options.slot);
            if (outcome->applied && !outcome->applied->featuresAdded.isEmpty())
                summary += QLatin1Char(' ')
                    + tr("%n feature(s) added.", nullptr,
                         int(outcome->applied->featuresAdded.size()));
            if (outcome->applied && !outcome->applied->synonymsAdded.isEmpty())
                summary += QLatin1Char(' ')
                    + tr("%n synonym(s) added.", nullptr,
                         int(outcome->applied->synonymsAdded.size()));
            m_keeper->keptAsApplied(decisionsAfterApply(decisions));
            onApplied(summary);
            Q_EMIT registered(one->uid, one->setUid, summary);
        });
}

AnnDataSets::Options ReviewPanel::anndataOptions() const
{
    if (m_varChecked)
        return *m_varChecked;
    AnnDataSets::Options options;
    options.varColumn = m_column->currentData().toString();
    if (m_mode->currentIndex() == 1 && !m_pickField && isGeneField(checkedField()))
        options.varField = checkedField();
    options.organism = m_organism->currentData().toString();
    return options;
}

void ReviewPanel::askToRegisterAnnData()
{
    if (!m_session || !m_session->location() || m_applying)
        return;
    const AnnDataSets::Options options = anndataOptions();
    const QString file = QFileInfo(m_path).fileName();
    const QString ids = options.varColumn.isEmpty() ? tr("var's index")
                                                    : tr("var's column %1").arg(options.varColumn);
    const QString field = options.varField ? fieldTitle(*options.varField)
                                           : tr("gene symbols or Ensembl gene ids, as they look");
    const QString organism
        = options.organism.isEmpty() ? tr("told from the ids") : options.organism;
    QString text = tr("%1 becomes an artifact with two sets, in one transaction:\n"
                      "• var: the genes in %2, checked as %3 (organism: %4);\n"
                      "• obs: its obs columns that are registered features.\n"
                      "What does not resolve is left out and listed.")
                       .arg(file, ids, field, organism);
    if (hasUnappliedDecisions())
        text += QLatin1Char('\n')
            + tr("Decisions not applied yet are not used: Apply them first for the features and "
                 "synonyms they add to count.");
    QMessageBox box(QMessageBox::Question, tr("Register %1 with its sets").arg(file), text,
                    QMessageBox::Cancel, this);
    QPushButton *go = box.addButton(tr("&Register"), QMessageBox::AcceptRole);
    box.setDefaultButton(go);
    box.exec();
    if (box.clickedButton() == go)
        registerAnnData(options);
}

void ReviewPanel::registerAnnData(const AnnDataSets::Options &anndata)
{
    const std::optional<RegistryLocation> location
        = m_session ? m_session->location() : std::nullopt;
    if (!location || m_applying)
        return;
    const QString file = QFileInfo(m_path).fileName();
    ArtifactRegistration::Options options;
    options.anndata = anndata;
    m_applying = true;
    updateState();
    setStatus(tr("Registering %1 with its var and obs sets…").arg(file));
    const QList<ArtifactRegistration::Source> sources = {{m_path, file}};
    runOnRegistry(
        m_pool, *location, this,
        [sources, options](Registry &worker) {
            return ArtifactRegistration::run(worker, sources, options);
        },
        [this](const Result<ArtifactRegistration::Outcome> &outcome) {
            m_applying = false;
            const ArtifactRegistration::FileOutcome *one
                = outcome && !outcome->files.isEmpty() ? &outcome->files.constFirst() : nullptr;
            if (!outcome || !one || one->uid.isEmpty()) {
                // Not AnnData, or the write failed: nothing was registered.
                registrationFailed(outcome, one);
                return;
            }
            // Told to the other workstations on the worker; this window's views here.
            m_session->announceChanged(RegistryTable::Artifacts);
            m_session->announceChanged(RegistryTable::FeatureSets);
            m_anndataRegistered = *one;
            QString varSet;
            for (const ArtifactRegistration::SlotOutcome &slot : one->anndataSlots)
                if (slot.slot == QLatin1StringView("var") && slot.attached)
                    varSet = slot.setUid;
            const QString summary = describeAnnDataRegistration(*one);
            // Said until the next decision, as Apply's: a validation that follows keeps it.
            m_appliedSummary = summary;
            setStatus(summary);
            updateState();
            Q_EMIT registered(one->uid, varSet, summary);
        });
}

Status ReviewPanel::exportTo(const QString &path)
{
    const ValidationExport::Format format = ValidationExport::formatForPath(path);
    Status written = ValidationExport::write(path, format, m_model->report(), m_model->decisions(),
                                             QFileInfo(m_path).fileName());
    setStatus(written ? tr("Exported the review to %1.").arg(path) : written.error().message,
              !written);
    return written;
}

Status ReviewPanel::saveRecipe(const QString &path)
{
    CurationRecipe recipe;
    recipe.field = m_model->field();
    recipe.source = QFileInfo(m_path).fileName();
    recipe.createdAt = QDateTime::currentDateTimeUtc();
    if (m_session)
        recipe.createdBy = m_session->userHandle();
    recipe.decisions = m_model->decisions();
    Status saved = recipe.save(path);
    setStatus(
        saved ? tr("Saved %n decision(s) as the recipe %1.", nullptr, int(recipe.decisions.size()))
                    .arg(path)
              : saved.error().message,
        !saved);
    return saved;
}

Status ReviewPanel::applyRecipe(const QString &path)
{
    const Result<CurationRecipe> recipe = CurationRecipe::load(path);
    if (!recipe) {
        setStatus(recipe.error().message, true);
        return recipe.error();
    }
    if (recipe->field != m_model->field()) {
        const Error error = Error::make(
            Error::Code::Invalid,
            tr("The recipe %1 is for %2, but this review checks %3; validate %2 first.")
                .arg(QFileInfo(path).fileName(), validationFieldKey(recipe->field),
                     validationFieldKey(m_model->field())));
        setStatus(error.message, true);
        return error;
    }
    const CurationRecipe::Match match = recipe->matchTo(m_model->report());
    QList<ValueDecision> decisions;
    for (const auto &[row, decision] : match.rows)
        decisions.append({m_model->item(row).value, decision});
    if (!decisions.isEmpty())
        m_undo->push(new CurationCommand(
            m_model, decisions, tr("Apply the recipe %1").arg(QFileInfo(path).fileName())));
    setStatus(tr("Recipe %1: %2 decisions taken, %3 already validated, %4 not in this file; "
                 "%5 values still need a decision.")
                  .arg(QFileInfo(path).fileName())
                  .arg(decisions.size())
                  .arg(match.alreadyValidated)
                  .arg(match.notInFile)
                  .arg(m_model->openCount()));
    return {};
}

Result<CuratedMembers> ReviewPanel::curatedMembers() const
{
    const std::shared_ptr<const NameIndex> index
        = m_indexes.value(indexKey(m_model->field(), m_reportOrganism));
    if (!m_hasReport || !index)
        return Error::make(Error::Code::Invalid, tr("Validate the file first."));
    return CuratedMembers::resolve(m_model->report(), m_model->decisions(), *index);
}

void ReviewPanel::saveAsFeatureSet(
    const NewFeatureSet &set, std::function<void(const Result<FeatureSetStore::Created> &)> done)
{
    const std::optional<RegistryLocation> location
        = m_session ? m_session->location() : std::nullopt;
    if (!location) {
        const Error error = Error::make(Error::Code::Invalid, tr("No registry is open."));
        if (done)
            done(error);
        return;
    }
    m_savingSet = true;
    updateState();
    setStatus(tr("Saving the feature set “%1”…").arg(set.name));
    runOnRegistry(
        m_pool, *location, this,
        [set](Registry &worker) { return FeatureSetStore(worker).create(set); },
        [this, done](const Result<FeatureSetStore::Created> &saved) {
            m_savingSet = false;
            updateState();
            if (!saved) {
                setStatus(saved.error().message, true);
                if (done)
                    done(saved);
                return;
            }
            // Told to the other workstations on the worker; this window's views here.
            m_session->announceChanged(RegistryTable::FeatureSets);
            const QString said = SaveFeatureSetDialog::outcomeText(*saved);
            setStatus(said);
            Q_EMIT featureSetSaved(saved->set.uid, saved->created, said);
            if (done)
                done(saved);
        });
}

void ReviewPanel::chooseFeatureSet()
{
    const std::optional<RegistryLocation> location
        = m_session ? m_session->location() : std::nullopt;
    const Result<CuratedMembers> members = curatedMembers();
    if (!location || !members) {
        if (!members)
            ErrorPresenter::show(this, members.error());
        return;
    }
    if (members->uids.isEmpty()) {
        ErrorPresenter::show(this,
                             Error::make(Error::Code::Invalid,
                                         tr("Nothing validated yet: accept standard names, "
                                            "pick suggestions or apply new features first.")));
        return;
    }
    if (m_savingSet)
        return;
    // Whether the registry has a set with these members already, asked on the worker; the
    // dialog opens with the answer.
    m_savingSet = true;
    updateState();
    const QString hash = identity::hashSet(members->uids);
    runOnRegistry(
        m_pool, *location, this,
        [hash](Registry &worker) { return FeatureSetStore(worker).findByHash(hash); },
        [this, hash](const Result<FeatureSetRecord> &existing) {
            m_savingSet = false;
            updateState();
            askToSaveFeatureSet(existing && existing->hash == hash
                                    ? std::optional<FeatureSetRecord>(*existing)
                                    : std::nullopt,
                                hash);
        });
}

void ReviewPanel::askToSaveFeatureSet(const std::optional<FeatureSetRecord> &existing,
                                      const QString &hash)
{
    // Read again: the decisions may have changed while the registry was asked.
    const Result<CuratedMembers> members = curatedMembers();
    if (!members) {
        ErrorPresenter::show(this, members.error());
        return;
    }
    if (members->uids.isEmpty())
        return;
    const bool genes = isGeneField(m_model->field());
    QString suggested = QFileInfo(m_path).completeBaseName();
    if (!m_reportColumn.isEmpty())
        suggested += QLatin1Char(' ') + m_reportColumn;
    // The column names were checked (as features or genes), or one column's values.
    const auto checked = m_reportColumn.isEmpty() ? SaveFeatureSetDialog::Checked::ColumnNames
                                                  : SaveFeatureSetDialog::Checked::Values;
    // Other members than looked up for: whether they are stored is not known (saving tells).
    SaveFeatureSetDialog dialog(identity::hashSet(members->uids) == hash ? existing : std::nullopt,
                                genes ? MemberRegistry::Gene : MemberRegistry::Feature, checked,
                                members->uids, members->names, members->leftOutInWords, suggested,
                                this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    saveAsFeatureSet(dialog.featureSet(), [this](const Result<FeatureSetStore::Created> &saved) {
        if (!saved)
            ErrorPresenter::show(this, saved.error());
    });
}

void ReviewPanel::chooseExportPath()
{
    const QString base = QFileInfo(m_path).completeBaseName() + QStringLiteral("-review.csv");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the review"), QFileInfo(m_path).dir().filePath(base),
        tr("CSV (*.csv);;TSV (*.tsv);;HTML (*.html)"));
    if (path.isEmpty())
        return;
    if (Status written = exportTo(path); !written)
        ErrorPresenter::show(this, written.error());
}

void ReviewPanel::chooseRecipeToSave()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the decisions as a recipe"),
        QFileInfo(m_path).dir().filePath(QFileInfo(m_path).completeBaseName()
                                         + QStringLiteral(".recipe.json")),
        tr("Curation recipes (*.json)"));
    if (path.isEmpty())
        return;
    if (Status saved = saveRecipe(path); !saved)
        ErrorPresenter::show(this, saved.error());
}

void ReviewPanel::chooseRecipeToApply()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Apply a curation recipe"), QFileInfo(m_path).path(),
        tr("Curation recipes (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status applied = applyRecipe(path); !applied)
        ErrorPresenter::show(this, applied.error());
}

void ReviewPanel::registrationFailed(const Result<ArtifactRegistration::Outcome> &outcome,
                                     const ArtifactRegistration::FileOutcome *one)
{
    const Error error = !outcome
        ? outcome.error()
        : Error::make(Error::Code::Invalid,
                      one && !one->error.isEmpty() ? one->error : tr("No file registered."));
    setStatus(ErrorPresenter::text(error), true);
    updateState();
    ErrorPresenter::show(this, error);
    Q_EMIT registerFailed(error.message);
}

void ReviewPanel::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setForegroundRole(problem ? QPalette::LinkVisited : QPalette::WindowText);
    QFont font = m_status->font();
    font.setBold(problem);
    m_status->setFont(font);
}

} // namespace fd
