#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace fd {

// The dialect a file was read with: what the sniffer found, or what the options forced.
struct CsvDialect
{
    char delimiter = ',';
    char quote = '"';
    bool hasHeader = true;
    QString encoding = QStringLiteral("UTF-8"); // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE",
                                                // "Latin-1" or "Windows-1252"
    bool gzip = false;
    QByteArray commentPrefix;

    // "," , "\t" ... as a user would type it; tab is spelled "\t".
    QString delimiterText() const
    {
        return delimiter == '\t' ? QStringLiteral("\\t") : QString(QLatin1Char(delimiter));
    }

    friend bool operator==(const CsvDialect &, const CsvDialect &) = default;
};

} // namespace fd

Q_DECLARE_METATYPE(fd::CsvDialect)
