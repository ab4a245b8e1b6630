#include "model/csv/CsvValueClassifier.h"

#include <array>
#include <cstring>
#include <limits>

namespace fd {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

QByteArrayView trimmedSpaces(QByteArrayView value)
{
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && (value[begin] == ' ' || value[begin] == '\t'))
        ++begin;
    while (end > begin && (value[end - 1] == ' ' || value[end - 1] == '\t'))
        --end;
    return value.sliced(begin, end - begin);
}

bool equalsIgnoringCase(QByteArrayView value, QByteArrayView lowerWord)
{
    if (value.size() != lowerWord.size())
        return false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        char c = value[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lowerWord[i])
            return false;
    }
    return true;
}

int twoDigits(const char *p)
{
    if (!isDigit(p[0]) || !isDigit(p[1]))
        return -1;
    return (p[0] - '0') * 10 + (p[1] - '0');
}

} // namespace

bool CsvValueClassifier::isMissing(QByteArrayView value)
{
    static constexpr std::array<QByteArrayView, 18> Tokens = {
        "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN",
        "<NA>", "N/A",      "NA",  "NULL",    "NaN",      "None", "n/a",  "nan",    "null",
    };
    if (value.isEmpty())
        return true;
    if (value.size() > 8)
        return false;
    // Most cells are numbers, and "-3" or "1.5" start like a token: rule those out on two bytes
    // before comparing any memory.
    switch (value[0]) {
    case '#':
    case '<':
    case 'N':
    case 'n':
        break;
    case '-':
        if (value.size() < 4 || (value[1] != 'N' && value[1] != 'n' && value[1] != '1'))
            return false;
        break;
    case '1':
        if (value.size() < 6 || value[1] != '.')
            return false;
        break;
    default:
        return false;
    }
    for (const QByteArrayView token : Tokens) {
        if (token.size() == value.size() && token[0] == value[0]
            && (value.size() < 2 || token[1] == value[1])
            && std::memcmp(token.data(), value.data(), size_t(value.size())) == 0) {
            return true;
        }
    }
    return false;
}

bool CsvValueClassifier::isInt(QByteArrayView value, IntInfo *info)
{
    value = trimmedSpaces(value);
    qsizetype i = 0;
    bool negative = false;
    if (i < value.size() && (value[i] == '+' || value[i] == '-')) {
        negative = value[i] == '-';
        ++i;
    }
    const qsizetype digitsBegin = i;
    quint64 magnitude = 0;
    bool beyond = false;
    for (; i < value.size(); ++i) {
        const char c = value[i];
        if (!isDigit(c))
            return false;
        const auto digit = quint64(c - '0');
        if (magnitude > (~quint64(0) - digit) / 10)
            beyond = true;
        else
            magnitude = magnitude * 10 + digit;
    }
    const qsizetype digits = i - digitsBegin;
    if (digits == 0)
        return false;
    if (info) {
        info->negative = negative && magnitude != 0;
        info->leadingZero = digits > 1 && value[digitsBegin] == '0';
        constexpr quint64 Int64Max = quint64(std::numeric_limits<qint64>::max());
        if (beyond)
            info->range = IntRange::Beyond;
        else if (negative ? magnitude > Int64Max + 1 : magnitude > Int64Max)
            info->range = negative ? IntRange::Beyond : IntRange::UInt64;
        else
            info->range = IntRange::Int64;
    }
    return true;
}

bool CsvValueClassifier::isFloat(QByteArrayView value, bool *leadingZero)
{
    value = trimmedSpaces(value);
    qsizetype i = 0;
    const qsizetype size = value.size();
    if (i < size && (value[i] == '+' || value[i] == '-'))
        ++i;
    const QByteArrayView rest = value.sliced(i);
    if (equalsIgnoringCase(rest, "inf") || equalsIgnoringCase(rest, "infinity")) {
        if (leadingZero)
            *leadingZero = false;
        return true;
    }
    const qsizetype intBegin = i;
    while (i < size && isDigit(value[i]))
        ++i;
    const qsizetype intDigits = i - intBegin;
    qsizetype fracDigits = 0;
    if (i < size && value[i] == '.') {
        ++i;
        const qsizetype fracBegin = i;
        while (i < size && isDigit(value[i]))
            ++i;
        fracDigits = i - fracBegin;
    }
    if (intDigits + fracDigits == 0)
        return false;
    if (i < size && (value[i] == 'e' || value[i] == 'E')) {
        ++i;
        if (i < size && (value[i] == '+' || value[i] == '-'))
            ++i;
        const qsizetype expBegin = i;
        while (i < size && isDigit(value[i]))
            ++i;
        if (i == expBegin)
            return false;
    }
    if (i != size)
        return false;
    if (leadingZero)
        *leadingZero = intDigits > 1 && value[intBegin] == '0';
    return true;
}

bool CsvValueClassifier::isBool(QByteArrayView value)
{
    return equalsIgnoringCase(value, "true") || equalsIgnoringCase(value, "false");
}

