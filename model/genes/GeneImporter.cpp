#include "model/genes/GeneImporter.h"

#include <QCoreApplication>

#include "model/Identity.h"

#include <algorithm>

namespace fd {

namespace {

constexpr qsizetype Free = -1;
constexpr int MaxSharedSymbolWarnings = 50;

bool sameValues(const GeneRecord &a, const GeneRecord &b)
{
    return a.symbol == b.symbol && a.ensemblGeneId == b.ensemblGeneId
        && a.ncbiGeneId == b.ncbiGeneId && a.biotype == b.biotype && a.description == b.description
        && a.synonyms == b.synonyms && a.otherEnsemblGeneIds == b.otherEnsemblGeneIds
        && a.organismId == b.organismId;
}

QStringList without(const QStringList &ids, const QString &id)
{
    QStringList out = ids;
    out.removeAll(id);
    return out;
}

// The symbols that name more than one gene of the file, as warnings; in file order, so that two
// imports of one file read alike.
QStringList sharedSymbolWarnings(const QList<GeneInput> &genes)
{
    QHash<QString, QList<qint64>> symbolLines;
    for (const GeneInput &gene : genes)
        if (!gene.symbol.isEmpty())
            symbolLines[gene.symbol].append(gene.line);
    QStringList warnings;
    QList<std::pair<qint64, QString>> sharedSymbols;
    for (auto it = symbolLines.cbegin(); it != symbolLines.cend(); ++it)
        if (it.value().size() > 1)
            sharedSymbols.append({it.value().constFirst(), it.key()});
    std::sort(sharedSymbols.begin(), sharedSymbols.end());
    const qsizetype shared = sharedSymbols.size();
    for (qsizetype i = 0; i < std::min<qsizetype>(shared, MaxSharedSymbolWarnings); ++i) {
        const QString &symbol = sharedSymbols.at(i).second;
        const QList<qint64> &where = symbolLines.value(symbol);
        QStringList lines;
        for (const qint64 line : where)
            lines.append(QString::number(line));
        warnings.append(
            QCoreApplication::translate("fd::GeneImporter",
                                        "The symbol '%1' names %2 genes (lines %3); find "
                                        "them by Ensembl or NCBI id.")
                .arg(symbol)
                .arg(where.size())
                .arg(lines.join(QStringLiteral(", "))));
    }
    if (shared > MaxSharedSymbolWarnings)
        warnings.append(QCoreApplication::translate(
                            "fd::GeneImporter", "… and %1 more symbols shared by several genes.")
                            .arg(shared - MaxSharedSymbolWarnings));
    return warnings;
}

} // namespace

GeneImporter::GeneImporter(QString organismName, qint64 organismId)
    : m_organismName(std::move(organismName))
    , m_organismId(organismId)
{
}

QString GeneImporter::organismKeyedUid(const QString &symbol, const QString &organismName)
{
    return identity::geneUid(symbol + organismName);
}

void GeneImporter::setExisting(QList<GeneRecord> existing)
{
    m_existing = std::move(existing);
    m_byEnsembl.clear();
    m_byNcbi.clear();
    m_byUid.clear();
    m_byEnsembl.reserve(m_existing.size());
    m_byNcbi.reserve(m_existing.size());
    m_byUid.reserve(m_existing.size());
    for (qsizetype i = 0; i < m_existing.size(); ++i) {
        const GeneRecord &gene = m_existing.at(i);
        m_byUid.insert(gene.uid, i);
        if (!gene.ensemblGeneId.isEmpty())
            m_byEnsembl.insert(gene.ensemblGeneId, i);
        if (!gene.ncbiGeneId.isEmpty() && gene.organismId == m_organismId
            && !m_byNcbi.contains(gene.ncbiGeneId))
            m_byNcbi.insert(gene.ncbiGeneId, i);
    }
}

GeneImporter::Matches GeneImporter::matchStored(const QList<GeneInput> &genes) const
{
    Matches found;
    found.stored = QList<qsizetype>(genes.size(), Free);
    QHash<qsizetype, qsizetype> &matchedBy = found.matchedBy;
    QHash<QString, qsizetype> &firstClaim = found.firstClaim;
    for (qsizetype i = 0; i < genes.size(); ++i) {
        const GeneInput &gene = genes.at(i);
        const QString first = gene.ensemblGeneIds.value(0);
        if (gene.symbol.isEmpty() && first.isEmpty())
            continue;
        if (!first.isEmpty() && !firstClaim.contains(first))
            firstClaim.insert(first, i);
        qsizetype byEnsembl = first.isEmpty() ? Free : m_byEnsembl.value(first, Free);
        if (byEnsembl != Free
            && (matchedBy.contains(byEnsembl)
                || m_existing.at(byEnsembl).organismId != m_organismId))
            byEnsembl = Free;
        qsizetype byNcbi = gene.ncbiGeneId.isEmpty() ? Free : m_byNcbi.value(gene.ncbiGeneId, Free);
        if (byNcbi != Free && matchedBy.contains(byNcbi))
            byNcbi = Free;
        qsizetype match = byEnsembl;
        if (byEnsembl != Free && byNcbi != Free && byNcbi != byEnsembl) {
            const QString storedNcbi = m_existing.at(byEnsembl).ncbiGeneId;
            if (!storedNcbi.isEmpty() && !gene.ncbiGeneId.isEmpty()
                && storedNcbi != gene.ncbiGeneId)
                match = byNcbi;
        } else if (byEnsembl == Free) {
            match = byNcbi;
        }
        if (match != Free) {
            found.stored[i] = match;
            matchedBy.insert(match, i);
        }
    }
    return found;
}

GeneImportPlan GeneImporter::plan(const QList<GeneInput> &genes) const
{
    GeneImportPlan plan;
    QHash<QString, QString> newUids; // uid → symbol of the new gene that took it
    newUids.reserve(genes.size());
    auto uidTaken
        = [&](const QString &uid) { return m_byUid.contains(uid) || newUids.contains(uid); };
    auto uidHolder = [&](const QString &uid) {
        const auto stored = m_byUid.constFind(uid);
        return stored != m_byUid.cend() ? m_existing.at(*stored).symbol : newUids.value(uid);
    };

    // Pass 1: which stored gene each file gene is, and who claims which Ensembl id first.
    const Matches found = matchStored(genes);
    const QList<qsizetype> &matches = found.stored;
    const QHash<qsizetype, qsizetype> &matchedBy = found.matchedBy;
    const QHash<QString, qsizetype> &firstClaim = found.firstClaim;
    // May file gene i have Ensembl id `id` as its own? Only if no earlier gene claims it first and
    // its stored holder is gene i itself, or a gene of this file that lists another id first.
    auto mayOwn = [&](qsizetype i, const QString &id) {
        if (id.isEmpty() || firstClaim.value(id, i) != i)
            return false;
        const qsizetype holder = m_byEnsembl.value(id, Free);
        if (holder == Free || holder == matches.at(i))
            return true;
        const auto by = matchedBy.constFind(holder);
        return by != matchedBy.cend() && genes.at(*by).ensemblGeneIds.value(0) != id;
    };

    // Pass 2: updates and inserts.
    for (qsizetype i = 0; i < genes.size(); ++i) {
        const GeneInput &gene = genes.at(i);
        const QString first = gene.ensemblGeneIds.value(0);
        if (gene.symbol.isEmpty() && first.isEmpty()) {
            plan.skips.append(
                GeneSkip {gene.line, QString(),
                          QCoreApplication::translate("fd::GeneImporter",
                                                      "the gene has neither a symbol nor an "
                                                      "Ensembl id")});
            continue;
        }
        plan.synonyms += gene.synonyms.size();

        if (const qsizetype match = matches.at(i); match != Free) {
            const GeneRecord &stored = m_existing.at(match);
            GeneRecord updated = stored;
            if (m_idsAndNamesOnly) {
                // The list knows no synonyms nor descriptions: the stored gene keeps its own, and
                // a symbol the list renames stays findable as a synonym.
                if (!gene.symbol.isEmpty() && gene.symbol != stored.symbol) {
                    updated.symbol = gene.symbol;
                    updated.synonyms.removeAll(gene.symbol);
                    if (!stored.symbol.isEmpty() && !updated.synonyms.contains(stored.symbol))
                        updated.synonyms.append(stored.symbol);
                }
                if (!gene.biotype.isEmpty())
                    updated.biotype = gene.biotype;
            } else {
                updated.symbol = gene.symbol;
                updated.biotype = gene.biotype;
                updated.description = gene.description;
                updated.synonyms = gene.synonyms;
            }
            if (!gene.ncbiGeneId.isEmpty())
                updated.ncbiGeneId = gene.ncbiGeneId;
            // Ids anchor identity: a file that gives none leaves the stored one.
            if (!gene.ensemblGeneIds.isEmpty()) {
                QString own;
                if (mayOwn(i, first))
                    own = first;
                else if (gene.ensemblGeneIds.contains(stored.ensemblGeneId)
                         && firstClaim.value(stored.ensemblGeneId, i) == i)
                    own = stored.ensemblGeneId;
                updated.ensemblGeneId = own;
                updated.otherEnsemblGeneIds = without(gene.ensemblGeneIds, own);
                if (own != stored.ensemblGeneId && !stored.ensemblGeneId.isEmpty())
                    plan.releasedEnsemblIds.append(stored.id);
            }
            plan.extraEnsemblIds += updated.otherEnsemblGeneIds.size();
            if (sameValues(updated, stored))
                ++plan.unchanged;
            else
                plan.updates.append(std::move(updated));
            continue;
        }

        GeneRecord added;
        added.symbol = gene.symbol;
        added.ncbiGeneId = gene.ncbiGeneId;
        added.biotype = gene.biotype;
        added.description = gene.description;
        added.synonyms = gene.synonyms;
        added.organismId = m_organismId;
        added.organism = m_organismName;
        if (mayOwn(i, first))
            added.ensemblGeneId = first;
        added.otherEnsemblGeneIds = without(gene.ensemblGeneIds, added.ensemblGeneId);

        const QString raw = identity::geneUid(first.isEmpty() ? gene.symbol : first);
        QString uid = raw;
        if (uidTaken(raw)) {
            GeneCollision collision {gene.symbol, first,          gene.ncbiGeneId, gene.line,
                                     raw,         uidHolder(raw), QString(),       QString()};
            const QString bySymbol
                = gene.symbol.isEmpty() ? QString() : organismKeyedUid(gene.symbol, m_organismName);
            const QString byNcbi
                = gene.ncbiGeneId.isEmpty() ? QString() : identity::geneUid(gene.ncbiGeneId);
            if (!bySymbol.isEmpty() && !uidTaken(bySymbol)) {
                uid = bySymbol;
                collision.keyedBy = QStringLiteral("symbol+organism");
            } else if (!byNcbi.isEmpty() && !uidTaken(byNcbi)) {
                uid = byNcbi;
                collision.keyedBy = QStringLiteral("ncbi_gene_id");
            } else {
                uid.clear();
            }
            collision.uid = uid;
            plan.collisions.append(collision);
            if (uid.isEmpty()) {
                plan.skips.append(
                    GeneSkip {gene.line, gene.symbol,
                              QCoreApplication::translate("fd::GeneImporter",
                                                          "its uid %1, the uid of %2+%3 and of its "
                                                          "NCBI id are all taken")
                                  .arg(raw, gene.symbol, m_organismName)});
                continue;
            }
        }
        added.uid = uid;
        newUids.insert(uid, gene.symbol);
        plan.extraEnsemblIds += added.otherEnsemblGeneIds.size();
        plan.inserts.append(std::move(added));
    }

    plan.warnings.append(sharedSymbolWarnings(genes));
    return plan;
}

} // namespace fd
