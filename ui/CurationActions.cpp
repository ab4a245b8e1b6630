#include "ui/CurationActions.h"

#include "model/db/Registry.h"
#include "model/db/RegistryWorker.h"
#include "model/features/FeatureStore.h"
#include "model/validation/ValidationFilterProxyModel.h"
#include "model/validation/ValidationModel.h"
#include "ui/CurationCommand.h"
#include "ui/ErrorPresenter.h"
#include "ui/NewFeatureDialog.h"
#include "ui/RegistrySession.h"

#include <QAction>
#include <QDialog>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QUndoStack>

#include <optional>

namespace fd {

namespace {

// What a row's hint renames it to, when the registry has the gene: its value in the field checked,
// known by its symbol.
std::optional<CurationDecision> hintedRename(const ValidationItem &item)
{
    if (!item.hint || item.hint->standard.isEmpty())
        return std::nullopt;
    return CurationDecision::rename(item.hint->standard, item.hint->uid);
}

} // namespace

CurationActions::CurationActions(ValidationModel *model, ValidationFilterProxyModel *proxy,
                                 QTableView *view, QUndoStack *undo, RegistrySession *session,
                                 QWidget *parent)
    : QObject(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_view(view)
    , m_undo(undo)
    , m_session(session)
    , m_parent(parent)
{
    m_accept = make(tr("&Accept standard"), tr("Use the registry's standard name"),
                    QKeySequence(Qt::CTRL | Qt::Key_Return), &CurationActions::acceptStandard);
    m_pick = new QAction(tr("&Pick"), this);
    m_pick->setToolTip(tr("Use one of the candidates or \"did you mean\" suggestions"));
    m_pick->setMenu(new QMenu(parent));
    connect(m_pick->menu(), &QMenu::aboutToShow, this, &CurationActions::fillPickMenu);
    m_best = make(tr("Best &suggestion"), tr("Use the first candidate or suggestion of each row"),
                  QKeySequence(Qt::CTRL | Qt::Key_B), &CurationActions::useBestSuggestion);
    m_addFeature = make(tr("Add as &feature…"),
                        tr("Register the column name as a new feature, with the inferred dtype"),
                        QKeySequence(), &CurationActions::addAsFeatures);
    m_addSynonym
        = make(tr("Add as s&ynonym…"), tr("Make the column name a synonym of an existing feature"),
               QKeySequence(), &CurationActions::chooseSynonymTarget);
    m_ignore
        = make(tr("&Ignore"), tr("Leave the value out"),
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), &CurationActions::ignoreSelected);
    m_clear = make(tr("&Clear decision"), tr("Take the decision back"),
                   QKeySequence(Qt::Key_Delete), &CurationActions::clearSelected);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &CurationActions::showContextMenu);
}

QAction *CurationActions::make(const QString &text, const QString &tip,
                               const QKeySequence &shortcut, void (CurationActions::*slot)())
{
    auto *action = new QAction(text, this);
    action->setToolTip(tip);
    if (!shortcut.isEmpty()) {
        // Only while the review has the focus: other pages have shortcuts of their own.
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_parent->addAction(action);
    }
    connect(action, &QAction::triggered, this, slot);
    return action;
}

QList<QAction *> CurationActions::actions() const
{
    return {m_accept, m_pick, m_best, m_addFeature, m_addSynonym, m_ignore, m_clear};
}

void CurationActions::updateEnabled()
{
    const QList<int> rows = selectedRows();
    const bool features = m_model->field() == ValidationField::FeatureName;
    bool anyStandard = false;
    bool anyOptions = false;
    for (int row : rows) {
        const ValidationItem &item = m_model->item(row);
        anyStandard = anyStandard || standardDecision(item).isDecided();
        anyOptions = anyOptions || !item.candidates.isEmpty() || !item.suggestions.isEmpty()
            || hintedRename(item);
        if (anyStandard && anyOptions)
            break;
    }
    m_accept->setEnabled(anyStandard);
    m_pick->setEnabled(rows.size() == 1 && anyOptions);
    m_best->setEnabled(anyOptions);
    m_addFeature->setEnabled(!rows.isEmpty() && features);
    m_addSynonym->setEnabled(!rows.isEmpty() && features && !m_readingFeatures);
    m_ignore->setEnabled(!rows.isEmpty());
    m_clear->setEnabled(std::any_of(rows.cbegin(), rows.cend(), [this](int row) {
        return m_model->decision(row).isDecided();
    }));
}

