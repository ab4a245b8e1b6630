#pragma once

#include "model/Result.h"

#include <QString>

namespace fd {
class Registry;
}

namespace fd::bench {

// Fills an empty registry with a realistic amount of data for the registry-view benchmark:
// `features` features, one feature set holding all of them, and `artifacts` artifacts, each linked
// to that set under the slot "columns". With features = 0 there are no features and no set; with
// link = false the artifacts are left unlinked (bench_artifacts links them through ArtifactStore).
//
// Keys look like "raw/<assay>/<yyyy-mm>/plate-<nnn>/sample-<nnnnnnn><suffix>", with ten assays in
// turn, so one assay name (say "proteomics") matches 10% of the artifacts and one sample number
// exactly one, and key order differs from insertion order as it would in a real lab.
class RegistryFiller
{
public:
    struct Options
    {
        qint64 artifacts = 1'000'000;
        int features = 20'000;
        int chunk
            = 5'000; // rows per execBatch (SQLite) or rows per multi-row INSERT / 5 (PostgreSQL)
        bool link = true; // false: no fd_artifact_feature_set rows
    };

    struct Timings
    {
        double featuresMs = 0; // fd_feature rows, one transaction
        double featureSetMs = 0; // FeatureSetStore::create with every feature as a member
        double artifactsMs = 0; // fd_artifact rows ...
        double linksMs = 0; // ... and fd_artifact_feature_set rows, one transaction together
        double analyzeMs = 0; // PostgreSQL only: ANALYZE, as autovacuum would do soon after
        qint64 featureSetId = -1;
        double totalMs() const
        {
            return featuresMs + featureSetMs + artifactsMs + linksMs + analyzeMs;
        }
    };

    RegistryFiller(Registry &registry, Options options);

    // Reports progress on stderr; fails on the first database error, rolling back that step.
    Result<Timings> fill();

    // The words the benchmark filters with: one matching a single artifact, one matching 10%.
    static QString wordMatchingOne(qint64 artifacts);
    static QString wordMatchingTenPercent();
    static QString featureSetName();

private:
    Status insertFeatures(qint64 runId);
    Result<qint64> createFeatureSet();
    Status insertArtifacts(qint64 runId);
    Status linkArtifacts(qint64 runId, qint64 featureSetId);

    Registry &m_registry;
    Options m_options;
};

// The version of the database a benchmark's registry is on ("3.40.1", "15.18 (Debian …)"), for
// its report; empty when it cannot be asked.
QString serverVersion(Registry &registry);

} // namespace fd::bench
