// The window's layout, offscreen on both backends: the keyboard focus is drawn wherever Tab goes
// in the review and the registry views, every view and dialog fits a 1024×700 screen in English
// and German without cut text, the review's buttons never widen the window, the registry views
// size their columns to the first page, and a progress dialog closes before the result is shown.

#include "model/browse/PagedTableModel.h"
#include "model/features/FeatureStore.h"
#include "model/sets/FeatureSetStore.h"
#include "model/validation/ValidationModel.h"
#include "tests/support/BackendTest.h"
#include "tests/ui/WindowFixture.h"
#include "ui/AboutDialog.h"
#include "ui/ArtifactDetails.h"
#include "ui/ArtifactRegistrationController.h"
#include "ui/ConnectDialog.h"
#include "ui/CurationActions.h"
#include "ui/FeatureSetDetails.h"
#include "ui/HelpDialog.h"
#include "ui/ImportPage.h"
#include "ui/MainWindow.h"
#include "ui/NewFeatureDialog.h"
#include "ui/NewFeatureSetDialog.h"
#include "ui/PreferencesDialog.h"
#include "ui/RegistryTablePanel.h"
#include "ui/ReviewPanel.h"
#include "ui/Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPalette>
#include <QProgressDialog>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace fd;
using namespace fd::test;

namespace {

// A sheet whose review has every kind of row: validated, a case variant, unknown, a duplicate.
constexpr const char Sheet[] = "cell_type,Cell_Type,dose_mg,operator,cell_type,note\n"
                               "T,T,1,ann,T,x\n";

// The widgets whose text does not fit the width they were given (the text is cut or elided),
// each as "class 'text' width/needed". Wrapped labels take any width and are left out.
QStringList cutWidgets(QWidget *root)
{
    QStringList cut;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->window() != root->window())
            continue;
        QString text;
        int needed = 0;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->wordWrap() || label->text().isEmpty())
                continue;
            text = label->text();
            needed = label->minimumSizeHint().width();
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (button->text().isEmpty())
                continue;
            text = button->text();
            needed = button->sizeHint().width();
        } else if (auto *box = qobject_cast<QComboBox *>(widget)) {
            if (box->isEditable() || box->currentText().isEmpty())
                continue;
            // What the current text needs, drawn as the style draws a combo box around it.
            text = box->currentText();
            QStyleOptionComboBox option;
            option.initFrom(box);
            option.currentText = text;
            const QSize content(box->fontMetrics().boundingRect(text).width()
                                    + (box->itemIcon(box->currentIndex()).isNull()
                                           ? 0
                                           : box->iconSize().width() + 4),
                                box->fontMetrics().height());
            needed = box->style()
                         ->sizeFromContents(QStyle::CT_ComboBox, &option, content, box)
                         .width();
        } else {
            continue;
        }
        const QRect inWindow(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
        if (widget->width() < needed || inWindow.right() >= widget->window()->width())
            cut.append(QStringLiteral("%1 '%2' %3/%4")
                           .arg(QString::fromLatin1(widget->metaObject()->className()), text)
                           .arg(widget->width())
                           .arg(needed));
    }
    return cut;
}

// The widget as drawn now.
QImage drawn(QWidget *widget)
{
    return widget->grab().toImage();
}

// What a dark desktop theme hands the application (a few roles, the rest derived).
QPalette darkPalette()
{
    QPalette palette(QColor(0x3a, 0x3a, 0x3e), QColor(0x2d, 0x2d, 0x30));
    palette.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x22));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc9));
    return palette;
}

void useLanguage(const QString &language)
{
    QLocale::setDefault(QLocale(language));
    translations::install();
}

} // namespace

class TestWindowLayout final : public QObject, public WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }
    void init() { FD_WINDOW_INIT(); }
    void cleanup()
    {
        useLanguage(QStringLiteral("en"));
        FD_WINDOW_CLEANUP();
    }

    void tabFocusIsAlwaysDrawn_data();
    void tabFocusIsAlwaysDrawn();
    void viewsFitAt1024x700_data();
    void viewsFitAt1024x700();
    void dialogsFitAt1024x700_data() { viewsFitAt1024x700_data(); }
    void dialogsFitAt1024x700();
    void reviewDoesNotWidenTheWindow_data() { viewsFitAt1024x700_data(); }
    void reviewDoesNotWidenTheWindow();
    void columnsFitTheFirstPage();
    void columnsSizedFromTheRowsShownFirst();
    void registrationProgressClosesBeforeTheResult();

