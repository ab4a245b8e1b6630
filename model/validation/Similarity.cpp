#include "model/validation/Similarity.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace fd {

void Similarity::clear()
{
    m_names.clear();
    m_folded.clear();
    m_index.clear();
    m_prefixes.clear();
}

QList<quint64> Similarity::trigrams(const QString &folded)
{
    // Padded so that short names and name starts still share grams.
    const QString padded = QStringLiteral("  ") + folded + QLatin1Char(' ');
    QList<quint64> grams;
    for (qsizetype i = 0; i + 3 <= padded.size(); ++i)
        grams.append((quint64(padded.at(i).unicode()) << 32) | (quint64(padded.at(i + 1).unicode()) << 16)
                     | quint64(padded.at(i + 2).unicode()));
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    return grams;
}

void Similarity::add(const QString &name)
{
    const int id = int(m_names.size());
    m_names.append(name);
    const QString folded = name.toCaseFolded();
    m_folded.append(folded);
    for (quint64 gram : trigrams(folded))
        m_index[gram].append(id);
    m_prefixes[folded.left(2)].append(id);
}

double Similarity::ratio(QStringView a, QStringView b)
{
    const QString x = a.toString().toCaseFolded();
    const QString y = b.toString().toCaseFolded();
    const qsizetype n = x.size();
    const qsizetype m = y.size();
    if (n == 0 && m == 0)
        return 1.0;
    // Three rows of the optimal-string-alignment distance (Levenshtein plus adjacent swaps).
    std::vector<int> before(m + 1);
    std::vector<int> previous(m + 1);
    std::vector<int> current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = x.at(i - 1) == y.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && x.at(i - 1) == y.at(j - 2) && x.at(i - 2) == y.at(j - 1))
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return 1.0 - double(previous[m]) / double(std::max(n, m));
}

QList<Similarity::Suggestion> Similarity::suggest(const QString &name, int count, double minScore) const
{
    const QString folded = name.toCaseFolded();
    // Rare trigrams say the most: take the query's grams from the rarest up, and stop once enough
    // names share one, so that a gram every name has ("GEN" among genes) costs nothing.
    std::vector<const QList<int> *> postings;
    for (quint64 gram : trigrams(folded)) {
        const auto it = m_index.constFind(gram);
        if (it != m_index.cend())
            postings.push_back(&*it);
    }
    std::sort(postings.begin(), postings.end(),
              [](const QList<int> *a, const QList<int> *b) { return a->size() < b->size(); });

    // Counts per name in a scratch array kept per thread; only the touched entries are reset.
    thread_local std::vector<quint16> shared;
    thread_local std::vector<int> touched;
    if (shared.size() < size_t(m_names.size()))
        shared.assign(size_t(m_names.size()), 0);
    touched.clear();
    constexpr size_t EnoughCandidates = 2000;
    for (size_t g = 0; g < postings.size(); ++g) {
        if (g >= 2 && touched.size() >= EnoughCandidates)
            break;
        for (int id : *postings[g]) {
            if (shared[size_t(id)]++ == 0)
                touched.push_back(id);
        }
    }

    std::vector<std::pair<int, int>> candidates; // (shared grams, id)
    candidates.reserve(touched.size());
    for (int id : touched) {
        candidates.emplace_back(shared[size_t(id)], id);
        shared[size_t(id)] = 0;
    }
    // Names that start alike and are about as long: a swap or two inside a short name leaves
    // hardly a trigram in common, but rarely changes the start.
    QList<int> alike;
    if (const auto it = m_prefixes.constFind(folded.left(2)); it != m_prefixes.cend()) {
        for (int id : *it) {
            if (std::abs(m_folded.at(id).size() - folded.size()) <= 1)
                alike.append(id);
            if (alike.size() >= 100)
                break;
        }
    }
    constexpr size_t Keep = 60;
    const auto moreShared = [](const auto &a, const auto &b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    };
    if (candidates.size() > Keep) {
        std::partial_sort(candidates.begin(), candidates.begin() + Keep, candidates.end(), moreShared);
        candidates.resize(Keep);
    }
    for (int id : std::as_const(alike))
        candidates.emplace_back(0, id);
    QList<Suggestion> scored;
    QSet<QString> seen;
    for (const auto &candidate : candidates) {
        const int id = candidate.second;
        const double score = ratio(folded, m_folded.at(id));
        if (score >= minScore && !seen.contains(m_names.at(id))) {
            seen.insert(m_names.at(id));
            scored.append({m_names.at(id), score});
        }
    }
    std::sort(scored.begin(), scored.end(), [](const Suggestion &a, const Suggestion &b) {
        return a.score > b.score || (a.score == b.score && a.name < b.name);
    });
    if (scored.size() > count)
        scored.resize(count);
    return scored;
}

} // namespace fd