QList<int> CurationActions::selectedRows() const
{
    // From the selection's ranges: the view selects whole rows, and QItemSelectionModel's
    // selectedRows() asks every cell of every row whether it is selected, which took tens of
    // milliseconds for a review of 20,000 values selected whole (and this runs on every update).
    QList<int> rows;
    const QItemSelection selection = m_view->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        if (range.parent().isValid())
            continue;
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void CurationActions::decide(const QList<ValueDecision> &decisions, const QString &text)
{
    if (decisions.isEmpty())
        return;
    m_undo->push(new CurationCommand(m_model, decisions, text));
}

void CurationActions::acceptStandard()
{
    QList<ValueDecision> decisions;
    for (int row : selectedRows())
        if (const CurationDecision decision = standardDecision(m_model->item(row));
            decision.isDecided())
            decisions.append({m_model->item(row).value, decision});
    decide(decisions, tr("Accept %n standard name(s)", nullptr, int(decisions.size())));
}

void CurationActions::useName(const QString &name, const QString &uid)
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    decide({{m_model->item(rows.first()).value, CurationDecision::rename(name, uid)}},
           tr("Use %1").arg(name));
}

void CurationActions::useBestSuggestion()
{
    QList<ValueDecision> decisions;
    for (int row : selectedRows()) {
        const ValidationItem &item = m_model->item(row);
        if (!item.candidateUids.isEmpty())
            decisions.append({item.value,
                              CurationDecision::rename(
                                  item.candidates.first().section(QStringLiteral(" ("), 0, 0),
                                  item.candidateUids.first())});
        else if (const std::optional<CurationDecision> rename = hintedRename(item))
            decisions.append({item.value, *rename});
        else if (!item.suggestions.isEmpty())
            decisions.append({item.value, CurationDecision::rename(item.suggestions.first())});
    }
    decide(decisions,
           tr("Use the best suggestion for %n value(s)", nullptr, int(decisions.size())));
}

void CurationActions::fillPickMenu()
{
    QMenu *menu = m_pick->menu();
    menu->clear();
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    // Genes come with their description and type: "BRCA1 — BRCA1 DNA repair associated
    // (protein-coding)".
    const ValidationItem &item = m_model->item(rows.first());
    if (const std::optional<CurationDecision> rename = hintedRename(item)) {
        const FieldHint &hint = *item.hint;
        const QString shown = hint.standard == hint.symbol
            ? hint.standard
            : QStringLiteral("%1 (%2)").arg(hint.standard, hint.symbol);
        connect(menu->addAction(
                    tr("Rename to %1").arg(describeGene(shown, hint.description, hint.type))),
                &QAction::triggered, this,
                [this, name = rename->name, uid = rename->uid] { useName(name, uid); });
    }
    for (qsizetype i = 0; i < item.candidates.size(); ++i) {
        const QString name = item.candidates.at(i).section(QStringLiteral(" ("), 0, 0);
        const QString uid = item.candidateUids.value(i);
        connect(
            menu->addAction(describeGene(item.candidates.at(i), item.candidateDescriptions.value(i),
                                         item.candidateTypes.value(i))),
            &QAction::triggered, this, [this, name, uid] { useName(name, uid); });
    }
    for (qsizetype i = 0; i < item.suggestions.size(); ++i) {
        const QString suggestion = item.suggestions.at(i);
        connect(
            menu->addAction(tr("Did you mean %1?")
                                .arg(describeGene(suggestion, item.suggestionDescriptions.value(i),
                                                  item.suggestionTypes.value(i)))),
            &QAction::triggered, this, [this, suggestion] { useName(suggestion); });
    }
}

