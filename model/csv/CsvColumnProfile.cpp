#include "model/csv/CsvColumnProfile.h"

#include "model/csv/CsvValueClassifier.h"

#include <QCoreApplication>

namespace fd {

namespace {

constexpr int MaxExamples = 5;
constexpr qsizetype MaxExampleLength = 200;

} // namespace

CsvColumnProfile::CsvColumnProfile(qsizetype distinctCap)
    : m_kinds(CsvValueClassifier::AllKinds)
    , m_distinct(distinctCap)
{
}

CsvColumnProfile::CsvColumnProfile(qsizetype distinctCap, quint64 *table)
    : m_kinds(CsvValueClassifier::AllKinds)
    , m_distinct(distinctCap, table)
{
}

void CsvColumnProfile::addText(QByteArrayView value, quint64 hash)
{
    using K = CsvValueClassifier;
    if (K::mayBeMissing(value) && K::isMissing(value)) {
        ++m_missing;
        return;
    }
    ++m_values;
    if (m_kinds != 0) {
        K::IntInfo info;
        // A column that is still all numbers needs only the number test (classify() gives the
        // same answer with more calls).
        m_kinds = (m_kinds & ~(K::Int | K::Float)) == 0 ? K::classifyNumber(value, &info) & m_kinds
                                                        : K::classify(value, m_kinds, &info);
        if (m_kinds & (K::Int | K::Float)) {
            if (info.leadingZero)
                noteLeadingZero(value);
            if (m_kinds & K::Int) {
                m_negative |= info.negative;
                m_aboveInt64 |= info.range == K::IntRange::UInt64;
                m_beyond64 |= info.range == K::IntRange::Beyond;
            }
        }
    }
    if (!m_distinct.capped())
        addDistinct(value, hash);
}

void CsvColumnProfile::noteLeadingZero(QByteArrayView value)
{
    if (m_leadingZeroExample.isEmpty())
        m_leadingZeroExample = value.toByteArray().left(MaxExampleLength);
}

void CsvColumnProfile::addDistinct(QByteArrayView value, quint64 hash)
{
    if (hash == 0)
        hash = CsvDistinctSet::hashOf(value);
    if (m_distinct.insertHash(hash) && m_examples.size() < MaxExamples) {
        if (m_examples.isEmpty()) {
            // Room for every example at once: grown one by one, 60,000 columns' lists left a
            // trail of freed blocks behind them.
            m_examples.reserve(MaxExamples);
            m_exampleHashes.reserve(MaxExamples);
        }
        m_exampleHashes.append(hash);
        QString text = QString::fromUtf8(value.first(qMin(value.size(), MaxExampleLength * 4)));
        if (text.size() > MaxExampleLength)
            text = text.left(MaxExampleLength - 1) + QChar(0x2026);
        m_examples.append(text);
    }
}

void CsvColumnProfile::merge(const CsvColumnProfile &later)
{
    // The kinds a column can be are those every value fits, whatever the order of the values; the
    // integer flags matter only while Int is among them, and then both sides kept them up to date.
    m_kinds &= later.m_kinds;
    m_missing += later.m_missing;
    m_values += later.m_values;
    m_negative |= later.m_negative;
    m_aboveInt64 |= later.m_aboveInt64;
    m_beyond64 |= later.m_beyond64;
    if (m_leadingZeroExample.isEmpty())
        m_leadingZeroExample = later.m_leadingZeroExample;
    // With fewer than MaxExamples examples this side saw fewer distinct values than its cap, so its
    // set holds them all and tells which of the later examples are new.
    for (qsizetype i = 0; i < later.m_examples.size() && m_examples.size() < MaxExamples; ++i) {
        if (!m_distinct.containsHash(later.m_exampleHashes[i])) {
            m_examples.append(later.m_examples[i]);
            m_exampleHashes.append(later.m_exampleHashes[i]);
        }
    }
    m_distinct.merge(later.m_distinct);
}

bool CsvColumnProfile::isCategorical(qint64 distinct, bool capped, qint64 nonMissing)
{
    return !capped && nonMissing >= 2 && distinct <= qMin<qint64>(1000, nonMissing / 2);
}

CsvColumnSummary CsvColumnProfile::summary(const QString &name, qint64 rowCount) const
{
    CsvColumnSummary column;
    column.name = name;
    column.missing = m_missing + qMax<qint64>(0, rowCount - m_missing - m_values);
    column.distinct = m_distinct.count();
    column.distinctCapped = m_distinct.capped();
    column.examples = m_examples;

    const QString text = isCategorical(column.distinct, column.distinctCapped, m_values)
        ? QStringLiteral("cat")
        : QStringLiteral("str");
    using K = CsvValueClassifier;
    if (m_values == 0) {
        if (rowCount == 0) {
            column.dtype = QStringLiteral("str");
            column.note = QCoreApplication::translate("CsvColumnProfile", "no data rows");
        } else {
            column.dtype = QStringLiteral("float");
            column.note = QCoreApplication::translate(
                "CsvColumnProfile", "all values are missing (pandas reads this as float)");
        }
    } else if (m_kinds & (K::Int | K::Float)) {
        if (!m_leadingZeroExample.isEmpty()) {
            column.dtype = text;
            column.note = QCoreApplication::translate(
                              "CsvColumnProfile",
                              "numbers with leading zeros such as \"%1\" are kept as text")
                              .arg(QString::fromUtf8(m_leadingZeroExample));
        } else if (!(m_kinds & K::Int)) {
            column.dtype = QStringLiteral("float");
        } else if (m_beyond64 || (m_negative && m_aboveInt64)) {
            column.dtype = text;
            column.note = QCoreApplication::translate(
                "CsvColumnProfile", "integers beyond the 64-bit range are kept as text");
        } else if (column.missing > 0) {
            column.dtype = QStringLiteral("float");
            column.note = QCoreApplication::translate(
                "CsvColumnProfile", "integers with missing values (pandas reads them as float)");
        } else {
            column.dtype = QStringLiteral("int");
            if (m_aboveInt64)
                column.note = QCoreApplication::translate(
                    "CsvColumnProfile", "unsigned 64-bit integers (above the int64 range)");
        }
    } else if (m_kinds & K::Bool) {
        if (column.missing > 0) {
            column.dtype = text;
            column.note = QCoreApplication::translate(
                "CsvColumnProfile",
                "true/false values with missing values (pandas reads them as text)");
        } else {
            column.dtype = QStringLiteral("bool");
        }
    } else if (m_kinds & K::Date) {
        column.dtype = QStringLiteral("date");
    } else if (m_kinds & K::Datetime) {
        column.dtype = QStringLiteral("datetime");
    } else {
        column.dtype = text;
    }
    return column;
}

} // namespace fd
