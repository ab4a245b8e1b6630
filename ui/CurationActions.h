#pragma once

#include "model/Records.h"
#include "model/Result.h"
#include "model/validation/Curation.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

class QAction;
class QPoint;
class QTableView;
class QUndoStack;
class QWidget;

namespace fd {

class RegistrySession;
class ValidationFilterProxyModel;
class ValidationModel;

// What the review does to the rows selected in its table: accept the standard name, pick a
// candidate or suggestion, take the best suggestion, add as a new feature, add as a synonym of a
// feature, ignore, clear. Each is one undoable command on the review's undo stack (a
// multi-selection included), offered as actions with shortcuts, in the toolbar and the context
// menu.
class CurationActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurationActions)

public:
    CurationActions(ValidationModel *model, ValidationFilterProxyModel *proxy, QTableView *view,
                    QUndoStack *undo, RegistrySession *session, QWidget *parent);

    // In toolbar order; the Pick action carries a menu filled when it opens.
    QList<QAction *> actions() const;
    QList<int> selectedRows() const; // source rows, ascending
    void updateEnabled();

public Q_SLOTS:
    void acceptStandard();
    void useName(const QString &name, const QString &uid = {}); // a candidate or suggestion
    void useBestSuggestion(); // the first candidate or suggestion of each selected row
    // One row: asks name, dtype, unit, description and synonyms; several: inferred dtypes.
    void addAsFeatures();
    void addAsSynonymOf(const QString &feature);
    void chooseSynonymTarget();
    void ignoreSelected();
    void clearSelected();
    void showContextMenu(const QPoint &at);

private:
    QAction *make(const QString &text, const QString &tip, const QKeySequence &shortcut,
                  void (CurationActions::*slot)());
    void fillPickMenu();
    void askSynonymTarget(const Result<QList<FeatureRecord>> &features);
    void decide(const QList<ValueDecision> &decisions, const QString &text);

    ValidationModel *m_model;
    ValidationFilterProxyModel *m_proxy;
    QTableView *m_view;
    QUndoStack *m_undo;
    RegistrySession *m_session;
    QWidget *m_parent;
    QAction *m_accept;
    QAction *m_pick;
    QAction *m_best;
    QAction *m_addFeature;
    QAction *m_addSynonym;
    QAction *m_ignore;
    QAction *m_clear;
    bool m_readingFeatures = false; // the features a synonym may name, for the question
    QThreadPool m_pool; // last: destroyed (waiting for a read) first
};

} // namespace fd
