#include "model/Identity.h"

#include "model/db/OpenRegistryFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>

#include <algorithm>
#include <vector>

namespace fd::identity {

namespace {
constexpr char Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr int Base = 62;
} // namespace

QLatin1StringView base62Alphabet()
{
    return QLatin1StringView(Alphabet, Base);
}

QString randomBase62(int n)
{
    QString out;
    out.reserve(n);
    // QRandomGenerator::system() reads the operating system's cryptographic source. Rejection
    // sampling keeps every character equally likely (256 is not a multiple of 62).
    QRandomGenerator *source = QRandomGenerator::system();
    while (out.size() < n) {
        const quint32 word = source->generate();
        for (int shift = 0; shift < 32 && out.size() < n; shift += 8) {
            const quint32 byte = (word >> shift) & 0xffu;
            if (byte < 248u) // 248 = 4 * 62
                out.append(QLatin1Char(Alphabet[byte % Base]));
        }
    }
    return out;
}

QString newFeatureUid()
{
    return randomBase62(FeatureUidLength);
}

QString newFeatureSetUid()
{
    return randomBase62(FeatureSetUidLength);
}

QString newArtifactUid()
{
    return randomBase62(ArtifactUidStemLength) + QLatin1StringView(ArtifactVersionSuffix);
}

QString base62FromBytes(const QByteArray &bigEndian)
{
    // Long division of a big-endian byte string by 62, repeated until it is zero.
    QByteArray number = bigEndian;
    QString digits;
    auto isZero = [&number] {
        return std::all_of(number.cbegin(), number.cend(), [](char c) { return c == 0; });
    };
    while (!number.isEmpty() && !isZero()) {
        int remainder = 0;
        for (char &c : number) {
            const int acc = remainder * 256 + static_cast<unsigned char>(c);
            c = static_cast<char>(acc / Base);
            remainder = acc % Base;
        }
        digits.append(QLatin1Char(Alphabet[remainder]));
    }
    std::reverse(digits.begin(), digits.end());
    return digits;
}

QString base62EncodeBytes(const QByteArray &bytes)
{
    const auto firstNonZero
        = std::find_if(bytes.cbegin(), bytes.cend(), [](char c) { return c != 0; });
    qsizetype zeros = firstNonZero - bytes.cbegin();
    QString out;
    // A pair "0" + count says up to Base - 1 zero bytes; longer runs take several pairs.
    for (; zeros > 0; zeros -= std::min<qsizetype>(zeros, Base - 1)) {
        out.append(QLatin1Char('0'));
        out.append(QLatin1Char(Alphabet[std::min<qsizetype>(zeros, Base - 1)]));
    }
    if (firstNonZero != bytes.cend())
        out.append(base62FromBytes(bytes));
    return out;
}

QString urlSafeBase64(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString hashSet(const QStringList &memberUids)
{
    return setMembers(memberUids).hash;
}

SetMembers setMembers(const QStringList &memberUids)
{
    // Python sorts str by code point; UTF-8 byte order is the same order. UTF-16 order is too,
    // except that it puts U+E000..U+FFFF after the surrogates of U+10000 and up: those two ranges
    // swap places in the comparison.
    const auto key = [](char16_t c) -> quint64 {
        return c < 0xD800 ? c : c < 0xE000 ? c + 0x2000 : c - 0x800;
    };
    const auto codePointLess = [&key](const QString &a, const QString &b) {
        const auto [ia, ib] = std::mismatch(a.cbegin(), a.cend(), b.cbegin(), b.cend());
        if (ib == b.cend())
            return false;
        if (ia == a.cend())
            return true;
        return key(ia->unicode()) < key(ib->unicode());
    };
    // The first three code units of each member, in that order and packed into one number (0 past
    // the end), decide almost every comparison of the sort without reading the strings again:
    // sorting 20,000 strings that lie all over the heap is mostly waiting for memory.
    struct Keyed
    {
        quint64 prefix;
        qsizetype index;
    };
    QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    qsizetype space = memberUids.size(); // the UTF-8 of all members and a ':' after each
    std::vector<Keyed> keyed(std::size_t(memberUids.size()));
    for (qsizetype i = 0; i < memberUids.size(); ++i) {
        const QString &uid = memberUids.at(i);
        quint64 prefix = 0;
        for (qsizetype k = 0; k < 3; ++k)
            prefix = (prefix << 17) | (k < uid.size() ? key(uid.at(k).unicode()) + 1 : 0);
        keyed[std::size_t(i)] = {prefix, i};
        space += utf8.requiredSpace(uid.size());
    }
    std::sort(keyed.begin(), keyed.end(), [&](const Keyed &a, const Keyed &b) {
        return a.prefix != b.prefix ? a.prefix < b.prefix
                                    : codePointLess(memberUids.at(a.index), memberUids.at(b.index));
    });
    // The distinct members joined with ':' as UTF-8 in one buffer, hashed at once.
    SetMembers members;
    members.joined.resize(space);
    char *end = members.joined.data();
    const QString *previous = nullptr;
    for (std::size_t i = 0; i < keyed.size(); ++i) {
        const QString &uid = memberUids.at(keyed[i].index);
        if (previous && keyed[i].prefix == keyed[i - 1].prefix && uid == *previous)
            continue;
        if (previous)
            *end++ = ':';
        end = utf8.appendToBuffer(end, uid);
        previous = &uid;
        ++members.count;
    }
    members.joined.truncate(end - members.joined.constData());
    // Base62 characters and the ':' between members only (a ':' inside one makes one too many).
    qsizetype colons = 0;
    members.base62 = true;
    for (const char c : std::as_const(members.joined)) {
        if (c == ':')
            ++colons;
        else if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            members.base62 = false;
    }
    members.base62 = members.base62 && colons == std::max<qsizetype>(members.count - 1, 0);
    const QByteArray digest = QCryptographicHash::hash(members.joined, QCryptographicHash::Md5);
    members.hash = urlSafeBase64(digest).left(SetHashLength);
    return members;
}

QString geneUid(const QString &ensemblGeneIdOrSymbol)
{
    const QByteArray digest
        = QCryptographicHash::hash(ensemblGeneIdOrSymbol.toUtf8(), QCryptographicHash::Md5);
    return base62EncodeBytes(digest).left(GeneUidLength);
}

QString geneUidWithoutLeadingZeros(const QString &ensemblGeneIdOrSymbol)
{
    const QByteArray digest
        = QCryptographicHash::hash(ensemblGeneIdOrSymbol.toUtf8(), QCryptographicHash::Md5);
    return base62FromBytes(digest).left(GeneUidLength);
}

namespace {

bool readChunk(QFile &file, qint64 size, QCryptographicHash &hash)
{
    constexpr qint64 BufferSize = 1 << 20;
    QByteArray buffer(BufferSize, Qt::Uninitialized);
    qint64 left = size;
    while (left > 0) {
        const qint64 got = file.read(buffer.data(), std::min(left, BufferSize));
        if (got <= 0)
            return false;
        hash.addData(QByteArrayView(buffer.constData(), got));
        left -= got;
    }
    return true;
}

} // namespace

Result<FileHash> hashFile(const QString &path)
{
    if (Status allowed = OpenRegistryFiles::refuseRegistryFile(
            path, QCoreApplication::translate("fd::Identity", "hash it as an artifact"));
        !allowed)
        return allowed.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(file.exists() ? Error::Code::Io : Error::Code::NotFound,
                           QCoreApplication::translate("fd::Identity", "Cannot read %1: %2.")
                               .arg(path, file.errorString()));
    const qint64 size = file.size();
    auto readError = [&] {
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("fd::Identity", "Reading %1 failed: %2.")
                               .arg(path, file.errorString()));
    };
    if (size <= FileHashChunk) {
        QCryptographicHash md5(QCryptographicHash::Md5);
        if (!readChunk(file, size, md5))
            return readError();
        return FileHash {urlSafeBase64(md5.result()).left(FileHashLength), QStringLiteral("md5")};
    }
    QCryptographicHash first(QCryptographicHash::Sha1);
    QCryptographicHash last(QCryptographicHash::Sha1);
    if (!readChunk(file, FileHashChunk, first) || !file.seek(size - FileHashChunk)
        || !readChunk(file, FileHashChunk, last))
        return readError();
    QCryptographicHash outer(QCryptographicHash::Sha1);
    outer.addData(first.result());
    outer.addData(last.result());
    return FileHash {urlSafeBase64(outer.result()).left(FileHashLength), QStringLiteral("sha1-fl")};
}

bool isBase62(QStringView text, int length)
{
    if (length > 0 && text.size() != length)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
    });
}

} // namespace fd::identity
