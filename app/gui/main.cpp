// featuredesk: the desktop application.

#include "model/db/RegistryLocation.h"
#include "ui/MainWindow.h"
#include "ui/Preferences.h"
#include "ui/RegistrySession.h"
#include "ui/StallLog.h"
#include "ui/Translations.h"
#include "ui/WelcomePage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FeatureDesk"));
    QApplication::setOrganizationName(QStringLiteral("FeatureDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("FeatureDesk"));
    QApplication::setApplicationVersion(QStringLiteral(FEATUREDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/featuredesk.svg")));

    // The language chosen in Preferences, else the system's.
    if (const QString language = fd::preferences::language(); !language.isEmpty())
        QLocale::setDefault(QLocale(language));
    fd::translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "FeatureDesk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption registryOption(
        QStringLiteral("registry"),
        QApplication::translate("main",
                                "Open this registry (an SQLite file or a postgresql:// URL)."),
        QStringLiteral("LOCATION"));
    parser.addOption(registryOption);
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QApplication::translate("main", "CSV or TSV files (or folders of them) to import."),
        QStringLiteral("[FILE...]"));
    parser.process(app);
    // FEATUREDESK_STALL_LOG=FILE: one JSON line per GUI-thread stall over 50 ms, from here on
    // (the start itself included).
    fd::StallLog::installFromEnvironment(&app);

    fd::RegistrySession session;
    fd::MainWindow window(&session);
    if (fd::WelcomePage::showAtStart() && parser.positionalArguments().isEmpty())
        window.showWelcome();
    window.show();
    // The default registry is made on first start; one named on the command line must exist.
    const bool named = parser.isSet(registryOption);
    // --registry, else FEATUREDESK_REGISTRY, else the Preferences' default, else the built-in one.
    const QString preferred = fd::preferences::defaultRegistry();
    const bool fromPreferences = !named && !preferred.isEmpty()
        && qEnvironmentVariable("FEATUREDESK_REGISTRY").trimmed().isEmpty();
    window.openRegistry(named                 ? parser.value(registryOption)
                            : fromPreferences ? preferred
                                              : fd::RegistryLocation::defaultLocationText(),
                        !named);
    if (!parser.positionalArguments().isEmpty())
        window.importPaths(parser.positionalArguments());
    return app.exec();
}
