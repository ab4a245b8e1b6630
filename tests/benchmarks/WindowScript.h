#pragma once

#include "StallProbe.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace fd {
class MainWindow;
class PagedTableModel;
class RegistrySession;
class RegistryTablePanel;
class ReviewPanel;
} // namespace fd

namespace fd::bench {

// One action of the scripted session, as the user would see it: how long the window did not
// answer meanwhile (longest and 99th percentile of the probe's lateness over the calls sent from
// the action's first input until its result was complete) and how long after its last input the
// result was complete.
struct WindowAction
{
    QString id; // "open", "sort_size_desc", "filter", ...
    QString label;
    StallProbe::Summary stalls;
    double completeMs = -1; // -1: not complete before the timeout
    qint64 rows = -1; // rows the view held afterwards
    qint64 total = -1; // its count
    QString note; // what went wrong, or what to know

    QJsonObject toJson() const;
};

// Drives the real MainWindow through its widgets and public API on the GUI thread, while a
// StallProbe measures how late the GUI thread answers.
class WindowScript
{
public:
    struct Inputs
    {
        QString location; // the registry, as RegistryLocation::parse reads it
        QStringList artifactUids; // all of them, read beforehand to clear the benchmark's slot (and
                                  // to name how many there are)
        QString setUid; // a set no artifact holds under slot
        QString slot = QStringLiteral("bench_window");
        QString filterWord = QStringLiteral("sample-05");
        int letterPauseMs = 120;
        QString panelCsv; // the 20,000-gene panel to review
        int panelColumns = 0; // its column names
        QString geneFile; // imported through Registry ▸ Import genes… (importGenes)
        int timeoutMs = 600'000;
    };

    WindowScript(RegistrySession *session, MainWindow *window, StallProbe *probe, Inputs inputs);

    // Each runs one action (sort: one per column and order) and appends what it measured.
    void open();
    void sortByEachColumn();
    void typeFilter();
    void clearFilter();
    void scrollToEnd();
    void attachToAll();
    void detachFromAll();
    void openReview();
    void applyReview();
    // Imports the gene file as Registry ▸ Import genes… does, until its report box shows.
    void importGenes();

    const QList<WindowAction> &actions() const { return m_actions; }
    // Anything that went wrong on the way (a message box nobody expected, an action failing).
    QStringList problems() const { return m_problems; }

private:
    RegistryTablePanel *artifacts() const;
    ReviewPanel *review() const; // the last import page's
    void linkAll(bool attach); // attachToAll, detachFromAll
    // The view's result is complete: with an asynchronous model (a "loading" property) once it
    // loads no more and has counted; with today's synchronous one as soon as the call returned.
    bool viewComplete() const;
    // Runs the event loop until done() or the timeout, without sleeping on the GUI thread (as
    // QTest::qWait does, which would show as stalls); false on timeout.
    bool waitUntil(const std::function<bool()> &done, int timeoutMs) const;
    void pause(int ms) const;
    // Measures one action: input() gives the inputs (returning the probe's time just before the
    // last one), then done() is waited for.
    WindowAction measure(const QString &id, const QString &label,
                         const std::function<qint64()> &input, const std::function<bool()> &done);
    void record(WindowAction action);

    RegistrySession *m_session;
    MainWindow *m_window;
    StallProbe *m_probe;
    Inputs m_inputs;
    QList<WindowAction> m_actions;
    QStringList m_problems;
    class ModalAnswerer;
    std::shared_ptr<ModalAnswerer> m_answerer;
};

} // namespace fd::bench
