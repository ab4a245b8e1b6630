// featuredesk-cli: FeatureDesk without a window, over the same model library as the GUI.

#include "app/cli/ArtifactCommands.h"
#include "app/cli/CliContext.h"
#include "app/cli/CsvCommands.h"
#include "app/cli/GeneCommands.h"
#include "app/cli/RegistryCommands.h"
#include "app/cli/StandardizeCommands.h"
#include "app/cli/ValidateCommands.h"

#include "model/RegistryLocation.h"

#include <QCoreApplication>

#include <functional>
#include <map>

namespace {

using Command = std::function<int(fd::cli::CliContext &, const QStringList &)>;

struct CommandEntry
{
    Command run;
    const char *summary;
};

const std::map<QString, CommandEntry> &commands()
{
    using namespace fd::cli;
    static const std::map<QString, CommandEntry> table = {
        {QStringLiteral("init"), {runInit, "Create the registry, or bring it to the current schema."}},
        {QStringLiteral("info"), {runInfo, "Show the registry's location, schema version and counts."}},
        {QStringLiteral("hash-set"), {runHashSet, "Print the set hash of member uids."}},
        {QStringLiteral("features"), {runFeatures, "features add NAME --dtype D | features list"}},
        {QStringLiteral("sets"), {runSets, "sets create|list|show|delete: feature sets"}},
        {QStringLiteral("artifacts"), {runArtifacts, "artifacts register PATH... | attach UID... --slot S --set SET | detach | show UID"}},
        {QStringLiteral("compare"), {runCompare, "compare UID_A UID_B: per slot, the same set or how the sets overlap"}},
        {QStringLiteral("genes"), {runGenes, "genes import FILE [--organism NAME] | genes find TEXT [--organism NAME]"}},
        {QStringLiteral("preview"), {runPreview, "preview FILE [--rows N]: dialect and first rows"}},
        {QStringLiteral("validate"), {runValidate, "validate FILE [--values COLUMN --field F] [--recipe R [--apply]]: check names or values"}},
        {QStringLiteral("inspect"), {runInspect, "inspect FILE: dialect, dtypes and stats per column"}},
        {QStringLiteral("standardize"), {runStandardize, "standardize FILE --out OUT [--values COLUMN --field F]: write a copy with standard names or values"}},
    };
    return table;
}

QString generalHelp()
{
    QString text = QStringLiteral(
        "Usage: featuredesk-cli [--registry LOCATION] [--json] COMMAND [options]\n\n"
        "Global options:\n"
        "  --registry LOCATION  an SQLite file or postgresql://user@host:port/db\n"
        "                       (default: $FEATUREDESK_REGISTRY, else %1)\n"
        "  --json               machine-readable output\n"
        "  --version            print the version\n"
        "  -h, --help           this help; COMMAND --help for a command's\n\n"
        "Commands:\n")
                       .arg(fd::RegistryLocation::defaultLocationText());
    for (const auto &[name, entry] : commands())
        text += QStringLiteral("  %1 %2\n").arg(name, -10).arg(QString::fromLatin1(entry.summary));
    text += QStringLiteral("\nExit status: 0 success, 1 error, 2 usage error.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("FeatureDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("FeatureDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FEATUREDESK_VERSION));

    fd::cli::CliContext context;
    context.registryLocation = fd::RegistryLocation::defaultLocationText();

    // Global options may stand anywhere; take them out before the command parses the rest.
    QStringList words = QCoreApplication::arguments().mid(1);
    QStringList rest;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (word == QLatin1StringView("--json")) {
            context.json = true;
        } else if (word == QLatin1StringView("--registry")) {
            if (i + 1 >= words.size())
                return context.usage(QStringLiteral("--registry needs a location."));
            context.registryLocation = words.at(++i);
        } else if (word.startsWith(QLatin1StringView("--registry="))) {
            context.registryLocation = word.mid(int(qstrlen("--registry=")));
        } else {
            rest.append(word);
        }
    }

    if (rest.isEmpty())
        return context.usage(QStringLiteral("No command given."));
    const QString name = rest.constFirst();
    if (name == QLatin1StringView("--help") || name == QLatin1StringView("-h")
        || name == QLatin1StringView("help")) {
        context.out() << generalHelp();
        return fd::cli::Success;
    }
    if (name == QLatin1StringView("--version") || name == QLatin1StringView("-v")) {
        context.out() << "featuredesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return fd::cli::Success;
    }
    const auto found = commands().find(name);
    if (found == commands().end())
        return context.usage(QStringLiteral("Unknown command '%1'.").arg(name));
    return found->second.run(context, rest);
}
