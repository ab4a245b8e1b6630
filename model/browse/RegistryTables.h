#pragma once

#include "model/db/RegistryTable.h"

#include <QList>
#include <QString>

namespace fd {

// What a registry view shows of one table: its columns as SQL expressions, which of them the filter
// searches, and the default order. The SQL stays here, in model/; views only get the item model.
struct ColumnSpec
{
    QString key; // stable name, also the key in the record map
    const char *header; // translatable (QT_TRANSLATE_NOOP in context "RegistryTables")
    QString expression; // SQL expression over the FROM clause
    bool filterable = true;
    bool numeric = false; // right-aligned, sorts as a number
    bool timestamp = false; // shown in the user's locale
    bool notNull = false; // never NULL: pages after the first are found by key, not by OFFSET
    // Sorted in the order of the table's ids, which grow as rows are made: creation times, so that
    // no index on them is needed (on PostgreSQL, rows of transactions that overlap may interleave).
    bool sortsById = false;
    // Sorted by these (never NULL) instead of by expression, when what is shown is made of parts
    // that an index sorts (an artifact's key: its folder's ord, then its name).
    QStringList sortExpressions = {};
    // For the text filter (RecordFilter::Column): a condition on the base table alone, with %1
    // for each "LIKE ?", when testing expression would join another table for every row.
    QString filterCondition = {};
    bool filterConditionWithoutSlashOnly = false;
};

// A condition that relates a table's rows to one record of another table, for "jump to related":
// the artifacts that use a set, the sets of an artifact or a feature. condition is SQL over the
// FROM clause with one placeholder, the related record's uid.
struct RelationSpec
{
    QString key; // "feature_set", "artifact", "feature", "gene"
    const char *label; // translatable (context "RegistryTables"), with %1 for the related record
    QString condition; // with one placeholder: the uid, or the id that resolve gives
    // Optional, for relations a million rows may have (a set's artifacts):
    QString resolve = {}; // SQL turning the uid into the id the other statements bind
    QString count = {}; // the related rows counted from one index, when nothing else filters
    QString fewCondition = {}; // the condition when few rows are related (at most FewRows): gather
                               // them and sort, instead of walking the whole table in sort order
    static constexpr qint64 FewRows = 20'000;
};

struct TableSpec
{
    RegistryTable id;
    const char *title; // translatable
    QString from; // FROM clause, joins included
    QString countFrom; // the base table alone: what an unfiltered count needs
    QString idExpression; // a unique key for a stable order
    QList<ColumnSpec> columns;
    int defaultSortColumn = 0;
    QList<RelationSpec> relations = {};

    int columnIndex(const QString &key) const;
    const RelationSpec *relation(const QString &key) const;
};

namespace tables {
TableSpec features();
TableSpec featureSets();
TableSpec artifacts();
TableSpec genes();
QList<TableSpec> all();
} // namespace tables

} // namespace fd
