// Help ▸ User guide, Help ▸ About and saving charts, offscreen: the guide in both languages with
// its contents, links, history and find; the About facts (versions of the app, Qt, SQLite and the
// schema) and Copy; charts with data saved as PNG and SVG, and refused without a file left behind.
//
// FEATUREDESK_SCREENSHOT_DIR=DIR also saves pictures of the help window and the About box there.

#include "model/comparison/ComparisonModel.h"
#include "model/db/BackendVersions.h"
#include "model/db/Registry.h"
#include "model/db/RegistryLocation.h"
#include "model/db/Schema.h"
#include "model/validation/ValidationFilterProxyModel.h"
#include "model/validation/ValidationModel.h"
#include "model/validation/ValidationSummaryModel.h"
#include "ui/AboutDialog.h"
#include "ui/ChartExport.h"
#include "ui/ComparisonDialog.h"
#include "ui/HelpDialog.h"
#include "ui/ReviewSummary.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSet>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>

#include <limits>

using namespace fd;

namespace {

// Every anchor name and every in-page link (#name) of a document.
void anchorsAndLinks(const QTextDocument *document, QSet<QString> *anchors, QStringList *links)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            for (const QString &name : format.anchorNames())
                anchors->insert(name);
            if (format.isAnchor() && format.anchorHref().startsWith(QLatin1Char('#')))
                links->append(format.anchorHref().mid(1));
        }
}

QList<SetMember> members(const QString &prefix, int n)
{
    QList<SetMember> list;
    for (int i = 0; i < n; ++i)
        list.append({QStringLiteral("%1%2").arg(prefix).arg(i, 9, 10, QLatin1Char('0')),
                     QStringLiteral("%1_%2").arg(prefix).arg(i)});
    return list;
}

// Two sets that share 12 members and differ by 5 and 3: a chart with three parts to draw.
SlotComparison sampleComparison(const QString &, const QString &)
{
    SlotComparison comparison;
    comparison.setA = QStringLiteral("AAAAAAAAAAAAAAAAAAAA");
    comparison.setB = QStringLiteral("BBBBBBBBBBBBBBBBBBBB");
    comparison.setNameA = QStringLiteral("panel A");
    comparison.setNameB = QStringLiteral("panel B");
    comparison.shared = members(QStringLiteral("shared"), 12);
    comparison.onlyA = members(QStringLiteral("onlya"), 5);
    comparison.onlyB = members(QStringLiteral("onlyb"), 3);
    return comparison;
}

// Column names with three statuses: a review chart with three parts.
ValidationReport sampleReport()
{
    ValidationReport report;
    report.field = ValidationField::FeatureName;
    const auto item = [](const char *value, ValidationStatus status) {
        ValidationItem result;
        result.value = QString::fromLatin1(value);
        result.status = status;
        return result;
    };
    report.items = {item("cell_type", ValidationStatus::Validated),
                    item("dose_mg", ValidationStatus::Validated),
                    item("Cell_Type", ValidationStatus::Standardizable),
                    item("tissue", ValidationStatus::NotValidated)};
    return report;
}

} // namespace

class TestHelpAndAbout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void guideResourcesExist();
    void guideLoads_data();
    void guideLoads();
    void contentsLeadToAnchors_data();
    void contentsLeadToAnchors();
    void languageChoice();
    void backAndForward();
    void findJumps();
    void showForKeepsOneWindow();
    void aboutHoldsVersions();
    void saveComparisonChart();
    void saveReviewChart();
    void unwritablePathLeavesNoFile();
    void screenshots();

private:
    // The dialog compares on a worker over a registry connection: an empty registry to open,
    // whose connection the sample comparison does not use.
    ComparisonDialog::Location sampleLocation();
    // The dialog over two sample sets (named "panel A" and "panel B", or by uid only) and the
    // sample comparison.
    std::unique_ptr<ComparisonDialog> sampleComparisonDialog(bool named);
    // The sample comparison, once the dialog's worker has answered.
    bool openComparison(ComparisonDialog &dialog);

    QTemporaryDir m_dir;
    std::optional<RegistryLocation> m_sample;
};

ComparisonDialog::Location TestHelpAndAbout::sampleLocation()
{
    if (!m_sample) {
        const RegistryLocation location
            = RegistryLocation::sqliteFile(m_dir.filePath(QStringLiteral("sample.sqlite")));
        Registry::OpenOptions options;
        options.createIfMissing = true;
        if (const Result<std::unique_ptr<Registry>> made = Registry::open(location, options); made)
            m_sample = location;
        else
            qWarning("%s", qPrintable(made.error().message));
    }
    return [location = m_sample] { return location; };
}

