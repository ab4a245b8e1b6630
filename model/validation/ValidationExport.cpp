#include "model/validation/ValidationExport.h"

#include "model/db/OpenRegistryFiles.h"

#include "model/csv/CsvWriter.h"
#include "model/validation/ValidationModel.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace fd {

namespace {

QHash<QString, CurationDecision> byValue(const QList<ValueDecision> &decisions)
{
    QHash<QString, CurationDecision> map;
    for (const ValueDecision &entry : decisions)
        map.insert(entry.value, entry.decision);
    return map;
}

QStringList headerFields()
{
    return {QStringLiteral("value"), QStringLiteral("status"), QStringLiteral("standard"),
            QStringLiteral("candidates"), QStringLiteral("suggestions"), QStringLiteral("count"),
            QStringLiteral("dtype"), QStringLiteral("registered_dtype"), QStringLiteral("decision"),
            QStringLiteral("decision_name"),
            // An added feature's dtype, unit, description and synonyms ("; "-separated).
            QStringLiteral("decision_dtype"), QStringLiteral("decision_unit"),
            QStringLiteral("decision_description"), QStringLiteral("decision_synonyms"),
            QStringLiteral("note")};
}

QStringList rowFields(const ValidationItem &item, const CurationDecision &decision)
{
    return {item.value,
            validationStatusKey(item.status),
            item.standard,
            item.candidates.join(QStringLiteral("; ")),
            item.suggestions.join(QStringLiteral("; ")),
            QString::number(item.count),
            item.columnDtype,
            item.registeredDtype,
            curationActionKey(decision.action),
            decision.name,
            decision.dtype,
            decision.unit,
            decision.description,
            decision.synonyms.join(QStringLiteral("; ")),
            item.note};
}

} // namespace

ValidationExport::Format ValidationExport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1StringView("tsv") || suffix == QLatin1StringView("tab")
        || suffix == QLatin1StringView("txt"))
        return Format::Tsv;
    if (suffix == QLatin1StringView("html") || suffix == QLatin1StringView("htm"))
        return Format::Html;
    return Format::Csv;
}

QByteArray ValidationExport::toDelimited(const ValidationReport &report,
                                         const QList<ValueDecision> &decisions, char delimiter)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, delimiter);
    writer.writeRecord(headerFields());
    const QHash<QString, CurationDecision> decided = byValue(decisions);
    for (const ValidationItem &item : report.items)
        writer.writeRecord(rowFields(item, decided.value(item.value)));
    writer.flush();
    return bytes;
}

QByteArray ValidationExport::toHtml(const ValidationReport &report,
                                    const QList<ValueDecision> &decisions, const QString &source)
{
    const QHash<QString, CurationDecision> decided = byValue(decisions);
    QString html;
    const QString title = ValidationModel::tr("Validation of %1 (%2)")
                              .arg(source, validationFieldKey(report.field));
    html
        += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                          "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
                          "td,th{border:1px solid #999;padding:2px 6px;text-align:left}"
                          ".validated{background:#e3f4e3}.standardizable{background:#e3ecf8}"
                          ".ambiguous{background:#fbf0d9}.not_validated{background:#f8e1e1}"
                          ".dtype_mismatch{background:#f3e3f4}</style></head><body>\n")
               .arg(title.toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>\n<p>").arg(title.toHtmlEscaped());
    const QMap<ValidationStatus, int> counts = report.summary();
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(
            QStringLiteral("%1: %2").arg(ValidationModel::statusLabel(it.key())).arg(it.value()));
    parts.append(ValidationModel::tr("empty: %1").arg(report.emptyCount));
    parts.append(ValidationModel::tr("duplicate: %1").arg(report.duplicateCount));
    html += parts.join(QStringLiteral(" · ")).toHtmlEscaped() + QStringLiteral("</p>\n");
    if (!report.fieldWarning.isEmpty())
        html += QStringLiteral("<p><strong>%1</strong></p>\n")
                    .arg(report.fieldWarning.toHtmlEscaped());
    html += QStringLiteral("<table>\n<tr>");
    for (const QString &name : headerFields())
        html += QStringLiteral("<th>%1</th>").arg(name.toHtmlEscaped());
    html += QStringLiteral("</tr>\n");
    for (const ValidationItem &item : report.items) {
        html += QStringLiteral("<tr class=\"%1\">").arg(validationStatusKey(item.status));
        for (const QString &field : rowFields(item, decided.value(item.value)))
            html += QStringLiteral("<td>%1</td>").arg(field.toHtmlEscaped());
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table>\n</body></html>\n");
    return html.toUtf8();
}

Status ValidationExport::write(const QString &path, Format format, const ValidationReport &report,
                               const QList<ValueDecision> &decisions, const QString &source)
{
    return OpenRegistryFiles::writeWholeFile(
        path,
        [&](QIODevice &file) {
            switch (format) {
            case Format::Csv:
                file.write(toDelimited(report, decisions, ','));
                break;
            case Format::Tsv:
                file.write(toDelimited(report, decisions, '\t'));
                break;
            case Format::Html:
                file.write(toHtml(report, decisions, source));
                break;
            }
            return QString(); // a failed write is the file's error
        },
        [&path](const QString &reason) {
            return Error::make(
                Error::Code::Io,
                QCoreApplication::translate("fd::ValidationExport", "Cannot write %1: %2")
                    .arg(path, reason));
        });
}

} // namespace fd