private:
    // The window made again (after a change of language) at the given size, shown and active.
    bool remakeWindow(const QSize &size);
    // An import page on the sheet, its column names validated.
    ImportPage *openReview();
    // Steps the focus with Tab from start until it comes back (or leaves within), checking that
    // each widget it reaches (at least atLeast of them) is drawn differently with the focus than
    // without.
    void checkFocusDrawn(QWidget *start, QWidget *within, int atLeast);
};

bool TestWindowLayout::remakeWindow(const QSize &size)
{
    m_testers.clear();
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->resize(size);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return false;
    QApplication::setActiveWindow(m_window.get());
    return QTest::qWaitForWindowActive(m_window.get());
}

ImportPage *TestWindowLayout::openReview()
{
    addFeatures({QStringLiteral("cell_type"), QStringLiteral("dose_mg")});
    const QString path = m_registries.tempPath(m_backend + QStringLiteral("-week48.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Sheet) != qint64(sizeof(Sheet) - 1))
        return nullptr;
    file.close();
    m_window->importPaths({path});
    if (m_window->importPages().size() != 1)
        return nullptr;
    ImportPage *page = m_window->importPages().constFirst();
    ReviewPanel *review = page->review();
    if (!QTest::qWaitFor(
            [review] { return review->model()->rowCount() > 0 && !review->isValidating(); }, 20000))
        return nullptr;
    m_window->tabs()->setCurrentWidget(page);
    page->showReview();
    return page;
}

void TestWindowLayout::checkFocusDrawn(QWidget *start, QWidget *within, int atLeast)
{
    start->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(start->hasFocus());
    QWidget *outside = m_window->tabs()->tabBar();
    QList<QWidget *> reached;
    QWidget *focused = start;
    for (int step = 0; step < 60; ++step) {
        QVERIFY(focused->focusPolicy() & Qt::TabFocus);
        const QImage withFocus = drawn(focused);
        // Without the focus: it goes to the tab bar, outside the widget checked, and comes back.
        outside->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(!focused->hasFocus());
        const QImage withoutFocus = drawn(focused);
        focused->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(focused->hasFocus());
        const QString name = QString::fromLatin1(focused->metaObject()->className())
            + QLatin1Char(' ') + focused->accessibleName() + QLatin1Char(' ')
            + (qobject_cast<QAbstractButton *>(focused)
                   ? qobject_cast<QAbstractButton *>(focused)->text()
                   : QString());
        QVERIFY2(withFocus != withoutFocus, qPrintable(name + QStringLiteral(": focus not drawn")));
        reached.append(focused);
        QTest::keyClick(focused, Qt::Key_Tab);
        focused = QApplication::focusWidget();
        QVERIFY(focused);
        if (focused == start || !within->isAncestorOf(focused) || reached.contains(focused))
            break;
    }
    QVERIFY2(reached.size() >= atLeast, qPrintable(QString::number(reached.size())));
}

void TestWindowLayout::tabFocusIsAlwaysDrawn_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestWindowLayout::tabFocusIsAlwaysDrawn()
{
    QFETCH(bool, dark);
    const QPalette light = QApplication::palette();
    const auto restore = qScopeGuard([light] { QApplication::setPalette(light); });
    if (dark)
        QApplication::setPalette(darkPalette());
    QVERIFY(remakeWindow(QSize(1100, 700)));
    ImportPage *page = openReview();
    QVERIFY(page);
    ReviewPanel *review = page->review();
    review->view()->selectRow(1);
    checkFocusDrawn(review->view(), review, 8);

    // The views of the registry: the filter, the table and what sits beside it.
    {
        const auto created = FeatureSetStore(db()).create({QStringLiteral("panel"),
                                                           MemberRegistry::Feature,
                                                           addFeatures({QStringLiteral("age")}),
                                                           {},
                                                           {}});
        QVERIFY(created);
    }
    RegistryTablePanel *sets = m_window->panel(RegistryTable::FeatureSets);
    m_window->tabs()->setCurrentWidget(sets);
    QTRY_COMPARE(sets->model()->rowCount(), 1);
    sets->view()->selectRow(0);
    // The set's details are read on a worker: checked once they are in.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->featureSetDetails()->isLoading(), 15000);
    checkFocusDrawn(sets->filterEdit(), sets, 4);
    // The genes' view: its filters and the gene finder above the table.
    RegistryTablePanel *genes = m_window->panel(RegistryTable::Genes);
    m_window->tabs()->setCurrentWidget(genes);
    // The filters' values are read on a worker; until then they wait, disabled.
    const QList<QComboBox *> filters = genes->findChildren<QComboBox *>();
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(filters.cbegin(), filters.cend(),
                                         [](const QComboBox *box) { return box->isEnabled(); }),
                             15000);
    checkFocusDrawn(genes->filterEdit(), genes, 3);
}

void TestWindowLayout::viewsFitAt1024x700_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
}