std::unique_ptr<ComparisonDialog> TestHelpAndAbout::sampleComparisonDialog(bool named)
{
    return std::make_unique<ComparisonDialog>(
        QList<ComparisonDialog::Candidate> {
            {QStringLiteral("AAAAAAAAAAAAAAAAAAAA"), named ? QStringLiteral("panel A") : QString()},
            {QStringLiteral("BBBBBBBBBBBBBBBBBBBB"),
             named ? QStringLiteral("panel B") : QString()}},
        sampleLocation(),
        ComparisonDialog::CompareSets(
            [](Registry &, const QString &a, const QString &b) -> Result<SlotComparison> {
                return sampleComparison(a, b);
            }),
        nullptr);
}

bool TestHelpAndAbout::openComparison(ComparisonDialog &dialog)
{
    dialog.show();
    return QTest::qWaitForWindowExposed(&dialog)
        && QTest::qWaitFor([&dialog] { return !dialog.isComparing(); }, 15000)
        && dialog.comparisonModel()->rowCount() == 1;
}

void TestHelpAndAbout::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7-test"));
}

void TestHelpAndAbout::guideResourcesExist()
{
    for (const QString &path :
         {QStringLiteral(":/help/guide.html"), QStringLiteral(":/help/guide_de.html")}) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY2(html.contains(QLatin1StringView("<h2 id=")), qPrintable(path));
        // Readable in dark mode: the guide sets no colours of its own.
        static const QRegularExpression colours(QStringLiteral("(color|background)\\s*[:=]"),
                                                QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!html.contains(colours), qPrintable(path));
        QVERIFY2(!html.contains(QLatin1StringView("<script"), Qt::CaseInsensitive),
                 qPrintable(path));
    }
}

void TestHelpAndAbout::guideLoads_data()
{
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("English") << QLocale::English << QStringLiteral("feature set")
                             << QStringLiteral("FeatureDesk user guide")
                             << QStringList {
                                    QStringLiteral("F1"),           QStringLiteral("Ctrl+I"),
                                    QStringLiteral("Ctrl+Shift+A"), QStringLiteral("Ctrl+Return"),
                                    QStringLiteral("Ctrl+Shift+I"), QStringLiteral("Ctrl+J")};
    QTest::newRow("German") << QLocale::German << QStringLiteral("Merkmalsset")
                            << QStringLiteral("FeatureDesk – Benutzerhandbuch")
                            << QStringList {QStringLiteral("F1"),
                                            QStringLiteral("Strg+I"),
                                            QStringLiteral("Strg+Umschalt+A"),
                                            QStringLiteral("Strg+Eingabe"),
                                            QStringLiteral("Strg+Umschalt+I"),
                                            QStringLiteral("Strg+J")};
}

void TestHelpAndAbout::guideLoads()
{
    QFETCH(QLocale::Language, language);
    QFETCH(QString, word);
    QFETCH(QString, title);
    HelpDialog help(language);
    const QString text = help.browser()->toPlainText();
    QVERIFY2(text.size() > 3000, qPrintable(QString::number(text.size())));
    QVERIFY(text.contains(word));
    QCOMPARE(help.windowTitle(), title);
    QCOMPARE(help.browser()->accessibleName(), QStringLiteral("User guide"));
    QVERIFY(!help.contents()->accessibleName().isEmpty());
    QVERIFY(!help.findEdit()->accessibleName().isEmpty());
    // Some of the shortcuts the program has, in the guide's words.
    QFETCH(QStringList, keys);
    for (const QString &key : std::as_const(keys))
        QVERIFY2(text.contains(key), qPrintable(key));
}

void TestHelpAndAbout::contentsLeadToAnchors_data()
{
    QTest::addColumn<QLocale::Language>("language");
    QTest::newRow("English") << QLocale::English;
    QTest::newRow("German") << QLocale::German;
}

