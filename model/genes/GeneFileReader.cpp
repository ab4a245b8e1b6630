#include "model/genes/GeneFileReader.h"

#include "model/csv/CsvByteSource.h"
#include "model/genes/OrganismStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSet>

namespace fd {

namespace {

constexpr qint64 ChunkSize = 1 << 20;
constexpr qint64 MaxLineBytes = 16 << 20;

void splitFields(QByteArrayView line, char separator, std::vector<QByteArrayView> &fields)
{
    fields.clear();
    qsizetype start = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == separator) {
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
        return Error::make(
            code,
            line > 0 ? QCoreApplication::translate("fd::GeneFileReader", "%1, line %2: %3")
                           .arg(m_where)
                           .arg(line)
                           .arg(what)
                     : QStringLiteral("%1: %2").arg(m_where, what));
    }
    // Returns an error, or nothing; sets m_stop when maxRows is reached.
    std::optional<Error> line(QByteArrayView text, qint64 number, bool terminated);
    std::optional<Error> header(QByteArrayView text, qint64 number, bool terminated);
    // A file's organism is its ids' (ENSMUSG…), else its name's (genes_mus_musculus.csv.gz); ids
    // of no known prefix among them (FlyBase's FBtr…) are that organism's too.
    void fillOrganism();
    std::optional<Error> row(QByteArrayView text, qint64 number, bool terminated);

    // How the file's lines end, taken from its first line break: "\n" (or "\r\n"), or "\r" alone
    // (classic Mac OS). A "\r" inside a line of a "\n" file is then a control character.
    enum class LineBreak { Unknown, Lf, Cr };
    static LineBreak lineBreakOf(const QByteArray &buffer, bool atEnd);

    const GeneFileReader::Progress &m_progress;
    qint64 m_maxRows;
    QString m_where;
    GeneFile m_file;
    GeneColumns m_columns;
    bool m_haveHeader = false;
    bool m_stop = false;
    LineBreak m_lineBreak = LineBreak::Unknown;
    char m_separator = '\t'; // ',' in a GENCODE list
    qint64 m_headerLine = 0;
    qint64 m_faultyRows = 0; // rows skipped for a bad id or character
    qint64 m_firstFaultLine = 0;
    QString m_firstFault;
    std::vector<QByteArrayView> m_fields;
    QHash<QString, qint64> m_keys; // row key → line, for repeated GeneIDs
    QHash<QString, qsizetype> m_biomartGenes; // Ensembl id → index in m_file.genes
    QHash<qsizetype, QSet<QString>> m_mergedSynonyms; // index in m_file.genes → its synonyms
};

Reader::LineBreak Reader::lineBreakOf(const QByteArray &buffer, bool atEnd)
{
    for (qsizetype i = 0; i < buffer.size(); ++i) {
        if (buffer.at(i) == '\n')
            return LineBreak::Lf;
        if (buffer.at(i) == '\r') {
            if (i + 1 < buffer.size())
                return buffer.at(i + 1) == '\n' ? LineBreak::Lf : LineBreak::Cr;
            return atEnd ? LineBreak::Cr : LineBreak::Unknown; // "\r" ends the chunk: wait for more
        }
    }
    return LineBreak::Unknown;
}

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
            return Error::make(
                Error::Code::Cancelled,
                QCoreApplication::translate("fd::GeneFileReader",
                                            "%1: the import was cancelled; nothing was changed.")
                    .arg(m_where));
        if (m_lineBreak == LineBreak::Unknown)
            m_lineBreak = lineBreakOf(buffer, atEnd);
        // Until the first line break is seen (or the file ends), the buffer is one partial line.
        const char breakByte = m_lineBreak == LineBreak::Cr ? '\r' : '\n';
        qsizetype start = 0;
        while (!m_stop && m_lineBreak != LineBreak::Unknown) {
            const qsizetype end = buffer.indexOf(breakByte, start);
            if (end < 0)
                break;
            qsizetype stop = end;
            if (m_lineBreak == LineBreak::Lf && stop > start && buffer.at(stop - 1) == '\r')
                --stop;
            if (auto failure
                = line(QByteArrayView(buffer).sliced(start, stop - start), ++lineNumber, true))
                return *failure;
            start = end + 1;
        }
        buffer.remove(0, start);
        if (buffer.size() > MaxLineBytes)
            return error(
                Error::Code::Invalid, lineNumber + 1,
                QCoreApplication::translate(
                    "fd::GeneFileReader", "a line longer than 16 MiB; this is not a gene table."));
        if (atEnd && !buffer.isEmpty() && !m_stop) {
            if (buffer.endsWith('\r'))
                buffer.chop(1);
            if (auto failure = line(buffer, ++lineNumber, false))
                return *failure;
        }
    }
    if (!m_haveHeader)
        return error(Error::Code::Invalid, 0,
                     QCoreApplication::translate(
                         "fd::GeneFileReader",
                         "the file is empty. Choose an NCBI gene_info file, an Ensembl "
                         "BioMart export, an HGNC complete set or a GENCODE gene list."));
    if (m_file.rows == 0)
        return error(Error::Code::Invalid, 0,
                     QCoreApplication::translate("fd::GeneFileReader",
                                                 "the file has a %1 header but no genes.")
                         .arg(geneFileFormatTitle(m_file.format)));
    // A bad row among good ones is skipped and listed; when most rows are bad, the columns are not
    // what the header says (swapped, shifted, another table under this header): nothing is taken.
    if (m_faultyRows > 0 && m_faultyRows * 2 > m_file.rows)
        return error(Error::Code::Invalid, m_firstFaultLine,
                     QCoreApplication::translate(
                         "fd::GeneFileReader",
                         "%1. %2 of the %3 rows are like this: the file's columns are "
                         "not what its header says. Correct the file or export it "
                         "again; nothing was imported.")
                         .arg(m_firstFault)
                         .arg(m_faultyRows)
                         .arg(m_file.rows));
    m_file.complete = !m_stop;
    if (m_file.format == GeneFileFormat::Gencode)
        fillOrganism();
    return std::move(m_file);
}

