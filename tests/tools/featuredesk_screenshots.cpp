// featuredesk_screenshots: the pictures in docs/screenshots/, made again from scratch. Fills a
// demo registry in a temporary folder through the model's stores, then opens the real main window
// on it once per language and palette and saves each main view (scripts/screenshots.sh runs it
// under xvfb-run, so that a real X window is drawn).
//
//   featuredesk_screenshots --out docs/screenshots [--genes FILE] [--languages en,de]
//                           [--palettes light,dark] [--views review,...] [--suffix -200]

#include "model/db/Registry.h"
#include "model/db/RegistryLocation.h"
#include "tests/tools/DemoRegistry.h"
#include "tests/tools/ScreenshotTour.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <QScopeGuard>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <cstdio>

namespace {

// FeatureDesk has no dark mode of its own: it follows the desktop's palette. This is what a dark
// desktop theme hands it, on Fusion, the style Qt draws with where no desktop style is found.
QPalette darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1f, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x29, 0x29, 0x2d));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3e));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4f));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x44));
    palette.setColor(QPalette::Mid, QColor(0x26, 0x26, 0x29));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
    palette.setColor(QPalette::Shadow, QColor(0x0e, 0x0e, 0x10));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc9));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x55));
    return palette;
}

void fail(const QString &message)
{
    std::fprintf(stderr, "featuredesk_screenshots: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // As app/gui/main.cpp names it, so that titles read as the user sees them.
    QApplication::setApplicationName(QStringLiteral("FeatureDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("FeatureDesk"));
    QApplication::setApplicationVersion(QStringLiteral(FEATUREDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/featuredesk.svg")));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Saves a picture of each main view of FeatureDesk."));
    parser.addHelpOption();
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Folder for the PNGs."), QStringLiteral("DIR"));
    const QCommandLineOption genesOption(
        QStringLiteral("genes"), QStringLiteral("NCBI gene_info file to load human genes from."),
        QStringLiteral("FILE"));
    const QCommandLineOption languagesOption(QStringLiteral("languages"),
                                             QStringLiteral("Comma-separated: en, de."),
                                             QStringLiteral("LIST"), QStringLiteral("en,de"));
    const QCommandLineOption palettesOption(QStringLiteral("palettes"),
                                            QStringLiteral("Comma-separated: light, dark."),
                                            QStringLiteral("LIST"), QStringLiteral("light,dark"));
    const QCommandLineOption viewsOption(
        QStringLiteral("views"),
        QStringLiteral("Comma-separated, of: ")
            + fd::ScreenshotTour::allViews().join(QLatin1Char(',')),
        QStringLiteral("LIST"));
    const QCommandLineOption suffixOption(QStringLiteral("suffix"),
                                          QStringLiteral("Appended to each name (\"-200\")."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("The window's size (\"1024x700\")."),
                                        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    parser.addOptions({outOption, genesOption, languagesOption, palettesOption, viewsOption,
                       suffixOption, sizeOption});
    parser.process(app);
    if (!parser.isSet(outOption)) {
        fail(QStringLiteral("--out DIR is required"));
        return 2;
    }
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    const QSize windowSize(size.value(0).toInt(), size.value(1).toInt());
    if (size.size() != 2 || windowSize.width() < 400 || windowSize.height() < 300) {
        fail(QStringLiteral("--size takes WIDTHxHEIGHT, at least 400x300"));
        return 2;
    }
    const QStringList views = parser.value(viewsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &view : views)
        if (!fd::ScreenshotTour::allViews().contains(view)) {
            fail(QStringLiteral("no view named ") + view);
            return 2;
        }

    // A fixed place rather than a random temporary name: the status bar and the import page show
    // the path, and pictures made again should differ only where the program does.
    const QDir temp(QDir::temp().filePath(QStringLiteral("featuredesk-demo")));
    if (temp.exists()) {
        fail(temp.path()
             + QStringLiteral(" exists (another run, or one that crashed); remove it first"));
        return 1;
    }
    if (!QDir().mkpath(temp.path()) || !QDir().mkpath(parser.value(outOption))) {
        fail(QStringLiteral("cannot make ") + temp.path()
             + QStringLiteral(" or the output folder"));
        return 1;
    }
    const auto removeTemp = qScopeGuard([&temp] { QDir(temp.path()).removeRecursively(); });
    // Window layout, recent registries, welcome choice: kept apart from the user's own.
    QApplication::setOrganizationName(QStringLiteral("FeatureDeskScreenshots"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       temp.filePath(QStringLiteral("settings")));

    const QString registryPath = temp.filePath(QStringLiteral("lab.sqlite"));
    const QString filesFolder = temp.filePath(QStringLiteral("files"));
    fd::DemoRegistry demo(filesFolder, parser.value(genesOption));
    {
        fd::Registry::OpenOptions options;
        options.createIfMissing = true;
        auto registry = fd::Registry::open(fd::RegistryLocation::sqliteFile(registryPath), options);
        if (!registry) {
            fail(registry.error().message);
            return 1;
        }
        if (!QDir().mkpath(filesFolder)) {
            fail(QStringLiteral("cannot make ") + filesFolder);
            return 1;
        }
        if (fd::Status filled = demo.fill(**registry); !filled) {
            fail(filled.error().message);
            return 1;
        }
    }
    const fd::Result<QString> reviewFile = demo.writeReviewFile();
    if (!reviewFile) {
        fail(reviewFile.error().message);
        return 1;
    }

    fd::ScreenshotTour::Options options;
    options.registry = registryPath;
    options.reviewFile = *reviewFile;
    options.outDir = parser.value(outOption);
    options.views = views;
    options.size = windowSize;
    fd::ScreenshotTour tour(options);
    const QPalette light = QApplication::style()->standardPalette();
    for (const QString &language :
         parser.value(languagesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QLocale::setDefault(QLocale(language));
        fd::translations::install();
        for (const QString &palette :
             parser.value(palettesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QApplication::setPalette(palette == QLatin1StringView("dark") ? darkPalette() : light);
            const fd::Result<QStringList> written
                = tour.shoot(language + QLatin1Char('-') + palette + parser.value(suffixOption));
            if (!written) {
                fail(language + QLatin1Char('-') + palette + QStringLiteral(": ")
                     + written.error().message);
                return 1;
            }
            for (const QString &path : *written)
                std::printf("%s\n", qPrintable(QDir::toNativeSeparators(path)));
        }
    }
    return 0;
}
