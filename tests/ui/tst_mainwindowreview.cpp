// The main window's part in curation, offscreen, on both backends: an import page validates its
// column names as soon as its scan ends, Edit ▸ Undo/Redo act on the review of the page shown,
// and closing a page, or the window, with decisions not applied asks first: Apply, Discard or
// Cancel.

#include "model/features/FeatureStore.h"
#include "model/sets/FeatureSetStore.h"
#include "model/validation/ValidationModel.h"
#include "tests/support/BackendTest.h"
#include "ui/CurationActions.h"
#include "ui/CurationCommand.h"
#include "ui/ImportPage.h"
#include "ui/MainWindow.h"
#include "ui/RegistrySession.h"
#include "ui/ReviewPanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
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

    // A sheet written to the temporary folder; empty when it could not be written.
    QString writeSheet(const QString &name, const QByteArray &content)
    {
        const QString path = m_registries.tempPath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    // The sheet imported into the window, once its review shows rows; nothing after 20 s.
    static ReviewPanel *reviewed(MainWindow &window, const QString &sheet, int rows)
    {
        window.importPaths({sheet});
        if (window.importPages().isEmpty())
            return nullptr;
        ReviewPanel *review = window.importPages().constLast()->review();
        return QTest::qWaitFor([&] { return review->model()->rowCount() == rows; }, 20000)
            ? review
            : nullptr;
    }

    // The test's own connection to the window's registry, to set up and check records.
    static std::unique_ptr<Registry> own(const RegistrySession &session)
    {
        Result<std::unique_ptr<Registry>> opened = Registry::open(*session.location());
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        return std::move(opened).value();
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { FD_BACKEND_INIT(m_registries, m_location); }

    void reviewUndoAndClose()
    {
        RegistrySession session;
        FD_VERIFY_OK(session.open(m_location, true));
        FD_VERIFY_OK(FeatureStore(*own(session))
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

    // Closing the window (Ctrl+Q closes every window) with decisions on two pages: one question
    // naming both. Cancel keeps the window; Apply writes every page's decisions, then closes;
    // Discard closes and writes nothing.
    void closingTheWindowAsksAboutEveryPage()
    {
        RegistrySession session;
        FD_VERIFY_OK(session.open(m_location, true));
        FD_VERIFY_OK(FeatureStore(*own(session))
                         .add({QStringLiteral("cell_type"), QStringLiteral("cat"), {}, {}, {}}));
        QStringList sheets;
        for (const char *name : {"plate1.csv", "plate2.csv"}) {
            sheets.append(m_registries.tempPath(QString::fromLatin1(name)));
            QFile file(sheets.last());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(name[5] == '1' ? "cell_type,operator\nT,ann\n" : "cell_type,dose\nT,1\n");
        }
        MainWindow window(&session);
        window.show();
        window.importPaths(sheets);
        QCOMPARE(window.importPages().size(), 2);
        const auto decide = [](ReviewPanel *review, const QString &value, const QString &feature) {
            review->undoStack()->push(new CurationCommand(
                review->model(),
                {{value, CurationDecision::addFeature(feature, QStringLiteral("str"))}},
                QStringLiteral("Add")));
        };
        ReviewPanel *first = window.importPages().at(0)->review();
        ReviewPanel *second = window.importPages().at(1)->review();
        QTRY_COMPARE_WITH_TIMEOUT(first->model()->rowCount(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(second->model()->rowCount(), 2, 20000);

        // Saving a set from a review is said in the window's status bar too.
        const Result<CuratedMembers> members = first->curatedMembers();
        FD_VERIFY_OK(members);
        NewFeatureSet set;
        set.name = QStringLiteral("plates");
        set.memberUids = members->uids;
        QSignalSpy setSaved(first, &ReviewPanel::featureSetSaved);
        first->saveAsFeatureSet(set);
        QTRY_COMPARE_WITH_TIMEOUT(setSaved.size(), 1, 15000); // stored on a worker
        QVERIFY2(window.statusBar()->currentMessage().startsWith(
                     QStringLiteral("Saved feature set “plates” (1 feature")),
                 qPrintable(window.statusBar()->currentMessage()));

        decide(first, QStringLiteral("operator"), QStringLiteral("operator"));
        decide(second, QStringLiteral("dose"), QStringLiteral("dose"));
        QVERIFY(first->hasUnappliedDecisions() && second->hasUnappliedDecisions());
        {
            BoxAnswer answer(QMessageBox::Cancel);
            QVERIFY(!window.close());
            QVERIFY2(answer.text.contains(QLatin1StringView("plate1.csv (1 decision"))
                         && answer.text.contains(QLatin1StringView("plate2.csv (1 decision")),
                     qPrintable(answer.text));
        }
        QVERIFY(window.isVisible());
        QCOMPARE(first->model()->decidedCount(), 1);
        QCOMPARE(second->model()->decidedCount(), 1);
        {
            BoxAnswer answer(QMessageBox::Apply);
            window.close();
            QVERIFY2(answer.text.contains(QLatin1StringView("not applied")),
                     qPrintable(answer.text));
            QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 20000);
        }
        const std::unique_ptr<Registry> db = own(session);
        FeatureStore features(*db);
        FD_VERIFY_OK(features.findByName(QStringLiteral("operator")));
        FD_VERIFY_OK(features.findByName(QStringLiteral("dose")));
        QVERIFY(!first->hasUnappliedDecisions() && !second->hasUnappliedDecisions());

        // Shown again, new decisions, Discard: the window closes, nothing is written.
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(first->model()->rowCount(), 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!first->isValidating(), 20000);
        decide(first, QStringLiteral("cell_type"), QStringLiteral("cell_type_2"));
        {
            BoxAnswer answer(QMessageBox::Close); // the button that says Discard
            QVERIFY(window.close());
            QVERIFY2(answer.text.contains(QLatin1StringView("plate1.csv"))
                         && !answer.text.contains(QLatin1StringView("plate2.csv")),
                     qPrintable(answer.text));
        }
        QVERIFY(!window.isVisible());
        QCOMPARE(first->model()->decidedCount(), 0);
        QVERIFY(!features.findByName(QStringLiteral("cell_type_2")));
    }

    // Apply on closing that fails (the feature's name was taken meanwhile): the error is shown,
    // nothing is written, and the window stays open with its decisions.
    void aFailedApplyKeepsTheWindowOpen()
    {
        RegistrySession session;
        FD_VERIFY_OK(session.open(m_location, true));
        const QString sheet = writeSheet(QStringLiteral("plate4.csv"), "operator\nann\n");
        QVERIFY(!sheet.isEmpty());
        MainWindow window(&session);
        window.show();
        ReviewPanel *review = reviewed(window, sheet, 1);
        QVERIFY(review);
        review->undoStack()->push(
            new CurationCommand(review->model(),
                                {{QStringLiteral("operator"),
                                  CurationDecision::addFeature(QStringLiteral("operator_name"),
                                                               QStringLiteral("str"))}},
                                QStringLiteral("Add")));
        FD_VERIFY_OK(
            FeatureStore(*own(session))
                .add({QStringLiteral("operator_name"), QStringLiteral("int"), {}, {}, {}}));
        QSignalSpy failed(review, &ReviewPanel::applyFailed);
        QStringList texts;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, &answer, [&texts] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            texts.append(box->text());
            if (QAbstractButton *apply = box->button(QMessageBox::Apply))
                apply->click();
            else
                box->accept();
        });
        answer.start();
        window.close();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 2, 20000); // the question, then the error
        answer.stop();
        QVERIFY2(texts.at(1).contains(QLatin1StringView("Nothing was written")),
                 qPrintable(texts.at(1)));
        QTest::qWait(100);
        QVERIFY(window.isVisible());
        QVERIFY(review->hasUnappliedDecisions());
        QCOMPARE(FeatureStore(*own(session)).findByName(QStringLiteral("operator_name"))->dtype,
                 QStringLiteral("int"));
    }

    // Closing one page asks the same three; Apply writes, then the page goes.
    void closingAPageCanApplyFirst()
    {
        RegistrySession session;
        FD_VERIFY_OK(session.open(m_location, true));
        const QString sheet = writeSheet(QStringLiteral("plate3.csv"), "operator\nann\n");
        QVERIFY(!sheet.isEmpty());
        MainWindow window(&session);
        window.show();
        ReviewPanel *review = reviewed(window, sheet, 1);
        QVERIFY(review);
        review->undoStack()->push(new CurationCommand(
            review->model(),
            {{QStringLiteral("operator"),
              CurationDecision::addFeature(QStringLiteral("operator"), QStringLiteral("str"))}},
            QStringLiteral("Add")));
        {
            BoxAnswer answer(QMessageBox::Apply);
            Q_EMIT window.tabs()->tabCloseRequested(
                window.tabs()->indexOf(window.importPages().constFirst()));
            QVERIFY2(answer.text.contains(QLatin1StringView("plate3.csv")),
                     qPrintable(answer.text));
            QTRY_COMPARE_WITH_TIMEOUT(window.importPages().size(), 0, 20000);
        }
        FD_VERIFY_OK(FeatureStore(*own(session)).findByName(QStringLiteral("operator")));
        QVERIFY(window.isVisible());
    }
};

QTEST_MAIN(TestMainWindowReview)
#include "tst_mainwindowreview.moc"