bool CsvValueClassifier::isDate(QByteArrayView value)
{
    if (value.size() != 10 || value[4] != '-' || value[7] != '-')
        return false;
    for (const int i : {0, 1, 2, 3}) {
        if (!isDigit(value[i]))
            return false;
    }
    const int year = (value[0] - '0') * 1000 + (value[1] - '0') * 100 + (value[2] - '0') * 10
        + (value[3] - '0');
    const int month = twoDigits(value.data() + 5);
    const int day = twoDigits(value.data() + 8);
    if (month < 1 || month > 12 || day < 1)
        return false;
    static constexpr int DaysInMonth[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int days = DaysInMonth[month - 1] + (month == 2 && leap ? 1 : 0);
    return day <= days;
}

bool CsvValueClassifier::isDatetime(QByteArrayView value)
{
    if (value.size() < 16 || !isDate(value.first(10)) || (value[10] != 'T' && value[10] != ' '))
        return false;
    const char *p = value.data() + 11;
    const char *const end = value.data() + value.size();
    const int hour = twoDigits(p);
    if (hour < 0 || hour > 23 || p[2] != ':')
        return false;
    const int minute = twoDigits(p + 3);
    if (minute < 0 || minute > 59)
        return false;
    p += 5;
    if (p < end && *p == ':') {
        if (end - p < 3)
            return false;
        const int second = twoDigits(p + 1);
        if (second < 0 || second > 60) // 60: a leap second
            return false;
        p += 3;
        if (p < end && *p == '.') {
            const char *const fraction = ++p;
            while (p < end && isDigit(*p))
                ++p;
            if (p == fraction)
                return false;
        }
    }
    if (p == end)
        return true;
    if (*p == 'Z')
        return p + 1 == end;
    if (*p != '+' && *p != '-')
        return false;
    ++p;
    if (end - p == 5 && p[2] == ':') {
        const int h = twoDigits(p);
        const int m = twoDigits(p + 3);
        return h >= 0 && h <= 23 && m >= 0 && m <= 59;
    }
    if (end - p == 4 || end - p == 2) {
        const int h = twoDigits(p);
        const int m = end - p == 4 ? twoDigits(p + 2) : 0;
        return h >= 0 && h <= 23 && m >= 0 && m <= 59;
    }
    return false;
}

unsigned CsvValueClassifier::classify(QByteArrayView value, unsigned candidates, IntInfo *intInfo)
{
    unsigned kinds = 0;
    if ((candidates & (Int | Float)) && !value.isEmpty()) {
        IntInfo info;
        kinds = classifyNumber(value, &info);
        if (kinds & Int) {
            if (candidates & Int) {
                if (intInfo)
                    *intInfo = info;
            } else if (intInfo) {
                intInfo->leadingZero = info.leadingZero; // read as a float, as isFloat would
            }
        } else if (kinds && intInfo) {
            intInfo->leadingZero = info.leadingZero;
        }
        if (kinds & candidates)
            return kinds & candidates;
        kinds = 0;
    }
    if ((candidates & Bool) && isBool(value))
        return Bool;
    if ((candidates & (Date | Datetime)) && value.size() >= 10) {
        if (isDate(value))
            return (Date | Datetime) & candidates;
        if ((candidates & Datetime) && isDatetime(value))
            return Datetime;
    }
    return kinds & candidates;
}

unsigned CsvValueClassifier::classifyNumber(QByteArrayView value, IntInfo *info)
{
    // isInt and isFloat in one pass, since nearly every cell of a numeric file comes here.
    const char *p = value.data();
    const char *end = p + value.size();
    if (p < end && (*p == ' ' || *p == '\t' || end[-1] == ' ' || end[-1] == '\t')) {
        const QByteArrayView trimmed = trimmedSpaces(value);
        p = trimmed.data();
        end = p + trimmed.size();
    }
    bool negative = false;
    if (p < end && (*p == '+' || *p == '-')) {
        negative = *p == '-';
        ++p;
    }
    const char *const digitsBegin = p;
    quint64 magnitude = 0;
    bool beyond = false;
    // Nineteen digits cannot overflow 64 bits; only longer runs need the checks.
    for (const char *const fast = p + qMin<qsizetype>(end - p, 19); p < fast; ++p) {
        const auto digit = unsigned(uchar(*p) - uchar('0'));
        if (digit > 9)
            break;
        magnitude = magnitude * 10 + digit;
    }
    for (; p < end && isDigit(*p); ++p) {
        // Past 64 bits the magnitude wraps and is never read again: beyond says so.
        beyond |= __builtin_mul_overflow(magnitude, quint64(10), &magnitude);
        beyond |= __builtin_add_overflow(magnitude, quint64(*p - '0'), &magnitude);
    }
    const qsizetype intDigits = p - digitsBegin;
    info->leadingZero = intDigits > 1 && *digitsBegin == '0';
    if (p == end) {
        if (intDigits == 0)
            return 0;
        info->negative = negative && magnitude != 0;
        constexpr quint64 Int64Max = quint64(std::numeric_limits<qint64>::max());
        if (beyond)
            info->range = IntRange::Beyond;
        else if (negative ? magnitude > Int64Max + 1 : magnitude > Int64Max)
            info->range = negative ? IntRange::Beyond : IntRange::UInt64;
        else
            info->range = IntRange::Int64;
        return Int | Float;
    }
    if (intDigits == 0 && (*p == 'i' || *p == 'I')) {
        const QByteArrayView rest(p, end - p);
        return equalsIgnoringCase(rest, "inf") || equalsIgnoringCase(rest, "infinity")
            ? unsigned(Float)
            : 0u;
    }
    qsizetype fracDigits = 0;
    if (*p == '.') {
        const char *const fracBegin = ++p;
        while (p < end && isDigit(*p))
            ++p;
        fracDigits = p - fracBegin;
    }
    if (intDigits + fracDigits == 0)
        return 0;
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        const char *const expBegin = p;
        while (p < end && isDigit(*p))
            ++p;
        if (p == expBegin)
            return 0;
    }
    return p == end ? unsigned(Float) : 0u;
}

} // namespace fd
