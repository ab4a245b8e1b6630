#pragma once

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace fd::cli {

// Exit statuses of featuredesk-cli.
enum ExitCode : int { Success = 0, Failure = 1, Usage = 2 };

// What a step of a command returns: the exit status when the command ends there (help printed,
// a usage error, a failure said), or nothing when the command goes on.
using ExitStatus = std::optional<int>;

// What every command gets: the global options and the two output streams.
class CliContext
{
public:
    CliContext();

    QString registryLocation; // --registry, else FEATUREDESK_REGISTRY, else the GUI's default
    bool json = false; // --json
    QString command; // the command (or command group) run: "features", "inspect", ...

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // One line on stderr, then the exit status to return. Under --json also {"error": line} on
    // stdout, unless the command has printed its JSON document already.
    int fail(const QString &message);
    int usage(const QString &message);

    void printJson(const QJsonDocument &document);
    // The same text as printJson(document with key set to the array of count items), with the
    // items made and written one at a time: a 60,000-column inspection never holds all of its
    // column objects, nor their text, at once.
    void printJson(const QJsonObject &document, const QString &key, qsizetype count,
                   const std::function<QJsonObject(qsizetype)> &item);

private:
    void printJsonError(const QString &message);

    bool m_printedJson = false;
    QTextStream m_out;
    QTextStream m_err;
};

// Parses a command's words (args[0] is the command's name) and, for --help or -h, prints the
// command's help on stdout. Returns the exit status to return at once, or nothing when the
// command goes on.
ExitStatus parseCommand(QCommandLineParser &parser, const QStringList &args, CliContext &context);

} // namespace fd::cli
