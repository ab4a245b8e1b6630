#pragma once

#include "model/genes/GeneRecord.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <vector>

namespace fd {

// The gene tables FeatureDesk reads, told apart by their header line.
enum class GeneFileFormat {
    Unknown,
    Ncbi, // NCBI gene_info: "#tax_id GeneID Symbol … Synonyms dbXrefs … description type_of_gene"
    BioMart, // Ensembl BioMart export: "Gene stable ID  Gene name  NCBI gene … ID  Gene type …"
    Hgnc, // HGNC complete set: "hgnc_id symbol name locus_group locus_type status …"
    Gencode, // CELLxGENE's GENCODE/Ensembl lists: headerless CSV "gene_id,gene_name,gene_version,
             // gene_length,gene_type" (ENSG00000290825,DDX11L16,2,1396,lncRNA)
};

QString geneFileFormatName(GeneFileFormat format); // "ncbi", "biomart", "hgnc", "gencode", …
QString geneFileFormatTitle(GeneFileFormat format); // "NCBI gene_info", "Ensembl BioMart", ...

// What is wrong with one row of a gene table, found before the row becomes a gene.
struct GeneRowFault
{
    enum class Kind {
        None,
        Text, // a control character, an invisible one in a name or id, or bytes that are no UTF-8
        Id, // an id column whose value has not the shape of its kind of id
        Taxon, // an NCBI tax_id that is no taxon id: the whole file is refused
    };
    Kind kind = Kind::None;
    int column = -1; // 0-based field of the row
    QString message; // "the GeneID (column 2) is 'A2M', not …", without file and line

    explicit operator bool() const { return kind != Kind::None; }
};

// Where a format's columns are in one file's header, and how a row of it becomes a GeneInput.
class GeneColumns
{
public:
    // Reads a header's fields; format() is Unknown when the header is none of ours, and
    // missingColumns() then says what a near miss lacks.
    static GeneColumns detect(const QStringList &header);
    // The GENCODE list's columns when the fields of a file's first line are one of its rows (or
    // its column names); format() is Unknown otherwise. Its lines are split at commas.
    static GeneColumns detectHeaderless(const std::vector<QByteArrayView> &fields);

    GeneFileFormat format() const { return m_format; }
    int columnCount() const { return m_columnCount; }
    const QStringList &missingColumns() const { return m_missing; }

    // The key that must not repeat in the file (NCBI GeneID, HGNC hgnc_id, GENCODE gene_id);
    // BioMart rows repeat the Ensembl id by design and are merged instead.
    QString rowKey(const std::vector<QByteArrayView> &fields) const;

    // Why a row is no gene to import (an HGNC entry withdrawn), or empty.
    QString skipReason(const std::vector<QByteArrayView> &fields) const;

    // The first thing wrong with the row's values (fields has columnCount() entries): ids must have
    // their kind's shape (NCBI GeneID and tax_id positive whole numbers, hgnc_id "HGNC:n", Ensembl
    // ids "ENS…G" and eleven digits), and the columns FeatureDesk stores may hold no control
    // characters, no bytes that are not UTF-8, and in names and ids no invisible characters.
    GeneRowFault check(const std::vector<QByteArrayView> &fields) const;

    // Whether the row is the header again (two files joined into one).
    bool isHeader(const std::vector<QByteArrayView> &fields) const;

    // The row's symbol, printable, for a message.
    QString symbolOf(const std::vector<QByteArrayView> &fields) const
    {
        return printable(text(fields, m_symbol));
    }

    // The header's name of a column, as the file spells it.
    QString columnName(int column) const { return m_names.value(column); }

    // The row as a gene; fields has columnCount() entries.
    GeneInput toGene(const std::vector<QByteArrayView> &fields, qint64 line) const;

    // "ENSG00000121410.12" → "ENSG00000121410", "FBgn0038189.1" → "FBgn0038189": every prefix
    // OrganismStore::withoutVersionSuffix knows.
    static QString stripEnsemblVersion(const QString &id);

    // "ENSG00000121410", "ENSMUSG00000059552": ENS, a species code, G and eleven digits.
    static bool isEnsemblGeneId(QStringView id);

    // The text with control and invisible characters written as \uXXXX, to show it in a message.
    static QString printable(QStringView text);

private:
    QString text(const std::vector<QByteArrayView> &fields, int column) const;
    GeneRowFault checkIds(const std::vector<QByteArrayView> &fields) const;
    QString columnLabel(int column) const; // "the GeneID (column 2)"

    GeneFileFormat m_format = GeneFileFormat::Unknown;
    int m_columnCount = 0;
    QStringList m_names; // the header's names, trimmed, without NCBI's leading '#'
    QStringList m_missing;
    int m_taxon = -1;
    int m_key = -1; // GeneID / hgnc_id
    int m_symbol = -1;
    int m_synonyms = -1; // NCBI Synonyms, BioMart Gene Synonym, HGNC alias_symbol
    int m_previous = -1; // HGNC prev_symbol
    int m_xrefs = -1; // NCBI dbXrefs
    int m_ensembl = -1; // BioMart Gene stable ID, HGNC ensembl_gene_id
    int m_ncbi = -1; // BioMart NCBI gene ID, HGNC entrez_id
    int m_biotype = -1;
    int m_description = -1;
    int m_status = -1; // HGNC status
    int m_version = -1; // GENCODE gene_version
    int m_length = -1; // GENCODE gene_length
};

} // namespace fd
