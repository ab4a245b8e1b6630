// Applying a review: new features and synonyms in one transaction recorded as one run, on SQLite
// and PostgreSQL; a conflict half-way writes nothing.

#include "model/db/Registry.h"
#include "model/features/FeatureStore.h"
#include "model/validation/CurationApplier.h"
#include "tests/support/BackendTest.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

using namespace fd;

class TestCurationApplier : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<Registry> m_registry;

    qint64 scalar(const QString &sql) { return test::scalar(m_registry->database(), sql); }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void init()
    {
        FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry);
        FD_VERIFY_OK(FeatureStore(*m_registry)
                         .add({QStringLiteral("batch"),
                               QStringLiteral("str"),
                               {},
                               {},
                               {QStringLiteral("run")}}));
    }

    void cleanup() { m_registry.reset(); }

    void writesOneRun()
    {
        QSignalSpy changed(m_registry.get(), &Registry::recordsChanged);
        const qint64 runsBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM fd_run"));
        const QList<ValueDecision> decisions
            = {{QStringLiteral("Cell Type"), CurationDecision::rename(QStringLiteral("cell_type"))},
               {QStringLiteral("dose_mg"),
                CurationDecision::addFeature(QStringLiteral("dose_mg"), QStringLiteral("float"))},
               {QStringLiteral(" batch# "), CurationDecision::addSynonym(QStringLiteral("batch"))},
               // A synonym of a feature the same review adds.
               {QStringLiteral("dose"), CurationDecision::addSynonym(QStringLiteral("dose_mg"))},
               {QStringLiteral("notes"), CurationDecision::ignore()}};
        const Result<CurationOutcome> outcome
            = CurationApplier(*m_registry)
                  .apply(ValidationField::FeatureName, decisions, QStringLiteral("samples.csv"));
        FD_VERIFY_OK(outcome);
        QCOMPARE(outcome->featuresAdded, QStringList {QStringLiteral("dose_mg")});
        QCOMPARE(outcome->synonymsAdded.size(), 2);
        QCOMPARE(outcome->renamed, 1);
        QCOMPARE(outcome->ignored, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM fd_run")), runsBefore + 1);

        FeatureStore features(*m_registry);
        const Result<FeatureRecord> dose = features.findByName(QStringLiteral("dose_mg"));
        FD_VERIFY_OK(dose);
        QCOMPARE(dose->dtype, QStringLiteral("float"));
        QCOMPARE(dose->synonyms, QStringList {QStringLiteral("dose")});
        const Result<FeatureRecord> batch = features.findByName(QStringLiteral("batch"));
        FD_VERIFY_OK(batch);
        QCOMPARE(batch->synonyms, (QStringList {QStringLiteral("run"), QStringLiteral("batch#")}));

        QSqlQuery query(m_registry->database());
        QVERIFY(query.prepare(
            QStringLiteral("SELECT r.kind, r.description, r.finished_at FROM fd_run r "
                           "JOIN fd_feature f ON f.run_id = r.id WHERE f.name = ?")));
        query.addBindValue(QStringLiteral("dose_mg"));
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toString(), QStringLiteral("curation.apply"));
        QCOMPARE(query.value(1).toString(),
                 QStringLiteral("Curation of samples.csv: 1 features added, 2 synonyms added, 1 "
                                "renamed, 1 ignored"));
        QVERIFY(!query.value(2).isNull());
        QCOMPARE(changed.size(), 1);
    }

    // What Add as feature asked besides name and dtype is written with the feature; a name that
    // differs from the column keeps the column's name among the synonyms.
    void addedFeaturesKeepUnitDescriptionAndSynonyms()
    {
        CurationDecision decision
            = CurationDecision::addFeature(QStringLiteral("dose_mg"), QStringLiteral("float"));
        decision.unit = QStringLiteral("mg");
        decision.description = QStringLiteral("Dose given");
        decision.synonyms = {QStringLiteral("amount"), QStringLiteral("qty")};
        const Result<CurationOutcome> outcome
            = CurationApplier(*m_registry)
                  .apply(ValidationField::FeatureName, {{QStringLiteral("Dose"), decision}},
                         QStringLiteral("samples.csv"));
        FD_VERIFY_OK(outcome);
        const Result<FeatureRecord> dose
            = FeatureStore(*m_registry).findByName(QStringLiteral("dose_mg"));
        FD_VERIFY_OK(dose);
        QCOMPARE(dose->unit, QStringLiteral("mg"));
        QCOMPARE(dose->description, QStringLiteral("Dose given"));
        QCOMPARE(dose->synonyms,
                 (QStringList {QStringLiteral("Dose"), QStringLiteral("amount"),
                               QStringLiteral("qty")}));
    }

    void aConflictWritesNothing()
    {
        const qint64 featuresBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM fd_feature"));
        const qint64 runsBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM fd_run"));
        const QList<ValueDecision> decisions
            = {{QStringLiteral("dose_mg"),
                CurationDecision::addFeature(QStringLiteral("dose_mg"), QStringLiteral("float"))},
               // "run" is already a synonym of batch: it cannot also name dose_mg.
               {QStringLiteral("run"), CurationDecision::addSynonym(QStringLiteral("dose_mg"))}};
        const Result<CurationOutcome> outcome
            = CurationApplier(*m_registry)
                  .apply(ValidationField::FeatureName, decisions, QStringLiteral("samples.csv"));
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, Error::Code::Conflict);
        QVERIFY2(outcome.error().message.startsWith(QStringLiteral("Nothing was written.")),
                 qPrintable(outcome.error().message));
        QVERIFY(outcome.error().message.contains(QStringLiteral("batch")));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM fd_feature")), featuresBefore);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM fd_run")), runsBefore);
    }

    void anExistingNameWritesNothing()
    {
        const qint64 featuresBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM fd_feature"));
        const QList<ValueDecision> decisions
            = {{QStringLiteral("a"),
                CurationDecision::addFeature(QStringLiteral("new_one"), QStringLiteral("int"))},
               {QStringLiteral("b"),
                CurationDecision::addFeature(QStringLiteral("batch"), QStringLiteral("int"))}};
        const Result<CurationOutcome> outcome
            = CurationApplier(*m_registry)
                  .apply(ValidationField::FeatureName, decisions, QStringLiteral("samples.csv"));
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, Error::Code::Conflict);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM fd_feature")), featuresBefore);
    }

    void geneValuesTakeNoFeatures()
    {
        const Result<CurationOutcome> outcome
            = CurationApplier(*m_registry)
                  .apply(ValidationField::GeneSymbol,
                         {{QStringLiteral("TP5"),
                           CurationDecision::addFeature(QStringLiteral("TP5"),
                                                        QStringLiteral("int"))}},
                         QStringLiteral("genes.csv"));
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, Error::Code::Invalid);
    }

    void renamesAloneStillRecordARun()
    {
        const qint64 runsBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM fd_run"));
        const Result<CurationOutcome> outcome
            = CurationApplier(*m_registry)
                  .apply(ValidationField::GeneSymbol,
                         {{QStringLiteral("p53"), CurationDecision::rename(QStringLiteral("TP53"))},
                          {QStringLiteral("xyz"), CurationDecision::ignore()}},
                         QStringLiteral("genes.csv"));
        FD_VERIFY_OK(outcome);
        QCOMPARE(outcome->renamed, 1);
        QCOMPARE(outcome->ignored, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM fd_run")), runsBefore + 1);
    }
};

QTEST_GUILESS_MAIN(TestCurationApplier)
#include "tst_curationapplier.moc"