void TestHelpAndAbout::contentsLeadToAnchors()
{
    QFETCH(QLocale::Language, language);
    HelpDialog help(language);
    const QStringList sections = help.sectionAnchors();
    const QStringList expected {
        QStringLiteral("start"),     QStringLiteral("views"),    QStringLiteral("import"),
        QStringLiteral("review"),    QStringLiteral("statuses"), QStringLiteral("sets"),
        QStringLiteral("shortcuts"), QStringLiteral("lab"),      QStringLiteral("cli")};
    QCOMPARE(sections, expected); // the same sections, in the same order, in both languages
    QCOMPARE(help.contents()->count(), int(expected.size()));

    QSet<QString> anchors;
    QStringList links;
    anchorsAndLinks(help.browser()->document(), &anchors, &links);
    for (const QString &section : sections)
        QVERIFY2(anchors.contains(section), qPrintable(section));
    QVERIFY(!links.isEmpty());
    for (const QString &link : std::as_const(links))
        QVERIFY2(anchors.contains(link), qPrintable(QStringLiteral("#") + link));

    // Choosing a section in the contents shows it.
    help.resize(800, 500);
    help.show();
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    int below = std::numeric_limits<int>::max();
    for (int row = int(sections.size()) - 1; row >= 0; --row) {
        help.contents()->setCurrentRow(row);
        QCOMPARE(help.browser()->source().fragment(), sections.at(row));
        // Each section is further up than the one after it (the last ones may share the end).
        const int at = help.browser()->verticalScrollBar()->value();
        QVERIFY2(at <= below, qPrintable(sections.at(row)));
        below = at;
    }
    QVERIFY(below < help.browser()->verticalScrollBar()->maximum());
}

void TestHelpAndAbout::languageChoice()
{
    QVERIFY(
        HelpDialog::guideUrl(QLocale::German).path().endsWith(QLatin1StringView("guide_de.html")));
    QVERIFY(
        HelpDialog::guideUrl(QLocale::English).path().endsWith(QLatin1StringView("/guide.html")));
    QVERIFY(
        HelpDialog::guideUrl(QLocale::French).path().endsWith(QLatin1StringView("/guide.html")));
    // Without a language given, the UI's.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    {
        HelpDialog help;
        QVERIFY(help.browser()->toPlainText().contains(QLatin1StringView("Merkmalsset")));
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    {
        HelpDialog help;
        QVERIFY(!help.browser()->toPlainText().contains(QLatin1StringView("Merkmalsset")));
    }
    QLocale::setDefault(previous);
}

void TestHelpAndAbout::backAndForward()
{
    HelpDialog help(QLocale::English);
    help.showSection(QStringLiteral("cli"));
    help.showSection(QStringLiteral("lab"));
    QCOMPARE(help.contents()->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("lab"));
    QVERIFY(help.browser()->isBackwardAvailable());
    help.browser()->backward();
    QCOMPARE(help.browser()->source().fragment(), QStringLiteral("cli"));
    QCOMPARE(help.contents()->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("cli"));
    QVERIFY(help.browser()->isForwardAvailable());
    help.browser()->forward();
    QCOMPARE(help.browser()->source().fragment(), QStringLiteral("lab"));
}

