#include "model/validation/Similarity.h"

#include <algorithm>
#include <cstdlib>

namespace fd {

void Similarity::appendDeletions(QStringView folded, std::vector<quint64> &hashes)
{
    // Long names are not typed by hand; their typos are left to the trigrams.
    constexpr qsizetype Longest = 24;
    if (folded.isEmpty() || folded.size() > Longest)
        return;
    hashes.push_back(qHash(folded));
    QChar buffer[Longest];
    for (qsizetype skip = 0; skip < folded.size(); ++skip) {
        qsizetype length = 0;
        for (qsizetype i = 0; i < folded.size(); ++i)
            if (i != skip)
                buffer[length++] = folded[i];
        hashes.push_back(qHash(QStringView(buffer, length)));
    }
}

void Similarity::clear()
{
    m_names.clear();
    m_folded.clear();
    m_pending.clear();
    m_grams.clear();
    m_offsets.clear();
    m_postings.clear();
    m_prefixes.clear();
    m_deletions.clear();
}

void Similarity::reserve(qsizetype names)
{
    m_names.reserve(names);
    m_folded.reserve(names);
    m_pending.reserve(size_t(names) * 8);
    m_prefixes.reserve(size_t(names));
    m_deletions.reserve(size_t(names) * 8);
}

void Similarity::appendTrigrams(QStringView folded, std::vector<quint64> &grams)
{
    // Padded ("  " in front, " " behind) so that short names and name starts still share grams.
    const auto at = [folded](qsizetype i) -> quint64 {
        return i < 2 || i - 2 >= folded.size() ? quint64(' ') : quint64(folded[i - 2].unicode());
    };
    const qsizetype padded = folded.size() + 3;
    for (qsizetype i = 0; i + 3 <= padded; ++i)
        grams.push_back((at(i) << 32) | (at(i + 1) << 16) | at(i + 2));
}

quint32 Similarity::prefixKey(QStringView folded)
{
    const quint32 first = folded.size() > 0 ? folded[0].unicode() : 0;
    const quint32 second = folded.size() > 1 ? folded[1].unicode() : 0;
    return (first << 16) | second;
}

void Similarity::add(const QString &name)
{
    const qint32 id = qint32(m_names.size());
    m_names.append(name);
    const QString folded = name.toCaseFolded();
    m_folded.append(folded);
    thread_local std::vector<quint64> grams;
    grams.clear();
    appendTrigrams(folded, grams);
    for (quint64 gram : grams)
        m_pending.emplace_back(gram, id);
    m_prefixes.emplace_back(prefixKey(folded), id);
    grams.clear();
    appendDeletions(folded, grams);
    for (quint64 hash : grams)
        m_deletions.emplace_back(hash, id);
}

void Similarity::build()
{
    std::sort(m_pending.begin(), m_pending.end());
    m_pending.erase(std::unique(m_pending.begin(), m_pending.end()), m_pending.end());
    m_grams.clear();
    m_offsets.clear();
    m_postings.clear();
    m_postings.reserve(m_pending.size());
    for (const auto &[gram, id] : m_pending) {
        if (m_grams.empty() || m_grams.back() != gram) {
            m_grams.push_back(gram);
            m_offsets.push_back(quint32(m_postings.size()));
        }
        m_postings.push_back(id);
    }
    m_offsets.push_back(quint32(m_postings.size()));
    std::vector<std::pair<quint64, qint32>>().swap(m_pending);
    std::sort(m_prefixes.begin(), m_prefixes.end());
    std::sort(m_deletions.begin(), m_deletions.end());
    m_deletions.erase(std::unique(m_deletions.begin(), m_deletions.end()), m_deletions.end());
}

std::pair<const qint32 *, const qint32 *> Similarity::postings(quint64 gram) const
{
    const auto it = std::lower_bound(m_grams.begin(), m_grams.end(), gram);
    if (it == m_grams.end() || *it != gram)
        return {nullptr, nullptr};
    const size_t index = size_t(it - m_grams.begin());
    return {m_postings.data() + m_offsets[index], m_postings.data() + m_offsets[index + 1]};
}

int Similarity::distance(QStringView x, QStringView y, int limit)
{
    const qsizetype n = x.size();
    const qsizetype m = y.size();
    if (std::abs(int(n - m)) > limit)
        return limit + 1;
    // Three rows of the optimal-string-alignment distance (Levenshtein plus adjacent swaps), kept
    // per thread so that scoring allocates nothing.
    thread_local std::vector<int> rows;
    rows.resize(size_t(3 * (m + 1)));
    int *before = rows.data();
    int *previous = before + (m + 1);
    int *current = previous + (m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = x[i - 1] == y[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                value = std::min(value, before[j - 2] + 1);
            current[j] = value;
            rowBest = std::min(rowBest, value);
        }
        if (rowBest > limit)
            return limit + 1; // every path is already too long
        int *oldest = before;
        before = previous;
        previous = current;
        current = oldest;
    }
    return previous[m];
}

double Similarity::ratio(QStringView a, QStringView b)
{
    const QString x = a.toString().toCaseFolded();
    const QString y = b.toString().toCaseFolded();
    const qsizetype longer = std::max(x.size(), y.size());
    if (longer == 0)
        return 1.0;
    return 1.0 - double(distance(x, y, int(longer))) / double(longer);
}

QList<Similarity::Suggestion> Similarity::suggest(const QString &name, int count, double minScore) const
{
    const QString folded = name.toCaseFolded();
    // Rare trigrams say the most: take the query's grams from the rarest up, and stop once enough
    // names share one, so that a gram every name has ("GEN" among genes) costs nothing.
    thread_local std::vector<quint64> grams;
    grams.clear();
    appendTrigrams(folded, grams);
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    std::vector<std::pair<const qint32 *, const qint32 *>> lists;
    lists.reserve(grams.size());
    for (quint64 gram : grams)
        if (const auto list = postings(gram); list.first != list.second)
            lists.push_back(list);
    std::sort(lists.begin(), lists.end(), [](const auto &a, const auto &b) {
        return a.second - a.first < b.second - b.first;
    });

    // Counts per name in a scratch array kept per thread; only the touched entries are reset.
    thread_local std::vector<quint16> shared;
    thread_local std::vector<qint32> touched;
    if (shared.size() < size_t(m_names.size()))
        shared.assign(size_t(m_names.size()), 0);
    touched.clear();
    constexpr size_t EnoughCandidates = 150;
    for (size_t g = 0; g < lists.size(); ++g) {
        if (g >= 2 && touched.size() >= EnoughCandidates)
            break;
        for (const qint32 *id = lists[g].first; id != lists[g].second; ++id)
            if (shared[size_t(*id)]++ == 0)
                touched.push_back(*id);
    }
    thread_local std::vector<std::pair<int, qint32>> candidates; // (shared grams, id)
    candidates.clear();
    for (qint32 id : touched) {
        candidates.emplace_back(shared[size_t(id)], id);
        shared[size_t(id)] = 0;
    }
    constexpr size_t Keep = 15;
    const auto moreShared = [](const auto &a, const auto &b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    };
    if (candidates.size() > Keep) {
        std::partial_sort(candidates.begin(), candidates.begin() + Keep, candidates.end(), moreShared);
        candidates.resize(Keep);
    }
    // One edit or one swap away: the deletions the query shares with known names.
    grams.clear();
    appendDeletions(folded, grams);
    for (quint64 hash : grams) {
        auto it = std::lower_bound(m_deletions.begin(), m_deletions.end(), std::make_pair(hash, qint32(-1)));
        for (int taken = 0; it != m_deletions.end() && it->first == hash && taken < 50; ++it, ++taken)
            candidates.emplace_back(0, it->second);
    }
    // Names that start alike and are about as long: a swap or two inside a short name leaves
    // hardly a trigram in common, but rarely changes the start.
    const quint32 key = prefixKey(folded);
    auto alike = std::lower_bound(m_prefixes.begin(), m_prefixes.end(), std::make_pair(key, qint32(-1)));
    for (int taken = 0; alike != m_prefixes.end() && alike->first == key && taken < 15; ++alike) {
        if (std::abs(int(m_folded.at(alike->second).size() - folded.size())) <= 1) {
            candidates.emplace_back(0, alike->second);
            ++taken;
        }
    }

    // A name can come from several sources: score it once.
    std::sort(candidates.begin(), candidates.end(),
              [](const auto &a, const auto &b) { return a.second < b.second; });
    candidates.erase(std::unique(candidates.begin(), candidates.end(),
                                 [](const auto &a, const auto &b) { return a.second == b.second; }),
                     candidates.end());
    QList<Suggestion> scored;
    for (const auto &candidate : candidates) {
        const qint32 id = candidate.second;
        const QString &other = m_folded.at(id);
        const qsizetype longer = std::max(folded.size(), other.size());
        if (longer == 0)
            continue;
        // Worse than minScore means more than this many edits: stop counting there.
        const int limit = int((1.0 - minScore) * double(longer));
        const int edits = distance(folded, other, limit);
        if (edits > limit)
            continue;
        const double score = 1.0 - double(edits) / double(longer);
        if (score < minScore)
            continue;
        const QString &known = m_names.at(id);
        const bool seen = std::any_of(scored.cbegin(), scored.cend(),
                                      [&](const Suggestion &s) { return s.name == known; });
        if (!seen)
            scored.append({known, score});
    }
    std::sort(scored.begin(), scored.end(), [](const Suggestion &a, const Suggestion &b) {
        return a.score > b.score || (a.score == b.score && a.name < b.name);
    });
    if (scored.size() > count)
        scored.resize(count);
    return scored;
}

} // namespace fd
