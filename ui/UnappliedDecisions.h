#pragma once

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace fd {

class ImportPage;

// What becomes of decisions not yet applied when import pages close (one tab, or the window):
// the one question, Apply, Discard or Cancel, naming the pages. Apply goes through each review's
// own Apply, one page after another on its worker; the pages may close once every one succeeded.
// A failed apply stops there, and its review says why.
class UnappliedDecisions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnappliedDecisions)

public:
    explicit UnappliedDecisions(QWidget *window);

    // True when the pages may close now: none has unapplied decisions, or the user discarded them.
    // False for Cancel, and for Apply, which calls closeAfterApply once every apply succeeded.
    bool settle(const QList<ImportPage *> &pages, std::function<void()> closeAfterApply);
    bool isApplying() const { return !m_queue.isEmpty() || m_current; }

Q_SIGNALS:
    void applyFailed(); // the pages stay open

private:
    void applyNext();
    void stop();

    QWidget *m_window;
    QList<QPointer<ImportPage>> m_queue;
    QPointer<ImportPage> m_current;
    std::function<void()> m_then;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace fd
