#include "model/browse/RegistryTables.h"

#include <QtGlobal>

namespace fd {

int TableSpec::columnIndex(const QString &key) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).key == key)
            return i;
    return -1;
}

const RelationSpec *TableSpec::relation(const QString &key) const
{
    for (const RelationSpec &candidate : relations)
        if (candidate.key == key)
            return &candidate;
    return nullptr;
}

namespace tables {

namespace {
ColumnSpec text(const char *key, const char *header, const char *expression)
{
    return ColumnSpec {QString::fromLatin1(key),
                       header,
                       QString::fromLatin1(expression),
                       true,
                       false,
                       false,
                       false};
}
// A text column that is never NULL (uid, name, key, hash ...).
ColumnSpec required(const char *key, const char *header, const char *expression)
{
    return ColumnSpec {QString::fromLatin1(key),
                       header,
                       QString::fromLatin1(expression),
                       true,
                       false,
                       false,
                       true};
}
ColumnSpec number(const char *key, const char *header, const char *expression)
{
    return ColumnSpec {QString::fromLatin1(key),
                       header,
                       QString::fromLatin1(expression),
                       false,
                       true,
                       false,
                       true};
}
// When a row was made: shown from expression, sorted and paged by id. (Paging by the timestamp
// itself would not work by key: PostgreSQL keeps microseconds, a QDateTime milliseconds, so a key
// read back and bound again would not be the same key.)
ColumnSpec created(const char *header, const char *expression)
{
    return ColumnSpec {QStringLiteral("created_at"),
                       header,
                       QString::fromLatin1(expression),
                       false,
                       false,
                       true,
                       false,
                       true};
}
// An artifact's key, sorted folder by folder (in the order of their paths), each folder's files by
// name, from the index on (key_folder, key_name).
ColumnSpec key()
{
    // The folder's path by a look-up per row shown, not a join: joined, PostgreSQL would walk the
    // folders in order from the first for every page and look for each one's artifacts.
    ColumnSpec column
        = required("key", QT_TRANSLATE_NOOP("RegistryTables", "Key"),
                   "(SELECT fk.path FROM fd_artifact_folder fk WHERE fk.ord = t.key_folder) "
                   "|| t.key_name");
    column.sortExpressions = {QStringLiteral("t.key_folder"), QStringLiteral("t.key_name")};
    // A word without '/' lies in the name or in the folder: the folders that hold it are found
    // once, instead of joining a million artifacts to their folders.
    column.filterCondition
        = QStringLiteral("(t.key_name%1 OR t.key_folder IN "
                         "(SELECT fo.ord FROM fd_artifact_folder fo WHERE fo.path%1))");
    column.filterConditionWithoutSlashOnly = true;
    return column;
}
// Who made a row, the user's handle; filtered by the users whose handle holds the word.
ColumnSpec createdBy()
{
    ColumnSpec column
        = required("created_by", QT_TRANSLATE_NOOP("RegistryTables", "Created by"), "u.handle");
    column.filterCondition
        = QStringLiteral("t.created_by IN (SELECT fu.id FROM fd_user fu WHERE fu.handle%1)");
    return column;
}
} // namespace

TableSpec features()
{
    return TableSpec {
        RegistryTable::Features,
        QT_TRANSLATE_NOOP("RegistryTables", "Features"),
        QStringLiteral("fd_feature t JOIN fd_user u ON u.id = t.created_by"),
        QStringLiteral("fd_feature t"),
        QStringLiteral("t.id"),
        {
            required("name", QT_TRANSLATE_NOOP("RegistryTables", "Name"), "t.name"),
            text("dtype", QT_TRANSLATE_NOOP("RegistryTables", "Dtype"), "t.dtype"),
            text("unit", QT_TRANSLATE_NOOP("RegistryTables", "Unit"), "t.unit"),
            text("synonyms", QT_TRANSLATE_NOOP("RegistryTables", "Synonyms"), "t.synonyms"),
            text("description", QT_TRANSLATE_NOOP("RegistryTables", "Description"),
                 "t.description"),
            required("uid", QT_TRANSLATE_NOOP("RegistryTables", "UID"), "t.uid"),
            required("created_by", QT_TRANSLATE_NOOP("RegistryTables", "Created by"), "u.handle"),
            created(QT_TRANSLATE_NOOP("RegistryTables", "Created at"), "t.created_at"),
        },
        0};
}

TableSpec featureSets()
{
    return TableSpec {
        RegistryTable::FeatureSets,
        QT_TRANSLATE_NOOP("RegistryTables", "Feature sets"),
        QStringLiteral("fd_feature_set t JOIN fd_user u ON u.id = t.created_by"),
        QStringLiteral("fd_feature_set t"),
        QStringLiteral("t.id"),
        {
            required("name", QT_TRANSLATE_NOOP("RegistryTables", "Name"), "t.name"),
            number("n", QT_TRANSLATE_NOOP("RegistryTables", "Members"), "t.n"),
            text("dtype", QT_TRANSLATE_NOOP("RegistryTables", "Dtype"), "t.dtype"),
            required("registry", QT_TRANSLATE_NOOP("RegistryTables", "Registry"), "t.registry"),
            number("artifacts", QT_TRANSLATE_NOOP("RegistryTables", "Artifacts"),
                   "${ARTIFACTS_OF_SET(t.id)}"),
            required("hash", QT_TRANSLATE_NOOP("RegistryTables", "Hash"), "t.hash"),
            required("uid", QT_TRANSLATE_NOOP("RegistryTables", "UID"), "t.uid"),
            text("description", QT_TRANSLATE_NOOP("RegistryTables", "Description"),
                 "t.description"),
            required("created_by", QT_TRANSLATE_NOOP("RegistryTables", "Created by"), "u.handle"),
            created(QT_TRANSLATE_NOOP("RegistryTables", "Created at"), "t.created_at"),
        },
        0,
        {
            {QStringLiteral("artifact"),
             QT_TRANSLATE_NOOP("RegistryTables", "Sets of the artifact %1"),
             QStringLiteral("t.id IN (SELECT l.feature_set_id FROM fd_artifact_feature_set l "
                            "JOIN fd_artifact a ON a.id = l.artifact_id WHERE a.uid = ?)")},
            {QStringLiteral("feature"),
             QT_TRANSLATE_NOOP("RegistryTables", "Sets with the feature %1"),
             QStringLiteral("t.id IN (SELECT m.feature_set_id FROM fd_feature_set_feature m "
                            "JOIN fd_feature f ON f.id = m.feature_id WHERE f.uid = ?)")},
            {QStringLiteral("gene"), QT_TRANSLATE_NOOP("RegistryTables", "Sets with the gene %1"),
             QStringLiteral("t.id IN (${SETS_WITH_GENE_UID})")},
        }};
}

TableSpec artifacts()
{
    return TableSpec {
        RegistryTable::Artifacts,
        QT_TRANSLATE_NOOP("RegistryTables", "Artifacts"),
        // An artifact was made when its run started (schema step 8); its key is its folder's path
        // and its name (step 9).
        QStringLiteral("fd_artifact t JOIN fd_user u ON u.id = t.created_by "
                       "LEFT JOIN fd_run r ON r.id = t.run_id"),
        QStringLiteral("fd_artifact t"),
        QStringLiteral("t.id"),
        {
            key(),
            required("suffix", QT_TRANSLATE_NOOP("RegistryTables", "Suffix"), "t.suffix"),
            number("size", QT_TRANSLATE_NOOP("RegistryTables", "Size"), "t.size"),
            required("hash", QT_TRANSLATE_NOOP("RegistryTables", "Hash"), "t.hash"),
            required("uid", QT_TRANSLATE_NOOP("RegistryTables", "UID"), "t.uid"),
            text("description", QT_TRANSLATE_NOOP("RegistryTables", "Description"),
                 "t.description"),
            createdBy(),
            created(QT_TRANSLATE_NOOP("RegistryTables", "Created at"), "r.started_at"),
        },
        // Newest first would need a descending default; the key keeps related files together.
        0,
        {
            // By the set's id, resolved once: the planner then knows which set it is. Many
            // artifacts use it: walk the artifacts in sort order and probe each one's links by
            // primary key (SQLite is kept off the set index there with "+"; PostgreSQL needs the
            // column itself, whose statistics tell it that most rows match). Few use it: gather its
            // links from the set index and sort those. The count is the one the link table's
            // triggers keep (schema steps 7 and 10): an artifact holds a set under one slot at
            // most (step 6), so it is the number of links.
            {QStringLiteral("feature_set"),
             QT_TRANSLATE_NOOP("RegistryTables", "Artifacts using the set %1"),
             QStringLiteral(
                 "EXISTS (SELECT 1 FROM fd_artifact_feature_set l WHERE l.artifact_id = t.id "
                 "AND ${UNINDEXED(l.feature_set_id)} = ?)"),
             QStringLiteral("SELECT id FROM fd_feature_set WHERE uid = ?"),
             QStringLiteral("SELECT ${ARTIFACTS_OF_SET(?)}"),
             QStringLiteral("t.id IN (SELECT l.artifact_id FROM fd_artifact_feature_set l WHERE "
                            "l.feature_set_id = ?)")},
        }};
}

TableSpec genes()
{
    return TableSpec {
        RegistryTable::Genes,
        QT_TRANSLATE_NOOP("RegistryTables", "Genes"),
        QStringLiteral("fd_gene t JOIN fd_user u ON u.id = t.created_by "
                       "LEFT JOIN fd_organism o ON o.id = t.organism_id"),
        QStringLiteral("fd_gene t"),
        QStringLiteral("t.id"),
        {
            text("symbol", QT_TRANSLATE_NOOP("RegistryTables", "Symbol"), "t.symbol"),
            text("ensembl_gene_id", QT_TRANSLATE_NOOP("RegistryTables", "Ensembl ID"),
                 "t.ensembl_gene_id"),
            text("ncbi_gene_id", QT_TRANSLATE_NOOP("RegistryTables", "NCBI ID"), "t.ncbi_gene_id"),
            text("biotype", QT_TRANSLATE_NOOP("RegistryTables", "Biotype"), "t.biotype"),
            text("organism", QT_TRANSLATE_NOOP("RegistryTables", "Organism"), "o.name"),
            text("synonyms", QT_TRANSLATE_NOOP("RegistryTables", "Synonyms"), "t.synonyms"),
            text("description", QT_TRANSLATE_NOOP("RegistryTables", "Description"),
                 "t.description"),
            required("uid", QT_TRANSLATE_NOOP("RegistryTables", "UID"), "t.uid"),
        },
        0};
}

QList<TableSpec> all()
{
    return {features(), featureSets(), artifacts(), genes()};
}

} // namespace tables
} // namespace fd
