// Which characters a name may hold: control and invisible formatting characters are refused,
// joiners only inside text that needs them (emoji sequences, Persian, Indic scripts).

#include "model/features/NameCharacters.h"

#include <QTest>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

// A row from a literal, NUL characters included (QString::fromUtf16 would stop at the first).
template<std::size_t N>
void row(const char *tag, const char16_t (&name)[N], int position, uint codePoint, const char *says)
{
    QTest::newRow(tag) << QString(reinterpret_cast<const QChar *>(name), qsizetype(N - 1))
                       << position << codePoint << QString::fromLatin1(says);
}

} // namespace

class TestNameCharacters final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refused_data();
    void refused();
    void shownAndCleaned_data();
    void shownAndCleaned();
};

void TestNameCharacters::refused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("position"); // the first refused character, counted from 1; 0: none
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<QString>("says"); // in the description

    row("plain", u"dose_mg", 0, 0, "");
    row("accents and CJK", u"Zellzahl_µL_ß_細胞", 0, 0, "");
    row("no-break space inside", u"T\u00A0cell", 0, 0, "");
    row("emoji with variation selector", u"\u2764\uFE0F", 0, 0, "");
    row("keycap: digit, variation selector, combining keycap", u"1\uFE0F\u20E3", 0, 0, "");
    row("emoji joined by ZWJ", u"\U0001F469\u200D\U0001F52C", 0, 0, "");
    row("ZWJ after a variation selector (rainbow flag)", u"\U0001F3F3\uFE0F\u200D\U0001F308", 0, 0,
        "");
    row("ZWJ after a skin tone", u"\U0001F468\U0001F3FD\u200D\U0001F4BB", 0, 0, "");
    row("Persian word with ZWNJ", u"\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", 0, 0, "");
    row("Devanagari half form with ZWJ after virama", u"\u0915\u094D\u200D\u0937", 0, 0, "");
    row("subdivision flag: black flag and tags",
        u"\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F", 0, 0, "");
    row("Arabic number sign is visible", u"\u0600\u0661\u0662", 0, 0, "");
    row("private use", u"a\uE000", 0, 0, "");

    row("leading BOM", u"\uFEFFCD4", 1, 0xFEFF, "byte order mark (U+FEFF)");
    row("BOM inside", u"CD\uFEFF4", 3, 0xFEFF, "byte order mark (U+FEFF)");
    row("NUL",
        u"a\x00"
        u"b",
        2, 0, "NUL character (U+0000)");
    row("tab", u"a\tb", 2, 9, "tab (U+0009)");
    row("line feed", u"a\nb", 2, 10, "line break (U+000A)");
    row("carriage return", u"a\rb", 2, 13, "carriage return (U+000D)");
    row("DEL",
        u"a\x7F"
        u"b",
        2, 0x7F, "control character (U+007F)");
    row("C1 control",
        u"a\x85"
        u"b",
        2, 0x85, "line break (U+0085)");
    row("C1 control CSI",
        u"a\x9B"
        u"b",
        2, 0x9B, "control character (U+009B)");
    row("line separator", u"a\u2028b", 2, 0x2028, "line break (U+2028)");
    row("zero-width space", u"CD\u200B4", 3, 0x200B, "zero-width space (U+200B)");
    row("soft hyphen", u"dose\u00ADmg", 5, 0xAD, "soft hyphen (U+00AD)");
    row("word joiner", u"a\u2060b", 2, 0x2060, "invisible formatting character (U+2060)");
    row("right-to-left override", u"a\u202Eb", 2, 0x202E, "bidirectional control (U+202E)");
    row("right-to-left isolate", u"a\u2067b", 2, 0x2067, "bidirectional control (U+2067)");
    row("left-to-right mark", u"a\u200Eb", 2, 0x200E, "bidirectional control (U+200E)");
    row("ZWJ between ASCII letters", u"CD\u200D4", 3, 0x200D, "zero-width joiner (U+200D)");
    row("ZWNJ between ASCII letters", u"ab\u200Ccd", 3, 0x200C, "zero-width non-joiner (U+200C)");
    row("ZWJ at the start", u"\u200D\U0001F469", 1, 0x200D, "zero-width joiner (U+200D)");
    row("ZWJ at the end", u"\U0001F469\u200D", 2, 0x200D, "zero-width joiner (U+200D)");
    row("two ZWJ in a row", u"\U0001F469\u200D\u200D\U0001F52C", 2, 0x200D,
        "zero-width joiner (U+200D)");
    row("ZWJ next to a space", u"\U0001F469\u200D \U0001F52C", 2, 0x200D,
        "zero-width joiner (U+200D)");
    row("tag without a flag", u"a\U000E0067", 2, 0xE0067,
        "invisible formatting character (U+E0067)");
    row("language tag", u"\U000E0001\U000E0065", 1, 0xE0001,
        "invisible formatting character (U+E0001)");
    row("unpaired high surrogate", u"a\xD83D", 2, 0xD83D, "half of a surrogate pair (U+D83D)");
    // Positions count characters, not UTF-16 code units: the emoji before it is one character.
    row("after an emoji", u"\U0001F469\uFEFF", 2, 0xFEFF, "byte order mark (U+FEFF)");
}

