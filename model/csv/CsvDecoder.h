#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

namespace fd {

// Turns the bytes of a file into UTF-8 for the parser, and settles which encoding the bytes are in.
// UTF-8 passes through untouched (the common case costs nothing); UTF-16 and Windows-1252 are
// transcoded buffer by buffer, keeping the state of a character cut by a buffer's end.
class CsvDecoder
{
public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Latin1, Windows1252 };

    struct Detection
    {
        Encoding encoding = Encoding::Utf8;
        int bomLength = 0;
        bool fallback = false; // not valid UTF-8, so read as Windows-1252
        bool binary = false; // NUL bytes that UTF-16 does not explain
    };

    // Looks at the first bytes of a file: a byte order mark, else UTF-8 if they are valid UTF-8 (a
    // character cut at the end of a partial sample is allowed), else Windows-1252.
    static Detection detect(QByteArrayView head, bool headIsWholeFile);

    // "UTF-8", "utf8", "UTF-16LE", "latin1", "cp1252"...; "UTF-16" without an order is nullopt
    // here, the byte order mark decides it (see CsvReader).
    static std::optional<Encoding> encodingFromName(QStringView name);
    static QString encodingName(Encoding encoding, bool bom = false);
    // The encodings a user may choose, by name, in the order choosers list them.
    static QStringList encodingNames();

    static bool isAscii(QByteArrayView bytes);
    // True when bytes are valid UTF-8; with allowTruncatedEnd, a sequence cut by the end is
    // accepted.
    static bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd = false);

    CsvDecoder(Encoding encoding, int bomLength);

    bool passesThrough() const { return m_encoding == Encoding::Utf8; }
    // Bytes at the very start of the file to drop (the byte order mark); consumed by the first
    // decode.
    int pendingSkip() const { return m_skip; }
    void skipped() { m_skip = 0; }

    // Appends the UTF-8 form of raw to out.
    void decode(QByteArrayView raw, QByteArray &out);

private:
    Encoding m_encoding;
    int m_skip;
    QStringDecoder m_utf16;
    QChar m_highSurrogate; // the first half of a pair cut by the end of the last buffer
};

} // namespace fd
