#include "model/validation/PostingTable.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <bit>

namespace fd {

namespace {

// The top bits the pairs are sorted by with two counting passes; within a run of equal top bits
// (one or two pairs on average) the rest of the key is sorted by insertion.
constexpr int RadixBits = 10;
constexpr int SortedBits = 2 * RadixBits;

using Pair = std::pair<quint64, qint32>;

// One stable counting pass on the 10 bits of the mixed key that start at shift.
void countingPass(const std::vector<Pair> &from, std::vector<Pair> &to, int shift)
{
    std::array<size_t, (1 << RadixBits) + 1> starts {};
    constexpr quint64 Mask = (1 << RadixBits) - 1;
    for (const Pair &pair : from)
        ++starts[((pair.first >> shift) & Mask) + 1];
    for (size_t i = 1; i < starts.size(); ++i)
        starts[i] += starts[i - 1];
    for (const Pair &pair : from)
        to[starts[(pair.first >> shift) & Mask]++] = pair;
}

void prefetch(const void *address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    Q_UNUSED(address);
#endif
}

} // namespace

quint64 PostingTable::mix(quint64 key)
{
    // MurmurHash3's finaliser: every step is invertible, and trigrams (three 16-bit code units
    // side by side) come out spread over the top bits the buckets are chosen by.
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    key *= 0xc4ceb9fe1a85ec53ULL;
    key ^= key >> 33;
    return key;
}

void PostingTable::clear()
{
    m_bits = 0;
    m_directory.clear();
    m_keys.clear();
    m_ids.clear();
}

void PostingTable::build(std::vector<Pair> &&pairs)
{
    clear();
    for (Pair &pair : pairs)
        pair.first = mix(pair.first);
    // Sorted by the mixed key, ids ascending within a key: the counting passes are stable and the
    // ids came in ascending order. Cheaper than std::sort of the pairs, which had been a quarter of
    // building a gene index.
    std::vector<Pair> buffer(pairs.size());
    countingPass(pairs, buffer, 64 - SortedBits);
    countingPass(buffer, pairs, 64 - RadixBits);
    std::vector<Pair>().swap(buffer);
    constexpr int TopShift = 64 - SortedBits;
    for (size_t run = 0; run < pairs.size();) {
        size_t end = run + 1;
        while (end < pairs.size() && pairs[end].first >> TopShift == pairs[run].first >> TopShift)
            ++end;
        // Stable, so that ids stay ascending; a run is mostly one key, or one or two pairs.
        const auto byKey = [](const Pair &a, const Pair &b) { return a.first < b.first; };
        if (end - run > 16) {
            std::stable_sort(pairs.begin() + qsizetype(run), pairs.begin() + qsizetype(end), byKey);
        } else {
            for (size_t i = run + 1; i < end; ++i)
                for (size_t j = i; j > run && byKey(pairs[j], pairs[j - 1]); --j)
                    std::swap(pairs[j - 1], pairs[j]);
        }
        run = end;
    }

    m_ids.reserve(pairs.size());
    for (size_t i = 0; i < pairs.size(); ++i) {
        const Pair &pair = pairs[i];
        if (i == 0 || pair.first != pairs[i - 1].first)
            m_keys.push_back({pair.first, quint32(m_ids.size())});
        else if (pair.second == pairs[i - 1].second)
            continue; // the same key twice in one name
        m_ids.push_back(pair.second);
    }
    std::vector<Pair>().swap(pairs);

    // About one key per bucket. Sorting by the top SortedBits sorted by fewer bits too.
    const size_t keys = m_keys.size();
    m_bits = std::clamp(int(std::bit_width(keys)), 1, SortedBits);
    m_directory.assign((size_t(1) << m_bits) + 1, 0);
    for (const Key &key : m_keys)
        ++m_directory[(key.mixed >> (64 - m_bits)) + 1];
    for (size_t i = 1; i < m_directory.size(); ++i)
        m_directory[i] += m_directory[i - 1];
    m_keys.push_back({0, quint32(m_ids.size())});
    m_keys.shrink_to_fit();
    m_ids.shrink_to_fit();
}

std::span<const qint32> PostingTable::find(quint64 key) const
{
    if (m_directory.empty())
        return {};
    const quint64 mixed = mix(key);
    const size_t bucket = mixed >> (64 - m_bits);
    for (quint32 k = m_directory[bucket], end = m_directory[bucket + 1]; k < end; ++k) {
        if (m_keys[k].mixed == mixed)
            return {m_ids.data() + m_keys[k].begin, m_ids.data() + m_keys[k + 1].begin};
    }
    return {};
}

void PostingTable::find(std::span<const quint64> keys,
                        std::span<std::span<const qint32>> found) const
{
    Q_ASSERT(found.size() >= keys.size());
    if (m_directory.empty()) {
        std::fill_n(found.begin(), keys.size(), std::span<const qint32>());
        return;
    }
    // Three rounds over all keys (bucket, first key, ids), each starting the next round's loads.
    QVarLengthArray<quint64, 64> mixed(qsizetype(keys.size()));
    QVarLengthArray<size_t, 64> buckets(qsizetype(keys.size()));
    for (size_t i = 0; i < keys.size(); ++i) {
        mixed[qsizetype(i)] = mix(keys[i]);
        buckets[qsizetype(i)] = mixed[qsizetype(i)] >> (64 - m_bits);
        prefetch(m_directory.data() + buckets[qsizetype(i)]);
    }
    for (size_t i = 0; i < keys.size(); ++i)
        prefetch(m_keys.data() + m_directory[buckets[qsizetype(i)]]);
    for (size_t i = 0; i < keys.size(); ++i) {
        found[i] = {};
        const size_t bucket = buckets[qsizetype(i)];
        for (quint32 k = m_directory[bucket], end = m_directory[bucket + 1]; k < end; ++k) {
            if (m_keys[k].mixed == mixed[qsizetype(i)]) {
                found[i] = {m_ids.data() + m_keys[k].begin, m_ids.data() + m_keys[k + 1].begin};
                prefetch(found[i].data());
                break;
            }
        }
    }
}

} // namespace fd
