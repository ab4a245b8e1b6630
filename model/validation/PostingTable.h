#pragma once

#include <QtGlobal>

#include <span>
#include <utility>
#include <vector>

namespace fd {

// Keys (a trigram, the hash of a name or of one of its deletions) mapped to the names that have
// them, built once and then only read. "Did you mean" asks it some twenty times per value, so a
// look-up must be a few cache lines, not the twenty of a binary search over 700,000 pairs: the
// keys are hashed into a directory of buckets that point into one array of keys (sorted by hash),
// and each key's name ids are a range of one flat array.
class PostingTable
{
public:
    // pairs: (key, name id), added name after name so that ids ascend; a pair given twice counts
    // once. Each key's ids keep that ascending order. pairs is consumed.
    void build(std::vector<std::pair<quint64, qint32>> &&pairs);
    void clear();

    std::span<const qint32> find(quint64 key) const;
    // The ids of each of keys (empty for a key not there), looked up together so that their cache
    // misses overlap instead of following one another. found: keys.size() spans.
    void find(std::span<const quint64> keys, std::span<std::span<const qint32>> found) const;
    size_t keyCount() const { return m_keys.empty() ? 0 : m_keys.size() - 1; }

private:
    // A bijection, so that two keys are equal exactly when their mixed values are, and the mixed
    // value can be stored and compared instead of the key.
    static quint64 mix(quint64 key);

    struct Key
    {
        quint64 mixed;
        quint32 begin; // the key's ids: m_ids[begin, next key's begin)
    };
    int m_bits = 0; // buckets: 1 << m_bits, chosen by the top m_bits of the mixed key
    std::vector<quint32> m_directory; // bucket -> its first key; one more for the end
    std::vector<Key> m_keys; // sorted by mixed value; one more as the end of the ids
    std::vector<qint32> m_ids;
};

} // namespace fd
