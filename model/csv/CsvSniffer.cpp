#include "model/csv/CsvSniffer.h"

#include "model/csv/CsvParser.h"
#include "model/csv/CsvReader.h"
#include "model/csv/CsvValueClassifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cstring>
#include <map>

namespace fd {

namespace {

struct Trial
{
    char delimiter = ',';
    char quote = '"';
    int modalCount = 0;
    qsizetype consistent = 0; // records with modalCount fields
    qsizetype records = 0;
    bool unbalanced = false;
};

// The sample may hold more than sampleBytes, to have whole records: records past it are not needed,
// once there are two (a header and a row), and on a wide file each costs a lot.
bool pastSample(const CsvRow &row, const char *base, qsizetype records, qint64 sampleBytes)
{
    return records >= 2 && row.size() > 0 && row.field(0).data() - base > sampleBytes;
}

// Copies sample into scratch, which the parser may rewrite (it unescapes in place); one buffer for
// every trial, since a wide file's sample is megabytes and fresh memory costs page faults.
char *writableCopy(QByteArrayView sample, QByteArray &scratch)
{
    scratch.resize(sample.size());
    std::memcpy(scratch.data(), sample.data(), size_t(sample.size()));
    return scratch.data();
}

Trial trialParse(QByteArrayView sample, bool wholeFile, char delimiter, char quote,
                 const CsvOptions &options, QByteArray &scratch)
{
    Trial trial {delimiter, quote};
    QByteArray &text = scratch;
    writableCopy(sample, text);
    CsvParser parser(delimiter, quote, options.commentPrefix);
    std::map<int, qsizetype> frequency;
    const char *const base = text.constData();
    parser.parse(text.data(), text.size(), wholeFile, [&](const CsvRow &row) {
        ++frequency[int(row.size())];
        return ++trial.records < options.sampleRecords
            && !pastSample(row, base, trial.records, options.sampleBytes);
    });
    trial.unbalanced = parser.state() == CsvParser::State::Unbalanced;
    for (const auto &[count, records] : frequency) {
        if (records > trial.consistent
            || (records == trial.consistent && count > trial.modalCount)) {
            trial.modalCount = count;
            trial.consistent = records;
        }
    }
    return trial;
}

// Orders trials: more consistent records, then more fields; single-field dialects always lose.
bool better(const Trial &a, const Trial &b)
{
    const bool aMulti = a.modalCount > 1;
    const bool bMulti = b.modalCount > 1;
    if (aMulti != bMulti)
        return aMulti;
    if (a.unbalanced != b.unbalanced)
        return !a.unbalanced;
    if (a.consistent != b.consistent)
        return a.consistent > b.consistent;
    return a.modalCount > b.modalCount;
}

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return QCoreApplication::translate("CsvReader", "comma");
    case '\t':
        return QCoreApplication::translate("CsvReader", "tab");
    case ';':
        return QCoreApplication::translate("CsvReader", "semicolon");
    case '|':
        return QCoreApplication::translate("CsvReader", "vertical bar");
    default:
        return QStringLiteral("\"%1\"").arg(QLatin1Char(delimiter));
    }
}

// Whether quote opens a field somewhere in sample: a quote character that never does is no quote.
bool opensFields(QByteArrayView sample, char delimiter, char quote)
{
    char previous = '\n';
    for (const char c : sample) {
        if (c == quote && (previous == delimiter || previous == '\n' || previous == '\r'))
            return true;
        previous = c;
    }
    return false;
}

enum CellType : int { Missing = -1, Number = -2, Boolean = -3, Temporal = -4 };

int cellType(QByteArrayView cell)
{
    if (CsvValueClassifier::isMissing(cell))
        return Missing;
    const unsigned kinds = CsvValueClassifier::classify(cell, CsvValueClassifier::AllKinds);
    if (kinds & (CsvValueClassifier::Int | CsvValueClassifier::Float))
        return Number;
    if (kinds & CsvValueClassifier::Bool)
        return Boolean;
    if (kinds & (CsvValueClassifier::Date | CsvValueClassifier::Datetime))
        return Temporal;
    int length = 0; // in code points: UTF-8 continuation bytes do not count
    for (const char c : cell)
        length += (uchar(c) & 0xC0) != 0x80;
    return length;
}

} // namespace

CsvSniffer::CsvSniffer(CsvOptions options)
    : m_options(std::move(options))
{
}

bool CsvSniffer::detectHeader(const std::vector<std::vector<QByteArrayView>> &records,
                              bool *doubtful)
{
    *doubtful = false;
    if (records.empty())
        return false;
    const std::vector<QByteArrayView> &first = records.front();
    int votes = 0;
    for (size_t column = 0; column < first.size(); ++column) {
        int type = Missing;
        bool consistent = true;
        for (size_t r = 1; r < records.size() && consistent; ++r) {
            if (records[r].size() != first.size())
                continue;
            const int t = cellType(records[r][column]);
            if (t == Missing)
                continue;
            if (type == Missing)
                type = t;
            else if (t != type)
                consistent = false;
        }
        if (!consistent || type == Missing)
            continue;
        const int headerType = cellType(first[column]);
        votes += headerType == type ? -1 : 1;
    }
    if (votes != 0)
        return votes > 0;

    *doubtful = true;
    QSet<QByteArrayView> seen;
    seen.reserve(qsizetype(first.size()));
    for (const QByteArrayView cell : first) {
        const int type = cellType(cell);
        if (type == Missing || type == Number || seen.contains(cell))
            return false;
        seen.insert(cell);
    }
    return true;
}

