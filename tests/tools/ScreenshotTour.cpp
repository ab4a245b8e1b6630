#include "tests/tools/ScreenshotTour.h"

#include "model/validation/ValidationModel.h"
#include "tests/tools/DemoRegistry.h"
#include "ui/ArtifactDetails.h"
#include "ui/ComparisonDialog.h"
#include "ui/FeatureSetDetails.h"
#include "ui/ImportPage.h"
#include "ui/MainWindow.h"
#include "ui/RegistrySession.h"
#include "ui/RegistryTablePanel.h"
#include "ui/ReviewPanel.h"

#include <QDir>
#include <QItemSelectionModel>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace fd {

namespace {

constexpr int LongWait = 60000;

Error failed(const QString &what)
{
    return Error::make(Error::Code::Invalid, what);
}

// Lets posted events, deferred layouts and timers (the review's re-validation, the views'
// column fitting) run, so that the picture shows the settled window.
void settle()
{
    QTest::qWait(400);
}

// The row of a registry view whose first column reads text, or -1.
int rowOf(const QTableView *view, const QString &text)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == text)
            return row;
    return -1;
}

ImportPage *reviewPage(MainWindow &window, const QString &path)
{
    const QList<ImportPage *> pages = window.importPages();
    for (ImportPage *page : pages)
        if (QDir::cleanPath(page->path()) == QDir::cleanPath(path))
            return page;
    return nullptr;
}

} // namespace

ScreenshotTour::ScreenshotTour(Options options)
    : m_options(std::move(options))
{
}

QStringList ScreenshotTour::allViews()
{
    return {QStringLiteral("welcome"),      QStringLiteral("import"),    QStringLiteral("review"),
            QStringLiteral("feature-sets"), QStringLiteral("artifacts"), QStringLiteral("compare")};
}

Result<QStringList> ScreenshotTour::shoot(const QString &tag)
{
    RegistrySession session;
    if (Status opened = session.open(m_options.registry, false); !opened)
        return opened.error();
    MainWindow window(&session);
    window.resize(m_options.size);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return failed(QStringLiteral("the main window was never shown"));

    const QList<std::pair<QString, Step>> steps {
        {QStringLiteral("welcome"), [this](MainWindow &w) { return showWelcome(w); }},
        {QStringLiteral("import"), [this](MainWindow &w) { return showImport(w); }},
        {QStringLiteral("review"), [this](MainWindow &w) { return showReview(w); }},
        {QStringLiteral("feature-sets"), [this](MainWindow &w) { return showFeatureSets(w); }},
        {QStringLiteral("artifacts"), [this](MainWindow &w) { return showArtifacts(w); }},
        {QStringLiteral("compare"), [this](MainWindow &w) { return showCompare(w); }},
    };
    QStringList written;
    for (const auto &[view, step] : steps) {
        if (!m_options.views.isEmpty() && !m_options.views.contains(view))
            continue;
        const Result<QWidget *> shown = step(window);
        if (!shown)
            return Error::make(shown.error().code,
                               view + QStringLiteral(": ") + shown.error().message);
        QWidget *topLevel = (*shown)->window();
        settle();
        const QString path = QDir(m_options.outDir)
                                 .filePath(view + QLatin1Char('-') + tag + QStringLiteral(".png"));
        // Compression level 9 (quality 0): the pictures live in the repository.
        if (!topLevel->grab().save(path, "PNG", 0))
            return Error::make(Error::Code::Io, QStringLiteral("cannot write ") + path);
        written.append(path);
        if (topLevel != &window)
            topLevel->close();
    }
    return written;
}

Result<QWidget *> ScreenshotTour::showWelcome(MainWindow &window)
{
    window.showWelcome();
    return &window;
}

