// featuredesk-cli: FeatureDesk without a window, over the same model library as the GUI.

#include "app/cli/ArtifactCommands.h"
#include "app/cli/CliContext.h"
#include "app/cli/CsvCommands.h"
#include "app/cli/GeneCommands.h"
#include "app/cli/RegistryCommands.h"
#include "app/cli/StandardizeCommands.h"
#include "app/cli/ValidateCommands.h"

#include "model/db/RegistryLocation.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <functional>
#include <map>
#include <vector>

namespace {

using Command = std::function<int(fd::cli::CliContext &, const QStringList &)>;

struct Subcommand
{
    const char *name;
    const char *summary;
};

struct CommandEntry
{
    Command run;
    const char *summary;
    // A command group's commands, for "GROUP --help"; each answers "GROUP NAME --help" itself.
    std::vector<Subcommand> subcommands = {};
};

const std::map<QString, CommandEntry> &commands()
{
    using namespace fd::cli;
    static const std::map<QString, CommandEntry> table = {
        {QStringLiteral("init"),
         {runInit, "Create the registry, or bring it to the current schema."}},
        {QStringLiteral("info"),
         {runInfo, "Show the registry's location, schema version and counts."}},
        {QStringLiteral("hash-set"), {runHashSet, "Print the set hash of member uids."}},
        {QStringLiteral("features"),
         {runFeatures,
          "features add NAME --dtype D | features list",
          {{"add", "Add a feature: NAME --dtype D [--unit U] [--description T] [--synonyms A|B]."},
           {"list", "List the registry's features."}}}},
        {QStringLiteral("sets"),
         {runSets,
          "sets create|list|show|delete: feature sets",
          {{"create",
            "Save a feature set from member uids, --from-columns FILE [--field F] or "
            "--from-values FILE."},
           {"list", "List the feature sets."},
           {"show", "Show a set and its members: UID."},
           {"delete", "Delete a set no artifact uses: UID."}}}},
        {QStringLiteral("artifacts"),
         {runArtifacts,
          "artifacts register PATH... | attach UID... --slot S --set SET | detach | show UID",
          {{"register", "Register files or folders as artifacts: PATH... [--columns-set]."},
           {"attach", "Attach a feature set under a slot: UID... --slot S --set SET."},
           {"detach", "Empty an artifact's slot: UID --slot S."},
           {"show", "Show an artifact and its slots: UID."}}}},
        {QStringLiteral("compare"),
         {runCompare, "compare UID_A UID_B: per slot, the same set or how the sets overlap"}},
        {QStringLiteral("genes"),
         {runGenes,
          "genes import FILE [--organism NAME] | genes find TEXT [--organism NAME]",
          {{"import", "Import genes from an NCBI gene_info, Ensembl BioMart or HGNC file: FILE."},
           {"find",
            "Find genes by symbol, synonym, Ensembl or NCBI id: TEXT [--organism NAME]."}}}},
        {QStringLiteral("preview"),
         {runPreview, "preview FILE [--rows N]: dialect and first rows"}},
        {QStringLiteral("validate"),
         {runValidate,
          "validate FILE [--values COLUMN --field F | --columns-as F] [--recipe R [--apply]]: "
          "check names or values"}},
        {QStringLiteral("inspect"),
         {runInspect,
          "inspect FILE: dialect, dtypes and stats per column (or an .h5ad's obs, var, X)"}},
        {QStringLiteral("standardize"),
         {runStandardize,
          "standardize FILE --out OUT [--values COLUMN --field F]: write a copy with standard "
          "names or values"}},
    };
    return table;
}

QString generalHelp()
{
    QString text
        = QStringLiteral(
              "Usage: featuredesk-cli [--registry LOCATION] [--json] COMMAND [options]\n\n"
              "Global options:\n"
              "  --registry LOCATION  an SQLite file or postgresql://user@host:port/db\n"
              "                       (default: $FEATUREDESK_REGISTRY, else %1)\n"
              "  --json               machine-readable output; an error is {\"error\": \"...\"}\n"
              "  --version            print the version\n"
              "  -h, --help           this help; COMMAND --help for a command's\n\n"
              "Commands:\n")
              .arg(fd::RegistryLocation::defaultLocationText());
    for (const auto &[name, entry] : commands())
        text += QStringLiteral("  %1 %2\n").arg(name, -10).arg(QString::fromLatin1(entry.summary));
    text += QStringLiteral("\nExit status: 0 success, 1 error, 2 usage error.\n");
    return text;
}

QString groupHelp(const QString &name, const CommandEntry &entry)
{
    QString text
        = QStringLiteral(
              "Usage: featuredesk-cli [--registry LOCATION] [--json] %1 COMMAND [options]\n\n"
              "Commands:\n")
              .arg(name);
    for (const Subcommand &sub : entry.subcommands)
        text += QStringLiteral("  %1 %2\n")
                    .arg(QString::fromLatin1(sub.name), -9)
                    .arg(QString::fromLatin1(sub.summary));
    text += QStringLiteral("\n'featuredesk-cli %1 COMMAND --help' for a command's options.\n")
                .arg(name);
    return text;
}

bool isHelp(const QString &word)
{
    return word == QLatin1StringView("--help") || word == QLatin1StringView("-h")
        || word == QLatin1StringView("help");
}

// The words as typed. QCoreApplication::arguments() decodes each one as a text of its own, which
// drops a leading byte order mark without a word; a name that starts with one has to reach the
// name check, which refuses it, as the window's dialog does.
QStringList commandLineWords(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return QCoreApplication::arguments().mid(1); // from the wide command line, nothing dropped
#else
    QStringList words;
    for (int i = 1; i < argc; ++i) {
        QStringDecoder decoder(QStringDecoder::System, QStringDecoder::Flag::ConvertInitialBom);
        words.append(decoder.decode(QByteArrayView(argv[i])));
    }
    return words;
#endif
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
    // --json first, so that an error in the other global options is answered in JSON too.
    QStringList words = commandLineWords(argc, argv);
    context.json = words.removeAll(QStringLiteral("--json")) > 0;
    QStringList rest;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (word == QLatin1StringView("--registry")) {
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
    // "help COMMAND [SUBCOMMAND]" is "COMMAND [SUBCOMMAND] --help".
    if (rest.constFirst() == QLatin1StringView("help") && rest.size() > 1) {
        rest.removeFirst();
        rest.append(QStringLiteral("--help"));
    }
    const QString name = rest.constFirst();
    if (isHelp(name)) {
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
    context.command = name;
    const CommandEntry &entry = found->second;
    if (!entry.subcommands.empty() && rest.size() > 1 && isHelp(rest.at(1))) {
        context.out() << groupHelp(name, entry);
        return fd::cli::Success;
    }
    return entry.run(context, rest);
}
