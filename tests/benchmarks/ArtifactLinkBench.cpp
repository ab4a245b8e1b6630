#include "ArtifactLinkBench.h"

#include "BenchRounds.h"
#include "BenchWatchdog.h"

#include "model/Identity.h"
#include "model/Records.h"
#include "model/artifacts/ArtifactStore.h"
#include "model/db/Registry.h"
#include "model/genes/GeneStore.h"
#include "model/sets/FeatureSetStore.h"

#include "model/db/SqlErrors.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

namespace fd::bench {

namespace {

QString grouped(qint64 value)
{
    QLocale c = QLocale::c();
    c.setNumberOptions({});
    return c.toString(value);
}

void progress(const QString &text)
{
    std::fprintf(stderr, "    %s\n", qPrintable(text));
    std::fflush(stderr);
}

// One timed call of the model, its Status turned into the sample's result.
Result<double> timed(const std::function<Status()> &call)
{
    QElapsedTimer timer;
    timer.start();
    const Status status = call();
    const double ms = msSince(timer);
    if (!status)
        return status.error();
    return ms;
}

} // namespace

ArtifactLinkBench::ArtifactLinkBench(Registry &registry, Options options)
    : m_registry(registry)
    , m_options(options)
{
}

Result<double> ArtifactLinkBench::importGenes(const QString &file)
{
    QElapsedTimer timer;
    timer.start();
    const Result<GeneImportReport> report = GeneStore(m_registry).importFile(file, {});
    if (!report)
        return report.error();
    progress(QStringLiteral("%1 genes imported from %2").arg(report->added).arg(file));
    return msSince(timer);
}

Status ArtifactLinkBench::choosePanel()
{
    const Result<QList<GeneRecord>> genes = GeneStore(m_registry).list(QStringLiteral("human"));
    if (!genes)
        return genes.error();
    QList<GeneRecord> coding;
    for (const GeneRecord &gene : *genes)
        if (gene.biotype == QLatin1StringView("protein-coding"))
            coding.append(gene);
    std::sort(coding.begin(), coding.end(), [](const GeneRecord &a, const GeneRecord &b) {
        return a.symbol != b.symbol ? a.symbol < b.symbol : a.uid < b.uid;
    });
    if (coding.size() < m_options.panelGenes)
        return benchMismatch(QStringLiteral("only %1 protein-coding genes, %2 needed")
                                 .arg(coding.size())
                                 .arg(m_options.panelGenes));
    m_panel.clear();
    for (qsizetype i = 0; i < m_options.panelGenes; ++i)
        m_panel.append(coding.at(i).uid);
    progress(QStringLiteral("panel: %1 protein-coding genes, %2 … %3 (of %4)")
                 .arg(m_panel.size())
                 .arg(coding.constFirst().symbol, coding.at(m_options.panelGenes - 1).symbol)
                 .arg(coding.size()));
    return {};
}

Result<qint64> ArtifactLinkBench::linkCount(const QString &setUid) const
{
    const Result<QVariant> count = benchScalar(
        m_registry,
        QStringLiteral("SELECT COUNT(*) FROM fd_artifact_feature_set l JOIN fd_feature_set s "
                       "ON s.id = l.feature_set_id WHERE s.uid = ?"),
        {setUid});
    if (!count)
        return count.error();
    return count->toLongLong();
}

Status ArtifactLinkBench::analyzeLinks()
{
    if (!m_registry.dialect().isPostgres())
        return {};
    QSqlQuery query(m_registry.database());
    if (!query.exec(QStringLiteral("ANALYZE fd_artifact_feature_set")))
        return sqlError(query, QStringLiteral("analyze fd_artifact_feature_set"));
    return {};
}

Status ArtifactLinkBench::measureSetCreation(QList<Figure> &figures)
{
    const qint64 members = m_panel.size();
    Status done
        = measureRounds(figures, QStringLiteral("set_hash"),
                        QStringLiteral("identity::hashSet of %1 gene uids").arg(grouped(members)),
                        m_options.repeat, [&](Figure &f) -> Result<double> {
                            QElapsedTimer timer;
                            timer.start();
                            const QString hash = identity::hashSet(m_panel);
                            const double ms = msSince(timer);
                            if (hash.size() != 20)
                                return benchMismatch(QStringLiteral("hashSet gave '%1'").arg(hash));
                            f.rows = members;
                            return ms;
                        });
    if (!done)
        return done;

    const NewFeatureSet panel {
        QStringLiteral("bench: %1 genes").arg(grouped(members)), MemberRegistry::Gene, m_panel,
        QStringLiteral("number"),
        QStringLiteral("The first %1 protein-coding human genes by symbol").arg(grouped(members))};
    FeatureSetStore store(m_registry);
    Figure create {
        QStringLiteral("set_create"),
        QStringLiteral("FeatureSetStore::create: %1 genes (members + hash)").arg(grouped(members)),
        {},
        members,
        -1};
    Figure remove {QStringLiteral("set_remove"),
                   QStringLiteral("FeatureSetStore::remove of that set"),
                   {},
                   -1,
                   -1};
    std::fprintf(stderr, "  %-60s", qPrintable(create.label));
    std::fflush(stderr);
    for (int round = 0; round <= m_options.repeat; ++round) {
        QString uid;
        const Result<double> created = timed([&]() -> Status {
            const Result<FeatureSetStore::Created> made = store.create(panel);
            if (!made)
                return made.error();
            uid = made->set.uid;
            if (!made->created || made->set.n != members)
                return benchMismatch(
                    QStringLiteral("create returned an existing set or n = %1").arg(made->set.n));
            return {};
        });
        if (!created)
            return created.error();
        const Result<QVariant> stored = benchScalar(
            m_registry,
            QStringLiteral("SELECT COUNT(*) FROM fd_feature_set_gene m JOIN fd_feature_set s "
                           "ON s.id = m.feature_set_id WHERE s.uid = ?"),
            {uid});
        if (!stored)
            return stored.error();
        if (stored->toLongLong() != members)
            return benchMismatch(
                QStringLiteral("the set holds %1 genes").arg(stored->toLongLong()));
        const Result<double> removed = timed([&] { return store.remove(uid); });
        if (!removed)
            return removed.error();
        if (round > 0) {
            create.samplesMs.append(*created);
            remove.samplesMs.append(*removed);
        }
    }
    std::fprintf(stderr, "%10.1f ms\n", create.medianMs());
    figures << create << remove;

    // The sets that stay: the panel, and a smaller one for "which artifacts use this set".
    const Result<FeatureSetStore::Created> kept = store.create(panel);
    if (!kept)
        return kept.error();
    m_panelSetUid = kept->set.uid;
    const NewFeatureSet small {
        QStringLiteral("bench: %1 genes").arg(grouped(m_options.smallSetGenes)),
        MemberRegistry::Gene, m_panel.mid(0, m_options.smallSetGenes), QStringLiteral("number"),
        QString()};
    const Result<FeatureSetStore::Created> smallSet = store.create(small);
    if (!smallSet)
        return smallSet.error();
    m_smallSetUid = smallSet->set.uid;
    return {};
}

Status ArtifactLinkBench::measureLinking(QList<Figure> &figures, const QStringList &artifactUids,
                                         const std::function<Status()> &afterFirstAttach)
{
    ArtifactStore store(m_registry);
    const qint64 n = artifactUids.size();
    const QString slot = QStringLiteral("columns");
    Figure attach {QStringLiteral("attach_all"),
                   QStringLiteral("ArtifactStore::attach: the set to %1 artifacts").arg(grouped(n)),
                   {},
                   n,
                   -1};
    Figure again {QStringLiteral("reattach_all"),
                  QStringLiteral("  attach the same set again (nothing changes)"),
                  {},
                  n,
                  -1};
    Figure detach {QStringLiteral("detach_all"),
                   QStringLiteral("ArtifactStore::detach: %1 artifacts").arg(grouped(n)),
                   {},
                   n,
                   -1};
    const auto expectLinks = [&](qint64 expected, const QString &after) -> Status {
        const Result<qint64> count = linkCount(m_panelSetUid);
        if (!count)
            return count.error();
        if (*count != expected)
            return benchMismatch(QStringLiteral("%1 links after %2, expected %3")
                                     .arg(*count)
                                     .arg(after)
                                     .arg(expected));
        return {};
    };
    for (int round = 0; round <= m_options.repeat; ++round) {
        const Result<double> attached
            = timed([&] { return store.attach(artifactUids, slot, m_panelSetUid); });
        if (!attached)
            return attached.error();
        if (Status ok = expectLinks(n, QStringLiteral("attach")); !ok)
            return ok;
        if (Status ok = analyzeLinks(); !ok)
            return ok;
        if (round == 0 && afterFirstAttach)
            if (Status ok = afterFirstAttach(); !ok)
                return ok;
        const Result<double> reattached
            = timed([&] { return store.attach(artifactUids, slot, m_panelSetUid); });
        if (!reattached)
            return reattached.error();
        if (Status ok = expectLinks(n, QStringLiteral("attaching again")); !ok)
            return ok;
        const Result<double> detached = timed([&] { return store.detach(artifactUids, slot); });
        if (!detached)
            return detached.error();
        if (Status ok = expectLinks(0, QStringLiteral("detach")); !ok)
            return ok;
        if (Status ok = analyzeLinks(); !ok)
            return ok;
        progress(QStringLiteral("round %1%2: attach %3 ms, again %4 ms, detach %5 ms")
                     .arg(round)
                     .arg(round == 0 ? QStringLiteral(" (warm-up)") : QString())
                     .arg(*attached, 0, 'f', 0)
                     .arg(*reattached, 0, 'f', 0)
                     .arg(*detached, 0, 'f', 0));
        if (round > 0) {
            attach.samplesMs.append(*attached);
            again.samplesMs.append(*reattached);
            detach.samplesMs.append(*detached);
        }
    }
    figures << attach << again << detach;

    const Result<double> final
        = timed([&] { return store.attach(artifactUids, slot, m_panelSetUid); });
    if (!final)
        return final.error();
    m_finalAttachMs = *final;
    if (Status ok = expectLinks(n, QStringLiteral("the last attach")); !ok)
        return ok;
    if (Status ok = analyzeLinks(); !ok)
        return ok;
    progress(QStringLiteral("attached for good: %1 ms").arg(*final, 0, 'f', 0));
    return linkSmallSet(figures, artifactUids);
}

Status ArtifactLinkBench::linkSmallSet(QList<Figure> &figures, const QStringList &artifactUids)
{
    QStringList some;
    for (qsizetype i = 0; i < artifactUids.size(); i += m_options.smallSetEvery)
        some.append(artifactUids.at(i));
    m_smallSetUsers = some.size();
    ArtifactStore store(m_registry);
    const QString slot = QStringLiteral("obs");
    Figure detach {QStringLiteral("detach_small"),
                   QStringLiteral("  detach it again"),
                   {},
                   m_smallSetUsers,
                   -1};
    Status done = measureRounds(
        figures, QStringLiteral("attach_small"),
        QStringLiteral("ArtifactStore::attach: another set to %1 artifacts ('obs')")
            .arg(grouped(m_smallSetUsers)),
        m_options.repeat, [&](Figure &f) -> Result<double> {
            const Result<double> attached
                = timed([&] { return store.attach(some, slot, m_smallSetUid); });
            if (!attached)
                return attached;
            const Result<qint64> count = linkCount(m_smallSetUid);
            if (!count)
                return count.error();
            if (*count != m_smallSetUsers)
                return benchMismatch(QStringLiteral("%1 links of the small set").arg(*count));
            f.rows = *count;
            const Result<double> detached = timed([&] { return store.detach(some, slot); });
            if (!detached)
                return detached;
            detach.samplesMs.append(*detached); // the warm-up's is dropped below
            return attached;
        });
    if (!done)
        return done;
    detach.samplesMs.removeFirst();
    figures << detach;
    return store.attach(some, slot, m_smallSetUid);
}

Status ArtifactLinkBench::measureStaleStatistics(QList<Figure> &figures,
                                                 const QStringList &artifactUids, double capSeconds,
                                                 QStringList *stopped)
{
    if (!m_registry.dialect().isPostgres())
        return {};
    ArtifactStore store(m_registry);
    const QString slot = QStringLiteral("columns");
    const qint64 n = artifactUids.size();
    // The statistics of an empty link table: everything detached, then analyzed.
    if (Status ok = store.detach(artifactUids, slot); !ok)
        return ok;
    if (Status ok = analyzeLinks(); !ok)
        return ok;
    BenchWatchdog watchdog(m_registry, capSeconds);
    const auto step = [&](const QString &id, const QString &label,
                          const std::function<Status()> &call) -> Status {
        std::fprintf(stderr, "  %-60s", qPrintable(label));
        std::fflush(stderr);
        if (Status armed = watchdog.arm(); !armed)
            return armed;
        QElapsedTimer timer;
        timer.start();
        const Status status = call();
        const double ms = msSince(timer);
        watchdog.disarm();
        Figure figure {id, label, {ms}, n, -1};
        if (watchdog.fired()) {
            figure.label += QStringLiteral(" [stopped]");
            stopped->append(id);
            std::fprintf(stderr, "stopped after %.1f s\n", ms / 1000.0);
        } else if (!status) {
            std::fprintf(stderr, "failed\n");
            return status;
        } else {
            std::fprintf(stderr, "%10.1f ms\n", ms);
        }
        figures.append(figure);
        return {};
    };
    // A step stopped at the cap was rolled back; the steps after it would not start from the
    // state they expect, so they are left out.
    Status done = step(QStringLiteral("stale_attach"),
                       QStringLiteral("stale statistics: attach to %1 artifacts").arg(grouped(n)),
                       [&] { return store.attach(artifactUids, slot, m_panelSetUid); });
    if (done && !watchdog.fired())
        done = step(QStringLiteral("stale_reattach"),
                    QStringLiteral("stale statistics: attach again"),
                    [&] { return store.attach(artifactUids, slot, m_panelSetUid); });
    if (done && !watchdog.fired())
        done = step(QStringLiteral("stale_detach"),
                    QStringLiteral("stale statistics: detach %1 artifacts").arg(grouped(n)),
                    [&] { return store.detach(artifactUids, slot); });
    if (!done)
        return done;
    // Back to every artifact attached, with current statistics, for the views.
    if (Status ok = analyzeLinks(); !ok)
        return ok;
    const Result<qint64> count = linkCount(m_panelSetUid);
    if (!count)
        return count.error();
    if (*count == 0)
        if (Status ok = store.attach(artifactUids, slot, m_panelSetUid); !ok)
            return ok;
    return analyzeLinks();
}

} // namespace fd::bench
