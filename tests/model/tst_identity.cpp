// Identities as LaminDB computes them, checked against vectors computed by LaminDB's own code.

#include "model/Identity.h"
#include "tests/support/TestRegistry.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;

class TestIdentity : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_vectors;

    QJsonArray vectors(const char *key) const
    {
        return m_vectors.value(QLatin1StringView(key)).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(test::sharedData(QStringLiteral("identity/vectors.json")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        m_vectors = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!vectors("set_hash").isEmpty());
        QVERIFY(!vectors("gene_uid").isEmpty());
        QVERIFY(!vectors("hash_file").isEmpty());
        QCOMPARE(vectors("gene_uid_leading_zero").size(), 817);
    }

    void setHash_data()
    {
        QTest::addColumn<QStringList>("members");
        QTest::addColumn<QString>("hash");
        const QJsonArray cases = vectors("set_hash");
        for (const QJsonValue &value : cases) {
            const QJsonObject entry = value.toObject();
            QStringList members;
            for (const QJsonValue &member : entry.value(QLatin1StringView("members")).toArray())
                members.append(member.toString());
            QTest::addRow("vectors: %lld members", qint64(members.size()))
                << members << entry.value(QLatin1StringView("hash")).toString();
        }
        QTest::newRow("DEVELOPERS.md example")
            << QStringList {QStringLiteral("AAAAAAAAAAAA"), QStringLiteral("BBBBBBBBBBBB")}
            << QStringLiteral("mWzaRHGBe8JCAt9Ncvyq");
        // Order and repetition do not change a set.
        QTest::newRow("order and duplicates")
            << QStringList {QStringLiteral("BBBBBBBBBBBB"), QStringLiteral("AAAAAAAAAAAA"),
                            QStringLiteral("BBBBBBBBBBBB")}
            << QStringLiteral("mWzaRHGBe8JCAt9Ncvyq");
    }

    void setHash()
    {
        QFETCH(QStringList, members);
        QFETCH(QString, hash);
        QCOMPARE(identity::hashSet(members), hash);
        std::reverse(members.begin(), members.end());
        QCOMPARE(identity::hashSet(members), hash);
    }

    void setHashSortsByBytes()
    {
        // Byte order puts upper case before lower case and digits first; a locale-aware sort would
        // not.
        const QStringList members {QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("0")};
        QCOMPARE(identity::hashSet(members),
                 identity::urlSafeBase64(QCryptographicHash::hash("0:B:b", QCryptographicHash::Md5))
                     .left(20));
    }

    void setHashSortsByCodePoint()
    {
        // U+FF21 (UTF-8 EF BC A1) sorts before U+1F600 (F0 9F 98 80) by bytes and by code point,
        // after it by UTF-16 code units (FF21 > D83D, the high surrogate): a plain QString sort
        // would hash "z:U+1F600:U+FF21".
        const QString fullwidthA(QChar(0xFF21));
        const QString smile = QString::fromUcs4(U"\U0001F600");
        const QStringList members {smile, fullwidthA, QStringLiteral("z")};
        const QByteArray joined = QStringLiteral("z:%1:%2").arg(fullwidthA, smile).toUtf8();
        QCOMPARE(identity::hashSet(members),
                 identity::urlSafeBase64(QCryptographicHash::hash(joined, QCryptographicHash::Md5))
                     .left(20));
    }

    void setMembersAreDistinctAndInHashOrder()
    {
        const QString fullwidthA(QChar(0xFF21));
        const QStringList given {QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("0"),
                                 QStringLiteral("b"), fullwidthA};
        const identity::SetMembers members = identity::setMembers(given);
        QCOMPARE(members.count, 4);
        QCOMPARE(members.joined, QStringLiteral("0:B:b:%1").arg(fullwidthA).toUtf8());
        QCOMPARE(members.hash, identity::hashSet(given));
        QVERIFY(!members.base62);
        QCOMPARE(identity::setMembers({}).count, 0);
        QVERIFY(
            identity::setMembers({QStringLiteral("AAAAAAAAAAAA"), QStringLiteral("0123456789az")})
                .base62);
        QVERIFY(
            !identity::setMembers({QStringLiteral("AAAAAAAAAAAA"), QStringLiteral("a,b")}).base62);
        QVERIFY(
            !identity::setMembers({QStringLiteral("AAAAAAAAAAAA"), QStringLiteral("a:b")}).base62);
        QVERIFY(!identity::setMembers({QStringLiteral("a:b")}).base62);
        // Members alike in their first characters, of other lengths, repeated, and differing only
        // past them in the ranges UTF-16 orders the other way round.
        const QString smile = QString::fromUcs4(U"\U0001F600");
        const QStringList alike {QStringLiteral("abcd"),
                                 QStringLiteral("abc") + smile,
                                 QStringLiteral("ab"),
                                 QStringLiteral("abc"),
                                 QStringLiteral("abc") + fullwidthA,
                                 QStringLiteral("abcd"),
                                 QStringLiteral("abcA"),
                                 QStringLiteral("abc")};
        const identity::SetMembers sorted = identity::setMembers(alike);
        QCOMPARE(sorted.count, 6);
        QCOMPARE(sorted.joined,
                 QStringLiteral("ab:abc:abcA:abcd:abc%1:abc%2").arg(fullwidthA, smile).toUtf8());
    }

    void geneUid_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<QString>("uid");
        const QJsonArray cases = vectors("gene_uid");
        for (const QJsonValue &value : cases) {
            const QJsonObject entry = value.toObject();
            const QString encoded = entry.value(QLatin1StringView("encoded")).toString();
            QTest::newRow(qPrintable(encoded))
                << encoded << entry.value(QLatin1StringView("uid")).toString();
        }
        // Keys whose MD5 starts with one zero byte (two for the synthetic one), answered by
        // LaminDB.
        const QJsonArray leadingZero = vectors("gene_uid_leading_zero");
        for (const QJsonValue &value : leadingZero) {
            const QJsonObject entry = value.toObject();
            const QString encoded = entry.value(QLatin1StringView("encoded")).toString();
            QTest::addRow("leading zero, %s %s",
                          qPrintable(entry.value(QLatin1StringView("source")).toString()),
                          qPrintable(encoded))
                << encoded << entry.value(QLatin1StringView("uid")).toString();
        }
        QTest::newRow("DEVELOPERS.md Ensembl")
            << QStringLiteral("ENSG00000081059") << QStringLiteral("7IkHKPl0ScQR");
        QTest::newRow("DEVELOPERS.md symbol")
            << QStringLiteral("A1BG") << QStringLiteral("7T55jpxdMIG1");
        QTest::newRow("DNM1L, MD5 00 ...")
            << QStringLiteral("ENSG00000087470") << QStringLiteral("01m9E5Rc2hGl");
    }

    void geneUid()
    {
        QFETCH(QString, encoded);
        QFETCH(QString, uid);
        QCOMPARE(identity::geneUid(encoded), uid);
        // The uid FeatureDesk gave before schema version 12 differs exactly when the digest starts
        // with a zero byte: then it is the digits of the number without the "0" + count prefix.
        const QByteArray digest
            = QCryptographicHash::hash(encoded.toUtf8(), QCryptographicHash::Md5);
        const QString old = identity::geneUidWithoutLeadingZeros(encoded);
        if (digest.at(0) != 0) {
            QCOMPARE(old, uid);
            return;
        }
        QVERIFY(uid.startsWith(QLatin1Char('0')));
        QVERIFY(!old.startsWith(QLatin1Char('0')));
        const qsizetype zeros = digest.at(1) == 0 ? 2 : 1;
        QCOMPARE(uid.at(1), QLatin1Char('0' + zeros));
        QCOMPARE(uid.mid(2), old.left(identity::GeneUidLength - 2));
    }

    void geneUidBeforeTheFix()
    {
        // The uid FeatureDesk gave DNM1L up to schema version 11, which migration step 12 corrects.
        QCOMPARE(identity::geneUidWithoutLeadingZeros(QStringLiteral("ENSG00000087470")),
                 QStringLiteral("m9E5Rc2hGlpH"));
    }

    void base62EncodeBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("no zero byte") << QByteArray::fromHex("3e") << QStringLiteral("10");
        QTest::newRow("one zero byte") << QByteArray::fromHex("0001") << QStringLiteral("011");
        QTest::newRow("three zero bytes")
            << QByteArray::fromHex("000000ff") << QStringLiteral("0347");
        // The count is one base62 digit: 16 zero bytes (an all-zero MD5) are "0G", and nothing
        // follows.
        QTest::newRow("all zero, 16") << QByteArray(16, '\0') << QStringLiteral("0G");
        QTest::newRow("zero in the middle")
            << QByteArray::fromHex("010001") << QStringLiteral("H33");
        // Past 61 zero bytes the run takes several pairs, "0z" (61) first.
        QTest::newRow("61 zero bytes")
            << QByteArray(61, '\0') + QByteArray::fromHex("01") << QStringLiteral("0z1");
        QTest::newRow("62 zero bytes")
            << QByteArray(62, '\0') + QByteArray::fromHex("01") << QStringLiteral("0z011");
        QTest::newRow("all zero, 122") << QByteArray(122, '\0') << QStringLiteral("0z0z");
    }

    void base62EncodeBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoded);
        QCOMPARE(identity::base62EncodeBytes(bytes), encoded);
    }

    void base62FromBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("digits");
        QTest::newRow("zero") << QByteArray(16, '\0') << QString();
        QTest::newRow("one") << QByteArray::fromHex("0001") << QStringLiteral("1");
        QTest::newRow("61") << QByteArray::fromHex("3d") << QStringLiteral("z");
        QTest::newRow("62") << QByteArray::fromHex("3e") << QStringLiteral("10");
        QTest::newRow("255") << QByteArray::fromHex("ff") << QStringLiteral("47");
        QTest::newRow("65535") << QByteArray::fromHex("ffff") << QStringLiteral("H31");
        // 2^64 = 18446744073709551616 → base62 "LygHa16AHYG" (11 digits: 62^10 < 2^64 < 62^11)
        QTest::newRow("2^64") << QByteArray::fromHex("010000000000000000")
                              << QStringLiteral("LygHa16AHYG");
    }

    void base62FromBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, digits);
        QCOMPARE(identity::base62FromBytes(bytes), digits);
    }

    void randomUids()
    {
        QCOMPARE(
            identity::base62Alphabet(),
            QLatin1StringView("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"));
        QSet<QString> seen;
        QHash<QChar, int> counts;
        for (int i = 0; i < 5000; ++i) {
            const QString feature = identity::newFeatureUid();
            QVERIFY(identity::isBase62(feature, 12));
            const QString set = identity::newFeatureSetUid();
            QVERIFY(identity::isBase62(set, 20));
            const QString artifact = identity::newArtifactUid();
            QCOMPARE(artifact.size(), 20);
            QVERIFY(identity::isBase62(artifact));
            QVERIFY(artifact.endsWith(QLatin1StringView("0000")));
            QVERIFY2(!seen.contains(feature), "a 12-character random uid repeated");
            seen.insert(feature);
            for (QChar c : set)
                ++counts[c];
        }
        // 100,000 characters over 62 symbols: every symbol appears, none wildly over-represented
        // (expected 1613 each; a modulo bias or a stuck source would break these bounds).
        QCOMPARE(counts.size(), 62);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            QVERIFY2(
                it.value() > 1300 && it.value() < 1950,
                qPrintable(QStringLiteral("%1 appeared %2 times").arg(it.key()).arg(it.value())));
        }
    }

    void isBase62()
    {
        QVERIFY(identity::isBase62(u"abcXYZ019", 9));
        QVERIFY(!identity::isBase62(u"abc-XYZ", 0));
        QVERIFY(!identity::isBase62(u"abc", 4));
        QVERIFY(!identity::isBase62(u"ab_c", 0));
    }

    void hashFile_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("hash");
        QTest::addColumn<QString>("type");
        const QJsonArray cases = vectors("hash_file");
        for (const QJsonValue &value : cases) {
            const QJsonObject entry = value.toObject();
            const qint64 size = entry.value(QLatin1StringView("size")).toInteger();
            QTest::addRow("%lld bytes", size)
                << size << entry.value(QLatin1StringView("hash")).toString()
                << entry.value(QLatin1StringView("type")).toString();
        }
    }

    void hashFile()
    {
        QFETCH(qint64, size);
        QFETCH(QString, hash);
        QFETCH(QString, type);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("content.bin"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            // byte i = (7*i + 3) mod 256: the pattern repeats every 256 bytes.
            QByteArray block(1 << 20, Qt::Uninitialized);
            for (int i = 0; i < block.size(); ++i)
                block[i] = char((7 * i + 3) & 0xff);
            qint64 left = size;
            while (left > 0) {
                const qint64 n = std::min<qint64>(left, block.size());
                QCOMPARE(file.write(block.constData(), n), n);
                left -= n;
            }
        }
        const Result<identity::FileHash> result = identity::hashFile(path);
        FD_VERIFY_OK(result);
        QCOMPARE(result->hash, hash);
        QCOMPARE(result->type, type);
    }

    void hashFileMissing()
    {
        const Result<identity::FileHash> result
            = identity::hashFile(QStringLiteral("/nonexistent/file.csv"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::NotFound);
        QVERIFY(result.error().message.contains(QLatin1StringView("/nonexistent/file.csv")));
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
