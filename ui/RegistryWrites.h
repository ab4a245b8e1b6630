#pragma once

#include "model/Result.h"
#include "model/db/QueryInterrupter.h"
#include "model/db/Registry.h"
#include "model/db/RegistryTable.h"
#include "model/db/RegistryWorker.h"
#include "ui/RegistrySession.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <type_traits>
#include <utility>

class QProgressDialog;
class QWidget;

namespace fd {

// The window's writes to the registry, one at a time and in the order asked, each on a worker
// over a connection of its own (runOnRegistry): an attach may link a million artifacts, a lab's
// server may be 50 ms away, a file may be locked by another program for seconds. A write that
// takes long shows a progress dialog with Cancel, which stops the statement running (each write is
// one transaction: cancelled, nothing of it is written; a write that ends before the cancel reaches
// it is kept); when it succeeds, the window's views of the tables it changed are told.
class RegistryWrites final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryWrites)

public:
    // title: the progress dialog's window title.
    RegistryWrites(RegistrySession *session, QWidget *window, QString title);
    ~RegistryWrites() override;

    bool isBusy() const { return m_busy; }

    // Where the session's registry is, or the error why the window may not write to it (none
    // open, or opened read-only). No SQL: for a write that runs elsewhere (a job of its own).
    static Result<RegistryLocation> writableLocation(const RegistrySession &session);

    // Runs work(registry) on the worker (it returns a Status or a Result<T>), then done(outcome)
    // here. Without a registry, or on a read-only one, done gets that error at once.
    template<typename Work, typename Done>
    void write(const QString &label, QList<RegistryTable> changes, Work work, Done done);

    // A write that takes longer than this shows its progress dialog.
    static constexpr int ProgressAfterMs = 400;

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    Result<RegistryLocation> writableRegistry() const { return writableLocation(*m_session); }
    void begin(const QString &label);
    // What a write that Cancel stopped says.
    static Error cancelledError();
    void end(const QList<RegistryTable> &changed);

    RegistrySession *m_session;
    QWidget *m_window;
    QString m_title;
    QPointer<QProgressDialog> m_progress;
    bool m_busy = false;
    bool m_cancelled = false; // Cancel pressed during the write under way
    std::shared_ptr<QueryInterrupter> m_interrupter = std::make_shared<QueryInterrupter>();
    QThreadPool m_pool; // last: destroyed (waiting for the work) first
};

template<typename Work, typename Done>
void RegistryWrites::write(const QString &label, QList<RegistryTable> changes, Work work, Done done)
{
    using Outcome = std::invoke_result_t<Work &, Registry &>;
    const Result<RegistryLocation> location = writableRegistry();
    if (!location) {
        done(Outcome(location.error()));
        return;
    }
    begin(label);
    runOnRegistry(
        m_pool, *location, this,
        [work = std::move(work), changes,
         interrupter = m_interrupter](Registry &registry) mutable -> Outcome {
            // What Cancel stops: this write's statements (a write is generation 1 of its own).
            interrupter->attach(registry);
            interrupter->begin(1);
            Outcome outcome = work(registry);
            interrupter->end();
            interrupter->detach();
            // The other workstations are told from here: a round trip the window must not wait
            // for. Only what was written.
            if (outcome)
                for (RegistryTable table : changes)
                    registry.notifyChanged(table);
            return outcome;
        },
        [this, changes, done = std::move(done)](const Outcome &outcome) mutable {
            const bool cancelled = m_cancelled && !outcome;
            end(outcome ? changes : QList<RegistryTable> {});
            done(cancelled ? Outcome(cancelledError()) : outcome);
        });
}

} // namespace fd
