#include "WindowScript.h"

#include "model/browse/PagedTableModel.h"
#include "model/browse/RecordFilterProxyModel.h"
#include "model/validation/Validation.h"
#include "model/validation/ValidationModel.h"
#include "ui/ArtifactActions.h"
#include "ui/CurationActions.h"
#include "ui/GeneImportController.h"
#include "ui/ImportPage.h"
#include "ui/MainWindow.h"
#include "ui/RegistrySession.h"
#include "ui/RegistryTablePanel.h"
#include "ui/ReviewPanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace fd::bench {

namespace {

constexpr int SettleMs = 100;

double msBetween(qint64 fromNs, qint64 toNs)
{
    return double(toNs - fromNs) / 1e6;
}

} // namespace

QJsonObject WindowAction::toJson() const
{
    QJsonObject object {{QStringLiteral("id"), id},
                        {QStringLiteral("label"), label},
                        {QStringLiteral("probes"), stalls.probes},
                        {QStringLiteral("longest_stall_ms"), stalls.longestMs},
                        {QStringLiteral("p99_stall_ms"), stalls.p99Ms},
                        {QStringLiteral("complete_ms"), completeMs},
                        {QStringLiteral("rows"), rows},
                        {QStringLiteral("total"), total}};
    if (!note.isEmpty())
        object.insert(QStringLiteral("note"), note);
    return object;
}

// Answers the message boxes an action opens (Yes, else OK) so that the script goes on, and notes
// them: in a scripted session none is expected but the one an action says it expects (a gene
// import's report). Progress dialogs are left alone.
class WindowScript::ModalAnswerer
{
public:
    explicit ModalAnswerer(QStringList *problems)
    {
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this, problems] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (!m_expectedTitle.isEmpty() && box->windowTitle() == m_expectedTitle) {
                m_expectedTitle.clear();
                ++m_expectedAnswered;
            } else {
                problems->append(QStringLiteral("message box: ") + box->text());
            }
            if (QAbstractButton *yes = box->button(QMessageBox::Yes))
                yes->click();
            else if (QAbstractButton *ok = box->button(QMessageBox::Ok))
                ok->click();
            else
                box->reject();
        });
        m_timer.start();
    }

    // The next box titled so is answered without being noted.
    void expect(const QString &title) { m_expectedTitle = title; }
    int expectedAnswered() const { return m_expectedAnswered; }

private:
    QTimer m_timer;
    QString m_expectedTitle;
    int m_expectedAnswered = 0;
};

WindowScript::WindowScript(RegistrySession *session, MainWindow *window, StallProbe *probe,
                           Inputs inputs)
    : m_session(session)
    , m_window(window)
    , m_probe(probe)
    , m_inputs(std::move(inputs))
    , m_answerer(std::make_shared<ModalAnswerer>(&m_problems))
{
}

RegistryTablePanel *WindowScript::artifacts() const
{
    return m_window->panel(RegistryTable::Artifacts);
}

bool WindowScript::viewComplete() const
{
    const PagedTableModel *model = artifacts()->model();
    const QVariant loading = model->property("loading");
    if (loading.isValid())
        return !loading.toBool() && model->totalCount() >= 0;
    return true;
}

bool WindowScript::waitUntil(const std::function<bool()> &done, int timeoutMs) const
{
    if (done())
        return true;
    QEventLoop loop;
    bool ok = false;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            ok = true;
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return ok;
}

void WindowScript::pause(int ms) const
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

WindowAction WindowScript::measure(const QString &id, const QString &label,
                                   const std::function<qint64()> &input,
                                   const std::function<bool()> &done)
{
    WindowAction action;
    action.id = id;
    action.label = label;
    // Settled before: nothing of the previous action still running.
    pause(200);
    const qint64 started = m_probe->now();
    const qint64 lastInput = input();
    const bool complete = waitUntil(done, m_inputs.timeoutMs);
    const qint64 ended = m_probe->now();
    if (complete)
        action.completeMs = msBetween(lastInput, ended);
    else
        action.note = QStringLiteral("not complete after %1 s").arg(m_inputs.timeoutMs / 1000);
    // What the result costs once there (painting it, sizing columns) counts too: the calls sent
    // up to SettleMs after it was complete, all run once the loop has turned again.
    pause(SettleMs + 50);
    action.stalls = m_probe->summarize(started, ended + qint64(SettleMs) * 1'000'000);
    const PagedTableModel *model = artifacts()->model();
    action.rows = model->rowCount();
    action.total = model->totalCount();
    return action;
}

