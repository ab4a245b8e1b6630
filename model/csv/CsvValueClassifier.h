#pragma once

#include <QByteArrayView>

#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace fd {

// What a single cell could be, decided on its UTF-8 bytes without decoding or allocating: the
// vocabulary of pandas' read_csv for numbers, booleans and missing values, plus ISO dates.
class CsvValueClassifier
{
public:
    enum Kind : unsigned {
        Int = 1u << 0, // [+-]digits (surrounding spaces allowed, as pandas allows)
        Float = 1u << 1, // decimal or exponent notation, inf/infinity; every Int is a Float too
        Bool = 1u << 2, // true/false in any letter case, as pandas reads them
        Date = 1u << 3, // YYYY-MM-DD, a real calendar date; every Date is a Datetime too
        Datetime = 1u << 4, // YYYY-MM-DD[T ]HH:MM[:SS[.fff]][Z|+HH:MM|-HH:MM]
    };
    static constexpr unsigned AllKinds = Int | Float | Bool | Date | Datetime;

    enum class IntRange { Int64, UInt64, Beyond }; // what a 64-bit integer type can hold

    struct IntInfo
    {
        IntRange range = IntRange::Int64;
        bool negative = false;
        bool leadingZero = false; // "007", "-02"; not "0", "0.5"
    };

    // pandas' default missing-value tokens ("", "NA", "NaN", "null", "#N/A", ...).
    static bool isMissing(QByteArrayView value);
    // False for most values that are not missing, on their first byte alone; inline, because it
    // runs on every cell of a file.
    static bool mayBeMissing(QByteArrayView value)
    {
        if (value.isEmpty())
            return true;
        switch (value[0]) {
        case '#':
        case '-':
        case '1':
        case '<':
        case 'N':
        case 'n':
            return true;
        default:
            return false;
        }
    }

    // The kinds among `candidates` that value fits; cheap when few candidates are left.
    static unsigned classify(QByteArrayView value, unsigned candidates, IntInfo *intInfo = nullptr);

    // Int | Float for an integer (info filled in), Float for another number, else 0: isInt and
    // isFloat in one pass over the bytes.
    static unsigned classifyNumber(QByteArrayView value, IntInfo *info);

    // The same for the plain numbers most numeric files are made of, digits with at most one '.'
    // ("42", "3.125", "7.", ".5"; under 16 bytes), told from one 16-byte SIMD load: Int | Float or
    // Float with info filled in as classifyNumber() would, or 0 for any other value (a sign, an
    // exponent, spaces, text, 16 bytes or more), which classifyNumber() or classify() must decide.
    // Such a number is never a missing-value token. Reads 16 bytes from value.data() whatever
    // value's size (see CsvRow::canReadAhead); inline, because it runs on every cell of a file.
    static unsigned classifyPlainNumber(QByteArrayView value, IntInfo *info)
    {
#if defined(__SSE2__)
        const qsizetype size = value.size();
        if (size == 0 || size >= 16)
            return 0;
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(value.data()));
        const __m128i offset = _mm_sub_epi8(bytes, _mm_set1_epi8('0'));
        const __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(offset, _mm_set1_epi8(9)), offset);
        const unsigned inside = (1u << size) - 1;
        const unsigned other = ~unsigned(_mm_movemask_epi8(digit)) & inside;
        info->negative = false;
        info->range = IntRange::Int64; // 15 digits at most
        if (other == 0) {
            info->leadingZero = size > 1 && value[0] == '0';
            return Int | Float;
        }
        const unsigned dots
            = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('.'))));
        if (size < 2 || other != (dots & inside) || (other & (other - 1)) != 0)
            return 0;
        info->leadingZero = std::countr_zero(other) > 1 && value[0] == '0';
        return Float;
#else
        Q_UNUSED(value);
        Q_UNUSED(info);
        return 0;
#endif
    }

    static bool isInt(QByteArrayView value, IntInfo *info = nullptr);
    static bool isFloat(QByteArrayView value, bool *leadingZero = nullptr);
    static bool isBool(QByteArrayView value);
    static bool isDate(QByteArrayView value);
    static bool isDatetime(QByteArrayView value);
};

} // namespace fd
