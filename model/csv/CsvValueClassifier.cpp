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
        "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null",
    };
    if (value.isEmpty())
        return true;
    if (value.size() > 8)
        return false;
    switch (value[0]) {
    case '#': case '-': case '1': case '<': case 'N': case 'n':
        break;
    default:
        return false;
    }
    // Most cells reach here only because they start like a token ("1.5", "-3"): compare the size and
    // the second byte before the memory.
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
        if ((candidates & Int) && isInt(value, &info)) {
            kinds |= Int | Float;
            if (intInfo)
                *intInfo = info;
        } else if (candidates & Float) {
            bool leadingZero = false;
            if (isFloat(value, &leadingZero)) {
                kinds |= Float;
                if (intInfo)
                    intInfo->leadingZero = leadingZero;
            }
        }
        if (kinds)
            return kinds & candidates;
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

} // namespace fd
