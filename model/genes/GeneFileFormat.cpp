#include "model/genes/GeneFileFormat.h"

#include "model/Records.h"
#include "model/genes/OrganismStore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

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

// "7157": digits only, no leading zero, short enough for a 64-bit number.
bool isPositiveNumber(QStringView text)
{
    if (text.isEmpty() || text.size() > 18 || text.front() == u'0')
        return false;
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; });
}

// "HGNC:5"
bool isHgncId(QStringView text)
{
    return text.startsWith(u"HGNC:") && isPositiveNumber(text.sliced(5));
}

// A stable gene id of a database other than Ensembl's vertebrates, as BioMart lists them
// (FBgn0038189, WBGene00000003, YAL001C, ERCC-00002): one word of letters, digits and . _ - :, with
// a letter and a digit.
bool isOtherStableId(QStringView text)
{
    bool letter = false;
    bool digit = false;
    for (const QChar c : text) {
        if (c.unicode() >= u'0' && c.unicode() <= u'9')
            digit = true;
        else if ((c.unicode() >= u'A' && c.unicode() <= u'Z')
                 || (c.unicode() >= u'a' && c.unicode() <= u'z'))
            letter = true;
        else if (c != u'.' && c != u'_' && c != u'-' && c != u':')
            return false;
    }
    return letter && digit;
}

// Bytes 0x20 to 0x7E only: no control character, nothing invisible, valid UTF-8.
bool isPrintableAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
}

enum class Unwanted { None, Control, Invisible, NotUtf8 };

struct UnwantedCharacter
{
    Unwanted what = Unwanted::None;
    qsizetype position = 0; // 1-based, in characters
    char32_t code = 0;
};

// The first character a stored field may not hold: control characters anywhere (NUL, escape, DEL,
// C1), bytes that are not UTF-8 (decoded as U+FFFD), and in names and ids also invisible ones
// (format characters such as a zero-width space or a byte order mark, line and paragraph
// separators), which would make two symbols that look alike differ.
UnwantedCharacter unwantedCharacter(QByteArrayView raw, QStringView text, bool nameOrId)
{
    const bool replacementInBytes = raw.contains(QByteArrayView("\xEF\xBF\xBD"));
    qsizetype position = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        ++position;
        char32_t code = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()
            && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        const QChar::Category category = QChar::category(code);
        if (category == QChar::Other_Control)
            return {Unwanted::Control, position, code};
        if (code == 0xFFFD && !replacementInBytes)
            return {Unwanted::NotUtf8, position, code};
        if (nameOrId
            && (category == QChar::Other_Format || category == QChar::Separator_Line
                || category == QChar::Separator_Paragraph))
            return {Unwanted::Invisible, position, code};
    }
    return {};
}

QString codePoint(char32_t code)
{
    return QStringLiteral("U+%1").arg(QString::number(uint(code), 16).toUpper(), 4,
                                      QLatin1Char('0'));
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
    case GeneFileFormat::Gencode:
        return QStringLiteral("gencode");
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
    case GeneFileFormat::Gencode:
        return QStringLiteral("GENCODE/Ensembl gene list");
    case GeneFileFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown format");
}

