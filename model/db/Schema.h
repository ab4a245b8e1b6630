#pragma once

#include "model/Result.h"
#include "model/db/SqlDialect.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace fd {

// The registry's versioned schema. Each step takes the schema from version N-1 to N; a registry is
// brought up to date by all pending steps in one transaction (stopped anywhere, it keeps the
// version it had), and a registry whose version is newer than this build knows is refused before
// anything touches it.
class Schema
{
public:
    struct Step
    {
        int version;
        QString description;
        QStringList statements; // with SqlDialect placeholders
        // Optional: a query whose rows (up to three, one text column each) are data the step
        // cannot take; the step then stops before changing anything, with refusal and the rows.
        QString check = {};
        QString refusal = {};
        // Optional: statements for one backend only, run after the common ones.
        QStringList sqliteStatements = {};
        QStringList postgresStatements = {};
        // Optional: work SQL alone cannot do, run after the common statements and before the
        // backend's own. It may add to notes a sentence on what it changed in the records, for
        // whoever opened the registry (migrate hands them on once the migration is committed).
        std::function<Status(QSqlDatabase &, const SqlDialect &, const QString &doing,
                             QStringList &notes)>
            code = {};
        // SQLite checks no foreign key during the step (PRAGMA foreign_keys is off around the
        // migration's transaction), as ALTER TABLE needs to add a column that references another
        // table; all of them are checked before it commits.
        bool sqliteForeignKeysOff = false;
    };

    static const std::vector<Step> &steps();
    static int latestVersion();

    // The version recorded in the registry's meta table; 0 for an empty database; an error for a
    // database that has tables but is not a FeatureDesk registry.
    static Result<int> currentVersion(const QSqlDatabase &db);

    // Applies the steps after the current version up to target (latest by default). notes, when
    // given, receives what the steps changed in the records (a sentence each, see Step::code).
    static Status migrate(QSqlDatabase &db, const SqlDialect &dialect, const QString &location,
                          int targetVersion = -1, QStringList *notes = nullptr);

    static QString applicationTag() { return QStringLiteral("FeatureDesk registry"); }
};

} // namespace fd
