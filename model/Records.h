#pragma once

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace fd {

// Plain values of the registry's records, as the stores return them.

struct FeatureRecord
{
    qint64 id = -1;
    QString uid;
    QString name;
    QString dtype;
    QString unit;
    QString description;
    QStringList synonyms;
    QDateTime createdAt;
    QString createdBy;
};

struct NewFeature
{
    QString name;
    QString dtype;
    QString unit;
    QString description;
    QStringList synonyms;
};

// LaminDB's names of the registries a feature set draws its members from.
enum class MemberRegistry { Feature, Gene };
QString memberRegistryName(MemberRegistry registry); // "core.Feature" or "bionty.Gene"
bool parseMemberRegistry(const QString &text, MemberRegistry *registry);

struct FeatureSetRecord
{
    qint64 id = -1;
    QString uid;
    QString name;
    qint64 n = 0;
    QString dtype; // empty for a set of features
    MemberRegistry registry = MemberRegistry::Feature;
    QString hash;
    QString description;
    QDateTime createdAt;
    QString createdBy;
    qint64 artifactCount = 0;
};

struct NewFeatureSet
{
    QString name;
    MemberRegistry registry = MemberRegistry::Feature;
    QStringList memberUids;
    QString dtype; // empty: the registry's default (none for features, "number" for genes)
    QString description;
};

struct ArtifactRecord
{
    qint64 id = -1;
    QString uid; // 16 base62 characters and the version "0000"
    QString key; // the file name, or a path relative to a folder the user chose
    QString suffix; // ".csv", ".tsv.gz", ...
    qint64 size = 0;
    QString hash; // LaminDB's hash_file: 22 characters
    QString hashType; // "md5" or "sha1-fl"
    QDateTime createdAt;
    QString createdBy;
    QMap<QString, QString> slots; // slot -> feature set uid
};

struct SetMember
{
    QString uid;
    QString name; // feature name or gene symbol
};

// Splits a "|"-separated synonym list, trims, drops empties, duplicates and the name itself.
QStringList normalizeSynonyms(const QStringList &synonyms, const QString &name);

// Names (features, slots) may not hold control characters (tabs, line breaks, ...) nor invisible
// formatting ones (a byte order mark, ...): names::findRefusedCharacter() says which.
bool hasControlCharacter(const QString &text);
// The text with those characters made visible (\t, \n, <U+FEFF>), to show such a name in a message.
QString showControlCharacters(const QString &text);

} // namespace fd

Q_DECLARE_METATYPE(fd::FeatureRecord)
Q_DECLARE_METATYPE(fd::FeatureSetRecord)