void WindowScript::record(WindowAction action)
{
    std::fprintf(stderr, "  %-36s longest %8.1f ms  p99 %8.1f ms  complete %9.1f ms  %s\n",
                 qPrintable(action.label), action.stalls.longestMs, action.stalls.p99Ms,
                 action.completeMs, qPrintable(action.note));
    m_actions.append(std::move(action));
}

void WindowScript::open()
{
    m_window->tabs()->setCurrentWidget(artifacts());
    record(measure(
        QStringLiteral("open"), QStringLiteral("open the registry (Artifacts view)"),
        [this] {
            const qint64 at = m_probe->now();
            m_window->openRegistry(m_inputs.location, false);
            return at;
        },
        [this] {
            return m_session->isOpen() && !m_session->isOpening()
                && artifacts()->model()->totalCount() >= 0 && viewComplete();
        }));
}

void WindowScript::sortByEachColumn()
{
    QTableView *view = artifacts()->view();
    const PagedTableModel *model = artifacts()->model();
    const int sorted = model->sortColumn();
    const Qt::SortOrder sortedOrder = model->sortOrder();
    QList<int> columns;
    for (int column = 0; column < model->columnCount(); ++column)
        if (column != sorted)
            columns.append(column);
    columns.append(sorted); // last, so that the view ends sorted as it began
    for (int column : std::as_const(columns)) {
        const QString key = model->spec().columns.at(column).key;
        // The column sorted now is sorted the other way first.
        const Qt::SortOrder first = column == sorted && sortedOrder == Qt::AscendingOrder
            ? Qt::DescendingOrder
            : Qt::AscendingOrder;
        for (const Qt::SortOrder order : {first, Qt::SortOrder(1 - first)}) {
            const QString way
                = order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc");
            // What a click on the header does (QHeaderView::sectionClicked → sortByColumn).
            record(measure(
                QStringLiteral("sort_%1_%2").arg(key, way),
                QStringLiteral("sort by %1 %2").arg(key, way),
                [this, view, column, order] {
                    const qint64 at = m_probe->now();
                    view->sortByColumn(column, order);
                    return at;
                },
                [this, model, column, order] {
                    return model->sortColumn() == column && model->sortOrder() == order
                        && viewComplete();
                }));
        }
    }
}

void WindowScript::typeFilter()
{
    QLineEdit *edit = artifacts()->filterEdit();
    const PagedTableModel *model = artifacts()->model();
    const QString word = m_inputs.filterWord;
    record(measure(
        QStringLiteral("filter"), QStringLiteral("type “%1” into the filter").arg(word),
        [this, edit, word] {
            edit->setFocus();
            qint64 last = m_probe->now();
            for (qsizetype at = 0; at < word.size(); ++at) {
                if (at > 0)
                    pause(m_inputs.letterPauseMs);
                last = m_probe->now();
                QTest::keyClick(edit, word.at(at).toLatin1());
            }
            return last;
        },
        [this, model, word] { return model->filter().text() == word && viewComplete(); }));
}

void WindowScript::clearFilter()
{
    QLineEdit *edit = artifacts()->filterEdit();
    const PagedTableModel *model = artifacts()->model();
    record(measure(
        QStringLiteral("clear"), QStringLiteral("clear the filter"),
        [this, edit] {
            edit->setFocus();
            QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
            const qint64 at = m_probe->now();
            QTest::keyClick(edit, Qt::Key_Backspace);
            return at;
        },
        [this, model] { return model->filter().text().isEmpty() && viewComplete(); }));
}

void WindowScript::scrollToEnd()
{
    QTableView *view = artifacts()->view();
    // Ctrl+End goes to the last row the view holds; with today's model that row's coming into view
    // fetches one page more, with one that knows its count it is the table's last row.
    const int rowsBefore = view->model()->rowCount();
    record(measure(
        QStringLiteral("scroll_end"), QStringLiteral("Ctrl+End on the view"),
        [this, view] {
            view->setFocus();
            const qint64 at = m_probe->now();
            QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
            return at;
        },
        [this, view, rowsBefore] {
            return viewComplete() && view->currentIndex().row() >= rowsBefore - 1;
        }));
}

