#include "model/csv/CsvInspector.h"

#include "model/csv/CsvColumnProfile.h"
#include "model/csv/CsvHeader.h"
#include "model/csv/CsvReader.h"
#include "model/csv/CsvSniffer.h"

#include <QCoreApplication>

#include <vector>

namespace fd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

} // namespace

CsvInspector::CsvInspector(CsvOptions options)
    : m_options(std::move(options))
{
}

qsizetype CsvInspector::distinctCapFor(qsizetype columnCount)
{
    return qBound<qsizetype>(16, DistinctBudget / qMax<qsizetype>(1, columnCount), DistinctCap);
}

Result<CsvInspection> CsvInspector::inspect(const QString &path, CsvProgress *progress)
{
    CsvReader reader(m_options);
    m_error = reader.open(path);
    if (!m_error.ok())
        return m_error.toError();
    CsvSniffer sniffer(m_options);
    Result<CsvSniffResult> sniffed = sniffer.sniff(reader);
    if (!sniffed) {
        m_error = sniffer.lastError();
        return sniffed.error();
    }

    CsvInspection inspection;
    inspection.path = path;
    inspection.dialect = sniffed->dialect;
    inspection.warnings = sniffed->warnings;

    QStringList names;
    std::vector<CsvColumnProfile> profiles;
    qsizetype expected = -1;
    bool headerPending = inspection.dialect.hasHeader;

    auto addMalformed = [&](qint64 line, const QString &reason) {
        ++inspection.malformedCount;
        if (inspection.malformedRows.size() < CsvInspection::MaxListedMalformedRows)
            inspection.malformedRows.append({line, reason});
    };
    auto setColumns = [&](qsizetype count) {
        expected = count;
        profiles.assign(size_t(count), CsvColumnProfile(distinctCapFor(count)));
    };

    m_error = reader.read(inspection.dialect.delimiter, inspection.dialect.quote,
                          [&](const CsvRow &row) {
        if (headerPending) {
            headerPending = false;
            QStringList raw;
            raw.reserve(row.size());
            for (qsizetype i = 0; i < row.size(); ++i)
                raw.append(row.text(i));
            names = CsvHeader::uniqueNames(raw, &inspection.warnings);
            setColumns(row.size());
            if (row.invalidUtf8()) {
                inspection.warnings << tr("The header on line %1 is not valid UTF-8.").arg(row.line());
            }
            return true;
        }
        if (expected < 0)
            setColumns(qMax<qsizetype>(sniffed->columnCount, 1));
        if (m_options.maxRows >= 0 && inspection.rowCount >= m_options.maxRows) {
            inspection.truncated = true;
            return false;
        }
        ++inspection.rowCount;
        const qsizetype fields = row.size();
        if (fields != expected) {
            addMalformed(row.line(), tr("expected %1 fields, found %2").arg(expected).arg(fields));
        } else if (row.invalidUtf8()) {
            addMalformed(row.line(),
                         tr("invalid UTF-8 in column %1").arg(row.invalidUtf8Field() + 1));
        }
        const qsizetype present = qMin(fields, expected);
        for (qsizetype i = 0; i < present; ++i)
            profiles[size_t(i)].add(row.field(i));
        for (qsizetype i = present; i < expected; ++i)
            profiles[size_t(i)].addAbsent();
        return true;
    }, progress);
    if (!m_error.ok())
        return m_error.toError();

    if (expected < 0)
        setColumns(qMax<qsizetype>(sniffed->columnCount, 1)); // only a header, or nothing
    if (names.isEmpty()) {
        for (qsizetype i = 0; i < expected; ++i)
            names << QString::number(i);
    }
    inspection.columns.reserve(expected);
    for (qsizetype i = 0; i < expected; ++i)
        inspection.columns.append(profiles[size_t(i)].summary(names[i], inspection.rowCount));
    return inspection;
}

} // namespace fd
