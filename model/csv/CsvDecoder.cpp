#include "model/csv/CsvDecoder.h"

#include <cstring>

namespace fd {

namespace {

// Windows-1252 0x80..0x9F. The five bytes it leaves undefined map to the C1 controls of the same
// value (as the WHATWG encoding standard does), so that no byte is ever lost.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

void appendUtf8(char16_t unit, QByteArray &out)
{
    if (unit < 0x80) {
        out.append(char(unit));
    } else if (unit < 0x800) {
        out.append(char(0xC0 | (unit >> 6)));
        out.append(char(0x80 | (unit & 0x3F)));
    } else {
        out.append(char(0xE0 | (unit >> 12)));
        out.append(char(0x80 | ((unit >> 6) & 0x3F)));
        out.append(char(0x80 | (unit & 0x3F)));
    }
}

} // namespace

bool CsvDecoder::isAscii(QByteArrayView bytes)
{
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    constexpr quint64 HighBits = 0x8080808080808080ULL;
    for (; end - p >= 8; p += 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        if (word & HighBits)
            return false;
    }
    for (; p < end; ++p) {
        if (uchar(*p) & 0x80)
            return false;
    }
    return true;
}

bool CsvDecoder::isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const uchar *const end = p + bytes.size();
    while (p < end) {
        const uchar c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        char32_t min = 0;
        char32_t code = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2, min = 0x80, code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, min = 0x800, code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, min = 0x10000, code = c & 0x07;
        } else {
            return false;
        }
        if (end - p < length) {
            if (!allowTruncatedEnd)
                return false;
            for (const uchar *q = p + 1; q < end; ++q) {
                if ((*q & 0xC0) != 0x80)
                    return false;
            }
            return true;
        }
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        p += length;
    }
    return true;
}

CsvDecoder::Detection CsvDecoder::detect(QByteArrayView head, bool headIsWholeFile)
{
    Detection result;
    if (head.startsWith("\xEF\xBB\xBF")) {
        result.bomLength = 3;
        return result;
    }
    if (head.startsWith("\xFF\xFE")) {
        result.encoding = Encoding::Utf16LE;
        result.bomLength = 2;
        return result;
    }
    if (head.startsWith("\xFE\xFF")) {
        result.encoding = Encoding::Utf16BE;
        result.bomLength = 2;
        return result;
    }
    if (head.contains('\0')) {
        // UTF-16 without a byte order mark puts a NUL in every other byte of ASCII text.
        qsizetype evenNuls = 0;
        qsizetype oddNuls = 0;
        for (qsizetype i = 0; i + 1 < head.size(); i += 2) {
            evenNuls += head[i] == '\0';
            oddNuls += head[i + 1] == '\0';
        }
        const qsizetype pairs = head.size() / 2;
        if (oddNuls * 10 >= pairs * 7 && evenNuls == 0)
            result.encoding = Encoding::Utf16LE;
        else if (evenNuls * 10 >= pairs * 7 && oddNuls == 0)
            result.encoding = Encoding::Utf16BE;
        else
            result.binary = true;
        return result;
    }
    if (!isValidUtf8(head, !headIsWholeFile)) {
        result.encoding = Encoding::Windows1252;
        result.fallback = true;
    }
    return result;
}

std::optional<CsvDecoder::Encoding> CsvDecoder::encodingFromName(QStringView name)
{
    QString key = name.trimmed().toString().toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (key == u"utf8" || key == u"utf8sig")
        return Encoding::Utf8;
    if (key == u"utf16le")
        return Encoding::Utf16LE;
    if (key == u"utf16be")
        return Encoding::Utf16BE;
    if (key == u"latin1" || key == u"iso88591" || key == u"l1")
        return Encoding::Latin1;
    if (key == u"windows1252" || key == u"cp1252")
        return Encoding::Windows1252;
    return std::nullopt;
}

QString CsvDecoder::encodingName(Encoding encoding, bool bom)
{
    switch (encoding) {
    case Encoding::Utf8:
        return bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Latin1:
        return QStringLiteral("Latin-1");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

QStringList CsvDecoder::encodingNames()
{
    QStringList names;
    for (Encoding encoding : {Encoding::Utf8, Encoding::Utf16LE, Encoding::Utf16BE,
                              Encoding::Windows1252, Encoding::Latin1})
        names.append(encodingName(encoding));
    return names;
}

CsvDecoder::CsvDecoder(Encoding encoding, int bomLength)
    : m_encoding(encoding)
    , m_skip(bomLength)
    // The file's byte order mark is skipped by count (m_skip); a U+FEFF after it is text, which
    // the decoder would otherwise drop as if it were the mark.
    , m_utf16(encoding == Encoding::Utf16BE ? QStringConverter::Utf16BE : QStringConverter::Utf16LE,
              QStringConverter::Flag::ConvertInitialBom)
{
}

void CsvDecoder::decode(QByteArrayView raw, QByteArray &out)
{
    if (m_skip > 0) {
        const qsizetype dropped = qMin<qsizetype>(m_skip, raw.size());
        raw = raw.sliced(dropped);
        m_skip -= int(dropped);
    }
    switch (m_encoding) {
    case Encoding::Utf8:
        out.append(raw);
        return;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        QString text = m_utf16.decode(raw);
        if (!m_highSurrogate.isNull()) {
            text.prepend(m_highSurrogate);
            m_highSurrogate = QChar();
        }
        if (!text.isEmpty() && text.back().isHighSurrogate()) {
            m_highSurrogate = text.back();
            text.chop(1);
        }
        out.append(text.toUtf8());
        return;
    }
    case Encoding::Latin1:
    case Encoding::Windows1252: {
        out.reserve(out.size() + raw.size() * 2);
        const bool cp1252 = m_encoding == Encoding::Windows1252;
        for (const char byte : raw) {
            const auto c = uchar(byte);
            if (c < 0x80)
                out.append(char(c));
            else if (cp1252 && c < 0xA0)
                appendUtf8(Cp1252High[c - 0x80], out);
            else
                appendUtf8(char16_t(c), out);
        }
        return;
    }
    }
}

} // namespace fd
