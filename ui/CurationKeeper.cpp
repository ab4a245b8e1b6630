#include "ui/CurationKeeper.h"

#include "model/db/Registry.h"
#include "model/db/RegistryWorker.h"
#include "model/validation/ValidationModel.h"
#include "ui/CurationCommand.h"
#include "ui/ErrorPresenter.h"
#include "ui/RegistrySession.h"

#include <QLocale>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>

namespace fd {

CurationKeeper::CurationKeeper(RegistrySession *session, ValidationModel *model, QUndoStack *undo,
                               QThreadPool &pool, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(model)
    , m_undo(undo)
    , m_pool(pool)
    , m_timer(new QTimer(this))
{
    // Decisions made in one go (a recipe, a selection) are one save.
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &CurationKeeper::save);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        if (!m_restoring)
            m_timer->start();
    });
}

QString CurationKeeper::tag(const CurationStore::Key &key)
{
    return key.header + QLatin1Char('/') + validationFieldKey(key.field) + QLatin1Char('/')
        + key.column;
}

void CurationKeeper::setCuration(const std::optional<CurationStore::Key> &key,
                                 const QString &fileName)
{
    m_fileName = fileName;
    if (m_key == key)
        return;
    m_key = key;
    m_saved.clear();
    m_savedDraft = false;
}

void CurationKeeper::lookForSaved()
{
    const std::optional<RegistryLocation> location
        = m_session ? m_session->location() : std::nullopt;
    if (!location || !m_key)
        return;
    const CurationStore::Key key = *m_key;
    // Decisions made here meanwhile are never overwritten.
    if (m_looked.contains(tag(key)) || m_model->decidedCount() > 0)
        return;
    m_looked.insert(tag(key));
    runOnRegistry(
        m_pool, *location, this,
        [key](Registry &worker) { return CurationStore(worker).load(key); },
        [this, key](const Result<std::optional<CurationStore::Saved>> &saved) {
            if (!saved) {
                Q_EMIT failed(tr("The decisions saved for this file could not be read: %1")
                                  .arg(ErrorPresenter::text(saved.error())));
                return;
            }
            if (saved->has_value() && m_key == key && m_model->decidedCount() == 0)
                restore(**saved);
        });
}

void CurationKeeper::restore(const CurationStore::Saved &saved)
{
    QList<ValueDecision> present;
    for (const ValueDecision &entry : saved.decisions)
        if (m_model->rowOfValue(entry.value) >= 0)
            present.append(entry);
    m_saved = saved.decisions;
    m_savedDraft = saved.draft;
    if (present.isEmpty())
        return;
    const int count = int(present.size());
    QString from = tr("%1, %2, by %3")
                       .arg(saved.fileName,
                            QLocale().toString(saved.updatedAt.toLocalTime(), QLocale::ShortFormat),
                            saved.updatedBy);
    if (saved.draft)
        from += tr(", not applied");
    m_restoring = true;
    m_undo->push(
        new CurationCommand(m_model, present, tr("Restore %n saved decision(s)", nullptr, count)));
    m_model->markRestored(present, from);
    // Restored as applied: nothing is left to apply until the next decision.
    if (!saved.draft)
        m_undo->setClean();
    m_restoring = false;
    Q_EMIT restored(count,
                    tr("Restored %n decision(s) saved for this header (%1). Undo takes "
                       "them back.",
                       nullptr, count)
                        .arg(from));
}

void CurationKeeper::save()
{
    if (!m_session || !m_session->location() || m_session->isReadOnly() || !m_key
        || (m_ready && !m_ready()))
        return;
    const CurationStore::Key key = *m_key;
    if (m_undo->isClean()) {
        // Back at what was applied (or restored as applied): no draft.
        if (!m_savedDraft)
            return;
        m_savedDraft = false;
        write([key](CurationStore &store) { return store.discardDraft(key); });
        return;
    }
    const QList<ValueDecision> decisions = m_model->decisions();
    if (m_savedDraft && decisions == m_saved)
        return;
    m_saved = decisions;
    m_savedDraft = true;
    write([key, decisions, file = m_fileName](CurationStore &store) {
        return store.saveDraft(key, decisions, file);
    });
}

void CurationKeeper::keptAsApplied(const QList<ValueDecision> &decisions)
{
    m_saved = decisions;
    m_savedDraft = false;
}

void CurationKeeper::discard()
{
    const bool hadDraft = m_savedDraft;
    m_restoring = true; // the history goes with the decisions: nothing to save
    m_model->clearDecisions();
    m_undo->clear();
    m_undo->setClean();
    m_restoring = false;
    m_savedDraft = false;
    if (hadDraft && m_key) {
        const CurationStore::Key key = *m_key;
        write([key](CurationStore &store) { return store.discardDraft(key); });
        // What was applied before comes back (after the discard: the pool keeps the order).
        m_looked.remove(tag(key));
        lookForSaved();
    }
}

bool CurationKeeper::isSaving() const
{
    return m_writes > 0 || m_timer->isActive();
}

void CurationKeeper::write(std::function<Status(CurationStore &)> write)
{
    const std::optional<RegistryLocation> location
        = m_session ? m_session->location() : std::nullopt;
    if (!location)
        return;
    ++m_writes;
    runOnRegistry(
        m_pool, *location, this,
        [write](Registry &worker) {
            CurationStore store(worker);
            return write(store);
        },
        [this](const Status &written) {
            --m_writes;
            if (!written)
                Q_EMIT failed(tr("The decisions could not be saved in the registry: %1")
                                  .arg(ErrorPresenter::text(written.error())));
        });
}

} // namespace fd
