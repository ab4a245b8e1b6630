#include "model/genes/GeneIndex.h"

#include "model/db/Registry.h"
#include "model/db/SqlErrors.h"
#include "model/genes/OrganismStore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <QSet>

#include <algorithm>

namespace fd {

namespace {

bool isId(GeneIndex::MatchKind kind)
{
    return kind == GeneIndex::MatchKind::EnsemblId || kind == GeneIndex::MatchKind::NcbiId
        || kind == GeneIndex::MatchKind::OtherEnsemblId;
}

} // namespace

QString GeneIndex::matchKindName(MatchKind kind)
{
    switch (kind) {
    case MatchKind::Symbol:
        return QStringLiteral("symbol");
    case MatchKind::EnsemblId:
        return QStringLiteral("ensembl_gene_id");
    case MatchKind::NcbiId:
        return QStringLiteral("ncbi_gene_id");
    case MatchKind::OtherEnsemblId:
        return QStringLiteral("other_ensembl_gene_id");
    case MatchKind::SymbolCaseInsensitive:
        return QStringLiteral("symbol_case");
    case MatchKind::Synonym:
        return QStringLiteral("synonym");
    case MatchKind::SynonymCaseInsensitive:
        return QStringLiteral("synonym_case");
    case MatchKind::SymbolPrefix:
        return QStringLiteral("symbol_prefix");
    case MatchKind::SynonymPrefix:
        return QStringLiteral("synonym_prefix");
    case MatchKind::IdPrefix:
        return QStringLiteral("id_prefix");
    }
    return {};
}

QString GeneIndex::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Validated:
        return QStringLiteral("validated");
    case Verdict::Standardizable:
        return QStringLiteral("standardizable");
    case Verdict::Ambiguous:
        return QStringLiteral("ambiguous");
    case Verdict::NotValidated:
        break;
    }
    return QStringLiteral("not_validated");
}

Result<GeneIndex> GeneIndex::build(Registry &registry, const QString &organism)
{
    const Result<OrganismRecord> found = OrganismStore(registry).require(organism);
    if (!found)
        return found.error();
    const OrganismRecord &record = *found;
    // Only what look-ups need, unsorted: reading is most of the build time.
    QSqlQuery query(registry.database());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT id, uid, symbol, ensembl_gene_id, ncbi_gene_id, biotype, synonyms, "
            "other_ensembl_gene_ids FROM fd_gene WHERE organism_id = ?")))
        return sqlError(
            query,
            QCoreApplication::translate("fd::GeneIndex", "read the genes of %1").arg(record.name));
    query.addBindValue(record.id);
    if (!query.exec())
        return sqlError(
            query,
            QCoreApplication::translate("fd::GeneIndex", "read the genes of %1").arg(record.name));
    auto list = [](const QVariant &value) {
        const QString text = value.toString();
        return text.isEmpty() ? QStringList() : text.split(QLatin1Char('|'));
    };
    QList<GeneRecord> genes;
    while (query.next()) {
        GeneRecord gene;
        gene.id = query.value(0).toLongLong();
        gene.uid = query.value(1).toString();
        gene.symbol = query.value(2).toString();
        gene.ensemblGeneId = query.value(3).toString();
        gene.ncbiGeneId = query.value(4).toString();
        gene.biotype = query.value(5).toString();
        gene.synonyms = list(query.value(6));
        gene.otherEnsemblGeneIds = list(query.value(7));
        gene.organismId = record.id;
        gene.organism = record.name;
        genes.append(std::move(gene));
    }
    return fromGenes(std::move(genes));
}

GeneIndex GeneIndex::fromGenes(QList<GeneRecord> genes)
{
    GeneIndex index;
    index.m_genes = std::move(genes);
    index.index();
    return index;
}

void GeneIndex::addKey(Group group, const QString &text, int gene, MatchKind kind)
{
    if (text.isEmpty())
        return;
    std::vector<Bucket> &buckets = m_buckets[group];
    QString folded = text.toCaseFolded();
    const size_t length = size_t(folded.size());
    if (buckets.size() <= length)
        buckets.resize(length + 1);
    buckets[length].push_back(Key {std::move(folded), text, gene, kind});
}

void GeneIndex::index()
{
    for (std::vector<Bucket> &buckets : m_buckets)
        buckets.clear();
    for (qsizetype i = 0; i < m_genes.size(); ++i) {
        const GeneRecord &gene = m_genes.at(i);
        const int g = int(i);
        addKey(Symbols, gene.symbol, g, MatchKind::Symbol);
        addKey(Ids, gene.ensemblGeneId, g, MatchKind::EnsemblId);
        addKey(Ids, gene.ncbiGeneId, g, MatchKind::NcbiId);
        for (const QString &id : gene.otherEnsemblGeneIds)
            addKey(Ids, id, g, MatchKind::OtherEnsemblId);
        for (const QString &synonym : gene.synonyms)
            addKey(Synonyms, synonym, g, MatchKind::Synonym);
    }
    for (std::vector<Bucket> &buckets : m_buckets)
        for (Bucket &bucket : buckets)
            std::sort(bucket.begin(), bucket.end(), [](const Key &a, const Key &b) {
                return a.folded < b.folded || (a.folded == b.folded && a.gene < b.gene);
            });
}

