#include "model/csv/CsvRowTally.h"

#include "model/csv/CsvInspector.h"
#include "model/csv/CsvRow.h"

#include <QCoreApplication>

#include <algorithm>

namespace fd {

namespace {

constexpr qsizetype WideRow = 64;
// How many columns ahead of its insert a wide row's distinct slot is asked for: far enough for the
// memory to arrive in time, near enough that the line is still in the L1 cache when it is used
// (asking for all of a 1,000-column row first overflowed both the cache and the CPU's queue of
// outstanding loads).
constexpr qsizetype PrefetchAhead = 16;
// How often (in rows) a tally checks whether every column's distinct count is capped.
constexpr qint64 CapCheckRows = 64;

} // namespace

CsvRowTally::CsvRowTally(qsizetype columnCount)
    : m_expected(columnCount)
{
    const qsizetype cap = CsvInspector::distinctCapFor(columnCount);
    const qsizetype slots = CsvDistinctSet::tableSlots(cap);
    m_tables = CsvHashArena(slots * columnCount);
    m_profiles.reserve(size_t(columnCount));
    for (qsizetype i = 0; i < columnCount; ++i)
        m_profiles.emplace_back(cap, m_tables.data() + i * slots);
}

void CsvRowTally::addMalformed(qint64 line, const QString &reason)
{
    ++m_malformedCount;
    if (m_malformedRows.size() < CsvInspection::MaxListedMalformedRows)
        m_malformedRows.append({line, reason});
}

void CsvRowTally::add(const CsvRow &row, qint64 lineOffset)
{
    Q_ASSERT_X(!m_filled, "CsvRowTally::add", "the distinct tables were given back by fill()");
    ++m_rowCount;
    const qsizetype fields = row.size();
    if (fields != m_expected) {
        addMalformed(row.line() + lineOffset,
                     QCoreApplication::translate("CsvReader", "expected %1 fields, found %2")
                         .arg(m_expected)
                         .arg(fields));
    } else if (row.invalidUtf8()) {
        addMalformed(row.line() + lineOffset,
                     QCoreApplication::translate("CsvReader", "invalid UTF-8 in column %1")
                         .arg(row.invalidUtf8Field() + 1));
    }
    const qsizetype present = qMin(fields, m_expected);
    // On a wide row each column's distinct table is a cache miss: ask for each slot a few columns
    // ahead. Each value is hashed once, here, and its hash kept for the insert. Once every column
    // has reached its distinct cap (after a few thousand rows on a numeric file), no row needs it.
    if (m_rowCount >= m_nextCapCheck && !m_allCapped) {
        m_nextCapCheck = m_rowCount + CapCheckRows;
        m_allCapped
            = std::all_of(m_profiles.begin(), m_profiles.end(),
                          [](const CsvColumnProfile &profile) { return profile.distinctCapped(); });
    }
    if (present >= WideRow && !m_allCapped) {
        m_hashes.resize(size_t(present));
        for (qsizetype i = 0; i < PrefetchAhead; ++i)
            m_hashes[size_t(i)] = m_profiles[size_t(i)].prefetch(row.field(i));
        for (qsizetype i = 0; i < present; ++i) {
            if (const qsizetype ahead = i + PrefetchAhead; ahead < present)
                m_hashes[size_t(ahead)] = m_profiles[size_t(ahead)].prefetch(row.field(ahead));
            m_profiles[size_t(i)].add(row.field(i), m_hashes[size_t(i)], row.canReadAhead(i));
        }
    } else {
        for (qsizetype i = 0; i < present; ++i)
            m_profiles[size_t(i)].add(row.field(i), 0, row.canReadAhead(i));
    }
    for (qsizetype i = present; i < m_expected; ++i)
        m_profiles[size_t(i)].addAbsent();
}

void CsvRowTally::merge(const CsvRowTally &later, qint64 lineOffset)
{
    m_rowCount += later.m_rowCount;
    m_malformedCount += later.m_malformedCount;
    for (const CsvMalformedRow &row : later.m_malformedRows) {
        if (m_malformedRows.size() >= CsvInspection::MaxListedMalformedRows)
            break;
        m_malformedRows.append({row.line + lineOffset, row.reason});
    }
    for (size_t i = 0; i < m_profiles.size() && i < later.m_profiles.size(); ++i)
        m_profiles[i].merge(later.m_profiles[i]);
}

void CsvRowTally::fill(CsvInspection &inspection, const QStringList &names)
{
    m_tables = CsvHashArena();
    m_filled = true;
    inspection.rowCount = m_rowCount;
    inspection.malformedCount = m_malformedCount;
    inspection.malformedRows = m_malformedRows;
    inspection.columns.reserve(m_expected);
    for (qsizetype i = 0; i < m_expected; ++i)
        inspection.columns.append(m_profiles[size_t(i)].summary(names[i], m_rowCount));
}

} // namespace fd
