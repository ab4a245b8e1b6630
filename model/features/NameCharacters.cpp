#include "model/features/NameCharacters.h"

#include <QChar>
#include <QCoreApplication>
#include <QList>

#include <algorithm>

namespace fd::names {

namespace {

constexpr char32_t ZeroWidthNonJoiner = 0x200C;
constexpr char32_t ZeroWidthJoiner = 0x200D;
constexpr char32_t BlackFlag = 0x1F3F4;
constexpr char32_t TagFirst = 0xE0020;
constexpr char32_t TagLast = 0xE007F; // the cancel tag, which ends a tag sequence

struct CodePoint
{
    qsizetype index; // in UTF-16 code units
    char32_t value;
    bool unpairedSurrogate;
};

QList<CodePoint> codePoints(QStringView text)
{
    QList<CodePoint> points;
    points.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            points.append({i, QChar::surrogateToUcs4(c, text[i + 1]), false});
            ++i;
        } else {
            points.append({i, c.unicode(), c.isSurrogate()});
        }
    }
    return points;
}

bool isControlOrFormat(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// A character a joiner may stand next to: one that is visible and not ASCII.
bool joins(char32_t c)
{
    return c >= 0x80 && !QChar::isSpace(c) && !isControlOrFormat(c);
}

// Formatting characters that are visible: they print a sign spanning the digits that follow.
bool isPrependedConcatenationMark(char32_t c)
{
    return (c >= 0x0600 && c <= 0x0605) || c == 0x06DD || c == 0x070F || c == 0x0890 || c == 0x0891
        || c == 0x08E2 || c == 0x110BD || c == 0x110CD;
}

bool refused(const QList<CodePoint> &points, qsizetype k)
{
    const CodePoint &point = points.at(k);
    if (point.unpairedSurrogate)
        return true;
    const char32_t c = point.value;
    if (!isControlOrFormat(c))
        return false;
    if (c == ZeroWidthJoiner || c == ZeroWidthNonJoiner) {
        return k == 0 || k + 1 == points.size() || !joins(points.at(k - 1).value)
            || !joins(points.at(k + 1).value);
    }
    if (c >= TagFirst && c <= TagLast) {
        const char32_t before = k > 0 ? points.at(k - 1).value : 0;
        return before != BlackFlag && !(before >= TagFirst && before < TagLast);
    }
    return !isPrependedConcatenationMark(c);
}

QString codePointText(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

bool isBidiControl(char32_t c)
{
    return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString RefusedCharacter::description() const
{
    const char32_t c = codePoint;
    QString what;
    if (c == 0x00)
        what = QCoreApplication::translate("fd::NameCharacters", "a NUL character");
    else if (c == 0x09)
        what = QCoreApplication::translate("fd::NameCharacters", "a tab");
    else if (c == 0x0A || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028)
        what = QCoreApplication::translate("fd::NameCharacters", "a line break");
    else if (c == 0x0D)
        what = QCoreApplication::translate("fd::NameCharacters", "a carriage return");
    else if (c == 0x2029)
        what = QCoreApplication::translate("fd::NameCharacters", "a paragraph break");
    else if (c == 0xFEFF)
        what = QCoreApplication::translate("fd::NameCharacters", "a byte order mark");
    else if (c == 0x200B)
        what = QCoreApplication::translate("fd::NameCharacters", "a zero-width space");
    else if (c == 0x00AD)
        what = QCoreApplication::translate("fd::NameCharacters", "a soft hyphen");
    else if (c == ZeroWidthJoiner)
        what = QCoreApplication::translate("fd::NameCharacters", "a zero-width joiner");
    else if (c == ZeroWidthNonJoiner)
        what = QCoreApplication::translate("fd::NameCharacters", "a zero-width non-joiner");
    else if (isBidiControl(c))
        what = QCoreApplication::translate("fd::NameCharacters", "a bidirectional control");
    else if (c >= 0xD800 && c <= 0xDFFF)
        what = QCoreApplication::translate("fd::NameCharacters", "half of a surrogate pair");
    else if (QChar::category(c) == QChar::Other_Control)
        what = QCoreApplication::translate("fd::NameCharacters", "a control character");
    else
        what = QCoreApplication::translate("fd::NameCharacters",
                                           "an invisible formatting character");
    return QStringLiteral("%1 (%2)").arg(what, codePointText(c));
}

QString RefusedCharacter::note() const
{
    const char32_t c = codePoint;
    if (c == 0xFEFF)
        return QCoreApplication::translate("fd::NameCharacters",
                                           "which text copied from a file often carries");
    if (c == ZeroWidthJoiner || c == ZeroWidthNonJoiner)
        return QCoreApplication::translate(
            "fd::NameCharacters",
            "which may stand only between two characters that are not ASCII, "
            "as in an emoji sequence");
    if (isBidiControl(c))
        return QCoreApplication::translate("fd::NameCharacters",
                                           "which changes the order in which the name is shown");
    if (c >= 0xD800 && c <= 0xDFFF)
        return QCoreApplication::translate("fd::NameCharacters", "which is broken text");
    return {};
}

std::optional<RefusedCharacter> findRefusedCharacter(QStringView name)
{
    // Most names are printable ASCII: nothing to look at closer.
    if (std::all_of(name.begin(), name.end(), [](QChar c) { return c >= u' ' && c <= u'~'; }))
        return std::nullopt;
    const QList<CodePoint> points = codePoints(name);
    for (qsizetype k = 0; k < points.size(); ++k) {
        if (refused(points, k))
            return RefusedCharacter {points.at(k).index, k + 1, points.at(k).value};
    }
    return std::nullopt;
}

QString withoutRefusedCharacters(QStringView name)
{
    // One pass is enough: a character's neighbours that go are refused ones, and next to those a
    // joiner or tag is refused already.
    const QList<CodePoint> points = codePoints(name);
    QString text;
    text.reserve(name.size());
    for (qsizetype k = 0; k < points.size(); ++k) {
        if (!refused(points, k))
            text += name.sliced(points.at(k).index, points.at(k).value > 0xFFFF ? 2 : 1);
    }
    return text.trimmed();
}

QString showRefusedCharacters(QStringView text)
{
    const QList<CodePoint> points = codePoints(text);
    QString shown;
    shown.reserve(text.size());
    for (qsizetype k = 0; k < points.size(); ++k) {
        const CodePoint &point = points.at(k);
        const qsizetype length = point.value > 0xFFFF ? 2 : 1;
        if (!refused(points, k))
            shown += text.sliced(point.index, length);
        else if (point.value == 0x09)
            shown += QStringLiteral("\\t");
        else if (point.value == 0x0A)
            shown += QStringLiteral("\\n");
        else if (point.value == 0x0D)
            shown += QStringLiteral("\\r");
        else
            shown += QStringLiteral("<%1>").arg(codePointText(point.value));
    }
    return shown;
}

} // namespace fd::names