std::pair<GeneIndex::Bucket::const_iterator, GeneIndex::Bucket::const_iterator>
GeneIndex::prefixRange(Group group, qsizetype length, const QString &folded) const
{
    const std::vector<Bucket> &buckets = m_buckets[group];
    if (length < 0 || size_t(length) >= buckets.size())
        return {};
    const Bucket &bucket = buckets[size_t(length)];
    const auto begin
        = std::lower_bound(bucket.begin(), bucket.end(), folded,
                           [](const Key &key, const QString &value) { return key.folded < value; });
    auto end = begin;
    // Keys starting with folded are contiguous from begin; find where they stop.
    end = std::partition_point(begin, bucket.end(),
                               [&folded](const Key &key) { return key.folded.startsWith(folded); });
    return {begin, end};
}

GeneIndex::Lookup GeneIndex::lookup(QStringView text) const
{
    Lookup result;
    const QString wanted = text.trimmed().toString();
    if (wanted.isEmpty())
        return result;
    const QString folded = wanted.toCaseFolded();
    // The best way the text names each gene.
    QHash<int, qsizetype> byGene;
    for (const Group group : {Symbols, Ids, Synonyms}) {
        const auto [begin, end] = prefixRange(group, folded.size(), folded);
        for (auto it = begin; it != end; ++it) {
            MatchKind kind = it->kind;
            if (it->text != wanted && !isId(kind))
                kind = kind == MatchKind::Symbol ? MatchKind::SymbolCaseInsensitive
                                                 : MatchKind::SynonymCaseInsensitive;
            const auto seen = byGene.constFind(it->gene);
            if (seen == byGene.cend()) {
                byGene.insert(it->gene, result.candidates.size());
                result.candidates.append(Match {it->gene, kind, it->text});
            } else if (kind < result.candidates.at(*seen).kind) {
                result.candidates[*seen] = Match {it->gene, kind, it->text};
            }
        }
    }
    if (result.candidates.isEmpty())
        return result;
    std::sort(result.candidates.begin(), result.candidates.end(),
              [this](const Match &a, const Match &b) {
                  if (a.kind != b.kind)
                      return a.kind < b.kind;
                  return m_genes.at(a.gene).symbol < m_genes.at(b.gene).symbol;
              });
    // The best tier that names anything decides: symbol or own id, then other ids and case
    // variants of the symbol, then synonyms, then synonyms in another case.
    auto tier = [](MatchKind kind) {
        switch (kind) {
        case MatchKind::Symbol:
        case MatchKind::EnsemblId:
        case MatchKind::NcbiId:
            return 0;
        case MatchKind::OtherEnsemblId:
        case MatchKind::SymbolCaseInsensitive:
            return 1;
        case MatchKind::Synonym:
            return 2;
        default:
            return 3;
        }
    };
    const int best = tier(result.candidates.constFirst().kind);
    const auto inBest = std::count_if(result.candidates.cbegin(), result.candidates.cend(),
                                      [&](const Match &m) { return tier(m.kind) == best; });
    if (inBest > 1)
        result.verdict = Verdict::Ambiguous;
    else
        result.verdict = best == 0 ? Verdict::Validated : Verdict::Standardizable;
    return result;
}

QList<GeneIndex::Match> GeneIndex::search(QStringView prefix, int limit) const
{
    const QString typed = prefix.trimmed().toString();
    const QString folded = typed.toCaseFolded();
    QList<Match> matches;
    if (folded.isEmpty() || limit <= 0)
        return matches;
    QSet<int> seen;
    // Walks one group's keys of one length that start with folded, in order; false when full.
    auto take = [&](Group group, qsizetype length, auto kindOf) {
        const auto [begin, end] = prefixRange(group, length, folded);
        for (auto it = begin; it != end; ++it) {
            if (seen.contains(it->gene))
                continue;
            seen.insert(it->gene);
            matches.append(Match {it->gene, kindOf(*it), it->text});
            if (matches.size() >= limit)
                return false;
        }
        return true;
    };
    const qsizetype n = folded.size();
    // Exact first: the symbol, an id, a synonym (any case).
    const auto exact = [&typed](const Key &key) {
        if (key.kind == MatchKind::Symbol && key.text != typed)
            return MatchKind::SymbolCaseInsensitive;
        if (key.kind == MatchKind::Synonym && key.text != typed)
            return MatchKind::SynonymCaseInsensitive;
        return key.kind;
    };
    if (!take(Symbols, n, exact) || !take(Ids, n, exact) || !take(Synonyms, n, exact))
        return matches;
    // Then what starts with the text, shorter first: symbols, synonyms, ids.
    const std::pair<Group, MatchKind> prefixes[] = {{Symbols, MatchKind::SymbolPrefix},
                                                    {Synonyms, MatchKind::SynonymPrefix},
                                                    {Ids, MatchKind::IdPrefix}};
    for (const auto &[group, kind] : prefixes) {
        // A copy: clang 14 (the fuzz and sanitizer builds) cannot capture a structured binding.
        const auto same = [kind = kind](const Key &) { return kind; };
        for (qsizetype length = n + 1; length < qsizetype(m_buckets[group].size()); ++length)
            if (!take(group, length, same))
                return matches;
    }
    return matches;
}

} // namespace fd
