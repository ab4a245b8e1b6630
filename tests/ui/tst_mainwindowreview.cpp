// The main window's part in curation, offscreen, on both backends: an import page validates its
// column names as soon as its scan ends, Edit ▸ Undo/Redo act on the review of the page shown,
// and closing a page with decisions not applied asks first.

#include "model/features/FeatureStore.h"
#include "model/validation/ValidationModel.h"
#include "tests/support/BackendTest.h"
#include "ui/CurationActions.h"
#include "ui/ImportPage.h"
#include "ui/MainWindow.h"
#include "ui/RegistrySession.h"
#include "ui/ReviewPanel.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

using namespace fd;

namespace {

// Answers the next message box with the given button, and keeps its text.
class BoxAnswer : public QObject
{
public:
    explicit BoxAnswer(QMessageBox::StandardButton button)
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this, button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                text = box->text();
                box->button(button)->click();
            }
        });
        m_timer.start();
    }
    QString text;

private:
    QTimer m_timer;
};

QAction *actionWithShortcut(const QWidget &window, const QKeySequence &shortcut)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions)
        if (action->shortcuts().contains(shortcut))
            return action;
    return nullptr;
}

} // namespace

class TestMainWindowReview : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { FD_BACKEND_INIT(m_registries, m_location); }

    void reviewUndoAndClose()
    {
        RegistrySession session;
        FD_VERIFY_OK(session.open(m_location, true));
        FD_VERIFY_OK(FeatureStore(*session.registry())
                         .add({QStringLiteral("cell_type"), QStringLiteral("cat"), {}, {}, {}}));
        const QString sheet = m_registries.tempPath(QStringLiteral("week.csv"));
        {
            QFile file(sheet);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Cell_Type,operator\nT cell,ann\nB cell,bob\n");
        }
        MainWindow window(&session);
        window.show();
        window.importPaths({sheet});
        QCOMPARE(window.importPages().size(), 1);
        ImportPage *page = window.importPages().first();
        ReviewPanel *review = page->review();
        // The scan ends, the column names are validated, the Review tab opens up.
        QTRY_COMPARE_WITH_TIMEOUT(review->model()->rowCount(), 2, 20000);
        QVERIFY(page->views()->isTabEnabled(1));
        page->showReview();
        QCOMPARE(window.undoGroup()->activeStack(), review->undoStack());

        review->view()->selectRow(0);
        review->curation()->acceptStandard();
        review->view()->selectRow(1);
        review->curation()->ignoreSelected();
        QCOMPARE(review->model()->decidedCount(), 2);

        QAction *undo = actionWithShortcut(window, QKeySequence::Undo);
        QAction *redo = actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QVERIFY(undo && redo);
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(review->model()->decidedCount(), 1);
        undo->trigger();
        QCOMPARE(review->model()->decidedCount(), 0);
        QVERIFY(!undo->isEnabled());
        redo->trigger();
        redo->trigger();
        QCOMPARE(review->model()->decidedCount(), 2);

        // Another tab shown: the Edit menu has nothing to undo there, and the decisions stay.
        window.tabs()->setCurrentIndex(0);
        QVERIFY(!undo->isEnabled());
        window.tabs()->setCurrentWidget(page);
        QVERIFY(undo->isEnabled());
        QCOMPARE(review->model()->decidedCount(), 2);

        // Closing asks; Cancel keeps the page and its decisions.
        const int at = window.tabs()->indexOf(page);
        {
            BoxAnswer answer(QMessageBox::Cancel);
            Q_EMIT window.tabs()->tabCloseRequested(at);
            QVERIFY2(answer.text.contains(QStringLiteral("not applied")), qPrintable(answer.text));
        }
        QCOMPARE(window.importPages().size(), 1);
        QCOMPARE(review->model()->decidedCount(), 2);
        {
            BoxAnswer answer(QMessageBox::Close);
            Q_EMIT window.tabs()->tabCloseRequested(at);
        }
        QCOMPARE(window.importPages().size(), 0);
    }
};

QTEST_MAIN(TestMainWindowReview)
#include "tst_mainwindowreview.moc"
