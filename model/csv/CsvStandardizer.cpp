#include "model/csv/CsvStandardizer.h"

#include "model/csv/CsvColumnRef.h"
#include "model/csv/CsvHeader.h"
#include "model/csv/CsvReader.h"
#include "model/csv/CsvSniffer.h"
#include "model/db/OpenRegistryFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cstring>
#include <optional>
#include <vector>

namespace fd {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo out(b);
    return out.exists() && QFileInfo(a).canonicalFilePath() == out.canonicalFilePath();
}

// A NUL is not text: a UTF-8 file holding one is refused by every reader as binary. In UTF-8
// input the reader has refused one already if it was near the start; a UTF-16 file holds it as
// two zero bytes, which the reader decodes into a NUL.
Error nulCharacter(const QString &path, qint64 line, qsizetype field)
{
    return Error::make(Error::Code::Invalid,
                       QCoreApplication::translate("CsvReader",
                                                   "%1, line %2, field %3 holds a NUL character "
                                                   "(U+0000), which is not text: a copy holding "
                                                   "it could not be read again. Remove the NUL "
                                                   "characters from the file first; nothing was "
                                                   "written.")
                           .arg(nativePath(path))
                           .arg(line)
                           .arg(field));
}

// The first line end outside quotes in the sample. A sample always holds whole records, so unless
// the file is one line without an end, it holds one.
CsvWriter::LineEnding detectLineEnding(QByteArrayView sample, char quote)
{
    bool quoted = false;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        const char c = sample[i];
        if (c == quote) {
            quoted = !quoted;
        } else if (!quoted && c == '\r') {
            return i + 1 < sample.size() && sample[i + 1] == '\n' ? CsvWriter::LineEnding::CrLf
                                                                  : CsvWriter::LineEnding::Lf;
        } else if (!quoted && c == '\n') {
            return CsvWriter::LineEnding::Lf;
        }
    }
    return CsvWriter::LineEnding::Lf;
}

// Names that the header holds more than once now and did not before: a column renamed to the name
// of another, which pandas would read as "name.1".
QStringList newDuplicates(const QStringList &before, const QStringList &after)
{
    QHash<QString, int> countBefore;
    QHash<QString, int> countAfter;
    for (const QString &name : before)
        ++countBefore[name];
    QStringList names;
    for (const QString &name : after) {
        if (++countAfter[name] == 2 && countBefore.value(name) < 2)
            names.append(name);
    }
    return names;
}

} // namespace

CsvStandardizer::CsvStandardizer(CsvOptions options)
    : m_options(std::move(options))
{
}

Result<CsvStandardization>
CsvStandardizer::standardizeColumn(const QString &path, const CsvColumnRef &column,
                                   const QHash<QString, QString> &replacements,
                                   const QString &outPath, CsvProgress *progress) const
{
    return copy(path, &column, replacements, outPath, progress);
}

Result<CsvStandardization>
CsvStandardizer::standardizeHeader(const QString &path, const QHash<QString, QString> &replacements,
                                   const QString &outPath, CsvProgress *progress) const
{
    return copy(path, nullptr, replacements, outPath, progress);
}