void TestWindowLayout::viewsFitAt1024x700()
{
    QFETCH(QString, language);
    useLanguage(language);
    const QSize size(1024, 700);
    QVERIFY(remakeWindow(size));
    {
        const auto created = FeatureSetStore(db()).create({QStringLiteral("week48 panel"),
                                                           MemberRegistry::Feature,
                                                           addFeatures({QStringLiteral("age")}),
                                                           {},
                                                           {}});
        QVERIFY(created);
    }
    ImportPage *page = openReview();
    QVERIFY(page);
    const auto check = [this, &size](const QString &where) {
        QCoreApplication::processEvents();
        QCOMPARE(m_window->size(), size);
        const QStringList cut = cutWidgets(m_window.get());
        QVERIFY2(cut.isEmpty(), qPrintable(where + QStringLiteral(": ") + cut.join(u"; ")));
    };
    page->review()->view()->selectRow(1);
    check(QStringLiteral("review"));
    page->review()->view()->selectAll();
    page->review()->curation()->ignoreSelected(); // "Apply 8 decisions"
    page->review()->view()->selectRow(1);
    check(QStringLiteral("review with decisions"));
    // Checking the values of one column: its column, field and organism boxes take part.
    const QList<QComboBox *> boxes = page->review()->findChildren<QComboBox *>();
    QVERIFY(!boxes.isEmpty());
    QCOMPARE(boxes.first()->accessibleName(), ReviewPanel::tr("What to validate"));
    boxes.first()->setCurrentIndex(1);
    check(QStringLiteral("review of a column's values"));
    page->views()->setCurrentIndex(0);
    check(QStringLiteral("import preview"));
    for (RegistryTable table : PanelIds) {
        RegistryTablePanel *panel = m_window->panel(table);
        m_window->tabs()->setCurrentWidget(panel);
        QTRY_VERIFY(panel->model()->totalCount() >= 0);
        if (panel->model()->rowCount() > 0)
            panel->view()->selectRow(0);
        // The details beside the table are read on a worker: checked once they are in.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->featureSetDetails()->isLoading()
                                     && !m_window->artifactDetails()->isLoading(),
                                 15000);
        check(registryTableKey(table));
        // Details beside the table get their share of the width (two fifths), not what is left.
        if (auto *splitter = panel->findChild<QSplitter *>()) {
            const QList<int> sizes = splitter->sizes();
            QCOMPARE(sizes.size(), 2);
            QVERIFY2(
                sizes.at(1) * 3 >= splitter->width(),
                qPrintable(QStringLiteral("%1 of %2").arg(sizes.at(1)).arg(splitter->width())));
        }
    }
    m_window->showWelcome();
    check(QStringLiteral("welcome"));
}