QString GeneColumns::stripEnsemblVersion(const QString &id)
{
    // Validation strips the same suffixes (Validator, GeneDetails), so a versioned id in a gene
    // file and in a checked file end up as the one stored id.
    const QStringView bare = OrganismStore::withoutVersionSuffix(id);
    return bare.size() == id.size() ? id : bare.toString();
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
    columns.m_names = header;

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
        if (require({{columns.m_symbol, "Symbol"},
                     {columns.m_synonyms, "Synonyms"},
                     {columns.m_xrefs, "dbXrefs"}}))
            columns.m_format = GeneFileFormat::Ncbi;
        return columns;
    }
    columns.m_ensembl = indexOf(header, {"Gene stable ID", "Gene stable ID version"});
    if (columns.m_ensembl >= 0) {
        columns.m_symbol = indexOf(header, {"Gene name"});
        columns.m_ncbi = indexOf(
            header, {"NCBI gene (formerly Entrezgene) ID", "NCBI gene ID", "EntrezGene ID"});
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

GeneColumns GeneColumns::detectHeaderless(const std::vector<QByteArrayView> &fields)
{
    static const QStringList names
        = {QStringLiteral("gene_id"), QStringLiteral("gene_name"), QStringLiteral("gene_version"),
           QStringLiteral("gene_length"), QStringLiteral("gene_type")};
    GeneColumns columns;
    if (fields.size() != size_t(names.size()))
        return columns;
    bool named = true;
    for (size_t i = 0; i < fields.size(); ++i)
        named = named
            && QString::fromUtf8(fields[i]).trimmed().compare(names.at(qsizetype(i)),
                                                              Qt::CaseInsensitive)
                == 0;
    // Without its names, a row of the list: an id, a name, a version (or nothing), a length, a
    // type. The id's shape is checked row by row (check()), as in the other formats.
    const QString id = clean(fields[0]);
    const QString version = clean(fields[2]);
    const bool row = !id.isEmpty() && !id.contains(QLatin1Char(' '))
        && (version.isEmpty() || isPositiveNumber(version)) && isPositiveNumber(clean(fields[3]))
        && !clean(fields[4]).isEmpty();
    if (!named && !row)
        return columns;
    columns.m_format = GeneFileFormat::Gencode;
    columns.m_columnCount = int(names.size());
    columns.m_names = names;
    columns.m_ensembl = 0;
    columns.m_symbol = 1;
    columns.m_version = 2;
    columns.m_length = 3;
    columns.m_biotype = 4;
    return columns;
}

QString GeneColumns::text(const std::vector<QByteArrayView> &fields, int column) const
{
    if (column < 0 || size_t(column) >= fields.size())
        return {};
    return clean(fields[size_t(column)]);
}

bool GeneColumns::isEnsemblGeneId(QStringView id)
{
    // ENS + species code (none for human, MUS for mouse, GAL for chicken, …) + G + eleven digits.
    constexpr qsizetype Digits = 11;
    if (id.size() < 3 + 1 + Digits || id.size() > 3 + 6 + 1 + Digits || !id.startsWith(u"ENS"))
        return false;
    const qsizetype g = id.size() - Digits - 1;
    if (id.at(g) != u'G')
        return false;
    for (qsizetype i = 3; i < g; ++i)
        if (id.at(i).unicode() < u'A' || id.at(i).unicode() > u'Z')
            return false;
    for (qsizetype i = g + 1; i < id.size(); ++i)
        if (id.at(i).unicode() < u'0' || id.at(i).unicode() > u'9')
            return false;
    return true;
}

QString GeneColumns::printable(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            out += QStringLiteral("\\u%1").arg(QString::number(uint(c.unicode()), 16).toUpper(), 4,
                                               QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString GeneColumns::columnLabel(int column) const
{
    return QCoreApplication::translate("fd::GeneFileFormat", "the %1 (column %2)")
        .arg(columnName(column))
        .arg(column + 1);
}

bool GeneColumns::isHeader(const std::vector<QByteArrayView> &fields) const
{
    if (qsizetype(fields.size()) != m_names.size())
        return false;
    for (size_t i = 0; i < fields.size(); ++i) {
        QString name = QString::fromUtf8(fields[i]).trimmed();
        if (name.startsWith(QLatin1Char('#')))
            name.remove(0, 1);
        if (name.compare(m_names.at(qsizetype(i)), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

GeneRowFault GeneColumns::check(const std::vector<QByteArrayView> &fields) const
{
    if (GeneRowFault fault = checkIds(fields))
        return fault;
    // The columns FeatureDesk stores; the others may hold what they like.
    const std::pair<int, bool> stored[]
        = {{m_taxon, true},    {m_key, true},          {m_symbol, true},  {m_synonyms, true},
           {m_previous, true}, {m_xrefs, true},        {m_ensembl, true}, {m_ncbi, true},
           {m_biotype, false}, {m_description, false}, {m_status, false}};
    for (const auto &[column, nameOrId] : stored) {
        if (column < 0 || size_t(column) >= fields.size())
            continue;
        // What would be stored: trimmed, so a stray tab or line break at an end does no harm.
        const QByteArrayView raw = fields[size_t(column)];
        if (isPrintableAscii(raw))
            continue; // nearly every field: no need to decode it to know
        const QString text = clean(raw);
        const UnwantedCharacter found = unwantedCharacter(raw, text, nameOrId);
        if (found.what == Unwanted::None)
            continue;
        QString what;
        switch (found.what) {
        case Unwanted::Control:
            what = QCoreApplication::translate("fd::GeneFileFormat", "the control character %1")
                       .arg(codePoint(found.code));
            break;
        case Unwanted::Invisible:
            what = QCoreApplication::translate("fd::GeneFileFormat", "the invisible character %1")
                       .arg(codePoint(found.code));
            break;
        case Unwanted::NotUtf8:
            what = QCoreApplication::translate("fd::GeneFileFormat",
                                               "bytes that are not UTF-8 text");
            break;
        case Unwanted::None:
            break;
        }
        return {
            GeneRowFault::Kind::Text, column,
            QCoreApplication::translate("fd::GeneFileFormat", "%1 holds %2 at character %3 ('%4')")
                .arg(columnLabel(column), what)
                .arg(found.position)
                .arg(printable(text.left(60)))};
    }
    return {};
}

GeneRowFault GeneColumns::checkIds(const std::vector<QByteArrayView> &fields) const
{
    auto fault = [this](GeneRowFault::Kind kind, int column, const QString &value,
                        const QString &shouldBe) {
        return GeneRowFault {
            kind, column,
            value.isEmpty()
                ? QCoreApplication::translate("fd::GeneFileFormat", "%1 is empty where %2 belongs")
                      .arg(columnLabel(column), shouldBe)
                : QCoreApplication::translate("fd::GeneFileFormat", "%1 is '%2', not %3")
                      .arg(columnLabel(column), printable(value.left(60)), shouldBe)};
    };
    auto swapped = [this](GeneRowFault fault, int other, const QString &otherValue) {
        fault.message += QCoreApplication::translate("fd::GeneFileFormat",
                                                     "; %1 is '%2': the two columns look swapped")
                             .arg(columnLabel(other), printable(otherValue.left(60)));
        return fault;
    };
    const QString ncbiGeneId = QCoreApplication::translate(
        "fd::GeneFileFormat", "an NCBI gene id (a positive whole number)");
    const QString symbol = text(fields, m_symbol);
    switch (m_format) {
    case GeneFileFormat::Ncbi: {
        const QString taxon = text(fields, m_taxon);
        if (!isPositiveNumber(taxon))
            return fault(
                GeneRowFault::Kind::Taxon, m_taxon, taxon,
                QCoreApplication::translate("fd::GeneFileFormat",
                                            "an NCBI taxon id (a positive whole number, 9606 for "
                                            "human)"));
        const QString id = text(fields, m_key);
        if (!isPositiveNumber(id)) {
            GeneRowFault bad = fault(GeneRowFault::Kind::Id, m_key, id, ncbiGeneId);
            return isPositiveNumber(symbol) ? swapped(bad, m_symbol, symbol) : bad;
        }
        break;
    }
    case GeneFileFormat::Hgnc: {
        const QString id = text(fields, m_key);
        if (!isHgncId(id)) {
            GeneRowFault bad
                = fault(GeneRowFault::Kind::Id, m_key, id,
                        QCoreApplication::translate("fd::GeneFileFormat",
                                                    "an HGNC id (HGNC: and a number, e.g. "
                                                    "HGNC:5)"));
            return isHgncId(symbol) ? swapped(bad, m_symbol, symbol) : bad;
        }
        if (const QString ncbi = text(fields, m_ncbi); !ncbi.isEmpty() && !isPositiveNumber(ncbi))
            return fault(GeneRowFault::Kind::Id, m_ncbi, ncbi, ncbiGeneId);
        if (const QString ensembl = text(fields, m_ensembl);
            !ensembl.isEmpty() && !isEnsemblGeneId(stripEnsemblVersion(ensembl)))
            return fault(GeneRowFault::Kind::Id, m_ensembl, ensembl,
                         QCoreApplication::translate(
                             "fd::GeneFileFormat", "an Ensembl gene id (ENSG and eleven digits)"));
        break;
    }
    case GeneFileFormat::BioMart: {
        const QString id = stripEnsemblVersion(text(fields, m_ensembl));
        const bool ensemblShaped = id.startsWith(QLatin1StringView("ENS"));
        if (ensemblShaped ? !isEnsemblGeneId(id) : !isOtherStableId(id) || isPositiveNumber(id))
            return fault(GeneRowFault::Kind::Id, m_ensembl, id,
                         QCoreApplication::translate(
                             "fd::GeneFileFormat",
                             "a stable gene id (ENSG00000121410, ENSMUSG…, or another "
                             "database's id such as FBgn0038189)"));
        if (const QString name = stripEnsemblVersion(symbol); name != id && isEnsemblGeneId(name)) {
            GeneRowFault bad {
                GeneRowFault::Kind::Id, m_symbol,
                QCoreApplication::translate("fd::GeneFileFormat",
                                            "%1 is '%2', an Ensembl gene id, where %3 is '%4'")
                    .arg(columnLabel(m_symbol), symbol, columnLabel(m_ensembl), id)};
            bad.message += QCoreApplication::translate("fd::GeneFileFormat",
                                                       ": the two columns look swapped");
            return bad;
        }
        if (const QString ncbi = text(fields, m_ncbi); !ncbi.isEmpty() && !isPositiveNumber(ncbi))
            return fault(GeneRowFault::Kind::Id, m_ncbi, ncbi, ncbiGeneId);
        break;
    }
    case GeneFileFormat::Gencode: {
        // Bare ids: the version has a column of its own.
        const QString id = text(fields, m_ensembl);
        const bool ensemblShaped = id.startsWith(QLatin1StringView("ENS"));
        if (ensemblShaped ? !isEnsemblGeneId(id) : !isOtherStableId(id) || isPositiveNumber(id))
            return fault(GeneRowFault::Kind::Id, m_ensembl, id,
                         QCoreApplication::translate(
                             "fd::GeneFileFormat",
                             "a stable gene id without version (ENSG00000121410, ENSMUSG…, or "
                             "another database's id such as FBgn0038189)"));
        const QString number
            = QCoreApplication::translate("fd::GeneFileFormat", "a positive whole number");
        if (const QString version = text(fields, m_version);
            !version.isEmpty() && !isPositiveNumber(version))
            return fault(GeneRowFault::Kind::Id, m_version, version, number);
        if (const QString length = text(fields, m_length); !isPositiveNumber(length))
            return fault(GeneRowFault::Kind::Id, m_length, length, number);
        break;
    }
    case GeneFileFormat::Unknown:
        break;
    }
    return {};
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
    case GeneFileFormat::Gencode:
        return text(fields, m_ensembl);
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
            return QCoreApplication::translate("fd::GeneFileFormat", "the HGNC entry is withdrawn");
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
    QStringList synonyms {text(fields, m_synonyms)};
    switch (m_format) {
    case GeneFileFormat::Ncbi: {
        gene.taxonId = text(fields, m_taxon).toLongLong();
        gene.ncbiGeneId = text(fields, m_key);
        QSet<QString> seenIds;
        for (const QString &xref : splitList(text(fields, m_xrefs))) {
            if (!xref.startsWith(QLatin1StringView("Ensembl:")))
                continue;
            const QString id = stripEnsemblVersion(xref.mid(8).trimmed());
            const qsizetype before = seenIds.size();
            if (!id.isEmpty() && (seenIds.insert(id), seenIds.size() != before))
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
        synonyms.append(text(fields, m_previous));
        gene.ncbiGeneId = text(fields, m_ncbi);
        const QString id = stripEnsemblVersion(text(fields, m_ensembl));
        if (!id.isEmpty())
            gene.ensemblGeneIds.append(id);
        gene.taxonId = 9606; // HGNC names human genes only
        break;
    }
    case GeneFileFormat::Gencode: {
        const QString id = text(fields, m_ensembl);
        gene.ensemblGeneIds.append(id);
        // Where a gene has no name the list gives its id again: it has no symbol.
        if (gene.symbol == id)
            gene.symbol.clear();
        gene.taxonId = OrganismStore::taxonFromEnsemblId(id);
        break;
    }
    case GeneFileFormat::Unknown:
        break;
    }
    gene.synonyms = normalizeSynonyms(synonyms, gene.symbol);
    return gene;
}

} // namespace fd