Result<CsvStandardization> CsvStandardizer::copy(const QString &path, const CsvColumnRef *column,
                                                 const QHash<QString, QString> &replacements,
                                                 const QString &outPath,
                                                 CsvProgress *progress) const
{
    if (sameFile(path, outPath)) {
        return Error::make(Error::Code::Invalid,
                           QCoreApplication::translate(
                               "CsvReader",
                               "%1 is the file being read; write the standardized copy to another "
                               "file.")
                               .arg(nativePath(outPath)));
    }
    CsvReader reader(m_options);
    if (const CsvError opened = reader.open(path); !opened.ok())
        return opened.toError();
    CsvSniffer sniffer(m_options);
    const Result<CsvSniffResult> sniffed = sniffer.sniff(reader);
    if (!sniffed)
        return sniffed.error();

    CsvStandardization result;
    result.dialect = sniffed->dialect;
    result.warnings = sniffed->warnings;
    const CsvDialect &dialect = result.dialect;
    if (!column && !dialect.hasHeader) {
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate(
                "CsvReader", "%1 has no header, so it has no column names to standardize.")
                .arg(nativePath(path)));
    }
    // The sniffer has read the sample already; asking again decodes it again and reads nothing.
    QByteArray sample;
    bool wholeFile = false;
    if (const CsvError sampled = reader.readSample(&sample, &wholeFile); !sampled.ok())
        return sampled.toError();
    result.lineEnding = detectLineEnding(sample, dialect.quote);
    sample.clear();

    if (Status allowed = OpenRegistryFiles::refuseRegistryFile(
            outPath, QCoreApplication::translate("fd::CsvStandardizer", "write over it"));
        !allowed)
        return allowed.error();
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly)) {
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate(
                "CsvReader",
                "%1 could not be written (%2). Check that the folder exists and that "
                "you may write there.")
                .arg(nativePath(outPath), out.errorString()));
    }
    CsvWriter writer(&out, dialect.delimiter, dialect.quote, result.lineEnding);
    writer.setCommentPrefix(m_options.commentPrefix);
    if (dialect.encoding == u"UTF-8 (BOM)")
        writer.writeByteOrderMark();

    // Cells arrive as UTF-8 bytes; matching bytes spares decoding every cell of the file.
    QHash<QByteArray, QByteArray> utf8;
    if (column) {
        utf8.reserve(replacements.size());
        for (auto it = replacements.cbegin(); it != replacements.cend(); ++it)
            utf8.insert(it.key().toUtf8(), it.value().toUtf8());
    }

    bool first = true;
    qsizetype index = -1;
    std::optional<Error> stopped;
    std::vector<QByteArrayView> fields;
    const CsvError read = reader.read(
        dialect.delimiter, dialect.quote,
        [&](const CsvRow &row) {
            fields.clear();
            for (qsizetype i = 0; i < row.size(); ++i) {
                const QByteArrayView field = row.field(i);
                if (!field.isEmpty() && std::memchr(field.data(), 0, size_t(field.size()))) {
                    stopped = nulCharacter(path, row.line(), i + 1);
                    return false;
                }
                fields.push_back(field);
            }
            const bool header = first && dialect.hasHeader;
            if (first) {
                first = false;
                if (column) {
                    Result<qsizetype> found = column->resolve(row.texts(), dialect.hasHeader, path);
                    if (!found) {
                        stopped = found.error();
                        return false;
                    }
                    index = *found;
                }
            }
            bool written = true;
            if (header && !column) {
                const QStringList raw = row.texts();
                const QStringList names = CsvHeader::uniqueNames(raw);
                QStringList renamed = raw;
                for (qsizetype i = 0; i < names.size(); ++i) {
                    const auto found = replacements.constFind(names.at(i));
                    if (found != replacements.cend()) {
                        renamed[i] = *found;
                        ++result.cellsReplaced;
                    }
                }
                for (const QString &name : newDuplicates(raw, renamed)) {
                    result.warnings << QCoreApplication::translate(
                                           "CsvReader",
                                           "The header now names two columns \"%1\"; readers will "
                                           "tell them apart as \"%1\" and \"%1.1\".")
                                           .arg(name);
                }
                written = writer.writeRecord(renamed);
            } else {
                if (!header && index >= 0 && index < row.size()) {
                    const QByteArrayView cell = fields[size_t(index)];
                    const auto found
                        = utf8.constFind(QByteArray::fromRawData(cell.data(), cell.size()));
                    if (found != utf8.cend()) {
                        fields[size_t(index)] = *found;
                        ++result.cellsReplaced;
                    }
                }
                written = writer.writeRecord(fields);
                if (!header)
                    ++result.rows;
            }
            if (!written) {
                stopped = Error::make(
                    Error::Code::Io,
                    QCoreApplication::translate(
                        "CsvReader", "%1 could not be written (%2). Check the free space.")
                        .arg(nativePath(outPath), writer.errorString()));
            }
            return written;
        },
        progress);
    if (!stopped && read.ok() && (!writer.flush() || !out.commit())) {
        const QString why
            = writer.errorString().isEmpty() ? out.errorString() : writer.errorString();
        stopped
            = Error::make(Error::Code::Io,
                          QCoreApplication::translate(
                              "CsvReader", "%1 could not be written (%2). Check the free space.")
                              .arg(nativePath(outPath), why));
    }
    if (stopped || !read.ok()) {
        out.cancelWriting();
        return stopped ? *stopped : read.toError();
    }
    return result;
}

} // namespace fd