void TestWindowLayout::dialogsFitAt1024x700()
{
    QFETCH(QString, language);
    useLanguage(language);
    QVERIFY(remakeWindow(QSize(1024, 700)));
    const std::vector<std::function<QDialog *()>> makers = {
        [this] { return new AboutDialog(m_window.get()); },
        [this] { return new PreferencesDialog(m_window.get()); },
        [this] { return new ConnectDialog(m_window.get()); },
        [this] { return new NewFeatureDialog(m_window.get()); },
        [this] { return new NewFeatureSetDialog(FeatureStore(db()).list(), m_window.get()); },
        [this] { return new HelpDialog(m_window.get()); },
    };
    for (const auto &make : makers) {
        std::unique_ptr<QDialog> dialog(make());
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QCoreApplication::processEvents();
        const QString name = QString::fromLatin1(dialog->metaObject()->className());
        QVERIFY2(dialog->width() <= 1024 && dialog->height() <= 700,
                 qPrintable(
                     name + QStringLiteral(": %1x%2").arg(dialog->width()).arg(dialog->height())));
        const QStringList cut = cutWidgets(dialog.get());
        QVERIFY2(cut.isEmpty(), qPrintable(name + QStringLiteral(": ") + cut.join(u"; ")));
    }
}

void TestWindowLayout::reviewDoesNotWidenTheWindow()
{
    QFETCH(QString, language);
    useLanguage(language);
    QVERIFY(remakeWindow(QSize(1100, 700))); // the window's size when nothing was saved
    const QSize size = m_window->size();
    ImportPage *page = openReview();
    QVERIFY(page);
    ReviewPanel *review = page->review();
    QCoreApplication::processEvents();
    QCOMPARE(m_window->size(), size);
    const int narrowest = review->minimumSizeHint().width();
    // Decisions lengthen Apply ("Apply 8 decisions"): neither the review nor the window widens.
    review->view()->selectAll();
    review->curation()->ignoreSelected();
    QVERIFY(review->model()->decidedCount() > 1);
    QCoreApplication::processEvents();
    QCOMPARE(m_window->size(), size);
    QVERIFY2(review->minimumSizeHint().width() <= narrowest,
             qPrintable(
                 QStringLiteral("%1 > %2").arg(review->minimumSizeHint().width()).arg(narrowest)));
}

void TestWindowLayout::columnsFitTheFirstPage()
{
    // The window opened on an empty registry; the first page arrives with the first set.
    RegistryTablePanel *sets = m_window->panel(RegistryTable::FeatureSets);
    m_window->tabs()->setCurrentWidget(sets);
    const QString name = QStringLiteral("sample_sheet_week48_blood_panel");
    QVERIFY(FeatureSetStore(db()).create(
        {name, MemberRegistry::Feature, addFeatures({QStringLiteral("age")}), {}, {}}));
    m_session->announceChanged(RegistryTable::FeatureSets);
    QTRY_COMPARE(sets->model()->rowCount(), 1);
    QCoreApplication::processEvents();
    QTableView *view = sets->view();
    const int column = tables::featureSets().columnIndex(QStringLiteral("name"));
    QVERIFY2(view->columnWidth(column) >= view->fontMetrics().horizontalAdvance(name),
             qPrintable(QString::number(view->columnWidth(column))));
    // No column takes the rest of the view.
    QVERIFY(!view->horizontalHeader()->stretchLastSection());

    // A width the user chose is kept when the records change.
    view->horizontalHeader()->resizeSection(column, 400);
    QVERIFY(FeatureSetStore(db()).create({QStringLiteral("x"),
                                          MemberRegistry::Feature,
                                          addFeatures({QStringLiteral("dose_mg")}),
                                          {},
                                          {}}));
    m_session->announceChanged(RegistryTable::FeatureSets);
    QTRY_COMPARE(sets->model()->rowCount(), 2);
    QCOMPARE(view->columnWidth(column), 400);
}

