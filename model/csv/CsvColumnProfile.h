#pragma once

#include "model/csv/CsvDistinctSet.h"
#include "model/csv/CsvInspection.h"
#include "model/csv/CsvValueClassifier.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

namespace fd {

// Accumulates one column's values over the whole file and then names its dtype.
//
// The rules, in order (pandas' read_csv decides numbers and booleans, except for leading zeros):
// - no non-missing value: `float` as pandas gives float64 for an all-NaN column (`str` when the
// file
//   has no data rows at all, as pandas gives object);
// - every value an integer: `int`; with missing values `float` (pandas' float64); beyond 64 bits,
//   or both negative and above the int64 range, `str` (pandas' object);
// - every value a number: `float` (1e5, inf, Infinity included; "1,000" is not a number);
// - integers or numbers with a leading zero ("007", "02139"; not "0" or "0.5") keep their text,
// since
//   they are codes, not quantities: `str`/`cat` with a note;
// - every value true/false (any case): `bool`; with missing values `str`/`cat` (pandas' object);
// - every value an ISO date: `date`; ISO dates and date-times mixed: `datetime`;
// - any other text: `cat` when it repeats (see isCategorical), else `str`.
class alignas(64) CsvColumnProfile // one cache line of hot state per column, see the members
{
public:
    explicit CsvColumnProfile(qsizetype distinctCap = 10000);
    // The distinct table in memory the caller owns: CsvDistinctSet::tableSlots(distinctCap) zeroed
    // slots at table.
    CsvColumnProfile(qsizetype distinctCap, quint64 *table);

    void add(QByteArrayView value) { add(value, 0, false); }
    // The same, with value's hash from prefetch() (0: not computed), so a wide row hashes once;
    // readAhead: 16 bytes can be read at value.data() (CsvRow::canReadAhead). Inline, as it runs
    // on every cell: a plain number costs one SIMD test (see classifyPlainNumber), and a column
    // whose distinct count has reached its cap needs nothing more.
    Q_ALWAYS_INLINE void add(QByteArrayView value, quint64 hash, bool readAhead)
    {
        using K = CsvValueClassifier;
        K::IntInfo info;
        const unsigned plain = readAhead && m_kinds ? K::classifyPlainNumber(value, &info) : 0;
        if (!plain) {
            addText(value, hash);
            return;
        }
        ++m_values;
        m_kinds &= plain; // what classify() gives for a number, whatever the candidates
        if (info.leadingZero && (m_kinds & (K::Int | K::Float)))
            noteLeadingZero(value);
        if (!m_distinct.capped())
            addDistinct(value, hash);
    }
    void addAbsent() { ++m_missing; } // a cell missing from a short row
    quint64 prefetch(QByteArrayView value) const
    {
        return m_distinct.prefetch(value);
    } // see CsvDistinctSet
    bool distinctCapped() const { return m_distinct.capped(); }

    // Adds what another profile saw on a later stretch of the same column's rows, so that two
    // threads can each profile half of a file: the result is as if this one had seen both.
    void merge(const CsvColumnProfile &later);

    // Text columns become `cat` when they have at least two values and at most half as many
    // distinct values as values, and no more than 1,000 of them.
    static bool isCategorical(qint64 distinct, bool capped, qint64 nonMissing);

    CsvColumnSummary summary(const QString &name, qint64 rowCount) const;

private:
    void addText(QByteArrayView value, quint64 hash); // any value, missing ones too
    void addDistinct(QByteArrayView value, quint64 hash);
    void noteLeadingZero(QByteArrayView value);

    // What add() touches on every value comes first and fits the first 64 bytes: a wide row visits
    // a thousand profiles, and one cache line each instead of two is most of their cost.
    unsigned m_kinds;
    bool m_negative = false;
    bool m_aboveInt64 = false;
    bool m_beyond64 = false;
    qint64 m_missing = 0;
    qint64 m_values = 0;
    CsvDistinctSet m_distinct;
    QByteArray m_leadingZeroExample;
    QStringList m_examples;
    QList<quint64> m_exampleHashes; // of the raw values, for merge()
};

} // namespace fd
