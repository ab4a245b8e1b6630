#include "app/cli/DialectOptions.h"

#include <QCommandLineParser>

namespace fd::cli {

std::optional<char> parseCharacter(const QString &text)
{
    if (text == u"\\t" || text.compare(u"tab", Qt::CaseInsensitive) == 0 || text == u"\t")
        return '\t';
    if (text.size() == 1 && text.front().unicode() > 0 && text.front().unicode() < 0x80
        && text.front() != u'\n' && text.front() != u'\r')
        return char(text.front().unicode());
    return std::nullopt;
}

ExitStatus readDialectOptions(CliContext &context, const QCommandLineParser &parser,
                              const DialectOptions &dialect, CsvOptions &options)
{
    if (parser.isSet(dialect.delimiter)) {
        options.delimiter = parseCharacter(parser.value(dialect.delimiter));
        if (!options.delimiter) {
            return context.usage(QStringLiteral("--delimiter takes one ASCII character, or \\t "
                                                "or tab, not \"%1\".")
                                     .arg(parser.value(dialect.delimiter)));
        }
    }
    if (parser.isSet(dialect.quote)) {
        options.quote = parseCharacter(parser.value(dialect.quote));
        if (!options.quote || options.quote == options.delimiter) {
            return context.usage(QStringLiteral("--quote takes one ASCII character other than the "
                                                "delimiter, not \"%1\".")
                                     .arg(parser.value(dialect.quote)));
        }
    }
    if (parser.isSet(dialect.noHeader))
        options.hasHeader = false;
    if (parser.isSet(dialect.encoding))
        options.encoding = parser.value(dialect.encoding);
    return std::nullopt;
}

QJsonObject dialectJson(const CsvDialect &dialect)
{
    return QJsonObject {{QStringLiteral("delimiter"), QString(QLatin1Char(dialect.delimiter))},
                        {QStringLiteral("quote"), QString(QLatin1Char(dialect.quote))},
                        {QStringLiteral("header"), dialect.hasHeader},
                        {QStringLiteral("encoding"), dialect.encoding},
                        {QStringLiteral("gzip"), dialect.gzip}};
}

} // namespace fd::cli
