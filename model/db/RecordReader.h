#pragma once

#include <QString>

class QSqlQuery;

namespace fd {

struct ArtifactRecord;
struct FeatureRecord;
struct FeatureSetRecord;
struct GeneRecord;

// The one place where a record the stores hand out is read from a query row. For each record, the
// statement that reads it starts "SELECT <columns> FROM <tables>" as Select says (the tables with
// the aliases the columns use, so the statement's own WHERE and ORDER BY may use them too) and may
// add columns after these; the reader reads the row's first columns by position, in Select's order.
class RecordReader
{
public:
    struct Select
    {
        QString columns;
        QString tables;

        QString sql() const
        {
            return QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + tables;
        }
    };

    // fd_feature f and its creator u.
    static const Select &features();
    static FeatureRecord feature(const QSqlQuery &query);

    // fd_feature_set s, its creator u and ${ARTIFACTS_OF_SET(s.id)}: expand the statement.
    static const Select &featureSets();
    static FeatureSetRecord featureSet(const QSqlQuery &query);

    // fd_artifact a, its key's folder f, its creator u and the run r that registered it; the
    // artifact's slots are rows of their own (not read here).
    static const Select &artifacts();
    static ArtifactRecord artifact(const QSqlQuery &query);

    // fd_gene g and its organism o (none for a gene without one).
    static const Select &genes();
    static GeneRecord gene(const QSqlQuery &query);
};

} // namespace fd
