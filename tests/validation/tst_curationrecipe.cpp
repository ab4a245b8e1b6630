// Curation recipes: a round trip through JSON and a file, the errors a hand-edited or foreign file
// gets, and which decisions apply to next week's file.

#include "model/validation/CurationRecipe.h"
#include "tests/support/TestRegistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;

namespace {

CurationRecipe sampleRecipe()
{
    CurationRecipe recipe;
    recipe.field = ValidationField::FeatureName;
    recipe.source = QStringLiteral("samples_w47.csv");
    recipe.createdAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    recipe.createdBy = QStringLiteral("steward");
    recipe.decisions
        = {{QStringLiteral("Cell Type"),
            CurationDecision::rename(QStringLiteral("cell_type"), QStringLiteral("f1"))},
           {QStringLiteral("dose"),
            CurationDecision::addFeature(QStringLiteral("dose"), QStringLiteral("float"))},
           {QStringLiteral("batch#"), CurationDecision::addSynonym(QStringLiteral("batch"))},
           {QStringLiteral("notes"), CurationDecision::ignore()}};
    return recipe;
}

ValidationItem item(const QString &value, ValidationStatus status)
{
    ValidationItem result;
    result.value = value;
    result.status = status;
    return result;
}

} // namespace

class TestCurationRecipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const CurationRecipe recipe = sampleRecipe();
        const Result<CurationRecipe> back
            = CurationRecipe::fromJson(recipe.toJson(), QStringLiteral("r.json"));
        FD_VERIFY_OK(back);
        QCOMPARE(back->field, recipe.field);
        QCOMPARE(back->source, recipe.source);
        QCOMPARE(back->createdAt, recipe.createdAt);
        QCOMPARE(back->createdBy, recipe.createdBy);
        QCOMPARE(back->decisions.size(), 4);
        for (qsizetype i = 0; i < 4; ++i) {
            QCOMPARE(back->decisions.at(i).value, recipe.decisions.at(i).value);
            QCOMPARE(back->decisions.at(i).decision, recipe.decisions.at(i).decision);
        }
        // The words a person reading the file sees.
        const QByteArray json = recipe.toJson();
        QVERIFY(json.contains("\"format\": \"featuredesk.curation-recipe\""));
        QVERIFY(json.contains("\"action\": \"add_synonym\""));
    }

    // An added feature's unit, description and synonyms travel in the recipe; a recipe written
    // before they existed reads as it did.
    void addedFeatureDetailsRoundTrip()
    {
        CurationRecipe recipe = sampleRecipe();
        CurationDecision &dose = recipe.decisions[1].decision;
        dose.unit = QStringLiteral("mg");
        dose.description = QStringLiteral("Dose given, per kg");
        dose.synonyms = {QStringLiteral("dose_mg"), QStringLiteral("amount")};
        const QByteArray json = recipe.toJson();
        QVERIFY(json.contains("\"unit\": \"mg\""));
        QVERIFY(json.contains("\"synonyms\": ["));
        const Result<CurationRecipe> back
            = CurationRecipe::fromJson(json, QStringLiteral("r.json"));
        FD_VERIFY_OK(back);
        QCOMPARE(back->decisions.at(1).decision, dose);
        // Renames and the rest carry no such keys.
        QCOMPARE(json.count("\"unit\""), 1);

        const Result<CurationRecipe> old = CurationRecipe::fromJson(
            R"({"format": "featuredesk.curation-recipe", "version": 1, "field": "feature.name",
                "decisions": [{"value": "dose", "action": "add_feature", "name": "dose",
                               "dtype": "float"}]})",
            QStringLiteral("old.json"));
        FD_VERIFY_OK(old);
        QCOMPARE(old->decisions.constFirst().decision,
                 CurationDecision::addFeature(QStringLiteral("dose"), QStringLiteral("float")));

        const Result<CurationRecipe> bad = CurationRecipe::fromJson(
            R"({"format": "featuredesk.curation-recipe", "version": 1, "field": "feature.name",
                "decisions": [{"value": "dose", "action": "add_feature", "synonyms": "a|b"}]})",
            QStringLiteral("bad.json"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("synonyms")),
                 qPrintable(bad.error().message));
    }

    void savesAndLoadsAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("weekly.recipe.json"));
        QVERIFY(sampleRecipe().save(path));
        const Result<CurationRecipe> loaded = CurationRecipe::load(path);
        FD_VERIFY_OK(loaded);
        QCOMPARE(loaded->decisions.size(), 4);
        const Result<CurationRecipe> missing
            = CurationRecipe::load(dir.filePath(QStringLiteral("nope.json")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("nope.json")));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("broken JSON") << QByteArray("{\"format\": ") << "broken at byte";
        QTest::newRow("another format")
            << QByteArray(R"({"format": "x", "version": 1, "field": "feature.name"})")
            << "featuredesk.curation-recipe";
        QTest::newRow("newer version") << QByteArray(
            R"({"format": "featuredesk.curation-recipe", "version": 2, "field": "feature.name"})")
                                       << "version 2";
        QTest::newRow("no field") << QByteArray(
            R"({"format": "featuredesk.curation-recipe", "version": 1})")
                                  << "no field";
        QTest::newRow("unknown action") << QByteArray(
            R"({"format": "featuredesk.curation-recipe", "version": 1, "field": "feature.name", "decisions": [{"value": "a", "action": "delete"}]})")
                                        << "unknown action 'delete'";
        QTest::newRow("rename without name") << QByteArray(
            R"({"format": "featuredesk.curation-recipe", "version": 1, "field": "feature.name", "decisions": [{"value": "a", "action": "rename"}]})")
                                             << "lacks a value or a name";
        QTest::newRow("feature for genes") << QByteArray(
            R"({"format": "featuredesk.curation-recipe", "version": 1, "field": "gene.symbol", "decisions": [{"value": "a", "action": "add_feature", "name": "a"}]})")
                                           << "does not fit the field gene.symbol";
    }

    void badFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const Result<CurationRecipe> recipe
            = CurationRecipe::fromJson(json, QStringLiteral("r.json"));
        QVERIFY(!recipe);
        QCOMPARE(recipe.error().code, Error::Code::Invalid);
        QVERIFY2(recipe.error().message.contains(message), qPrintable(recipe.error().message));
        QVERIFY(recipe.error().message.startsWith(QStringLiteral("r.json")));
    }

    void matchesNextWeeksFile()
    {
        ValidationReport report;
        report.field = ValidationField::FeatureName;
        report.items
            = {item(QStringLiteral("sample_id"), ValidationStatus::Validated),
               item(QStringLiteral("dose"), ValidationStatus::Validated), // added last week
               item(QStringLiteral("Cell Type"), ValidationStatus::Standardizable),
               item(QStringLiteral("notes"), ValidationStatus::NotValidated),
               item(QStringLiteral("operator"), ValidationStatus::NotValidated)}; // new
        const CurationRecipe::Match match = sampleRecipe().matchTo(report);
        QCOMPARE(match.alreadyValidated, 1);
        QCOMPARE(match.notInFile, 1); // batch#
        QCOMPARE(match.rows.size(), 2);
        QCOMPARE(match.rows.at(0).first, 2);
        QCOMPARE(match.rows.at(0).second.name, QStringLiteral("cell_type"));
        QCOMPARE(match.rows.at(1).first, 3);
        QCOMPARE(match.rows.at(1).second.action, CurationAction::Ignore);
    }
};

QTEST_GUILESS_MAIN(TestCurationRecipe)
#include "tst_curationrecipe.moc"