void Reader::fillOrganism()
{
    QList<qint64> known = m_file.taxa;
    known.removeAll(0);
    if (known.size() > 1 || known.size() == m_file.taxa.size())
        return; // several organisms (the import asks which), or every gene's is known
    const qint64 taxon
        = known.isEmpty() ? OrganismStore::taxonFromFileName(m_file.path) : known.constFirst();
    if (taxon == 0)
        return;
    for (GeneInput &gene : m_file.genes)
        if (gene.taxonId == 0)
            gene.taxonId = taxon;
    m_file.taxa = {taxon};
}

std::optional<Error> Reader::line(QByteArrayView text, qint64 number, bool terminated)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    if (!m_haveHeader)
        return header(text, number, terminated);
    return row(text, number, terminated);
}

std::optional<Error> Reader::header(QByteArrayView text, qint64 number, bool terminated)
{
    if (text.contains('\0'))
        return error(Error::Code::Invalid, 0,
                     QCoreApplication::translate(
                         "fd::GeneFileReader",
                         "this is not a text file. Choose an NCBI gene_info file, an "
                         "Ensembl BioMart export or an HGNC complete set (tab-separated, "
                         "plain or .gz), or a GENCODE gene list (comma-separated)."));
    if (!text.contains('\t') && text.contains(',')) {
        splitFields(text, ',', m_fields);
        m_columns = GeneColumns::detectHeaderless(m_fields);
        if (m_columns.format() == GeneFileFormat::Gencode) {
            m_separator = ',';
            m_file.format = GeneFileFormat::Gencode;
            m_haveHeader = true;
            if (m_columns.isHeader(m_fields)) {
                m_headerLine = number;
                return std::nullopt;
            }
            return row(text, number, terminated); // no header: the first line is a gene
        }
    }
    splitFields(text, '\t', m_fields);
    QStringList names;
    for (const QByteArrayView field : m_fields)
        names.append(QString::fromUtf8(field));
    m_columns = GeneColumns::detect(names);
    if (m_columns.format() == GeneFileFormat::Unknown) {
        if (!m_columns.missingColumns().isEmpty())
            return error(Error::Code::Invalid, number,
                         QCoreApplication::translate(
                             "fd::GeneFileReader",
                             "the header looks like a gene table but lacks the column(s) "
                             "%1. Export the table again with them.")
                             .arg(m_columns.missingColumns().join(QStringLiteral(", "))));
        QString start = QString::fromUtf8(text.first(std::min<qsizetype>(text.size(), 80)));
        start.replace(QLatin1Char('\t'), QStringLiteral("→"));
        return error(Error::Code::Invalid, number,
                     QCoreApplication::translate(
                         "fd::GeneFileReader",
                         "the header \"%1\" is not one of a gene table. FeatureDesk reads "
                         "NCBI gene_info (#tax_id, GeneID, Symbol, …), Ensembl BioMart "
                         "exports (Gene stable ID, Gene name, …) and the HGNC complete set "
                         "(hgnc_id, symbol, …), tab-separated, and GENCODE gene lists "
                         "(gene_id,gene_name,gene_version,gene_length,gene_type, no header).")
                         .arg(start));
    }
    m_file.format = m_columns.format();
    m_haveHeader = true;
    m_headerLine = number;
    return std::nullopt;
}

