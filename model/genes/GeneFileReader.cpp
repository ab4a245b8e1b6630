#include "model/genes/GeneFileReader.h"

#include "model/csv/CsvByteSource.h"

#include <QDir>
#include <QHash>

namespace fd {

namespace {

constexpr qint64 ChunkSize = 1 << 20;
constexpr qint64 MaxLineBytes = 16 << 20;

void splitTabs(QByteArrayView line, std::vector<QByteArrayView> &fields)
{
    fields.clear();
    qsizetype start = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == '\t') {
            fields.push_back(line.sliced(start, i - start));
            start = i + 1;
        }
    }
    fields.push_back(line.sliced(start));
}

class Reader
{
public:
    Reader(const QString &path, const GeneFileReader::Progress &progress, qint64 maxRows)
        : m_progress(progress)
        , m_maxRows(maxRows)
    {
        m_file.path = path;
        m_where = QDir::toNativeSeparators(path);
    }

    Result<GeneFile> run();

private:
    Error error(Error::Code code, qint64 line, const QString &what) const
    {
        return Error::make(code, line > 0 ? QStringLiteral("%1, line %2: %3").arg(m_where).arg(line).arg(what)
                                          : QStringLiteral("%1: %2").arg(m_where, what));
    }
    // Returns an error, or nothing; sets m_stop when maxRows is reached.
    std::optional<Error> line(QByteArrayView text, qint64 number, bool terminated);
    std::optional<Error> header(QByteArrayView text, qint64 number);
    std::optional<Error> row(QByteArrayView text, qint64 number, bool terminated);

    const GeneFileReader::Progress &m_progress;
    qint64 m_maxRows;
    QString m_where;
    GeneFile m_file;
    GeneColumns m_columns;
    bool m_haveHeader = false;
    bool m_stop = false;
    std::vector<QByteArrayView> m_fields;
    QHash<QString, qint64> m_keys;            // row key → line, for repeated GeneIDs
    QHash<QString, qsizetype> m_biomartGenes; // Ensembl id → index in m_file.genes
};

Result<GeneFile> Reader::run()
{
    CsvByteSource source;
    if (const CsvError opened = source.open(m_file.path); !opened.ok())
        return opened.toError();
    QByteArray buffer;
    qint64 lineNumber = 0;
    bool atEnd = false;
    while (!atEnd && !m_stop) {
        const qsizetype kept = buffer.size();
        buffer.resize(kept + ChunkSize);
        const qint64 got = source.read(buffer.data() + kept, ChunkSize);
        if (got < 0)
            return source.error().toError();
        buffer.resize(kept + got);
        atEnd = got == 0;
        if (m_progress && !m_progress(source.position(), source.size()))
            return Error::make(Error::Code::Cancelled,
                               QStringLiteral("%1: the import was cancelled; nothing was changed.")
                                   .arg(m_where));
        qsizetype start = 0;
        while (!m_stop) {
            const qsizetype end = buffer.indexOf('\n', start);
            if (end < 0)
                break;
            qsizetype stop = end;
            if (stop > start && buffer.at(stop - 1) == '\r')
                --stop;
            if (auto failure = line(QByteArrayView(buffer).sliced(start, stop - start), ++lineNumber, true))
                return *failure;
            start = end + 1;
        }
        buffer.remove(0, start);
        if (buffer.size() > MaxLineBytes)
            return error(Error::Code::Invalid, lineNumber + 1,
                         QStringLiteral("a line longer than 16 MiB; this is not a gene table."));
        if (atEnd && !buffer.isEmpty() && !m_stop) {
            if (buffer.endsWith('\r'))
                buffer.chop(1);
            if (auto failure = line(buffer, ++lineNumber, false))
                return *failure;
        }
    }
    if (!m_haveHeader)
        return error(Error::Code::Invalid, 0,
                     QStringLiteral("the file is empty. Choose an NCBI gene_info file, an Ensembl "
                                    "BioMart export or an HGNC complete set."));
    if (m_file.rows == 0)
        return error(Error::Code::Invalid, 0,
                     QStringLiteral("the file has a %1 header but no genes.")
                         .arg(geneFileFormatTitle(m_file.format)));
    m_file.complete = !m_stop;
    return std::move(m_file);
}

std::optional<Error> Reader::line(QByteArrayView text, qint64 number, bool terminated)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    if (!m_haveHeader)
        return header(text, number);
    return row(text, number, terminated);
}

