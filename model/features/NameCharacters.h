#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace fd::names {

// Which characters a name (a feature, a feature set, a slot) may hold. Names are compared and
// matched exactly, so a character that cannot be seen would make two names that look the same
// differ, or a name that looks like another (bidirectional controls reorder what is shown).
//
// Refused: control characters (C0 including NUL, tab and line breaks, DEL, C1), line and
// paragraph separators, unpaired surrogates, and the invisible formatting characters (Unicode
// category Cf): the byte order mark U+FEFF, zero-width space, soft hyphen, word joiner,
// left-to-right and right-to-left marks, bidirectional embeddings, overrides and isolates, ...
//
// Allowed, because text needs them:
// - the zero-width joiner U+200D and non-joiner U+200C between two characters that are neither
//   ASCII, white space nor themselves control or formatting characters: emoji sequences such as
//   U+1F469 U+200D U+1F52C, Persian and Indic spelling. Next to ASCII they only make a look-alike;
// - the emoji tag characters U+E0020..U+E007F after a black flag U+1F3F4 (subdivision flags);
// - the prepended concatenation marks (U+0600..U+0605, U+06DD, ...), which are visible;
// - everything else, such as variation selectors (U+FE0F in an emoji), combining marks,
//   private-use and not yet assigned characters.
struct RefusedCharacter
{
    qsizetype index = 0; // in UTF-16 code units
    qsizetype position = 0; // 1-based, counted in characters (code points), as a user counts
    char32_t codePoint = 0;

    // "a byte order mark (U+FEFF)", "a tab (U+0009)", ...
    QString description() const;
    // Why it is refused or where it comes from, when that is not plain, as a clause to follow
    // description(): "which text copied from a file often carries"; else empty.
    QString note() const;
};

// The first character of name that a name may not hold, if any.
std::optional<RefusedCharacter> findRefusedCharacter(QStringView name);

// name without the characters findRefusedCharacter() refuses, and trimmed.
QString withoutRefusedCharacters(QStringView name);

// text with refused characters made visible, to show a name in a message: \t, \n and \r as
// such, every other one as <U+XXXX>.
QString showRefusedCharacters(QStringView text);

} // namespace fd::names