void TestNameCharacters::refused()
{
    QFETCH(QString, name);
    QFETCH(int, position);
    QFETCH(uint, codePoint);
    QFETCH(QString, says);

    const std::optional<names::RefusedCharacter> found = names::findRefusedCharacter(name);
    if (position == 0) {
        QVERIFY2(!found, qPrintable(found ? found->description() : QString()));
        QCOMPARE(names::showRefusedCharacters(name), name);
        QCOMPARE(names::withoutRefusedCharacters(name), name);
        return;
    }
    QVERIFY(found);
    QCOMPARE(found->position, position);
    QCOMPARE(uint(found->codePoint), codePoint);
    QVERIFY2(found->description().contains(says), qPrintable(found->description()));
    // The index points at the character in the name's UTF-16 text.
    const QChar at = name.at(found->index);
    const bool pair = at.isHighSurrogate() && found->index + 1 < name.size()
        && name.at(found->index + 1).isLowSurrogate();
    QCOMPARE(pair ? QChar::surrogateToUcs4(at, name.at(found->index + 1)) : uint(at.unicode()),
             codePoint);
}

void TestNameCharacters::shownAndCleaned_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("cleaned");

    QTest::newRow("leading BOM") << u"\uFEFFCD4"_s << u"<U+FEFF>CD4"_s << u"CD4"_s;
    QTest::newRow("tab and line feed") << u"a\tb\nc"_s << u"a\\tb\\nc"_s << u"abc"_s;
    QTest::newRow("override") << u"a\u202Eb"_s << u"a<U+202E>b"_s << u"ab"_s;
    QTest::newRow("astral tag") << u"x\U000E0067"_s << u"x<U+E0067>"_s << u"x"_s;
    QTest::newRow("joined emoji kept")
        << u"\U0001F469\u200D\U0001F52C\uFEFF"_s << u"\U0001F469\u200D\U0001F52C<U+FEFF>"_s
        << u"\U0001F469\u200D\U0001F52C"_s;
    // A joiner next to a refused character joins nothing: both go.
    QTest::newRow("joiner next to a soft hyphen")
        << u"\U0001F469\u200D\u00ADa"_s << u"\U0001F469<U+200D><U+00AD>a"_s << u"\U0001F469a"_s;
    QTest::newRow("padding left by a removal is trimmed")
        << u"\uFEFF dose"_s << u"<U+FEFF> dose"_s << u"dose"_s;
    QTest::newRow("only invisible") << u"\uFEFF\u200B"_s << u"<U+FEFF><U+200B>"_s << QString();
}

void TestNameCharacters::shownAndCleaned()
{
    QFETCH(QString, name);
    QFETCH(QString, shown);
    QFETCH(QString, cleaned);
    QCOMPARE(names::showRefusedCharacters(name), shown);
    QCOMPARE(names::withoutRefusedCharacters(name), cleaned);
    QVERIFY(!names::findRefusedCharacter(names::withoutRefusedCharacters(name)));
}

QTEST_GUILESS_MAIN(TestNameCharacters)
#include "tst_namecharacters.moc"