std::optional<Error> Reader::header(QByteArrayView text, qint64 number)
{
    if (text.contains('\0'))
        return error(Error::Code::Invalid, 0,
                     QStringLiteral("this is not a text file. Choose an NCBI gene_info file, an "
                                    "Ensembl BioMart export or an HGNC complete set (tab-separated, "
                                    "plain or .gz)."));
    splitTabs(text, m_fields);
    QStringList names;
    for (const QByteArrayView field : m_fields)
        names.append(QString::fromUtf8(field));
    m_columns = GeneColumns::detect(names);
    if (m_columns.format() == GeneFileFormat::Unknown) {
        if (!m_columns.missingColumns().isEmpty())
            return error(Error::Code::Invalid, number,
                         QStringLiteral("the header looks like a gene table but lacks the column(s) "
                                        "%1. Export the table again with them.")
                             .arg(m_columns.missingColumns().join(QStringLiteral(", "))));
        QString start = QString::fromUtf8(text.first(std::min<qsizetype>(text.size(), 80)));
        start.replace(QLatin1Char('\t'), QStringLiteral("→"));
        return error(Error::Code::Invalid, number,
                     QStringLiteral("the header \"%1\" is not one of a gene table. FeatureDesk reads "
                                    "NCBI gene_info (#tax_id, GeneID, Symbol, …), Ensembl BioMart "
                                    "exports (Gene stable ID, Gene name, …) and the HGNC complete set "
                                    "(hgnc_id, symbol, …), tab-separated.")
                         .arg(start));
    }
    m_file.format = m_columns.format();
    m_haveHeader = true;
    return std::nullopt;
}

std::optional<Error> Reader::row(QByteArrayView text, qint64 number, bool terminated)
{
    splitTabs(text, m_fields);
    if (qsizetype(m_fields.size()) != m_columns.columnCount()) {
        if (!terminated)
            return error(Error::Code::Invalid, number,
                         QStringLiteral("the file ends in the middle of a row (%1 of %2 fields): it "
                                        "is truncated. Download it again; nothing was imported.")
                             .arg(m_fields.size())
                             .arg(m_columns.columnCount()));
        return error(Error::Code::Invalid, number,
                     QStringLiteral("the row has %1 tab-separated fields where the header has %2. "
                                    "The file is damaged or not tab-separated; nothing was imported.")
                         .arg(m_fields.size())
                         .arg(m_columns.columnCount()));
    }
    if (!terminated)
        m_file.warnings.append(QStringLiteral("%1 does not end with a line break; if it was cut "
                                              "short, the last genes are missing.")
                                   .arg(m_where));
    ++m_file.rows;
    if (m_maxRows >= 0 && m_file.rows >= m_maxRows)
        m_stop = true;

    const QString key = m_columns.rowKey(m_fields);
    const QString skip = m_columns.skipReason(m_fields);
    if (!skip.isEmpty()) {
        m_file.skips.append(GeneSkip{number, QString::fromUtf8(m_fields.size() > 1 ? m_fields[1] : QByteArrayView()), skip});
        return std::nullopt;
    }
    GeneInput gene = m_columns.toGene(m_fields, number);

    if (m_file.format == GeneFileFormat::BioMart) {
        // One row per gene–synonym pair (and per NCBI id): merge the rows of one Ensembl id.
        if (key.isEmpty())
            return error(Error::Code::Invalid, number,
                         QStringLiteral("the row has no Gene stable ID; nothing was imported."));
        const auto found = m_biomartGenes.constFind(key);
        if (found == m_biomartGenes.cend()) {
            m_biomartGenes.insert(key, m_file.genes.size());
        } else {
            GeneInput &merged = m_file.genes[*found];
            if (merged.symbol != gene.symbol)
                return error(Error::Code::Invalid, number,
                             QStringLiteral("the gene %1 is named '%2' here but '%3' on line %4: "
                                            "the file repeats an id with other data. Export it "
                                            "again; nothing was imported.")
                                 .arg(key, gene.symbol, merged.symbol)
                                 .arg(merged.line));
            for (const QString &synonym : std::as_const(gene.synonyms))
                if (!merged.synonyms.contains(synonym))
                    merged.synonyms.append(synonym);
            if (merged.ncbiGeneId.isEmpty())
                merged.ncbiGeneId = gene.ncbiGeneId;
            return std::nullopt;
        }
    } else {
        if (key.isEmpty() || key.endsWith(QLatin1Char(':')))
            return error(Error::Code::Invalid, number,
                         QStringLiteral("the row has no %1; nothing was imported.")
                             .arg(m_file.format == GeneFileFormat::Ncbi ? QStringLiteral("GeneID")
                                                                        : QStringLiteral("hgnc_id")));
        const auto it = m_keys.constFind(key);
        if (it == m_keys.cend())
            m_keys.insert(key, number);
        else
            return error(Error::Code::Invalid, number,
                         QStringLiteral("the %1 %2 appears again (first on line %3): the file "
                                        "repeats ids, perhaps two files joined. Remove the "
                                        "duplicates; nothing was imported.")
                             .arg(m_file.format == GeneFileFormat::Ncbi ? QStringLiteral("GeneID")
                                                                        : QStringLiteral("hgnc_id"),
                                  key.section(QLatin1Char(':'), -1))
                             .arg(it.value()));
    }
    if (!m_file.taxa.contains(gene.taxonId))
        m_file.taxa.append(gene.taxonId);
    m_file.genes.append(std::move(gene));
    return std::nullopt;
}

} // namespace

Result<GeneFile> GeneFileReader::read(const QString &path, const Progress &progress, qint64 maxRows)
{
    Reader reader(path, progress, maxRows);
    return reader.run();
}

} // namespace fd
