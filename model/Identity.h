#pragma once

#include "model/Result.h"

#include <QString>
#include <QStringList>

// Identities computed exactly as LaminDB of mid-2024 computes them (lamindb-setup 0.73, bionty
// 0.46, lamin-utils), so that a set hashed here hashes the same there.
namespace fd::identity {

inline constexpr int FeatureUidLength = 12;
inline constexpr int GeneUidLength = 12;
inline constexpr int FeatureSetUidLength = 20;
inline constexpr int ArtifactUidStemLength = 16;
inline constexpr char ArtifactVersionSuffix[] = "0000";
inline constexpr int SetHashLength = 20;
inline constexpr int FileHashLength = 22;
inline constexpr qint64 FileHashChunk = 50LL * 1024 * 1024;

// The base62 alphabet, 0-9A-Za-z.
QLatin1StringView base62Alphabet();

// n characters drawn uniformly from the base62 alphabet with a cryptographic random source.
QString randomBase62(int n);

QString newFeatureUid();
QString newFeatureSetUid();
QString newArtifactUid(); // 16 random characters and the version suffix "0000"

// Big-endian base62 digits of the number the bytes spell, without leading zeros ("" for zero).
QString base62FromBytes(const QByteArray &bigEndian);

// lamin-utils' base62 of a byte string (encodebytes), which bionty's gene uids are made of: the
// leading zero bytes as '0' followed by their count as one base62 digit (61 at most per pair, so
// 62 zero bytes are "0z01"), then base62FromBytes of the whole string unless it is all zeros.
// 00 b0 ... is "01" and the digits of 0xb0..., not the digits alone.
QString base62EncodeBytes(const QByteArray &bytes);

// URL-safe base64 without padding.
QString urlSafeBase64(const QByteArray &bytes);

// MD5 of the distinct members sorted by byte order and joined with ':', URL-safe base64, 20 chars.
QString hashSet(const QStringList &memberUids);

// A set's members as hashSet sees them: distinct, in code point order (the byte order of their
// UTF-8), joined with ':' as UTF-8 — the bytes it hashes — and the hash, from one sort.
struct SetMembers
{
    qsizetype count = 0; // distinct members
    QByteArray joined;
    QString hash;
    // Every member is made of base62 characters: joined is ASCII and its ':' separate members.
    bool base62 = true;
};
SetMembers setMembers(const QStringList &memberUids);

// bionty's gene uid: the first 12 characters of base62EncodeBytes of the MD5 of the Ensembl gene
// id, or of the symbol when there is none. Keys whose digest starts with a zero byte (1 in 256)
// give uids starting with '0' and the count of zero bytes.
QString geneUid(const QString &ensemblGeneIdOrSymbol);

// The gene uid FeatureDesk gave up to schema version 11, when the leading zero bytes of the digest
// were dropped (base62FromBytes instead of base62EncodeBytes): the same as geneUid unless the
// digest starts with a zero byte. Only for recognising uids made that way (schema step 12).
QString geneUidWithoutLeadingZeros(const QString &ensemblGeneIdOrSymbol);

struct FileHash
{
    QString hash; // 22 characters
    QString type; // "md5" or "sha1-fl"
};

// LaminDB's hash_file: MD5 of the whole file up to 50 MiB; above that, SHA-1 of the SHA-1s of the
// first and the last 50 MiB.
Result<FileHash> hashFile(const QString &path);

// True when text is made of base62 characters only and has the given length (any length if 0).
bool isBase62(QStringView text, int length = 0);

} // namespace fd::identity