void CurationActions::addAsFeatures()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty() || m_model->field() != ValidationField::FeatureName)
        return;
    QList<ValueDecision> decisions;
    if (rows.size() == 1) {
        const ValidationItem &item = m_model->item(rows.first());
        NewFeatureDialog dialog(m_parent);
        dialog.setWindowTitle(tr("Add %1 as a new feature").arg(item.value.trimmed()));
        dialog.setFeature({item.value.trimmed(),
                           item.columnDtype.isEmpty() ? QStringLiteral("str") : item.columnDtype,
                           {},
                           {},
                           {}});
        if (dialog.exec() != QDialog::Accepted)
            return;
        const NewFeature feature = dialog.feature();
        CurationDecision decision = CurationDecision::addFeature(feature.name, feature.dtype);
        decision.unit = feature.unit;
        decision.description = feature.description;
        decision.synonyms = feature.synonyms;
        decisions.append({item.value, decision});
    } else {
        if (QMessageBox::question(m_parent, tr("Add as features"),
                                  tr("Add %n column name(s) as new features, each with the dtype "
                                     "inferred from its values?",
                                     nullptr, int(rows.size())))
            != QMessageBox::Yes)
            return;
        for (int row : rows) {
            const ValidationItem &item = m_model->item(row);
            decisions.append(
                {item.value,
                 CurationDecision::addFeature(item.value.trimmed(),
                                              item.columnDtype.isEmpty() ? QStringLiteral("str")
                                                                         : item.columnDtype)});
        }
    }
    decide(decisions, tr("Add %n feature(s)", nullptr, int(decisions.size())));
}

void CurationActions::chooseSynonymTarget()
{
    const std::optional<RegistryLocation> location
        = m_session ? m_session->location() : std::nullopt;
    if (selectedRows().isEmpty() || !location || m_readingFeatures)
        return;
    // The features to choose from are read on a worker; the question comes when they are in,
    // about the rows selected then.
    m_readingFeatures = true;
    m_addSynonym->setEnabled(false);
    runOnRegistry(
        m_pool, *location, this, [](Registry &worker) { return FeatureStore(worker).list(); },
        [this](const Result<QList<FeatureRecord>> &features) {
            m_readingFeatures = false;
            updateEnabled();
            askSynonymTarget(features);
        });
}

void CurationActions::askSynonymTarget(const Result<QList<FeatureRecord>> &features)
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    if (!features) {
        ErrorPresenter::show(m_parent, features.error());
        return;
    }
    QStringList names;
    for (const FeatureRecord &feature : *features)
        names.append(feature.name);
    const ValidationItem &first = m_model->item(rows.first());
    const QString suggested = first.suggestions.value(0);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        m_parent, tr("Add as synonym"),
        tr("Make %1 a synonym of the feature:")
            .arg(rows.size() == 1 ? first.value : tr("%n value(s)", nullptr, int(rows.size()))),
        names, std::max<qsizetype>(0, names.indexOf(suggested)), false, &ok);
    if (ok && !chosen.isEmpty())
        addAsSynonymOf(chosen);
}

void CurationActions::addAsSynonymOf(const QString &feature)
{
    QList<ValueDecision> decisions;
    for (int row : selectedRows())
        decisions.append({m_model->item(row).value, CurationDecision::addSynonym(feature)});
    decide(decisions,
           tr("Make %n value(s) synonyms of %1", nullptr, int(decisions.size())).arg(feature));
}

void CurationActions::ignoreSelected()
{
    QList<ValueDecision> decisions;
    for (int row : selectedRows())
        decisions.append({m_model->item(row).value, CurationDecision::ignore()});
    decide(decisions, tr("Ignore %n value(s)", nullptr, int(decisions.size())));
}

void CurationActions::clearSelected()
{
    QList<ValueDecision> decisions;
    for (int row : selectedRows())
        if (m_model->decision(row).isDecided())
            decisions.append({m_model->item(row).value, {}});
    decide(decisions, tr("Clear %n decision(s)", nullptr, int(decisions.size())));
}

void CurationActions::showContextMenu(const QPoint &at)
{
    QMenu menu(m_parent);
    menu.addAction(m_accept);
    fillPickMenu();
    if (!m_pick->menu()->isEmpty() && m_pick->isEnabled())
        menu.addMenu(m_pick->menu())->setText(m_pick->text());
    menu.addAction(m_best);
    menu.addAction(m_addFeature);
    menu.addAction(m_addSynonym);
    menu.addAction(m_ignore);
    menu.addAction(m_clear);
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

} // namespace fd
