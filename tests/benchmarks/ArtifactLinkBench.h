#pragma once

#include "BenchFigure.h"

#include "model/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace fd {
class Registry;
}

namespace fd::bench {

// Times what issue 7 asks of writing: a 20,000-gene set made with FeatureSetStore::create (members
// and hash, one transaction), and one set attached to a million artifacts with ArtifactStore
// (attach, attaching again, detach). Everything goes through the model's own code; SQL here only
// sets up and checks.
class ArtifactLinkBench
{
public:
    struct Options
    {
        int panelGenes = 20'000; // members of the set every artifact uses
        int smallSetGenes = 1'000; // members of the second set (the first genes of the panel)
        qint64 smallSetEvery = 1'000; // the second set goes to every n-th artifact
        int repeat = 3;
    };

    ArtifactLinkBench(Registry &registry, Options options);

    // GeneStore::importFile of the NCBI file; the time in ms (set-up, not a figure).
    Result<double> importGenes(const QString &file);

    // The panel: the first panelGenes protein-coding genes ordered by symbol, then uid (read with
    // GeneStore::list, sorted here so that both backends pick the same genes).
    Status choosePanel();

    // identity::hashSet alone, then FeatureSetStore::create of the panel on a registry without
    // it, each round followed by FeatureSetStore::remove (timed too). Leaves the panel set and the
    // small set in the registry.
    Status measureSetCreation(QList<Figure> &figures);

    // Attaches the panel set to every artifact under "columns", attaches it again (nothing
    // changes), detaches it; one warm-up round, then `repeat`. afterFirstAttach runs once, after
    // the warm-up round's attach (for the registry's size). Then attaches for good, and the small
    // set to every smallSetEvery-th artifact under "obs" (timed the same way, with detach).
    Status measureLinking(QList<Figure> &figures, const QStringList &artifactUids,
                          const std::function<Status()> &afterFirstAttach);

    // PostgreSQL only: the attach/detach cycle again with the link table's statistics taken while
    // it was empty (what autovacuum leaves after a detach of everything), each step stopped after
    // capSeconds. Leaves every artifact attached to the panel set, statistics current.
    Status measureStaleStatistics(QList<Figure> &figures, const QStringList &artifactUids,
                                  double capSeconds, QStringList *stopped);

    QString panelSetUid() const { return m_panelSetUid; }
    QString smallSetUid() const { return m_smallSetUid; }
    qint64 smallSetUsers() const { return m_smallSetUsers; }
    double finalAttachMs() const { return m_finalAttachMs; }

private:
    Result<qint64> linkCount(const QString &setUid) const;
    // PostgreSQL: ANALYZE fd_artifact_feature_set, so that the next step is planned on what the
    // table holds (autovacuum does it too, a minute or so later, and not at a moment of our
    // choosing).
    Status analyzeLinks();
    Status linkSmallSet(QList<Figure> &figures, const QStringList &artifactUids);

    Registry &m_registry;
    Options m_options;
    QStringList m_panel;
    QString m_panelSetUid;
    QString m_smallSetUid;
    qint64 m_smallSetUsers = 0;
    double m_finalAttachMs = -1;
};

} // namespace fd::bench