std::optional<Error> Reader::row(QByteArrayView text, qint64 number, bool terminated)
{
    splitFields(text, m_separator, m_fields);
    if (qsizetype(m_fields.size()) != m_columns.columnCount()) {
        if (!terminated)
            return error(Error::Code::Invalid, number,
                         QCoreApplication::translate(
                             "fd::GeneFileReader",
                             "the file ends in the middle of a row (%1 of %2 fields): it "
                             "is truncated. Download it again; nothing was imported.")
                             .arg(m_fields.size())
                             .arg(m_columns.columnCount()));
        QStringList names;
        for (const QByteArrayView field : m_fields)
            names.append(QString::fromUtf8(field));
        if (m_separator == '\t' && GeneColumns::detect(names).format() != GeneFileFormat::Unknown)
            return error(Error::Code::Invalid, number,
                         QCoreApplication::translate(
                             "fd::GeneFileReader",
                             "a second header, with %1 columns where the first (line "
                             "%2) has %3: two gene tables were joined into one. Import "
                             "them one by one; nothing was imported.")
                             .arg(m_fields.size())
                             .arg(m_headerLine)
                             .arg(m_columns.columnCount()));
        if (m_separator == ',')
            return error(Error::Code::Invalid, number,
                         QCoreApplication::translate(
                             "fd::GeneFileReader",
                             "the row has %1 comma-separated fields where a GENCODE list has %2. "
                             "The file is damaged; nothing was imported.")
                             .arg(m_fields.size())
                             .arg(m_columns.columnCount()));
        return error(Error::Code::Invalid, number,
                     QCoreApplication::translate(
                         "fd::GeneFileReader",
                         "the row has %1 tab-separated fields where the header has %2. "
                         "The file is damaged or not tab-separated; nothing was imported.")
                         .arg(m_fields.size())
                         .arg(m_columns.columnCount()));
    }
    if (!terminated)
        m_file.warnings.append(
            QCoreApplication::translate("fd::GeneFileReader",
                                        "%1 does not end with a line break; if it was cut "
                                        "short, the last genes are missing.")
                .arg(m_where));
    if (m_columns.isHeader(m_fields)) {
        m_file.skips.append(
            GeneSkip {number, QString(),
                      QCoreApplication::translate("fd::GeneFileReader",
                                                  "the header again (first on line %1): two "
                                                  "files joined into one? The rows after it "
                                                  "are read as genes too")
                          .arg(m_headerLine)});
        return std::nullopt;
    }
    ++m_file.rows;
    if (m_maxRows >= 0 && m_file.rows >= m_maxRows)
        m_stop = true;

    if (const GeneRowFault fault = m_columns.check(m_fields)) {
        // A taxon decides which organism a row's gene joins: no guess, the file is refused.
        if (fault.kind == GeneRowFault::Kind::Taxon)
            return error(Error::Code::Invalid, number,
                         QCoreApplication::translate(
                             "fd::GeneFileReader",
                             "%1. Correct the row (NCBI gives every gene its organism's "
                             "taxon id); nothing was imported.")
                             .arg(fault.message));
        if (m_faultyRows++ == 0) {
            m_firstFaultLine = number;
            m_firstFault = fault.message;
        }
        m_file.skips.append(
            GeneSkip {number, m_columns.symbolOf(m_fields),
                      QCoreApplication::translate("fd::GeneFileReader",
                                                  "%1; correct the row and import the file again "
                                                  "to add it")
                          .arg(fault.message)});
        return std::nullopt;
    }

    const QString key = m_columns.rowKey(m_fields);
    const QString skip = m_columns.skipReason(m_fields);
    if (!skip.isEmpty()) {
        m_file.skips.append(GeneSkip {number, m_columns.symbolOf(m_fields), skip});
        return std::nullopt;
    }
    GeneInput gene = m_columns.toGene(m_fields, number);

    if (m_file.format == GeneFileFormat::BioMart) {
        // One row per gene–synonym pair (and per NCBI id): merge the rows of one Ensembl id.
        const auto found = m_biomartGenes.constFind(key);
        if (found == m_biomartGenes.cend()) {
            m_biomartGenes.insert(key, m_file.genes.size());
        } else {
            GeneInput &merged = m_file.genes[*found];
            if (merged.symbol != gene.symbol)
                return error(Error::Code::Invalid, number,
                             QCoreApplication::translate(
                                 "fd::GeneFileReader",
                                 "the gene %1 is named '%2' here but '%3' on line %4: "
                                 "the file repeats an id with other data. Export it "
                                 "again; nothing was imported.")
                                 .arg(key, gene.symbol, merged.symbol)
                                 .arg(merged.line));
            QSet<QString> &seen = m_mergedSynonyms[*found];
            if (seen.isEmpty())
                seen = QSet<QString>(merged.synonyms.cbegin(), merged.synonyms.cend());
            for (const QString &synonym : std::as_const(gene.synonyms)) {
                const qsizetype before = seen.size();
                seen.insert(synonym);
                if (seen.size() != before)
                    merged.synonyms.append(synonym);
            }
            if (merged.ncbiGeneId.isEmpty())
                merged.ncbiGeneId = gene.ncbiGeneId;
            return std::nullopt;
        }
    } else {
        const auto it = m_keys.constFind(key);
        if (it == m_keys.cend())
            m_keys.insert(key, number);
        else
            return error(
                Error::Code::Invalid, number,
                QCoreApplication::translate("fd::GeneFileReader",
                                            "the %1 %2 appears again (first on line %3): the file "
                                            "repeats ids, perhaps two files joined. Remove the "
                                            "duplicates; nothing was imported.")
                    .arg(m_file.format == GeneFileFormat::Ncbi          ? QStringLiteral("GeneID")
                             : m_file.format == GeneFileFormat::Gencode ? QStringLiteral("gene_id")
                                                                        : QStringLiteral("hgnc_id"),
                         m_file.format == GeneFileFormat::Ncbi ? key.section(QLatin1Char(':'), 1)
                                                               : key)
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
