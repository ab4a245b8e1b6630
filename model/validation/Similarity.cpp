#include "model/validation/Similarity.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>
#include <tuple>

namespace fd {

namespace {

void prefetch(const void *address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    Q_UNUSED(address);
#endif
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

// The query's side of a bit-parallel edit distance (Hyyrö 2003, "A bit-vector algorithm for
// computing Levenshtein and Damerau edit distances", the optimal-string-alignment variant): for
// each character, the positions where the query has it, as bits. A candidate then costs a dozen
// word operations per character instead of a row of the dynamic-programming table.
class Similarity::Pattern
{
public:
    static constexpr qsizetype Longest = 64;

    explicit Pattern(QStringView query) // query: 1 to Longest characters
        : m_length(query.size())
    {
        for (qsizetype i = 0; i < query.size(); ++i) {
            const char16_t c = query[i].unicode();
            const quint64 bit = quint64(1) << i;
            if (c < m_ascii.size()) {
                m_ascii[c] |= bit;
                continue;
            }
            const auto it = std::find_if(m_other.begin(), m_other.end(),
                                         [c](const auto &other) { return other.first == c; });
            if (it == m_other.end())
                m_other.append({c, bit});
            else
                it->second |= bit;
        }
    }

    // The exact distance, whatever it is.
    int distance(QStringView text) const
    {
        quint64 vp = ~quint64(0);
        quint64 vn = 0;
        quint64 d0 = 0;
        quint64 previousMatches = 0;
        int distance = int(m_length);
        const quint64 last = quint64(1) << (m_length - 1);
        for (QChar c : text) {
            const quint64 matches = this->matches(c.unicode());
            const quint64 swapped = (((~d0) & matches) << 1) & previousMatches;
            d0 = ((((matches & vp) + vp) ^ vp) | matches | vn) | swapped;
            quint64 hp = vn | ~(d0 | vp);
            const quint64 hn = d0 & vp;
            distance += (hp & last) != 0;
            distance -= (hn & last) != 0;
            hp = (hp << 1) | 1;
            vp = (hn << 1) | ~(d0 | hp);
            vn = hp & d0;
            previousMatches = matches;
        }
        return distance;
    }

private:
    quint64 matches(char16_t c) const
    {
        if (c < m_ascii.size())
            return m_ascii[c];
        for (const auto &[other, bits] : m_other)
            if (other == c)
                return bits;
        return 0;
    }

    std::array<quint64, 128> m_ascii {};
    QVarLengthArray<std::pair<char16_t, quint64>, 8> m_other;
    qsizetype m_length;
};

void Similarity::appendDeletions(QStringView folded, std::vector<quint64> &hashes)
{
    // Long names are not typed by hand; their typos are left to the trigrams.
    constexpr qsizetype Longest = 24;
    const qsizetype n = folded.size();
    if (n == 0 || n > Longest)
        return;
    // A polynomial hash, so that each deletion's hash comes from the name's prefix and suffix
    // hashes in a step instead of hashing every deletion anew: h(s) = sum (s[i] + 1) * B^(n-1-i).
    constexpr quint64 Base = 0x100000001b3ULL;
    const auto withLength = [](quint64 hash, qsizetype length) {
        return hash + quint64(length) * 0x9e3779b97f4a7c15ULL;
    };
    std::array<quint64, Longest + 1> prefix; // prefix[i]: h(folded[0, i))
    std::array<quint64, Longest + 1> power; // B^i
    prefix[0] = 0;
    power[0] = 1;
    for (qsizetype i = 0; i < n; ++i) {
        prefix[size_t(i + 1)] = prefix[size_t(i)] * Base + quint64(folded[i].unicode()) + 1;
        power[size_t(i + 1)] = power[size_t(i)] * Base;
    }
    hashes.push_back(withLength(prefix[size_t(n)], n));
    quint64 suffix = 0; // h(folded[skip + 1, n))
    for (qsizetype skip = n - 1; skip >= 0; --skip) {
        hashes.push_back(
            withLength(prefix[size_t(skip)] * power[size_t(n - 1 - skip)] + suffix, n - 1));
        suffix += (quint64(folded[skip].unicode()) + 1) * power[size_t(n - 1 - skip)];
    }
}

void Similarity::clear()
{
    m_names.clear();
    m_ranks.clear();
    m_folded.clear();
    m_longer.clear();
    m_pendingGrams.clear();
    m_pendingDeletions.clear();
    m_grams.clear();
    m_deletions.clear();
    m_pendingPrefixes.clear();
    m_prefixes.clear();
}

void Similarity::reserve(qsizetype names)
{
    m_names.reserve(names);
    m_ranks.reserve(size_t(names));
    m_folded.reserve(size_t(names));
    m_pendingGrams.reserve(size_t(names) * 10);
    m_pendingDeletions.reserve(size_t(names) * 10);
    m_pendingPrefixes.reserve(size_t(names));
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

quint64 Similarity::prefixKey(QStringView folded, qsizetype length)
{
    const quint64 first = folded.size() > 0 ? folded[0].unicode() : 0;
    const quint64 second = folded.size() > 1 ? folded[1].unicode() : 0;
    return (first << 48) | (second << 32) | quint32(length);
}

void Similarity::add(const QString &name)
{
    add(name, name.toCaseFolded());
}

void Similarity::add(const QString &name, QStringView folded, int rank)
{
    const qint32 id = qint32(m_names.size());
    m_names.append(name);
    m_ranks.push_back(quint8(std::clamp(rank, 0, 255)));
    FoldedName &slot = m_folded.emplace_back();
    slot.length = quint32(folded.size());
    slot.start = quint32(m_longer.size());
    if (slot.length <= FoldedName::Held)
        std::copy(folded.utf16(), folded.utf16() + folded.size(), slot.chars);
    else
        m_longer.insert(m_longer.end(), folded.utf16(), folded.utf16() + folded.size());
    thread_local std::vector<quint64> keys;
    keys.clear();
    appendTrigrams(folded, keys);
    for (quint64 gram : keys)
        m_pendingGrams.emplace_back(gram, id);
    m_pendingPrefixes.emplace_back(prefixKey(folded, folded.size()), id);
    keys.clear();
    appendDeletions(folded, keys);
    for (quint64 hash : keys)
        m_pendingDeletions.emplace_back(hash, id);
}

void Similarity::build()
{
    m_grams.build(std::move(m_pendingGrams));
    m_deletions.build(std::move(m_pendingDeletions));
    m_prefixes.build(std::move(m_pendingPrefixes));
}

int Similarity::distance(QStringView x, QStringView y, int limit)
{
    const qsizetype n = x.size();
    const qsizetype m = y.size();
    if (std::abs(int(n - m)) > limit)
        return limit + 1;
    if (n == 0)
        return int(m);
    if (n <= Pattern::Longest)
        return std::min(Pattern(x).distance(y), limit + 1);
    // Longer than a machine word: three rows of the optimal-string-alignment distance
    // (Levenshtein plus adjacent swaps), kept per thread so that scoring allocates nothing.
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

int Similarity::weightedDistance(QStringView x, QStringView y)
{
    // Asked only for the few names tied at the top, so the plain table will do.
    constexpr int Swap = 1;
    constexpr int Edit = 2;
    const qsizetype n = x.size();
    const qsizetype m = y.size();
    thread_local std::vector<int> rows;
    rows.resize(size_t(3 * (m + 1)));
    int *before = rows.data();
    int *previous = before + (m + 1);
    int *current = previous + (m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j) * Edit;
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i) * Edit;
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = x[i - 1] == y[j - 1] ? 0 : Edit;
            int value
                = std::min({previous[j] + Edit, current[j - 1] + Edit, previous[j - 1] + cost});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                value = std::min(value, before[j - 2] + Swap);
            current[j] = value;
        }
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

void Similarity::prefetchFolded(qint32 id) const
{
    prefetch(m_folded.data() + id);
}

void Similarity::addTrigramCandidates(QStringView folded, Candidates &candidates) const
{
    // Rare trigrams say the most: take the query's grams from the rarest up, and stop once enough
    // names share one, so that a gram every name has ("GEN" among genes) costs nothing.
    thread_local std::vector<quint64> grams;
    thread_local std::vector<std::span<const qint32>> lists;
    grams.clear();
    appendTrigrams(folded, grams);
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    lists.resize(grams.size());
    m_grams.find(grams, lists);
    lists.erase(
        std::remove_if(lists.begin(), lists.end(), [](const auto &list) { return list.empty(); }),
        lists.end());
    std::sort(lists.begin(), lists.end(),
              [](const auto &a, const auto &b) { return a.size() < b.size(); });

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
        for (qint32 id : lists[g])
            if (shared[size_t(id)]++ == 0)
                touched.push_back(id);
    }
    const size_t first = candidates.size();
    for (qint32 id : touched) {
        candidates.emplace_back(shared[size_t(id)], id);
        shared[size_t(id)] = 0;
    }
    constexpr size_t Keep = 15;
    const auto moreShared = [](const auto &a, const auto &b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    };
    if (candidates.size() - first > Keep) {
        std::partial_sort(candidates.begin() + qsizetype(first),
                          candidates.begin() + qsizetype(first + Keep), candidates.end(),
                          moreShared);
        candidates.resize(first + Keep);
    }
    for (size_t i = first; i < candidates.size(); ++i)
        prefetchFolded(candidates[i].second);
}

void Similarity::addDeletionCandidates(QStringView folded, Candidates &candidates) const
{
    // One edit or one swap away: the deletions the query shares with known names.
    thread_local std::vector<quint64> hashes;
    thread_local std::vector<std::span<const qint32>> lists;
    hashes.clear();
    appendDeletions(folded, hashes);
    lists.resize(hashes.size());
    m_deletions.find(hashes, lists);
    for (const std::span<const qint32> &ids : lists)
        for (size_t i = 0; i < ids.size() && i < 50; ++i) {
            candidates.emplace_back(0, ids[i]);
            prefetchFolded(ids[i]);
        }
}

void Similarity::addPrefixCandidates(QStringView folded, Candidates &candidates) const
{
    // Names that start alike and are about as long: a swap or two inside a short name leaves
    // hardly a trigram in common, but rarely changes the start. The first 15 by id of those one
    // letter shorter, as long or one longer: three lists, merged.
    const std::array<quint64, 3> keys {prefixKey(folded, folded.size() - 1),
                                       prefixKey(folded, folded.size()),
                                       prefixKey(folded, folded.size() + 1)};
    std::array<std::span<const qint32>, 3> lists;
    m_prefixes.find(keys, lists);
    for (int taken = 0; taken < 15; ++taken) {
        std::span<const qint32> *lowest = nullptr;
        for (std::span<const qint32> &list : lists)
            if (!list.empty() && (!lowest || list.front() < lowest->front()))
                lowest = &list;
        if (!lowest)
            break;
        candidates.emplace_back(0, lowest->front());
        prefetchFolded(lowest->front());
        *lowest = lowest->subspan(1);
    }
}

QList<Similarity::Suggestion> Similarity::suggest(const QString &name, int count,
                                                  double minScore) const
{
    if (count <= 0)
        return {};
    // Symbols are ASCII: fold them on the stack.
    QVarLengthArray<char16_t, 64> asciiFolded;
    QString otherFolded;
    QStringView folded;
    if (isAscii(name)) {
        asciiFolded.resize(name.size());
        std::transform(name.begin(), name.end(), asciiFolded.begin(), [](QChar c) {
            const char16_t u = c.unicode();
            return u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
        });
        folded = QStringView(asciiFolded.data(), asciiFolded.size());
    } else {
        otherFolded = name.toCaseFolded();
        folded = otherFolded;
    }

    thread_local Candidates candidates; // (shared grams, id)
    candidates.clear();
    addTrigramCandidates(folded, candidates);
    addDeletionCandidates(folded, candidates);
    addPrefixCandidates(folded, candidates);
    // A name can come from several sources: score it once.
    std::sort(candidates.begin(), candidates.end(),
              [](const auto &a, const auto &b) { return a.second < b.second; });
    candidates.erase(std::unique(candidates.begin(), candidates.end(),
                                 [](const auto &a, const auto &b) { return a.second == b.second; }),
                     candidates.end());

    std::optional<Pattern> pattern;
    if (!folded.isEmpty() && folded.size() <= Pattern::Longest)
        pattern.emplace(folded);
    thread_local std::vector<std::pair<double, qint32>> scored; // (score, id)
    scored.clear();
    for (const auto &candidate : candidates) {
        const qint32 id = candidate.second;
        const QStringView other = this->folded(id);
        const qsizetype longer = std::max(folded.size(), other.size());
        if (longer == 0)
            continue;
        // Worse than minScore means more than this many edits.
        const int limit = int((1.0 - minScore) * double(longer));
        if (std::abs(int(folded.size() - other.size())) > limit)
            continue;
        const int edits = pattern ? pattern->distance(other) : distance(folded, other, limit);
        if (edits > limit)
            continue;
        const double score = 1.0 - double(edits) / double(longer);
        if (score >= minScore)
            scored.emplace_back(score, id);
    }

    // Best first; equal scores by the tie-break (weighted edits, rank, name), which is worked out
    // only within the equal scores that make the first few. A name several records share is given
    // once.
    std::sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    QList<Suggestion> suggestions;
    thread_local std::vector<std::pair<int, qint32>> tied; // (weighted edits, id)
    for (size_t group = 0; group < scored.size() && suggestions.size() < count;) {
        size_t end = group + 1;
        while (end < scored.size() && scored[end].first == scored[group].first)
            ++end;
        tied.clear();
        for (size_t i = group; i < end; ++i)
            tied.emplace_back(
                end - group > 1 ? weightedDistance(folded, this->folded(scored[i].second)) : 0,
                scored[i].second);
        if (tied.size() > 1)
            std::sort(tied.begin(), tied.end(), [this](const auto &a, const auto &b) {
                if (a.first != b.first)
                    return a.first < b.first;
                const quint8 rankA = m_ranks[size_t(a.second)];
                const quint8 rankB = m_ranks[size_t(b.second)];
                if (rankA != rankB)
                    return rankA < rankB;
                const int names = m_names.at(a.second).compare(m_names.at(b.second));
                return names != 0 ? names < 0 : a.second < b.second;
            });
        for (size_t i = 0; i < tied.size() && suggestions.size() < count; ++i) {
            const QString &known = m_names.at(tied[i].second);
            const bool given
                = std::any_of(suggestions.cbegin(), suggestions.cend(),
                              [&known](const Suggestion &s) { return s.name == known; });
            if (!given)
                suggestions.append({known, scored[group].first});
        }
        group = end;
    }
    return suggestions;
}

} // namespace fd