void TestHelpAndAbout::findJumps()
{
    HelpDialog help(QLocale::English);
    help.resize(800, 500);
    help.show();
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    help.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&help));
    QCOMPARE(help.browser()->verticalScrollBar()->value(), 0);

    // Ctrl+F goes to the find box; typing finds the first match and scrolls to it.
    QTest::keyClick(&help, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(help.findEdit()->hasFocus());
    QTest::keyClicks(help.findEdit(), QStringLiteral("pgpass"));
    QCOMPARE(help.browser()->textCursor().selectedText(), QStringLiteral("pgpass"));
    QVERIFY2(help.browser()->verticalScrollBar()->value() > 0, "did not scroll to the match");
    QCOMPARE(help.browser()->extraSelections().size(), 1);
    QVERIFY(help.findStatus()->text().contains(QLatin1Char('1')));

    // A word found many times: all highlighted; Return and F3 go on, Shift+F3 back, wrapping.
    help.findEdit()->clear();
    QTest::keyClicks(help.findEdit(), QStringLiteral("slot"));
    const int matches = int(help.browser()->extraSelections().size());
    QVERIFY2(matches > 3, qPrintable(QString::number(matches)));
    const int first = help.browser()->textCursor().selectionStart();
    QTest::keyClick(help.findEdit(), Qt::Key_Return);
    const int second = help.browser()->textCursor().selectionStart();
    QVERIFY(second > first);
    QTest::keyClick(&help, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(help.browser()->textCursor().selectionStart(), first);
    for (int i = 0; i < matches; ++i)
        QVERIFY(help.find(QStringLiteral("slot")));
    QCOMPARE(help.browser()->textCursor().selectionStart(), first); // round once

    QVERIFY(!help.find(QStringLiteral("no such words in the guide")));
    QCOMPARE(help.findStatus()->text(), QStringLiteral("Not found"));
    QVERIFY(help.browser()->extraSelections().isEmpty());
}

void TestHelpAndAbout::showForKeepsOneWindow()
{
    QWidget window;
    HelpDialog *help = HelpDialog::showFor(&window, QStringLiteral("statuses"));
    QVERIFY(help->isVisible());
    QVERIFY(!help->isModal());
    QCOMPARE(help->browser()->source().fragment(), QStringLiteral("statuses"));
    help->close();
    QCOMPARE(HelpDialog::showFor(&window), help); // the same window, with its history
    QVERIFY(help->isVisible());
}

void TestHelpAndAbout::aboutHoldsVersions()
{
    const Result<QString> sqlite = BackendVersions::sqliteVersion();
    QVERIFY2(sqlite, sqlite ? "" : qPrintable(sqlite.error().message));
    QVERIFY2(QRegularExpression(QStringLiteral("^3\\.\\d+\\.\\d+$")).match(*sqlite).hasMatch(),
             qPrintable(*sqlite));
    QCOMPARE(BackendVersions::postgresAvailable(),
             QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));

    const QString text = AboutDialog::reportText();
    QVERIFY2(text.contains(QLatin1StringView("9.8.7-test")), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(QT_VERSION_STR)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("SQLite: ") + *sqlite), qPrintable(text));
    QVERIFY2(
        QRegularExpression(QStringLiteral("SQLite: \\d+\\.\\d+\\.\\d+\\n")).match(text).hasMatch(),
        qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("Registry schema: version %1").arg(Schema::latestVersion())),
        qPrintable(text));
    QVERIFY2(text.contains(QLatin1StringView("PostgreSQL client: ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("lamindb 0.72–0.74, bionty 0.44–0.46")),
             qPrintable(text));

    // The dialog shows the same, and Copy puts it on the clipboard.
    AboutDialog about;
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    bool shown = false;
    const auto labels = about.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        shown = shown || label->text() == *sqlite;
    QVERIFY(shown);
    QTest::mouseClick(about.copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), text);
    QVERIFY(!about.copyStatus()->text().isEmpty());
}

void TestHelpAndAbout::saveComparisonChart()
{
    const std::unique_ptr<ComparisonDialog> dialog = sampleComparisonDialog(true);
    QVERIFY(openComparison(*dialog));
    QVERIFY(dialog->saveChartButton());
    QCOMPARE(dialog->saveChartButton()->accessibleName(), QStringLiteral("Save chart"));
    QChartView *view = dialog->chartView();
    const QSize size = view->sceneRect().size().toSize();
    QVERIFY(!size.isEmpty());

    const QString png = m_dir.filePath(QStringLiteral("comparison.png"));
    const Status pngSaved = saveChart(view, png);
    QVERIFY2(pngSaved, pngSaved ? "" : qPrintable(pngSaved.error().message));
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), size * 2); // drawn at twice the pixel density
    // Something is drawn: the bars' three colours and more, not a blank picture.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 10, qPrintable(QString::number(colours.size())));

    const QString svg = m_dir.filePath(QStringLiteral("comparison.svg"));
    const Status svgSaved = saveChart(view, svg);
    QVERIFY2(svgSaved, svgSaved ? "" : qPrintable(svgSaved.error().message));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY2(content.startsWith("<?xml"), content.left(80).constData());
    QVERIFY(content.contains("<svg"));
    // The legend as text, not pixels.
    const QString shared
        = dialog->comparisonModel()->headerData(ComparisonModel::Shared, Qt::Horizontal).toString();
    QVERIFY2(content.contains(shared.toUtf8()), qPrintable(shared));
}

void TestHelpAndAbout::saveReviewChart()
{
    ValidationModel model;
    model.setReport(sampleReport());
    ValidationSummaryModel summary;
    summary.setSourceModel(&model);
    ValidationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    ReviewSummary widget(&summary, &proxy);
    widget.resize(700, 200);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(widget.saveChartButton());
    QVERIFY(widget.saveChartButton()->isVisible());

    const QString png = m_dir.filePath(QStringLiteral("review.png"));
    const Status saved = saveChart(widget.chartView(), png);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 0 && image.height() > 0);
    const QString svg = m_dir.filePath(QStringLiteral("review.svg"));
    QVERIFY(saveChart(widget.chartView(), svg));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("<?xml"));
}

