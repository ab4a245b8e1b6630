#pragma once

#include "app/cli/CliContext.h"
#include "model/csv/CsvDialect.h"
#include "model/csv/CsvOptions.h"

#include <QCommandLineOption>
#include <QJsonObject>

#include <optional>

namespace fd::cli {

// The options that override the sniffer, shared by every command that reads a CSV/TSV file.
struct DialectOptions
{
    QCommandLineOption delimiter {QStringLiteral("delimiter"),
                                  QStringLiteral("The delimiter: one character, or \\t or tab."),
                                  QStringLiteral("C")};
    QCommandLineOption quote {QStringLiteral("quote"), QStringLiteral("The quote character."),
                              QStringLiteral("C")};
    QCommandLineOption noHeader {QStringLiteral("no-header"),
                                 QStringLiteral("The first row is data, not a header.")};
    QCommandLineOption encoding {
        QStringLiteral("encoding"),
        QStringLiteral("UTF-8, UTF-16LE, UTF-16BE, Latin-1 or Windows-1252."), QStringLiteral("E")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({delimiter, quote, noHeader, encoding});
    }
    // Whether any of them is given: they mean nothing for a file that is not CSV or TSV.
    bool anySet(const QCommandLineParser &parser) const
    {
        return parser.isSet(delimiter) || parser.isSet(quote) || parser.isSet(noHeader)
            || parser.isSet(encoding);
    }
};

// One ASCII character, or \t / tab for a tab.
std::optional<char> parseCharacter(const QString &text);

// Fills options from the command line; returns the exit status of a usage error, or nothing.
ExitStatus readDialectOptions(CliContext &context, const QCommandLineParser &parser,
                              const DialectOptions &dialect, CsvOptions &options);

QJsonObject dialectJson(const CsvDialect &dialect);

} // namespace fd::cli
