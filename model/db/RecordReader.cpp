#include "model/db/RecordReader.h"

#include "model/Records.h"
#include "model/genes/GeneRecord.h"

#include <QSqlQuery>
#include <QVariant>

namespace fd {

namespace {

// A "|"-separated list as the registry stores it (synonyms, further Ensembl ids).
QStringList splitList(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('|'));
}

} // namespace

const RecordReader::Select &RecordReader::features()
{
    static const Select select {
        QStringLiteral("f.id, f.uid, f.name, f.dtype, f.unit, f.description, f.synonyms, "
                       "f.created_at, u.handle"),
        QStringLiteral("fd_feature f JOIN fd_user u ON u.id = f.created_by")};
    return select;
}

FeatureRecord RecordReader::feature(const QSqlQuery &query)
{
    FeatureRecord record;
    record.id = query.value(0).toLongLong();
    record.uid = query.value(1).toString();
    record.name = query.value(2).toString();
    record.dtype = query.value(3).toString();
    record.unit = query.value(4).toString();
    record.description = query.value(5).toString();
    record.synonyms = splitList(query.value(6).toString());
    record.createdAt = query.value(7).toDateTime();
    record.createdBy = query.value(8).toString();
    return record;
}

const RecordReader::Select &RecordReader::featureSets()
{
    static const Select select {
        QStringLiteral("s.id, s.uid, s.name, s.n, s.dtype, s.registry, s.hash, s.description, "
                       "s.created_at, u.handle, ${ARTIFACTS_OF_SET(s.id)}"),
        QStringLiteral("fd_feature_set s JOIN fd_user u ON u.id = s.created_by")};
    return select;
}

FeatureSetRecord RecordReader::featureSet(const QSqlQuery &query)
{
    FeatureSetRecord record;
    record.id = query.value(0).toLongLong();
    record.uid = query.value(1).toString();
    record.name = query.value(2).toString();
    record.n = query.value(3).toLongLong();
    record.dtype = query.value(4).toString();
    parseMemberRegistry(query.value(5).toString(), &record.registry);
    record.hash = query.value(6).toString();
    record.description = query.value(7).toString();
    record.createdAt = query.value(8).toDateTime();
    record.createdBy = query.value(9).toString();
    record.artifactCount = query.value(10).toLongLong();
    return record;
}

const RecordReader::Select &RecordReader::artifacts()
{
    static const Select select {
        QStringLiteral("a.id, a.uid, f.path || a.key_name, a.suffix, a.size, a.hash, a.hash_type, "
                       "r.started_at, u.handle"),
        QStringLiteral("fd_artifact a JOIN fd_artifact_folder f ON f.ord = a.key_folder "
                       "JOIN fd_user u ON u.id = a.created_by "
                       "LEFT JOIN fd_run r ON r.id = a.run_id")};
    return select;
}

ArtifactRecord RecordReader::artifact(const QSqlQuery &query)
{
    ArtifactRecord record;
    record.id = query.value(0).toLongLong();
    record.uid = query.value(1).toString();
    record.key = query.value(2).toString();
    record.suffix = query.value(3).toString();
    record.size = query.value(4).toLongLong();
    record.hash = query.value(5).toString();
    record.hashType = query.value(6).toString();
    record.createdAt = query.value(7).toDateTime();
    record.createdBy = query.value(8).toString();
    return record;
}

const RecordReader::Select &RecordReader::genes()
{
    static const Select select {
        QStringLiteral("g.id, g.uid, g.symbol, g.ensembl_gene_id, g.ncbi_gene_id, g.biotype, "
                       "g.description, g.synonyms, g.other_ensembl_gene_ids, g.organism_id, "
                       "o.name"),
        QStringLiteral("fd_gene g LEFT JOIN fd_organism o ON o.id = g.organism_id")};
    return select;
}

GeneRecord RecordReader::gene(const QSqlQuery &query)
{
    GeneRecord gene;
    gene.id = query.value(0).toLongLong();
    gene.uid = query.value(1).toString();
    gene.symbol = query.value(2).toString();
    gene.ensemblGeneId = query.value(3).toString();
    gene.ncbiGeneId = query.value(4).toString();
    gene.biotype = query.value(5).toString();
    gene.description = query.value(6).toString();
    gene.synonyms = splitList(query.value(7).toString());
    gene.otherEnsemblGeneIds = splitList(query.value(8).toString());
    gene.organismId = query.value(9).isNull() ? -1 : query.value(9).toLongLong();
    gene.organism = query.value(10).toString();
    return gene;
}

} // namespace fd
