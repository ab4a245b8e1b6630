#include "model/genes/GeneFileFormat.h"

#include "model/Records.h"
#include "model/genes/OrganismStore.h"

namespace fd {

namespace {

int indexOf(const QStringList &header, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (header.at(i).compare(QLatin1StringView(name), Qt::CaseInsensitive) == 0)
                return int(i);
        }
    }
    return -1;
}

// "-" is NCBI's empty value; HGNC quotes its multi-valued fields ("A1B|ABG").
QString clean(QByteArrayView field)
{
    if (field.size() >= 2 && field.front() == '"' && field.back() == '"')
        field = field.sliced(1, field.size() - 2);
    if (field.size() == 1 && field.front() == '-')
        return {};
    return QString::fromUtf8(field).trimmed();
}

QStringList splitList(const QString &text)
{
    if (text.isEmpty())
        return {};
    return text.split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// BioMart descriptions end in " [Source:HGNC Symbol;Acc:HGNC:5]": the source, not the name.
QString withoutSourceNote(QString description)
{
    const qsizetype note = description.lastIndexOf(QLatin1StringView(" [Source:"));
    if (note >= 0 && description.endsWith(QLatin1Char(']')))
        description.truncate(note);
    return description;
}

} // namespace

QString geneFileFormatName(GeneFileFormat format)
{
    switch (format) {
    case GeneFileFormat::Ncbi:
        return QStringLiteral("ncbi");
    case GeneFileFormat::BioMart:
        return QStringLiteral("biomart");
    case GeneFileFormat::Hgnc:
        return QStringLiteral("hgnc");
    case GeneFileFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString geneFileFormatTitle(GeneFileFormat format)
{
    switch (format) {
    case GeneFileFormat::Ncbi:
        return QStringLiteral("NCBI gene_info");
    case GeneFileFormat::BioMart:
        return QStringLiteral("Ensembl BioMart export");
    case GeneFileFormat::Hgnc:
        return QStringLiteral("HGNC complete set");
    case GeneFileFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown format");
}

QString GeneColumns::stripEnsemblVersion(const QString &id)
{
    const qsizetype dot = id.lastIndexOf(QLatin1Char('.'));
    if (dot > 0 && id.startsWith(QLatin1StringView("ENS"))) {
        bool digits = false;
        id.mid(dot + 1).toInt(&digits);
        if (digits)
            return id.left(dot);
    }
    return id;
}

GeneColumns GeneColumns::detect(const QStringList &rawHeader)
{
    QStringList header;
    header.reserve(rawHeader.size());
    for (const QString &name : rawHeader) {
        QString trimmed = name.trimmed();
        if (trimmed.startsWith(QLatin1Char('#')))
            trimmed.remove(0, 1);
        header.append(trimmed);
    }
    GeneColumns columns;
    columns.m_columnCount = int(header.size());

    auto require = [&columns](std::initializer_list<std::pair<int, const char *>> needed) {
        for (const auto &[index, name] : needed)
            if (index < 0)
                columns.m_missing.append(QString::fromLatin1(name));
        return columns.m_missing.isEmpty();
    };

    if (indexOf(header, {"GeneID"}) >= 0 && indexOf(header, {"tax_id"}) >= 0) {
        columns.m_taxon = indexOf(header, {"tax_id"});
        columns.m_key = indexOf(header, {"GeneID"});
        columns.m_symbol = indexOf(header, {"Symbol"});
        columns.m_synonyms = indexOf(header, {"Synonyms"});
        columns.m_xrefs = indexOf(header, {"dbXrefs"});
        columns.m_description = indexOf(header, {"description"});
        columns.m_biotype = indexOf(header, {"type_of_gene"});
        if (require({{columns.m_symbol, "Symbol"}, {columns.m_synonyms, "Synonyms"},
                     {columns.m_xrefs, "dbXrefs"}}))
            columns.m_format = GeneFileFormat::Ncbi;
        return columns;
    }
    columns.m_ensembl = indexOf(header, {"Gene stable ID", "Gene stable ID version"});
    if (columns.m_ensembl >= 0) {
        columns.m_symbol = indexOf(header, {"Gene name"});
        columns.m_ncbi = indexOf(header, {"NCBI gene (formerly Entrezgene) ID", "NCBI gene ID",
                                          "EntrezGene ID"});
        columns.m_biotype = indexOf(header, {"Gene type"});
        columns.m_description = indexOf(header, {"Gene description"});
        columns.m_synonyms = indexOf(header, {"Gene Synonym", "Gene synonym"});
        if (require({{columns.m_symbol, "Gene name"}}))
            columns.m_format = GeneFileFormat::BioMart;
        return columns;
    }
    columns.m_key = indexOf(header, {"hgnc_id", "HGNC ID"});
    if (columns.m_key >= 0) {
        columns.m_symbol = indexOf(header, {"symbol", "Approved symbol"});
        columns.m_description = indexOf(header, {"name", "Approved name"});
        columns.m_biotype = indexOf(header, {"locus_type", "Locus type"});
        columns.m_status = indexOf(header, {"status", "Status"});
        columns.m_synonyms = indexOf(header, {"alias_symbol", "Alias symbols"});
        columns.m_previous = indexOf(header, {"prev_symbol", "Previous symbols"});
        columns.m_ncbi = indexOf(header, {"entrez_id", "NCBI Gene ID"});
        columns.m_ensembl = indexOf(header, {"ensembl_gene_id", "Ensembl gene ID"});
        if (require({{columns.m_symbol, "symbol"}}))
            columns.m_format = GeneFileFormat::Hgnc;
        return columns;
    }
    return columns;
}

QString GeneColumns::text(const std::vector<QByteArrayView> &fields, int column) const
{
    if (column < 0 || size_t(column) >= fields.size())
        return {};
    return clean(fields[size_t(column)]);
}

QString GeneColumns::rowKey(const std::vector<QByteArrayView> &fields) const
{
    switch (m_format) {
    case GeneFileFormat::Ncbi:
        return text(fields, m_taxon) + QLatin1Char(':') + text(fields, m_key);
    case GeneFileFormat::Hgnc:
        return text(fields, m_key);
    case GeneFileFormat::BioMart:
        return stripEnsemblVersion(text(fields, m_ensembl));
    case GeneFileFormat::Unknown:
        break;
    }
    return {};
}

QString GeneColumns::skipReason(const std::vector<QByteArrayView> &fields) const
{
    if (m_format == GeneFileFormat::Hgnc && m_status >= 0) {
        const QString status = text(fields, m_status);
        if (status.contains(QLatin1StringView("Withdrawn"), Qt::CaseInsensitive))
            return QStringLiteral("the HGNC entry is withdrawn");
    }
    return {};
}

GeneInput GeneColumns::toGene(const std::vector<QByteArrayView> &fields, qint64 line) const
{
    GeneInput gene;
    gene.line = line;
    gene.symbol = text(fields, m_symbol);
    gene.biotype = text(fields, m_biotype);
    gene.description = text(fields, m_description);
    QStringList synonyms = splitList(text(fields, m_synonyms));
    switch (m_format) {
    case GeneFileFormat::Ncbi: {
        gene.taxonId = text(fields, m_taxon).toLongLong();
        gene.ncbiGeneId = text(fields, m_key);
        for (const QString &xref : splitList(text(fields, m_xrefs))) {
            if (!xref.startsWith(QLatin1StringView("Ensembl:")))
                continue;
            const QString id = stripEnsemblVersion(xref.mid(8).trimmed());
            if (!id.isEmpty() && !gene.ensemblGeneIds.contains(id))
                gene.ensemblGeneIds.append(id);
        }
        break;
    }
    case GeneFileFormat::BioMart: {
        const QString id = stripEnsemblVersion(text(fields, m_ensembl));
        if (!id.isEmpty())
            gene.ensemblGeneIds.append(id);
        gene.ncbiGeneId = text(fields, m_ncbi);
        gene.description = withoutSourceNote(gene.description);
        gene.taxonId = OrganismStore::taxonFromEnsemblId(id);
        break;
    }
    case GeneFileFormat::Hgnc: {
        synonyms += splitList(text(fields, m_previous));
        gene.ncbiGeneId = text(fields, m_ncbi);
        const QString id = stripEnsemblVersion(text(fields, m_ensembl));
        if (!id.isEmpty())
            gene.ensemblGeneIds.append(id);
        gene.taxonId = 9606; // HGNC names human genes only
        break;
    }
    case GeneFileFormat::Unknown:
        break;
    }
    gene.synonyms = normalizeSynonyms(synonyms, gene.symbol);
    return gene;
}

} // namespace fd
