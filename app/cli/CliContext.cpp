#include "app/cli/CliContext.h"

#include <QCoreApplication>

#include <cstdio>

namespace fd::cli {

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

int CliContext::fail(const QString &message)
{
    const QString line = message.simplified();
    m_err << "featuredesk-cli: " << line << Qt::endl;
    printJsonError(line);
    return Failure;
}

int CliContext::usage(const QString &message)
{
    const QString line = message.simplified();
    m_err << "featuredesk-cli: " << line << Qt::endl
          << "Try 'featuredesk-cli " << (command.isEmpty() ? QString() : command + QLatin1Char(' '))
          << "--help'." << Qt::endl;
    printJsonError(line);
    return Usage;
}

void CliContext::printJsonError(const QString &message)
{
    // A script reading stdout gets a document on failure too. Never a second one after the
    // command's own (which then holds its errors itself, as artifacts register's list does).
    if (!json || m_printedJson)
        return;
    printJson(QJsonDocument(QJsonObject {{QStringLiteral("error"), message}}));
}

void CliContext::printJson(const QJsonDocument &document)
{
    m_printedJson = true;
    // The UTF-8 bytes straight to stdout: through a QString and the text stream they were held
    // three times (60,000 inspected columns: 40 MB of JSON became 170 MB of peak memory).
    m_out.flush();
    const QByteArray json = document.toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
    std::fflush(stdout);
}

void CliContext::printJson(const QJsonObject &document, const QString &key, qsizetype count,
                           const std::function<QJsonObject(qsizetype)> &item)
{
    m_printedJson = true;
    // The document with a marker where the array goes; Qt writes the marker as this text.
    QJsonObject outline = document;
    outline.insert(key, QStringLiteral("\u0001fd-streamed\u0001"));
    const QByteArray text = QJsonDocument(outline).toJson(QJsonDocument::Indented);
    const QByteArray marker = QByteArrayLiteral("\"\\u0001fd-streamed\\u0001\"");
    const qsizetype at = text.indexOf(marker);
    m_out.flush();
    const auto write = [](QByteArrayView bytes) {
        std::fwrite(bytes.data(), 1, std::size_t(bytes.size()), stdout);
    };
    write(QByteArrayView(text).first(at));
    if (count == 0) {
        write("[\n    ]");
    } else {
        // Each item as Qt indents an object inside an array of the top-level object.
        write("[\n");
        for (qsizetype i = 0; i < count; ++i) {
            QByteArray object = QJsonDocument(item(i)).toJson(QJsonDocument::Indented);
            object.chop(1); // the newline after the closing brace
            object.replace('\n', QByteArrayLiteral("\n        "));
            write("        ");
            write(object);
            write(i + 1 < count ? ",\n" : "\n");
        }
        write("    ]");
    }
    write(QByteArrayView(text).sliced(at + marker.size()));
    std::fflush(stdout);
}

namespace {

// The parser's help, with the command's own words where Qt writes the program's path: "Usage:
// featuredesk-cli [global options] features add [options] NAME", as a user types it.
QString commandHelp(const QCommandLineParser &parser, const QStringList &args,
                    const CliContext &context)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    QString words = args.value(0);
    if (!context.command.isEmpty() && words != context.command)
        words.prepend(context.command + QLatin1Char(' '));
    const QString usage = QStringLiteral("Usage: ");
    if (text.startsWith(usage + program))
        text.replace(usage.size(), program.size(),
                     QStringLiteral("featuredesk-cli [--registry LOCATION] [--json] ") + words);
    return text;
}

} // namespace

ExitStatus parseCommand(QCommandLineParser &parser, const QStringList &args, CliContext &context)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this command's help."));
    parser.addOption(help);
    if (!parser.parse(args))
        return context.usage(parser.errorText());
    if (parser.isSet(help)) {
        context.out() << commandHelp(parser, args, context);
        return Success;
    }
    return std::nullopt;
}

} // namespace fd::cli