void TestHelpAndAbout::unwritablePathLeavesNoFile()
{
    const std::unique_ptr<ComparisonDialog> dialog = sampleComparisonDialog(false);
    QVERIFY(openComparison(*dialog));

    // A folder that is a file (root ignores permission bits, so this is what fails for anyone).
    const QString notAFolder = m_dir.filePath(QStringLiteral("plain-file"));
    {
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a folder\n");
    }
    const QStringList paths {notAFolder + QStringLiteral("/chart.png"),
                             notAFolder + QStringLiteral("/chart.svg"),
                             m_dir.filePath(QStringLiteral("missing/folder/chart.png"))};
    for (const QString &path : paths) {
        const Status saved = saveChart(dialog->chartView(), path);
        QVERIFY2(!saved, qPrintable(path));
        QCOMPARE(saved.error().code, Error::Code::Io);
        QVERIFY2(saved.error().message.contains(QDir::toNativeSeparators(path)),
                 qPrintable(saved.error().message));
        QVERIFY(!QFile::exists(path));
    }
    // Another format: refused, nothing written.
    const QString jpeg = m_dir.filePath(QStringLiteral("chart.jpg"));
    const Status refused = saveChart(dialog->chartView(), jpeg);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Invalid);
    QVERIFY(!QFile::exists(jpeg));
    // The folder holds no leftovers (QSaveFile's temporary files).
    const QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : left)
        QVERIFY2(!name.contains(QLatin1StringView("chart")), qPrintable(name));
}

void TestHelpAndAbout::screenshots()
{
    const QString dir = qEnvironmentVariable("FEATUREDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("FEATUREDESK_SCREENSHOT_DIR is not set");
    QVERIFY(QDir().mkpath(dir));
    for (QLocale::Language language : {QLocale::English, QLocale::German}) {
        const QString suffix = language == QLocale::German ? QStringLiteral("_de") : QString();
        HelpDialog help(language);
        help.resize(900, 640);
        help.show();
        QVERIFY(QTest::qWaitForWindowExposed(&help));
        QVERIFY(help.grab().save(QDir(dir).filePath(QStringLiteral("help%1.png").arg(suffix))));
        help.showSection(QStringLiteral("statuses"));
        QVERIFY(help.grab().save(
            QDir(dir).filePath(QStringLiteral("help_statuses%1.png").arg(suffix))));
        help.showSection(QStringLiteral("shortcuts"));
        help.findEdit()->setText(language == QLocale::German ? QStringLiteral("Umschalt")
                                                             : QStringLiteral("Shift"));
        help.find(help.findEdit()->text());
        QVERIFY(
            help.grab().save(QDir(dir).filePath(QStringLiteral("help_find%1.png").arg(suffix))));
    }
    {
        // A dark palette: the guide sets no colours, so it follows.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xc9));
        dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
        // Application-wide, as a dark desktop theme sets it: the links take its colour.
        const QPalette previous = QApplication::palette();
        QApplication::setPalette(dark);
        const auto restore = qScopeGuard([&previous] { QApplication::setPalette(previous); });
        HelpDialog help(QLocale::English);
        help.resize(900, 640);
        help.show();
        QVERIFY(QTest::qWaitForWindowExposed(&help));
        help.showSection(QStringLiteral("statuses"));
        help.findEdit()->setText(QStringLiteral("Pick"));
        help.find(help.findEdit()->text());
        QVERIFY(help.grab().save(QDir(dir).filePath(QStringLiteral("help_dark.png"))));
    }
    AboutDialog about;
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    QVERIFY(about.grab().save(QDir(dir).filePath(QStringLiteral("about.png"))));

    ValidationModel model;
    model.setReport(sampleReport());
    ValidationSummaryModel summary;
    summary.setSourceModel(&model);
    ValidationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    ReviewSummary review(&summary, &proxy);
    review.resize(800, 120);
    review.show();
    QVERIFY(QTest::qWaitForWindowExposed(&review));
    QVERIFY(review.grab().save(QDir(dir).filePath(QStringLiteral("review_summary.png"))));
    QVERIFY(saveChart(review.chartView(), QDir(dir).filePath(QStringLiteral("review_chart.png"))));

    const std::unique_ptr<ComparisonDialog> dialog = sampleComparisonDialog(true);
    QVERIFY(openComparison(*dialog));
    QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("compare.png"))));
    QVERIFY(
        saveChart(dialog->chartView(), QDir(dir).filePath(QStringLiteral("compare_chart.png"))));
    QVERIFY(
        saveChart(dialog->chartView(), QDir(dir).filePath(QStringLiteral("compare_chart.svg"))));
}

QTEST_MAIN(TestHelpAndAbout)
#include "tst_helpandabout.moc"
