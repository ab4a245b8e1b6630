#pragma once

#include "model/Result.h"
#include "model/db/SqlDialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace fd {

// An artifact's key is stored as its folder (the key up to and including its last '/') and its
// name (the rest). The folders are kept once, in fd_artifact_folder, each with an "ord": a short
// base62 text whose byte order is the order of the folders' paths. An artifact row holds the ord,
// so artifacts sort by key (folder by folder, each folder's files by name) from one index on
// (key_folder, key_name), and a million keys do not repeat their folders' paths twice each. A
// folder's ord never changes: a new folder gets one between its neighbours'.
class ArtifactFolders
{
public:
    struct Key
    {
        QString folder; // "" or ending in '/'
        QString name;
    };
    static Key split(const QString &key);

    // The ord of the root folder (keys without '/'): below every other.
    static QString rootOrd() { return QStringLiteral(""); } // not a null QString: bound as text

    // Ords, byte-ordered base62 texts that never end in '0' (so that one fits between any two):
    // after: greater than lower, short when folders are added in order (an integer part that
    // counts up: a1 .. az, b11 .. bzz, c111 ...);
    static QString ordAfter(const QString &lower);
    // between: strictly between lower and upper (upper not empty, lower < upper);
    static QString ordBetween(const QString &lower, const QString &upper);
    // count ords, ascending, strictly between lower and upper (upper empty: no bound).
    static QStringList ordsBetween(const QString &lower, const QString &upper, qsizetype count);

    ArtifactFolders(QSqlDatabase db, const SqlDialect &dialect);

    // The ords of these folders (each "" or ending in '/'), adding those the registry does not
    // hold yet. Call inside the transaction that writes the artifacts. On PostgreSQL, adding
    // folders locks the folder table until that transaction ends, so that two workstations adding
    // folders at once never give two folders one place.
    Result<QHash<QString, QString>> ords(const QStringList &folders, const QString &doing);

    // Schema step 9: a folder and ord for every distinct folder of the artifacts' keys, in order.
    static Status addExistingFolders(QSqlDatabase db, const SqlDialect &dialect,
                                     const QString &doing);

private:
    Status readExisting(const QStringList &folders, QHash<QString, QString> &ords,
                        const QString &doing);
    Status insert(const QStringList &paths, const QStringList &ords, const QString &doing);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace fd
