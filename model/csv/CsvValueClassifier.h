#pragma once

#include <QByteArrayView>

namespace fd {

// What a single cell could be, decided on its UTF-8 bytes without decoding or allocating: the
// vocabulary of pandas' read_csv for numbers, booleans and missing values, plus ISO dates.
class CsvValueClassifier
{
public:
    enum Kind : unsigned {
        Int = 1u << 0,      // [+-]digits (surrounding spaces allowed, as pandas allows)
        Float = 1u << 1,    // decimal or exponent notation, inf/infinity; every Int is a Float too
        Bool = 1u << 2,     // true/false in any letter case, as pandas reads them
        Date = 1u << 3,     // YYYY-MM-DD, a real calendar date; every Date is a Datetime too
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
        case '#': case '-': case '1': case '<': case 'N': case 'n':
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

    static bool isInt(QByteArrayView value, IntInfo *info = nullptr);
    static bool isFloat(QByteArrayView value, bool *leadingZero = nullptr);
    static bool isBool(QByteArrayView value);
    static bool isDate(QByteArrayView value);
    static bool isDatetime(QByteArrayView value);
};

} // namespace fd
