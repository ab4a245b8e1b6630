#include "app/cli/CliContext.h"

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
    QString line = message.simplified();
    m_err << "featuredesk-cli: " << line << Qt::endl;
    return Failure;
}

int CliContext::usage(const QString &message)
{
    m_err << "featuredesk-cli: " << message.simplified() << Qt::endl
          << "Try 'featuredesk-cli --help'." << Qt::endl;
    return Usage;
}

void CliContext::printJson(const QJsonDocument &document)
{
    // The UTF-8 bytes straight to stdout: through a QString and the text stream they were held
    // three times (60,000 inspected columns: 40 MB of JSON became 170 MB of peak memory).
    m_out.flush();
    const QByteArray json = document.toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
    std::fflush(stdout);
}

int parseCommand(QCommandLineParser &parser, const QStringList &args, CliContext &context)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this command's help."));
    parser.addOption(help);
    if (!parser.parse(args))
        return context.usage(parser.errorText());
    if (parser.isSet(help)) {
        context.out() << parser.helpText();
        return Success;
    }
    return -1;
}

} // namespace fd::cli
