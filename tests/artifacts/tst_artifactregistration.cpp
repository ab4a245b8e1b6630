// Registering dropped files and folders on SQLite and PostgreSQL: keys relative to the folder,
// content registered once, each file's columns set inferred from its header and shared by files
// with the same header, and what is reported instead of dropped; AnnData .h5ad files (the fixtures
// anndata wrote) with their var and obs sets.

#include "model/Identity.h"
#include "model/artifacts/ArtifactRegistration.h"
#include "model/artifacts/ArtifactRegistrationJob.h"
#include "model/artifacts/ArtifactStore.h"
#include "model/db/Registry.h"
#include "model/features/FeatureStore.h"
#include "model/genes/GeneStore.h"
#include "model/sets/FeatureSetStore.h"
#include "model/validation/CurationStore.h"
#include "tests/support/BackendTest.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>

#include <algorithm>

using namespace fd;
using namespace Qt::StringLiterals;

class TestArtifactRegistration : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<Registry> m_registry;
    QString m_folder;

    void write(const QString &relative, const QByteArray &content)
    {
        const QString path = m_folder + QLatin1Char('/') + relative;
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }

    qint64 count(const QString &table)
    {
        return test::scalar(m_registry->database(),
                            QStringLiteral("SELECT COUNT(*) FROM ") + table);
    }

    void importGenes(const QString &organism, const QByteArray &rows)
    {
        const QString path = m_registries.tempPath(organism + u"-genes.tsv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray content = "Gene stable ID\tGene name\tNCBI gene (formerly Entrezgene) "
                                   "ID\tGene Synonym\n"
            + rows;
        QCOMPARE(file.write(content), content.size());
        file.close();
        GeneStore::ImportOptions options;
        options.organism = organism;
        FD_VERIFY_OK(GeneStore(*m_registry).importFile(path, options));
    }

    // The uids the registry gives the rows a query selects (one text column).
    QStringList uidsOf(const QString &sql)
    {
        QSqlQuery query(m_registry->database());
        if (!query.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        QStringList uids;
        while (query.next())
            uids.append(query.value(0).toString());
        uids.sort();
        return uids;
    }

    QStringList memberUids(const QString &setUid)
    {
        const Result<QList<SetMember>> members = FeatureSetStore(*m_registry).members(setUid);
        if (!members)
            qFatal("%s", qPrintable(members.error().message));
        QStringList uids;
        for (const SetMember &member : *members)
            uids.append(member.uid);
        uids.sort();
        return uids;
    }

    static QString fixture(const QString &name)
    {
        return QFINDTESTDATA(u"../fixtures/h5ad/"_s + name);
    }

    const ArtifactRegistration::FileOutcome *byKey(const ArtifactRegistration::Outcome &outcome,
                                                   const QString &key)
    {
        for (const ArtifactRegistration::FileOutcome &file : outcome.files)
            if (file.key == key)
                return &file;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void init()
    {
        FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry);
        FeatureStore features(*m_registry);
        for (const auto &[name, dtype] :
             {std::pair {"cell_type", "cat"}, std::pair {"dose_mg", "float"},
              std::pair {"batch", "cat"}})
            FD_VERIFY_OK(
                features.add({QString::fromLatin1(name), QString::fromLatin1(dtype), {}, {}, {}}));
        m_folder = m_registries.tempPath(QStringLiteral("week48"));
        QDir(m_folder).removeRecursively();
        // Three sheets with one header (one of them twice, under another name), one with another
        // header, one whose columns are no features, a binary file that is not imported.
        write(QStringLiteral("plate1.csv"), "cell_type,dose_mg,operator\nT,1,ann\n");
        write(QStringLiteral("plate2.csv"), "cell_type,dose_mg,operator\nB,2,bob\n");
        write(QStringLiteral("sub/plate3.csv"), "cell_type,dose_mg,operator\nNK,3,cy\n");
        write(QStringLiteral("sub/plate3-copy.csv"), "cell_type,dose_mg,operator\nNK,3,cy\n");
        write(QStringLiteral("batches.tsv"), "batch\tcell_type\nb1\tT\n");
        write(QStringLiteral("notes.csv"), "remark,when\nfine,today\n");
        write(QStringLiteral("image.png"), QByteArray("\x89PNG\r\n", 6));
    }

    void cleanup() { m_registry.reset(); }

    void registersAFolderWithColumnsSets()
    {
        QStringList skipped;
        const QList<ArtifactRegistration::Source> sources
            = ArtifactRegistration::sourcesOf({m_folder}, &skipped);
        QCOMPARE(sources.size(), 6);
        QStringList keys;
        for (const ArtifactRegistration::Source &source : sources)
            keys.append(source.key);
        QVERIFY2(keys.contains(QStringLiteral("sub/plate3.csv")),
                 qPrintable(keys.join(QLatin1Char(' '))));
        QVERIFY(!keys.contains(QStringLiteral("image.png")));

        ArtifactRegistration::Options options;
        options.inferColumns = true;
        const qint64 runsBefore = count(QStringLiteral("fd_run"));
        const Result<ArtifactRegistration::Outcome> outcome
            = ArtifactRegistration::run(*m_registry, sources, options);
        FD_VERIFY_OK(outcome);
        QCOMPARE(outcome->files.size(), 6);
        QCOMPARE(outcome->created, 5); // the copy has plate3's content
        QCOMPARE(outcome->recognised, 1);
        QCOMPARE(outcome->failed, 0);
        QCOMPARE(count(QStringLiteral("fd_artifact")), 5);
        // Two sets: {cell_type, dose_mg} for the plates, {batch, cell_type} for batches.tsv.
        QCOMPARE(outcome->setsCreated, 2);
        QCOMPARE(count(QStringLiteral("fd_feature_set")), 2);
        const auto *plate1 = byKey(*outcome, QStringLiteral("plate1.csv"));
        const auto *plate3 = byKey(*outcome, QStringLiteral("sub/plate3.csv"));
        const auto *copy = byKey(*outcome, QStringLiteral("sub/plate3-copy.csv"));
        const auto *batches = byKey(*outcome, QStringLiteral("batches.tsv"));
        const auto *notes = byKey(*outcome, QStringLiteral("notes.csv"));
        QVERIFY(plate1 && plate3 && copy && batches && notes);
        QCOMPARE(plate1->members, 2);
        QCOMPARE(plate1->leftOut.size(), 1);
        QVERIFY(plate1->leftOut.constFirst().contains(QStringLiteral("operator")));
        // For the window's report, the status as the review names it.
        QCOMPARE(plate1->leftOutInWords, QStringList {QStringLiteral("operator: not validated")});
        QCOMPARE(plate3->setUid, plate1->setUid);
        QCOMPARE(copy->uid, plate3->uid);
        QVERIFY(copy->created != plate3->created); // whichever comes first is registered
        QVERIFY(batches->setUid != plate1->setUid);
        QVERIFY(plate1->attached && batches->attached);
        QVERIFY(notes->setUid.isEmpty());
        QVERIFY(!notes->attached);
        QVERIFY(notes->error.contains(QStringLiteral("none of its 2 columns")));
        QVERIFY(!notes->uid.isEmpty()); // registered all the same
        QCOMPARE(outcome->attached, 5); // four plates (the copy is plate3) and batches.tsv
        QCOMPARE(count(QStringLiteral("fd_artifact_feature_set")), 4);
        QCOMPARE(FeatureSetStore(*m_registry).findByUid(plate1->setUid)->artifactCount, 3);
        QCOMPARE(ArtifactStore(*m_registry).findByUid(plate1->uid)->key,
                 QStringLiteral("plate1.csv"));
        QCOMPARE(ArtifactStore(*m_registry).findByUid(plate3->uid)->key,
                 plate3->created ? plate3->key : copy->key);
        // One registration run, one per set created, one per attach.
        QCOMPARE(count(QStringLiteral("fd_run")), runsBefore + 1 + 2 + 2);

        // Again: everything recognised, nothing new, nothing doubled.
        const Result<ArtifactRegistration::Outcome> again
            = ArtifactRegistration::run(*m_registry, sources, options);
        FD_VERIFY_OK(again);
        QCOMPARE(again->created, 0);
        QCOMPARE(again->recognised, 6);
        QCOMPARE(again->setsCreated, 0);
        QCOMPARE(again->attached, 5);
        QCOMPARE(count(QStringLiteral("fd_artifact")), 5);
        QCOMPARE(count(QStringLiteral("fd_artifact_feature_set")), 4);
    }

    // A file registered before with another columns set keeps it; the others still get theirs.
    // The set a file gets is the set its review resolves to: the saved curation of its header
    // (renames count, ignored columns and dtype mismatches are left out, with why), the same for
    // next week's file with that header, under a name that says what the set is.
    void curatesAsTheReviewDid()
    {
        const QByteArray header = "Dose (mg),cell_type,operator,batch\n";
        write(QStringLiteral("samples.csv"), header + "1.5,T,ann,2.5\n");
        write(QStringLiteral("samples_week2.csv"), header + "2.5,B,bob,3.5\n");
        write(QStringLiteral("other.csv"), "Dose (mg),cell_type\n1.5,T\n");
        const QStringList names = {QStringLiteral("Dose (mg)"), QStringLiteral("cell_type"),
                                   QStringLiteral("operator"), QStringLiteral("batch")};
        const Result<qint64> run
            = m_registry->startRun(QStringLiteral("curation.apply"), QStringLiteral("test"));
        FD_VERIFY_OK(run);
        FD_VERIFY_OK(CurationStore(*m_registry)
                         .saveApplied(CurationStore::Key::forColumnNames(names),
                                      {{QStringLiteral("Dose (mg)"),
                                        CurationDecision::rename(QStringLiteral("dose_mg"))},
                                       {QStringLiteral("operator"), CurationDecision::ignore()}},
                                      QStringLiteral("samples.csv"), *run));

        ArtifactRegistration::Options options;
        options.inferColumns = true;
        const QStringList paths = {m_folder + QStringLiteral("/samples.csv"),
                                   m_folder + QStringLiteral("/samples_week2.csv"),
                                   m_folder + QStringLiteral("/other.csv")};
        const Result<ArtifactRegistration::Outcome> outcome = ArtifactRegistration::run(
            *m_registry, ArtifactRegistration::sourcesOf(paths), options);
        FD_VERIFY_OK(outcome);
        const auto *first = byKey(*outcome, QStringLiteral("samples.csv"));
        const auto *second = byKey(*outcome, QStringLiteral("samples_week2.csv"));
        const auto *other = byKey(*outcome, QStringLiteral("other.csv"));
        QVERIFY(first && second && other);
        QCOMPARE(first->members, 2); // dose_mg (renamed) and cell_type
        QCOMPARE(first->decisions, 2);
        QCOMPARE(first->decisionsFrom, QStringLiteral("samples.csv"));
        QVERIFY(!first->decisionsDraft);
        QCOMPARE(first->leftOut.size(), 2);
        QVERIFY2(first->leftOut.at(0).startsWith(QStringLiteral("operator: ignored")),
                 qPrintable(first->leftOut.join(QLatin1Char('|'))));
        QVERIFY(first->leftOut.at(1).startsWith(QStringLiteral("batch: ")));
        QCOMPARE(second->setUid, first->setUid);
        QCOMPARE(second->decisionsFrom, QStringLiteral("samples.csv"));
        QVERIFY(first->attached && second->attached);
        // Another header has no curation: exact names only, so only cell_type.
        QCOMPARE(other->members, 1);
        QCOMPARE(other->decisions, 0);
        QVERIFY(other->setUid != first->setUid);

        const Result<FeatureSetRecord> set = FeatureSetStore(*m_registry).findByUid(first->setUid);
        FD_VERIFY_OK(set);
        QCOMPARE(set->name, QStringLiteral("columns: 2 features, ") + set->hash);
        QCOMPARE(set->artifactCount, 2);
        const FeatureRecord dose = *FeatureStore(*m_registry).findByName(QStringLiteral("dose_mg"));
        const FeatureRecord cellType
            = *FeatureStore(*m_registry).findByName(QStringLiteral("cell_type"));
        QCOMPARE(set->hash, identity::hashSet({dose.uid, cellType.uid}));
    }

    // The review's Register: its decisions written first (a new feature, a synonym), kept as the
    // file's curation, and the set made with what they wrote, all in one transaction.
    void appliesTheReviewsDecisions()
    {
        write(QStringLiteral("sheet.csv"), "Dose (mg),cell_type,operator\n1.5,T,ann\n");
        ArtifactRegistration::Options options;
        options.inferColumns = true;
        options.slot = QStringLiteral("obs");
        options.applyDecisions = true;
        options.source = QStringLiteral("sheet.csv");
        options.setName = QStringLiteral("sheet panel");
        options.decisions = QList<ValueDecision> {
            {QStringLiteral("Dose (mg)"), CurationDecision::addSynonym(QStringLiteral("dose_mg"))},
            {QStringLiteral("operator"),
             CurationDecision::addFeature(QStringLiteral("operator"), QStringLiteral("str"))}};
        const Result<ArtifactRegistration::Outcome> outcome = ArtifactRegistration::run(
            *m_registry, ArtifactRegistration::sourcesOf({m_folder + QStringLiteral("/sheet.csv")}),
            options);
        FD_VERIFY_OK(outcome);
        QVERIFY(outcome->applied.has_value());
        QCOMPARE(outcome->applied->featuresAdded, QStringList {QStringLiteral("operator")});
        QCOMPARE(outcome->applied->synonymsAdded.size(), 1);
        const auto &file = outcome->files.constFirst();
        QCOMPARE(file.members, 3);
        QVERIFY2(file.leftOut.isEmpty(), qPrintable(file.leftOut.join(QLatin1Char('|'))));
        QVERIFY(file.attached);
        const Result<FeatureSetRecord> set = FeatureSetStore(*m_registry).findByUid(file.setUid);
        FD_VERIFY_OK(set);
        QCOMPARE(set->name, QStringLiteral("sheet panel"));
        QCOMPARE(ArtifactStore(*m_registry).findByUid(file.uid)->slots.value(QStringLiteral("obs")),
                 file.setUid);
        // Kept as applied: the synonym is now a rename, the feature validates by itself.
        const auto saved = CurationStore(*m_registry)
                               .load(CurationStore::Key::forColumnNames(
                                   {QStringLiteral("Dose (mg)"), QStringLiteral("cell_type"),
                                    QStringLiteral("operator")}));
        FD_VERIFY_OK(saved);
        QVERIFY(saved->has_value());
        QVERIFY(!(*saved)->draft);
        QCOMPARE((*saved)->appliedRunId, outcome->applied->runId);
        QCOMPARE((*saved)->decisions.size(), 1);
        QCOMPARE((*saved)->decisions.at(0).decision,
                 CurationDecision::rename(QStringLiteral("dose_mg")));
    }

    // A conflicting decision (a feature that exists) writes nothing at all: no artifact either.
    void aRefusedDecisionWritesNothing()
    {
        write(QStringLiteral("sheet.csv"), "batch,cell_type\nb1,T\n");
        ArtifactRegistration::Options options;
        options.inferColumns = true;
        options.applyDecisions = true;
        options.decisions = QList<ValueDecision> {
            {QStringLiteral("batch"),
             CurationDecision::addFeature(QStringLiteral("cell_type"), QStringLiteral("str"))}};
        const qint64 artifacts = count(QStringLiteral("fd_artifact"));
        const Result<ArtifactRegistration::Outcome> outcome = ArtifactRegistration::run(
            *m_registry, ArtifactRegistration::sourcesOf({m_folder + QStringLiteral("/sheet.csv")}),
            options);
        QVERIFY(!outcome);
        QCOMPARE(count(QStringLiteral("fd_artifact")), artifacts);
        QCOMPARE(count(QStringLiteral("fd_curation")), 0);
        QCOMPARE(count(QStringLiteral("fd_feature_set")), 0);
    }

    // A set given (the review of a column's values): attached to the file under the slot, and
    // the review's decisions kept under the curation named, in the same transaction.
    void attachesAGivenSet()
    {
        write(QStringLiteral("panel.csv"), "gene,count\nTP53,1\n");
        const FeatureRecord dose = *FeatureStore(*m_registry).findByName(QStringLiteral("dose_mg"));
        ArtifactRegistration::Options options;
        options.slot = QStringLiteral("var");
        NewFeatureSet given;
        given.memberUids = {dose.uid};
        options.set = given;
        options.applyDecisions = true;
        options.source = QStringLiteral("panel.csv");
        options.decisions
            = QList<ValueDecision> {{QStringLiteral("dose"), CurationDecision::ignore()}};
        const auto key
            = CurationStore::Key::forValues({QStringLiteral("gene"), QStringLiteral("count")},
                                            QStringLiteral("gene"), ValidationField::FeatureName);
        options.curation = key;
        const Result<ArtifactRegistration::Outcome> outcome = ArtifactRegistration::run(
            *m_registry, ArtifactRegistration::sourcesOf({m_folder + QStringLiteral("/panel.csv")}),
            options);
        FD_VERIFY_OK(outcome);
        const auto &file = outcome->files.constFirst();
        QVERIFY(file.attached);
        QCOMPARE(file.members, 1);
        const Result<FeatureSetRecord> set = FeatureSetStore(*m_registry).findByUid(file.setUid);
        FD_VERIFY_OK(set);
        QCOMPARE(set->name, QStringLiteral("var: 1 feature, ") + set->hash);
        QCOMPARE(ArtifactStore(*m_registry).findByUid(file.uid)->slots.value(QStringLiteral("var")),
                 file.setUid);
        const auto saved = CurationStore(*m_registry).load(key);
        FD_VERIFY_OK(saved);
        QVERIFY(saved->has_value());
        QCOMPARE((*saved)->decisions.size(), 1);
        QCOMPARE((*saved)->appliedRunId, outcome->applied->runId);
    }

    void keepsASlotThatHoldsAnotherSet()
    {
        ArtifactStore artifacts(*m_registry);
        const QString plate2
            = artifacts.registerFile(m_folder + QStringLiteral("/plate2.csv"))->artifact.uid;
        const QString other
            = FeatureSetStore(*m_registry)
                  .create({QStringLiteral("batch only"),
                           MemberRegistry::Feature,
                           {FeatureStore(*m_registry).findByName(QStringLiteral("batch"))->uid},
                           {},
                           {}})
                  ->set.uid;
        FD_VERIFY_OK(artifacts.attach({plate2}, QStringLiteral("columns"), other));
        ArtifactRegistration::Options options;
        options.inferColumns = true;
        const Result<ArtifactRegistration::Outcome> outcome = ArtifactRegistration::run(
            *m_registry, ArtifactRegistration::sourcesOf({m_folder}), options);
        FD_VERIFY_OK(outcome);
        const auto *file = byKey(*outcome, QStringLiteral("plate2.csv"));
        QVERIFY(file && !file->attached);
        QVERIFY2(file->error.contains(QStringLiteral("another set")), qPrintable(file->error));
        QCOMPARE(artifacts.findByUid(plate2)->slots.value(QStringLiteral("columns")), other);
        QVERIFY(byKey(*outcome, QStringLiteral("plate1.csv"))->attached);
        QCOMPARE(outcome->attached, 4);
    }

    // Artifacts, sets and links are one transaction: a failure of the registry while the sets are
    // written (here a trigger standing in for a full disk) undoes the artifacts too.
    void failureOfTheRegistryUndoesEverything()
    {
        QSqlQuery query(m_registry->database());
        if (m_registry->dialect().isPostgres()) {
            QVERIFY2(
                query.exec(QStringLiteral(
                    "CREATE FUNCTION fd_test_no_space() RETURNS trigger LANGUAGE plpgsql AS "
                    "$$BEGIN RAISE EXCEPTION 'no space left' USING ERRCODE = 'disk_full'; END$$")),
                qPrintable(query.lastError().text()));
            QVERIFY2(query.exec(QStringLiteral(
                         "CREATE TRIGGER fd_test_no_space AFTER INSERT ON fd_feature_set "
                         "FOR EACH ROW EXECUTE FUNCTION fd_test_no_space()")),
                     qPrintable(query.lastError().text()));
        } else {
            // This connection's only; the function does not exist, so the insert fails.
            QVERIFY2(query.exec(QStringLiteral(
                         "CREATE TEMP TRIGGER fd_test_no_space AFTER INSERT ON "
                         "main.fd_feature_set BEGIN SELECT fd_test_no_such_function(); END")),
                     qPrintable(query.lastError().text()));
        }
        const qint64 runs = count(QStringLiteral("fd_run"));
        ArtifactRegistration::Options options;
        options.inferColumns = true;
        const Result<ArtifactRegistration::Outcome> outcome = ArtifactRegistration::run(
            *m_registry, ArtifactRegistration::sourcesOf({m_folder}), options);
        QVERIFY(!outcome.ok());
        QCOMPARE(count(QStringLiteral("fd_artifact")), 0);
        QCOMPARE(count(QStringLiteral("fd_feature_set")), 0);
        QCOMPARE(count(QStringLiteral("fd_artifact_feature_set")), 0);
        QCOMPARE(count(QStringLiteral("fd_run")), runs);
        if (m_registry->dialect().isPostgres())
            QVERIFY2(outcome.error().message.contains(QLatin1StringView("disk is full")),
                     qPrintable(outcome.error().message));
    }

    // An AnnData file gets a var set (the genes its var ids resolve to, dtype X's) and an obs set
    // (its obs columns that are registered features, no dtype), found by their members' hash.
    void registersAnnDataWithVarAndObsSets()
    {
        importGenes(u"human"_s,
                    "ENSG00000141510\tTP53\t7157\t\nENSG00000012048\tBRCA1\t672\t\n"
                    "ENSG00000146648\tEGFR\t1956\t\nENSG00000136997\tMYC\t4609\t\n");
        // pct_mito is a float column in the files.
        FD_VERIFY_OK(FeatureStore(*m_registry).add({u"pct_mito"_s, u"int"_s, {}, {}, {}}));
        const QString dense = fixture(u"dense_float.h5ad"_s);
        ArtifactRegistration::Options options;
        options.anndata.emplace().varColumn = u"gene_ids"_s;
        const Result<ArtifactRegistration::Outcome> outcome
            = ArtifactRegistration::run(*m_registry, {{dense, u"dense_float.h5ad"_s}}, options);
        FD_VERIFY_OK(outcome);
        QCOMPARE(outcome->created, 1);
        QCOMPARE(outcome->attached, 1);
        QCOMPARE(outcome->setsCreated, 2);
        const ArtifactRegistration::FileOutcome &file = outcome->files.constFirst();
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QCOMPARE(file.anndataSlots.size(), 2);
        const ArtifactRegistration::SlotOutcome &var = file.anndataSlots.at(0);
        const ArtifactRegistration::SlotOutcome &obs = file.anndataSlots.at(1);
        QCOMPARE(var.slot, u"var"_s);
        QVERIFY2(var.attached, qPrintable(var.note));
        QCOMPARE(var.members, 4);
        QCOMPARE(var.leftOut.size(), 1); // GAPDH is no gene of this registry
        QVERIFY2(var.leftOut.constFirst().startsWith(u"ENSG00000111640"_s),
                 qPrintable(var.leftOut.constFirst()));
        QCOMPARE(obs.slot, u"obs"_s);
        QVERIFY2(obs.attached, qPrintable(obs.note));
        QCOMPARE(obs.members, 2); // cell_type, and batch: an int column, categories as numbers
        QVERIFY(obs.leftOut.contains(u"pct_mito: dtype_mismatch"_s));
        QVERIFY(obs.leftOut.contains(u"donor: not_validated"_s));

        // The artifact: LaminDB's content hash and suffix, the two sets under var and obs.
        const Result<ArtifactRecord> artifact = ArtifactStore(*m_registry).findByUid(file.uid);
        FD_VERIFY_OK(artifact);
        QCOMPARE(artifact->suffix, u".h5ad"_s);
        const Result<identity::FileHash> hash = identity::hashFile(dense);
        FD_VERIFY_OK(hash);
        QCOMPARE(artifact->hash, hash->hash);
        QCOMPARE(artifact->slots.value(u"var"_s), var.setUid);
        QCOMPARE(artifact->slots.value(u"obs"_s), obs.setUid);
        QCOMPARE(artifact->slots.size(), 2);

        // The var set's members are the genes the registry holds for the four ids, hashed as
        // Identity hashes them; its dtype is X's.
        const QStringList genes
            = uidsOf(u"SELECT uid FROM fd_gene WHERE ensembl_gene_id IN ('ENSG00000141510', "
                     "'ENSG00000012048', 'ENSG00000146648', 'ENSG00000136997')"_s);
        QCOMPARE(genes.size(), 4);
        QCOMPARE(memberUids(var.setUid), genes);
        FeatureSetStore sets(*m_registry);
        const Result<FeatureSetRecord> varSet = sets.findByUid(var.setUid);
        FD_VERIFY_OK(varSet);
        QCOMPARE(varSet->hash, identity::hashSet(genes));
        QCOMPARE(varSet->registry, MemberRegistry::Gene);
        QCOMPARE(varSet->dtype, u"float"_s);
        QCOMPARE(varSet->n, 4);
        const QStringList features
            = uidsOf(u"SELECT uid FROM fd_feature WHERE name IN ('cell_type', 'batch')"_s);
        QCOMPARE(features.size(), 2);
        QCOMPARE(memberUids(obs.setUid), features);
        const Result<FeatureSetRecord> obsSet = sets.findByUid(obs.setUid);
        FD_VERIFY_OK(obsSet);
        QCOMPARE(obsSet->hash, identity::hashSet(features));
        QCOMPARE(obsSet->registry, MemberRegistry::Feature);
        QCOMPARE(obsSet->dtype, QString());

        // Another file with the same genes as symbols in its index (told from the ids) and the
        // same registered obs columns: the same two sets, found, not made again.
        ArtifactRegistration::Options byIndex;
        byIndex.anndata.emplace();
        const Result<ArtifactRegistration::Outcome> gzip = ArtifactRegistration::run(
            *m_registry, {{fixture(u"gzip_dense_float.h5ad"_s), u"gzip.h5ad"_s}}, byIndex);
        FD_VERIFY_OK(gzip);
        QCOMPARE(gzip->setsCreated, 0);
        const ArtifactRegistration::FileOutcome &again = gzip->files.constFirst();
        QCOMPARE(again.anndataSlots.at(0).setUid, var.setUid);
        QCOMPARE(again.anndataSlots.at(1).setUid, obs.setUid);
        QVERIFY(again.anndataSlots.at(0).attached && again.anndataSlots.at(1).attached);
        QCOMPARE(count(u"fd_feature_set"_s), 2);

        // Mouse ids, the organism named, X of ints: an int set of the two mouse genes.
        importGenes(u"mouse"_s,
                    "ENSMUSG00000059552\tTrp53\t22059\t\nENSMUSG00000029580\tActb\t11461\t\n");
        ArtifactRegistration::Options mouse;
        mouse.anndata.emplace();
        mouse.anndata->varColumn = u"gene_ids"_s;
        mouse.anndata->varField = ValidationField::GeneEnsemblId;
        mouse.anndata->organism = u"mouse"_s;
        const Result<ArtifactRegistration::Outcome> ints = ArtifactRegistration::run(
            *m_registry, {{fixture(u"sparse_csr_int.h5ad"_s), u"int.h5ad"_s}}, mouse);
        FD_VERIFY_OK(ints);
        const ArtifactRegistration::SlotOutcome &mouseVar
            = ints->files.constFirst().anndataSlots.at(0);
        QVERIFY2(mouseVar.attached, qPrintable(mouseVar.note));
        QCOMPARE(mouseVar.leftOut.size(), 5);
        const QStringList mouseGenes = uidsOf(u"SELECT uid FROM fd_gene WHERE ensembl_gene_id "
                                              "IN ('ENSMUSG00000059552', 'ENSMUSG00000029580')"_s);
        QCOMPARE(memberUids(mouseVar.setUid), mouseGenes);
        const Result<FeatureSetRecord> intSet = sets.findByUid(mouseVar.setUid);
        FD_VERIFY_OK(intSet);
        QCOMPARE(intSet->dtype, u"int"_s);
        QCOMPARE(intSet->hash, identity::hashSet(mouseGenes));
    }

    // A slot whose set would be empty gets none and says why; a file that is not AnnData is the
    // reader's error and nothing of it is registered.
    void anndataEmptySlotsAndBadFiles()
    {
        importGenes(u"human"_s, "ENSG00000141510\tTP53\t7157\t\n");
        ArtifactRegistration::Options options;
        options.anndata.emplace().organism = u"human"_s;
        const QList<ArtifactRegistration::Source> bad {
            {fixture(u"not_hdf5.h5ad"_s), u"not_hdf5.h5ad"_s},
            {fixture(u"no_var.h5ad"_s), u"no_var.h5ad"_s},
            {fixture(u"no_obs.h5ad"_s), u"no_obs.h5ad"_s},
            {fixture(u"truncated.h5ad"_s), u"truncated.h5ad"_s}};
        const qint64 runs = count(u"fd_run"_s);
        const Result<ArtifactRegistration::Outcome> refused
            = ArtifactRegistration::run(*m_registry, bad, options);
        FD_VERIFY_OK(refused);
        QCOMPARE(refused->failed, 4);
        for (const ArtifactRegistration::FileOutcome &file : refused->files) {
            QVERIFY(file.uid.isEmpty());
            QVERIFY2(file.error.contains(file.key), qPrintable(file.error));
        }
        QCOMPARE(count(u"fd_artifact"_s), 0);
        QCOMPARE(count(u"fd_feature_set"_s), 0);
        QCOMPARE(count(u"fd_artifact_feature_set"_s), 0);
        QCOMPARE(count(u"fd_run"_s), runs);

        // No X, no obs columns, var ids that are no genes: registered, with no set.
        const Result<ArtifactRegistration::Outcome> empty = ArtifactRegistration::run(
            *m_registry, {{fixture(u"no_x.h5ad"_s), u"no_x.h5ad"_s}}, options);
        FD_VERIFY_OK(empty);
        QCOMPARE(empty->created, 1);
        QCOMPARE(empty->attached, 0);
        const ArtifactRegistration::FileOutcome &file = empty->files.constFirst();
        QCOMPARE(file.anndataSlots.size(), 2);
        for (const ArtifactRegistration::SlotOutcome &slot : file.anndataSlots) {
            QVERIFY(!slot.attached);
            QVERIFY(slot.setUid.isEmpty());
            QVERIFY2(!slot.note.isEmpty(), qPrintable(slot.slot));
        }
        QCOMPARE(file.anndataSlots.at(0).leftOut.size(), 2); // g1, g2
        QCOMPARE(count(u"fd_feature_set"_s), 0);
        QCOMPARE(count(u"fd_artifact_feature_set"_s), 0);
    }

    // The artifact, both sets and both links are one transaction: a failure of the registry
    // mid-way (a trigger standing in for a full disk: on PostgreSQL at the second link, on SQLite
    // at the first, after the artifact and the var set) leaves nothing of any of them.
    void anndataFailureUndoesEverything()
    {
        importGenes(u"human"_s, "ENSG00000141510\tTP53\t7157\t\n");
        QSqlQuery query(m_registry->database());
        if (m_registry->dialect().isPostgres()) {
            QVERIFY2(
                query.exec(
                    u"CREATE FUNCTION fd_test_no_link_space() RETURNS trigger LANGUAGE plpgsql "
                    "AS $$BEGIN IF (SELECT COUNT(*) FROM fd_artifact_feature_set) > 1 THEN "
                    "RAISE EXCEPTION 'no space left' USING ERRCODE = 'disk_full'; END IF; "
                    "RETURN NEW; END$$"_s),
                qPrintable(query.lastError().text()));
            QVERIFY2(query.exec(u"CREATE TRIGGER fd_test_no_link_space AFTER INSERT ON "
                                "fd_artifact_feature_set FOR EACH ROW EXECUTE FUNCTION "
                                "fd_test_no_link_space()"_s),
                     qPrintable(query.lastError().text()));
        } else {
            // This connection's only; the function does not exist, so the first link fails.
            QVERIFY2(query.exec(u"CREATE TEMP TRIGGER fd_test_no_link_space AFTER INSERT ON "
                                "main.fd_artifact_feature_set BEGIN SELECT "
                                "fd_test_no_such_function(); END"_s),
                     qPrintable(query.lastError().text()));
        }
        const qint64 runs = count(u"fd_run"_s);
        ArtifactRegistration::Options options;
        options.anndata.emplace().varColumn = u"gene_ids"_s;
        const Result<ArtifactRegistration::Outcome> outcome = ArtifactRegistration::run(
            *m_registry, {{fixture(u"dense_float.h5ad"_s), u"dense_float.h5ad"_s}}, options);
        QVERIFY(!outcome.ok());
        QCOMPARE(count(u"fd_artifact"_s), 0);
        QCOMPARE(count(u"fd_feature_set"_s), 0);
        QCOMPARE(count(u"fd_artifact_feature_set"_s), 0);
        QCOMPARE(count(u"fd_run"_s), runs);
        if (m_registry->dialect().isPostgres())
            QVERIFY2(outcome.error().message.contains(QLatin1StringView("disk is full")),
                     qPrintable(outcome.error().message));
    }

    // A file that vanished is reported; the rest are registered. Cancelled while reading: nothing.
    void reportsAndCancels()
    {
        QList<ArtifactRegistration::Source> sources = ArtifactRegistration::sourcesOf({m_folder});
        sources.append({m_folder + QStringLiteral("/gone.csv"), QStringLiteral("gone.csv")});
        const Result<ArtifactRegistration::Outcome> outcome
            = ArtifactRegistration::run(*m_registry, sources, {});
        FD_VERIFY_OK(outcome);
        QCOMPARE(outcome->failed, 1);
        QVERIFY(byKey(*outcome, QStringLiteral("gone.csv"))
                    ->error.contains(QStringLiteral("gone.csv")));
        QCOMPARE(count(QStringLiteral("fd_artifact")), 5);
        QCOMPARE(count(QStringLiteral("fd_feature_set")), 0); // not asked to infer sets

        write(QStringLiteral("late.csv"), "a\n1\n");
        int calls = 0;
        const Result<ArtifactRegistration::Outcome> cancelled
            = ArtifactRegistration::run(*m_registry, ArtifactRegistration::sourcesOf({m_folder}),
                                        {}, [&calls](qint64, qint64) { return ++calls < 3; });
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
        QCOMPARE(count(QStringLiteral("fd_artifact")), 5);
    }

    // The job: its own connection, progress per file, the outcome back on the caller's thread.
    void runsAsAJob()
    {
        ArtifactRegistration::Options options;
        options.inferColumns = true;
        auto *job = new ArtifactRegistrationJob(
            m_registry->location(), ArtifactRegistration::sourcesOf({m_folder}), options);
        QSignalSpy progressed(job, &ArtifactRegistrationJob::progressed);
        QSignalSpy finished(job, &ArtifactRegistrationJob::finished);
        QSignalSpy failed(job, &ArtifactRegistrationJob::failed);
        QThreadPool pool;
        job->setAutoDelete(false);
        pool.start(job);
        QVERIFY(pool.waitForDone(30000));
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty()
                     ? ""
                     : qPrintable(failed.constFirst().constFirst().value<Error>().message));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(progressed.size(), 6);
        const auto outcome
            = finished.constFirst().constFirst().value<ArtifactRegistration::Outcome>();
        QCOMPARE(outcome.created, 5);
        QCOMPARE(count(QStringLiteral("fd_artifact")), 5);
        delete job;
    }
};

QTEST_GUILESS_MAIN(TestArtifactRegistration)
#include "tst_artifactregistration.moc"
