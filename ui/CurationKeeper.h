#pragma once

#include "model/Result.h"
#include "model/validation/Curation.h"
#include "model/validation/CurationStore.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

class QThreadPool;
class QTimer;
class QUndoStack;

namespace fd {

class RegistrySession;
class ValidationModel;

// The review's decisions kept in the registry as the file's curation (CurationStore): each saved
// as it is made (the draft), looked for and restored when the file's header comes again, dropped
// on Discard. Reads and writes run on the review's one-thread pool, so that they reach the
// registry in the order made and before an Apply or Register that follows them.
class CurationKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurationKeeper)

public:
    CurationKeeper(RegistrySession *session, ValidationModel *model, QUndoStack *undo,
                   QThreadPool &pool, QObject *parent);

    // The curation of the report now shown (its file's name for the record); another one than
    // before starts unknown.
    void setCuration(const std::optional<CurationStore::Key> &key, const QString &fileName);
    const std::optional<CurationStore::Key> &key() const { return m_key; }
    // Asked before each save: whether the review may save now (a report shown, nothing applying).
    void setReady(std::function<bool()> ready) { m_ready = std::move(ready); }

    // Once per curation and review, when nothing was decided here yet: the saved decisions, if
    // any, restored in one undoable step.
    void lookForSaved();
    // What an Apply or Register wrote as the curation (decisionsAfterApply): no draft any more.
    void keptAsApplied(const QList<ValueDecision> &decisions);
    // Drops the decisions here and the draft there; what was applied before comes back.
    void discard();
    bool isSaving() const;

Q_SIGNALS:
    void restored(int count, const QString &text);
    void failed(const QString &text);

private:
    void restore(const CurationStore::Saved &saved);
    void save();
    void write(std::function<Status(CurationStore &)> write);
    static QString tag(const CurationStore::Key &key);

    RegistrySession *m_session;
    ValidationModel *m_model;
    QUndoStack *m_undo;
    QThreadPool &m_pool;
    std::function<bool()> m_ready;
    std::optional<CurationStore::Key> m_key;
    QString m_fileName;
    QSet<QString> m_looked; // curations whose saved decisions were looked for
    QList<ValueDecision> m_saved; // what the registry holds for the curation, as far as known
    bool m_savedDraft = false;
    bool m_restoring = false; // changing the decisions without saving them
    int m_writes = 0;
    QTimer *m_timer;
};

} // namespace fd