Result<QWidget *> ScreenshotTour::showImport(MainWindow &window)
{
    window.importPaths({m_options.reviewFile});
    ImportPage *page = reviewPage(window, m_options.reviewFile);
    if (!page)
        return failed(QStringLiteral("no import page for ") + m_options.reviewFile);
    if (!QTest::qWaitFor([page] { return page->hasResult() && !page->isScanning(); }, LongWait))
        return failed(QStringLiteral("the scan did not finish"));
    page->views()->setCurrentIndex(0);
    return &window;
}

Result<QWidget *> ScreenshotTour::showReview(MainWindow &window)
{
    ImportPage *page = reviewPage(window, m_options.reviewFile);
    if (!page) {
        if (Result<QWidget *> imported = showImport(window); !imported)
            return imported;
        page = reviewPage(window, m_options.reviewFile);
    }
    ReviewPanel *review = page->review();
    if (!QTest::qWaitFor(
            [review] { return review->model()->rowCount() > 0 && !review->isValidating(); },
            LongWait))
        return failed(QStringLiteral("the column names were never validated"));
    window.tabs()->setCurrentWidget(page);
    page->showReview();
    // A row that is not validated as it stands, so the actions on it are offered.
    for (int row = 0; row < review->view()->model()->rowCount(); ++row)
        if (review->view()->model()->index(row, 0).data().toString()
            == QLatin1StringView("Cell_Type"))
            review->view()->selectRow(row);
    return &window;
}

Result<QWidget *> ScreenshotTour::showFeatureSets(MainWindow &window)
{
    RegistryTablePanel *sets = window.panel(RegistryTable::FeatureSets);
    window.tabs()->setCurrentWidget(sets);
    const int row = rowOf(sets->view(), DemoRegistry::selectedSetName());
    if (row < 0)
        return failed(QStringLiteral("no set named ") + DemoRegistry::selectedSetName());
    sets->view()->selectRow(row);
    // The details beside it are read on a worker.
    if (!QTest::qWaitFor([&window] { return !window.featureSetDetails()->isLoading(); }, 10000))
        return failed(QStringLiteral("the set's details never arrived"));
    return &window;
}

Result<QWidget *> ScreenshotTour::showArtifacts(MainWindow &window)
{
    RegistryTablePanel *artifacts = window.panel(RegistryTable::Artifacts);
    window.tabs()->setCurrentWidget(artifacts);
    const int row = rowOf(artifacts->view(), DemoRegistry::selectedArtifactKey());
    if (row < 0)
        return failed(QStringLiteral("no artifact ") + DemoRegistry::selectedArtifactKey());
    artifacts->view()->selectRow(row);
    // The details beside it are read on a worker.
    if (!QTest::qWaitFor([&window] { return !window.artifactDetails()->isLoading(); }, 10000))
        return failed(QStringLiteral("the artifact's details never arrived"));
    return &window;
}

Result<QWidget *> ScreenshotTour::showCompare(MainWindow &window)
{
    RegistryTablePanel *artifacts = window.panel(RegistryTable::Artifacts);
    window.tabs()->setCurrentWidget(artifacts);
    QTableView *view = artifacts->view();
    view->clearSelection();
    for (const QString &key : DemoRegistry::comparedKeys()) {
        const int row = rowOf(view, key);
        if (row < 0)
            return failed(QStringLiteral("no artifact ") + key);
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    window.compareSelected();
    auto *dialog = window.findChild<ComparisonDialog *>();
    if (!dialog)
        return failed(QStringLiteral("Compare selected opened no dialog"));
    dialog->resize(m_options.size.width() * 7 / 8, m_options.size.height() * 7 / 8);
    if (!QTest::qWaitForWindowExposed(dialog))
        return failed(QStringLiteral("the Compare dialog was never shown"));
    // It compares on a worker.
    if (!QTest::qWaitFor([dialog] { return !dialog->isComparing(); }, 10000))
        return failed(QStringLiteral("the comparison never arrived"));
    // The first slot's members, as a user clicking it would see them.
    dialog->slotsView()->selectRow(0);
    return dialog;
}

} // namespace fd