// "To all artifacts" as a user does it: Ctrl+A on the view, then the window's path behind
// Attach / Detach: the uids of the rows not loaded are read on the panel's worker
// (resolveSelectedUids), then ArtifactActions writes. Only the dialog that asks for the set or slot
// is left out.
void WindowScript::attachToAll()
{
    linkAll(true);
}

void WindowScript::detachFromAll()
{
    linkAll(false);
}

void WindowScript::linkAll(bool attach)
{
    ArtifactActions *actions = m_window->artifactActions();
    auto outcome = std::make_shared<int>(0); // 1 done, -1 failed
    auto selected = std::make_shared<qsizetype>(0);
    const auto fail = [this, outcome, attach](const QString &message) {
        *outcome = -1;
        m_problems.append((attach ? QStringLiteral("attach: ") : QStringLiteral("detach: "))
                          + message);
    };
    const QMetaObject::Connection done = attach
        ? QObject::connect(actions, &ArtifactActions::attached, actions,
                           [outcome] { *outcome = 1; })
        : QObject::connect(actions, &ArtifactActions::detached, actions,
                           [outcome] { *outcome = 1; });
    const QMetaObject::Connection failed
        = QObject::connect(actions, &ArtifactActions::failed, actions,
                           [fail](const Error &error) { fail(error.message); });
    RegistryTablePanel *panel = artifacts();
    WindowAction action = measure(
        attach ? QStringLiteral("attach_all") : QStringLiteral("detach_all"),
        (attach ? QStringLiteral("attach a set to %L1 artifacts")
                : QStringLiteral("detach it from %L1 artifacts"))
            .arg(m_inputs.artifactUids.size()),
        [this, actions, panel, attach, fail, selected] {
            panel->view()->setFocus();
            const qint64 at = m_probe->now();
            QTest::keyClick(panel->view(), Qt::Key_A, Qt::ControlModifier);
            panel->resolveSelectedUids(
                [this, actions, attach, fail, selected](const Result<QStringList> &uids) {
                    if (!uids) {
                        fail(uids.error().message);
                        return;
                    }
                    *selected = uids->size();
                    if (attach)
                        actions->attachSet(*uids, m_inputs.setUid, m_inputs.slot);
                    else
                        actions->detachSlot(*uids, m_inputs.slot);
                });
            return at;
        },
        [this, outcome, actions] { return *outcome != 0 && !actions->isBusy() && viewComplete(); });
    action.rows = *selected;
    action.total = panel->model()->totalCount();
    if (*outcome < 0)
        action.note = QStringLiteral("failed");
    QObject::disconnect(done);
    QObject::disconnect(failed);
    panel->view()->clearSelection();
    record(std::move(action));
}