void TestWindowLayout::columnsSizedFromTheRowsShownFirst()
{
    // Widths come from the rows shown first, not from every row of the first page: each row read
    // is a text layout on the GUI thread while the registry opens.
    const int shortSets = RegistryTablePanel::SizingRows + 20;
    for (int i = 0; i < shortSets; ++i) {
        const QString name = QStringLiteral("p%1").arg(i, 3, 10, QLatin1Char('0'));
        QVERIFY(FeatureSetStore(db()).create(
            {name, MemberRegistry::Feature, addFeatures({QStringLiteral("f_") + name}), {}, {}}));
    }
    // Longer than any other name, yet within the widest a column is sized to (50 average
    // characters), so that the width tells whether it was read.
    const QFontMetrics metrics = QTableView().fontMetrics();
    QString longName = QStringLiteral("zz_") + QString(60, QLatin1Char('m'));
    while (metrics.horizontalAdvance(longName) >= metrics.averageCharWidth() * 50 - 8)
        longName.chop(1);
    QVERIFY(metrics.horizontalAdvance(longName)
            > metrics.horizontalAdvance(QStringLiteral("sample_sheet_week48_blood_panel")) + 8);
    QVERIFY(FeatureSetStore(db()).create(
        {longName, MemberRegistry::Feature, addFeatures({QStringLiteral("f_zz")}), {}, {}}));
    QVERIFY(remakeWindow(QSize(1100, 700)));
    RegistryTablePanel *sets = m_window->panel(RegistryTable::FeatureSets);
    m_window->tabs()->setCurrentWidget(sets);
    QTRY_VERIFY(sets->model()->rowCount() > shortSets);
    QTableView *view = sets->view();
    const int column = tables::featureSets().columnIndex(QStringLiteral("name"));
    QAbstractItemModel *shown = view->model();
    int longRow = -1;
    QTRY_VERIFY([&] {
        for (int row = 0; row < shown->rowCount(); ++row)
            if (shown->index(row, column).data().toString() == longName)
                longRow = row;
        return longRow >= 0;
    }());
    // The long name is on the first page, but beyond the rows the widths are taken from.
    QVERIFY2(longRow >= RegistryTablePanel::SizingRows, qPrintable(QString::number(longRow)));
    QVERIFY2(longRow < PagedTableModel::PageSize, qPrintable(QString::number(longRow)));
    QCoreApplication::processEvents();
    QCOMPARE(view->fontMetrics().averageCharWidth(), metrics.averageCharWidth());
    QVERIFY2(view->columnWidth(column) >= metrics.horizontalAdvance(QStringLiteral("p000")),
             qPrintable(QString::number(view->columnWidth(column))));
    QVERIFY2(view->columnWidth(column) < metrics.horizontalAdvance(longName),
             qPrintable(QString::number(view->columnWidth(column))));
}

void TestWindowLayout::registrationProgressClosesBeforeTheResult()
{
    QDir().mkpath(m_registries.tempPath(m_backend + QStringLiteral("-files")));
    QStringList paths;
    for (int i = 0; i < 5; ++i) {
        const QString path
            = m_registries.tempPath(m_backend + QStringLiteral("-files/s%1.csv")).arg(i);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("cell_type\nT\n");
        paths.append(path);
    }
    QStringList shownAbove;
    bool answered = false;
    // The result box is kept a while, long enough for a progress dialog's own timer to show it.
    QElapsedTimer boxShown;
    ModalDriver driver({[&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return false;
        if (!boxShown.isValid())
            boxShown.start();
        if (boxShown.elapsed() < 1000)
            return false;
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows)
            if (auto *progress = qobject_cast<QProgressDialog *>(window);
                progress && progress->isVisible())
                shownAbove.append(progress->labelText());
        answered = true;
        box->accept();
        return true;
    }});
    QSignalSpy finished(m_window->artifactRegistration(),
                        &ArtifactRegistrationController::registrationFinished);
    m_window->registerPaths(paths);
    // Shown, as a registration that takes longer than a moment shows it (the job's end is queued).
    const QList<QProgressDialog *> dialogs = m_window->findChildren<QProgressDialog *>();
    QCOMPARE(dialogs.size(), 1);
    dialogs.first()->show();
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    QCOMPARE(finished.size(), 1);
    QVERIFY2(shownAbove.isEmpty(), qPrintable(shownAbove.join(u"; ")));
    QVERIFY(driver.unexpected().isEmpty());
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