CsvSniffResult CsvSniffer::sniffSample(QByteArrayView sample, bool wholeFile) const
{
    CsvSniffResult result;
    QList<char> delimiters;
    if (m_options.delimiter) {
        delimiters << *m_options.delimiter;
    } else {
        if (m_options.extraDelimiter)
            delimiters << *m_options.extraDelimiter;
        for (const char d : {',', '\t', ';', '|'}) {
            if (!delimiters.contains(d))
                delimiters << d;
        }
    }
    QList<char> quotes;
    if (m_options.quote)
        quotes << *m_options.quote;
    else
        quotes << '"' << '\'';

    // The best quote for each delimiter first: the quote rarely matters, and only a strictly
    // better fit should pick the unusual one.
    QList<Trial> trials;
    QByteArray scratch;
    for (const char delimiter : std::as_const(delimiters)) {
        Trial best;
        bool first = true;
        for (const char quote : std::as_const(quotes)) {
            if (quote == delimiter || (!first && !opensFields(sample, delimiter, quote)))
                continue;
            const Trial trial = trialParse(sample, wholeFile, delimiter, quote, m_options, scratch);
            if (first || better(trial, best))
                best = trial;
            first = false;
        }
        if (!first)
            trials << best;
    }
    std::stable_sort(trials.begin(), trials.end(), better);

    const Trial &winner = trials.front();
    result.dialect.delimiter = winner.delimiter;
    result.dialect.quote = winner.quote;
    result.dialect.commentPrefix = m_options.commentPrefix;
    result.columnCount = winner.modalCount;
    result.sampledRecords = winner.records;
    result.unbalancedQuote = winner.unbalanced;
    result.consistency
        = winner.records > 0 ? double(winner.consistent) / double(winner.records) : 0;

    if (winner.modalCount <= 1 && !m_options.delimiter) {
        result.warnings << QCoreApplication::translate(
            "CsvReader",
            "No delimiter splits the records into columns; the file is read as one "
            "column.");
    }
    if (winner.unbalanced)
        result.warnings << QCoreApplication::translate("CsvReader",
                                                       "A quoted field is never closed.");
    if (winner.records > 0 && winner.consistent < winner.records) {
        result.warnings << QCoreApplication::translate(
                               "CsvReader", "%1 of %2 sampled records do not have %3 fields.")
                               .arg(winner.records - winner.consistent)
                               .arg(winner.records)
                               .arg(winner.modalCount);
    }
    for (qsizetype i = 1; i < trials.size(); ++i) {
        const Trial &other = trials[i];
        if (other.modalCount <= 1 || other.unbalanced || other.consistent < winner.consistent)
            continue;
        CsvDialect alternative = result.dialect;
        alternative.delimiter = other.delimiter;
        alternative.quote = other.quote;
        result.alternatives << alternative;
        result.warnings << QCoreApplication::translate(
                               "CsvReader",
                               "The %1 fits the sample as well as the %2 (%3 against %4 columns); "
                               "the %2 was chosen.")
                               .arg(delimiterName(other.delimiter), delimiterName(winner.delimiter))
                               .arg(other.modalCount)
                               .arg(winner.modalCount);
    }

    if (m_options.hasHeader) {
        result.dialect.hasHeader = *m_options.hasHeader;
    } else {
        // Views into text, which outlives them: a 60,000-column header is not copied cell by cell.
        std::vector<std::vector<QByteArrayView>> records;
        QByteArray &text = scratch;
        writableCopy(sample, text);
        const char *const base = text.constData();
        CsvParser parser(winner.delimiter, winner.quote, m_options.commentPrefix);
        parser.parse(text.data(), text.size(), wholeFile, [&](const CsvRow &row) {
            std::vector<QByteArrayView> &cells = records.emplace_back();
            cells.reserve(size_t(row.size()));
            for (qsizetype i = 0; i < row.size(); ++i)
                cells.push_back(row.field(i));
            return qsizetype(records.size()) < m_options.sampleRecords
                && !pastSample(row, base, qsizetype(records.size()), m_options.sampleBytes);
        });
        bool doubtful = false;
        result.dialect.hasHeader = detectHeader(records, &doubtful);
        if (doubtful) {
            result.warnings << (result.dialect.hasHeader
                                    ? QCoreApplication::translate(
                                        "CsvReader",
                                        "The first row was taken as a header, but that is a guess.")
                                    : QCoreApplication::translate(
                                        "CsvReader",
                                        "The first row was taken as data, but that is a guess."));
        }
    }
    return result;
}

Result<CsvSniffResult> CsvSniffer::sniff(CsvReader &reader)
{
    QByteArray sample;
    bool wholeFile = false;
    m_error = reader.readSample(&sample, &wholeFile);
    if (!m_error.ok())
        return m_error.toError();
    CsvSniffResult result = sniffSample(sample, wholeFile);
    if (result.sampledRecords == 0 && !result.unbalancedQuote) {
        m_error = CsvError::make(CsvStatus::EmptyFile, reader.path());
        return m_error.toError();
    }
    result.dialect.encoding = reader.encodingName();
    result.dialect.gzip = reader.isGzip();
    result.warnings = reader.warnings() + result.warnings;
    return result;
}

Result<CsvSniffResult> CsvSniffer::sniff(const QString &path)
{
    CsvReader reader(m_options);
    m_error = reader.open(path);
    if (!m_error.ok())
        return m_error.toError();
    return sniff(reader);
}

} // namespace fd