void WindowScript::openReview()
{
    const int expected = m_inputs.panelColumns;
    auto validated = std::make_shared<int>(0);
    auto failed = std::make_shared<int>(0);
    WindowAction action = measure(
        QStringLiteral("review_open"),
        QStringLiteral("open a review of %L1 column names").arg(expected),
        [this, validated, failed] {
            const qint64 at = m_probe->now();
            m_window->importPaths({m_inputs.panelCsv});
            if (ReviewPanel *review = this->review()) {
                QObject::connect(review, &ReviewPanel::validated, review,
                                 [validated] { ++*validated; });
                QObject::connect(review, &ReviewPanel::validationFailed, review,
                                 [this, failed](const QString &message) {
                                     ++*failed;
                                     m_problems.append(QStringLiteral("review: ") + message);
                                 });
            }
            return at;
        },
        [this, validated, failed, expected] {
            const ReviewPanel *review = this->review();
            return *failed > 0
                || (review && *validated > 0 && review->model()->rowCount() == expected);
        });
    if (ReviewPanel *review = this->review())
        action.rows = review->model()->rowCount();
    action.total = -1;
    record(std::move(action));

    ReviewPanel *review = this->review();
    if (!review || *validated == 0) {
        m_problems.append(QStringLiteral("review: the panel did not validate; no gene review"));
        return;
    }
    // As a user does: the Review tab, then "Gene symbols" in its field box. The organism is named
    // first (human, the panel's): a registry with the genes of several organisms (the import
    // action brings mouse) cannot tell it from symbols that many organisms share.
    m_window->importPages().constLast()->showReview();
    QComboBox *organisms = review->organismBox();
    const QString human = QStringLiteral("human");
    if (!waitUntil([organisms, human] { return organisms->findData(human) >= 0; }, 10'000))
        m_problems.append(QStringLiteral("review: no organism human to choose"));
    const int before = *validated;
    action = measure(
        QStringLiteral("review_genes"), QStringLiteral("check them as gene symbols"),
        [this, review, organisms, human] {
            organisms->setCurrentIndex(std::max(0, organisms->findData(human)));
            QComboBox *fields = review->fieldBox();
            const qint64 at = m_probe->now();
            fields->setCurrentIndex(fields->findData(int(ValidationField::GeneSymbol)));
            return at;
        },
        [review, validated, failed, before, expected] {
            return *failed > 0
                || (*validated > before && review->model()->field() == ValidationField::GeneSymbol
                    && review->model()->rowCount() == expected);
        });
    action.rows = review->model()->rowCount();
    action.total = -1;
    record(std::move(action));
}

void WindowScript::applyReview()
{
    ReviewPanel *review = this->review();
    if (!review || review->model()->field() != ValidationField::GeneSymbol) {
        m_problems.append(QStringLiteral("apply: no gene review to apply"));
        return;
    }
    auto outcome = std::make_shared<int>(0);
    QObject::connect(review, &ReviewPanel::applied, review, [outcome] { *outcome = 1; });
    QObject::connect(review, &ReviewPanel::applyFailed, review,
                     [this, outcome](const QString &message) {
                         *outcome = -1;
                         m_problems.append(QStringLiteral("apply: ") + message);
                     });
    int decided = 0;
    WindowAction action = measure(
        QStringLiteral("review_apply"), QStringLiteral("accept the standard names, apply"),
        [this, review, &decided] {
            review->view()->setFocus();
            review->view()->selectAll();
            review->curation()->acceptStandard();
            decided = review->model()->decidedCount();
            const qint64 at = m_probe->now();
            review->applyAction()->trigger();
            return at;
        },
        [review, outcome] { return *outcome != 0 && !review->isApplying(); });
    action.rows = decided; // the decisions applied
    action.total = -1;
    if (decided == 0)
        action.note = QStringLiteral("nothing to apply");
    else if (*outcome < 0)
        action.note = QStringLiteral("failed");
    record(std::move(action));
}

ReviewPanel *WindowScript::review() const
{
    const QList<ImportPage *> pages = m_window->importPages();
    return pages.isEmpty() ? nullptr : pages.constLast()->review();
}

void WindowScript::importGenes()
{
    GeneImportController *controller = m_window->geneImport();
    auto outcome = std::make_shared<int>(0);
    QObject::connect(controller, &GeneImportController::importFinished, controller,
                     [outcome] { *outcome = 1; });
    QObject::connect(controller, &GeneImportController::importFailed, controller,
                     [this, outcome](const Error &error) {
                         *outcome = -1;
                         m_problems.append(QStringLiteral("import genes: ") + error.message);
                     });
    const int answered = m_answerer->expectedAnswered();
    m_answerer->expect(QCoreApplication::translate("GeneImportController", "Genes imported"));
    WindowAction action = measure(
        QStringLiteral("import_genes"),
        QStringLiteral("import genes (%1)").arg(QFileInfo(m_inputs.geneFile).fileName()),
        [this, controller] {
            const qint64 at = m_probe->now();
            controller->importFile(m_inputs.geneFile);
            return at;
        },
        // Complete once the report box was shown and answered.
        [this, outcome, answered] {
            return *outcome < 0 || (*outcome > 0 && m_answerer->expectedAnswered() > answered);
        });
    if (*outcome == 0)
        m_problems.append(QStringLiteral("import genes: no result"));
    action.rows = -1;
    action.total = -1;
    record(std::move(action));
}

} // namespace fd::bench
