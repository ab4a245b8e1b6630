// featuredesk-cli end to end on files: genes import and find, preview and inspect, validate (with
// recipes; column names as genes; an AnnData .h5ad's obs and var), standardize, sets made from what
// a file validates to, and .h5ad files registered with their var and obs sets; the
// real binary through QProcess on SQLite and PostgreSQL, its output and the files it writes read
// back.

#include "model/Identity.h"
#include "tests/cli/CliHarness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using fd::test::CliRun;
using namespace Qt::StringLiterals;

class TestCliFiles final : public QObject, public fd::test::CliHarness
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { fd::test::addBackendRows(); }
    void init() { FD_CLI_INIT(); }

    void genesImportAndFind();
    void genesImportMouse();
    void previewAndInspect();
    void inspectH5ad();
    void validateColumnsAndValues();
    void validateColumnsAsGenes();
    void validateWithRecipe();
    void setsCreateFromFiles();
    void standardizeValues();
    void standardizeColumnNames();
    void standardizeUtf16_data();
    void standardizeUtf16();
    void standardizeRefusesNul();
    void byteOrderMarkInColumnName();
    void artifactsRegisterAttachShow();
    void artifactsRegisterFolder();
    void artifactsRegisterCurated();
    void validateAndRegisterH5ad();
    void setsCreateAndStandardizeH5ad();
};

void TestCliFiles::genesImportAndFind()
{
    QVERIFY(initRegistry());
    const QString file = QFINDTESTDATA("../genes/data/ncbi_small.gene_info.tsv");
    const CliRun imported = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"),
                                 QStringLiteral("import"), file, QStringLiteral("--json")});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    const QJsonObject report = imported.json().object();
    const qint64 added = report.value(QStringLiteral("added")).toInteger();
    QVERIFY(added > 0);
    QCOMPARE(report.value(QStringLiteral("updated")).toInteger(), 0);
    QVERIFY(report.contains(QStringLiteral("skipped")));

    // Again: nothing new.
    const CliRun again = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"),
                              QStringLiteral("import"), file, QStringLiteral("--json")});
    QVERIFY2(again.exitCode == 0, again.describe().constData());
    QCOMPARE(again.json().object().value(QStringLiteral("added")).toInteger(), 0);

    // A synonym finds its gene, with the fields the issue names.
    const CliRun found
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"),
               QStringLiteral("find"), QStringLiteral("A1B"), QStringLiteral("--json")});
    QVERIFY2(found.exitCode == 0, found.describe().constData());
    const QJsonArray genes = found.json().array();
    QVERIFY(!genes.isEmpty());
    bool sawA1bg = false;
    for (const QJsonValue &value : genes) {
        const QJsonObject gene = value.toObject();
        for (const char *key :
             {"uid", "symbol", "ensembl_gene_id", "ncbi_gene_id", "biotype", "synonyms"})
            QVERIFY2(gene.contains(QLatin1StringView(key)), key);
        if (gene.value(QStringLiteral("symbol")).toString() == QLatin1StringView("A1BG")) {
            sawA1bg = true;
            QCOMPARE(gene.value(QStringLiteral("uid")).toString(),
                     fd::identity::geneUid(QStringLiteral("ENSG00000121410")));
        }
    }
    QVERIFY(sawA1bg);

    // Not a gene table: exit 1, a message naming the file, nothing written.
    const CliRun wrong
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"),
               QStringLiteral("import"), QFINDTESTDATA("../genes/data/not_genes.csv")});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.errText().contains(QLatin1StringView("not_genes.csv")),
             wrong.describe().constData());
    QCOMPARE(wrong.errText().trimmed().count(QLatin1Char('\n')), 0);
}

// The mouse genes FeatureDesk ships (GENCODE M37), then the same list from a file: recognised, the
// organism taken from the ids, one gene per Ensembl id, the uids bionty's.
void TestCliFiles::genesImportMouse()
{
    QVERIFY(initRegistry());
    const CliRun imported = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"),
                                 QStringLiteral("import"), QStringLiteral("--shipped"),
                                 QStringLiteral("mouse"), QStringLiteral("--json")});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    const QJsonObject report = imported.json().object();
    QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("gencode"));
    QCOMPARE(report.value(QStringLiteral("organism")).toString(), QStringLiteral("mouse"));
    QCOMPARE(report.value(QStringLiteral("taxon_id")).toInteger(), 10090);
    QCOMPARE(report.value(QStringLiteral("rows")).toInteger(), 78317);
    QCOMPARE(report.value(QStringLiteral("added")).toInteger(), 78317);
    QCOMPARE(report.value(QStringLiteral("skipped")).toInteger(), 0);
    QVERIFY(report.value(QStringLiteral("collisions")).toArray().isEmpty());

    // A mouse gene by its Ensembl id, with the uid of that id.
    const CliRun found = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"),
                              QStringLiteral("find"), QStringLiteral("ENSMUSG00000059552"),
                              QStringLiteral("--json")});
    QVERIFY2(found.exitCode == 0, found.describe().constData());
    const QJsonObject trp53 = found.json().array().first().toObject();
    QCOMPARE(trp53.value(QStringLiteral("symbol")).toString(), QStringLiteral("Trp53"));
    QCOMPARE(trp53.value(QStringLiteral("organism")).toString(), QStringLiteral("mouse"));
    QCOMPARE(trp53.value(QStringLiteral("uid")).toString(),
             fd::identity::geneUid(QStringLiteral("ENSMUSG00000059552")));

    // A versioned id validates as its gene, fixable, and says why; the organism from the ids.
    const QString values = m_registries.tempPath(QStringLiteral("mouse_ids.csv"));
    {
        QFile csv(values);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("gene_ids\nENSMUSG00000059552.14\nENSMUSG00000059552\n");
    }
    const CliRun checked
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("validate"), values,
               QStringLiteral("--values"), QStringLiteral("gene_ids"), QStringLiteral("--field"),
               QStringLiteral("gene.ensembl_gene_id")});
    QVERIFY2(checked.exitCode == 0, checked.describe().constData());
    QVERIFY2(checked.out.contains("standardizable\tENSMUSG00000059552.14 -> ENSMUSG00000059552 "
                                  "(Has a version suffix"),
             checked.describe().constData());

    // The same list from the shared data, no organism named: every gene is there already.
    const QString file
        = fd::test::sharedData(QStringLiteral("genes/gencode/genes_mus_musculus.csv.gz"));
    if (!QFile::exists(file))
        QSKIP("../shared/data/genes/gencode is not there");
    const CliRun again = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"),
                              QStringLiteral("import"), file, QStringLiteral("--json")});
    QVERIFY2(again.exitCode == 0, again.describe().constData());
    const QJsonObject second = again.json().object();
    QCOMPARE(second.value(QStringLiteral("organism")).toString(), QStringLiteral("mouse"));
    QCOMPARE(second.value(QStringLiteral("added")).toInteger(), 0);
    QCOMPARE(second.value(QStringLiteral("updated")).toInteger(), 0);
    QCOMPARE(second.value(QStringLiteral("unchanged")).toInteger(), 78317);

    // An organism FeatureDesk does not ship, and a FILE beside --shipped: usage errors.
    const CliRun rat
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"),
               QStringLiteral("import"), QStringLiteral("--shipped"), QStringLiteral("rat")});
    QVERIFY(rat.exitCode != 0);
    QVERIFY2(rat.errText().contains(QLatin1StringView("human, mouse")), rat.describe().constData());
    const CliRun both = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"),
                             QStringLiteral("import"), file, QStringLiteral("--shipped"),
                             QStringLiteral("mouse")});
    QVERIFY(both.exitCode != 0);
}

void TestCliFiles::previewAndInspect()
{
    FD_SKIP_UNLESS_SQLITE("needs no registry; it runs once, in the sqlite row");
    const QString path = m_registries.tempPath(QStringLiteral("sheet.tsv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("sample\tdose\tzip\nS1\t1.5\t02139\nS2\tNA\t00501\n");
    }
    const CliRun preview = run({QStringLiteral("preview"), path, QStringLiteral("--json")});
    QVERIFY2(preview.exitCode == 0, preview.describe().constData());
    const QJsonObject shown = preview.json().object();
    QCOMPARE(shown.value(QStringLiteral("dialect"))
                 .toObject()
                 .value(QStringLiteral("delimiter"))
                 .toString(),
             QStringLiteral("\t"));
    QCOMPARE(shown.value(QStringLiteral("columns")).toArray().size(), 3);
    QCOMPARE(shown.value(QStringLiteral("rows")).toArray().size(), 2);

    const CliRun inspected = run({QStringLiteral("inspect"), path, QStringLiteral("--json")});
    QVERIFY2(inspected.exitCode == 0, inspected.describe().constData());
    const QJsonArray columns = inspected.json().object().value(QStringLiteral("columns")).toArray();
    QCOMPARE(columns.size(), 3);
    QCOMPARE(columns.at(1).toObject().value(QStringLiteral("dtype")).toString(),
             QStringLiteral("float"));
    QCOMPARE(columns.at(1).toObject().value(QStringLiteral("n_missing")).toInt(), 1);
    QCOMPARE(columns.at(2).toObject().value(QStringLiteral("dtype")).toString(),
             QStringLiteral("str"));
    // The columns are written one at a time, into Qt's own indented text of the whole document:
    // the output is exactly what QJsonDocument writes for what it parses to.
    QCOMPARE(inspected.out, inspected.json().toJson(QJsonDocument::Indented));

    const CliRun noHeader = run(
        {QStringLiteral("preview"), path, QStringLiteral("--no-header"), QStringLiteral("--json")});
    QVERIFY2(noHeader.exitCode == 0, noHeader.describe().constData());
    QCOMPARE(noHeader.json().object().value(QStringLiteral("columns")).toArray().size(), 0);
    QCOMPARE(noHeader.json().object().value(QStringLiteral("rows")).toArray().size(), 3);

    const CliRun missing = run({QStringLiteral("inspect"), path + QStringLiteral(".nope")});
    QCOMPARE(missing.exitCode, 1);
}

void TestCliFiles::inspectH5ad()
{
    FD_SKIP_UNLESS_SQLITE("needs no registry; it runs once, in the sqlite row");
    // A file anndata wrote (tests/fixtures/h5ad): X, obs and var in FeatureDesk's dtypes.
    const QString path = QFINDTESTDATA("../fixtures/h5ad/dense_float.h5ad");
    const CliRun inspected = run({u"inspect"_s, path, u"--json"_s});
    QVERIFY2(inspected.exitCode == 0, inspected.describe().constData());
    const QJsonObject shown = inspected.json().object();
    QCOMPARE(shown.value(u"format"_s).toString(), u"h5ad"_s);
    QCOMPARE(shown.value(u"n_obs"_s).toInt(), 6);
    QCOMPARE(shown.value(u"n_vars"_s).toInt(), 5);
    const QJsonObject x = shown.value(u"x"_s).toObject();
    QCOMPARE(x.value(u"dtype"_s).toString(), u"float"_s);
    QCOMPARE(x.value(u"sparse"_s).toBool(), false);
    const QJsonObject obs = shown.value(u"obs"_s).toObject();
    QCOMPARE(obs.value(u"index"_s).toString(), u"_index"_s);
    const QJsonArray obsColumns = obs.value(u"columns"_s).toArray();
    QCOMPARE(obsColumns.size(), 9);
    const QJsonObject cellType = obsColumns.at(0).toObject();
    QCOMPARE(cellType.value(u"name"_s).toString(), u"cell_type"_s);
    QCOMPARE(cellType.value(u"dtype"_s).toString(), u"cat"_s);
    QCOMPARE(cellType.value(u"n_missing"_s).toInt(), 1);
    QCOMPARE(cellType.value(u"n_distinct"_s).toInt(), 3);
    const QJsonArray varColumns = shown.value(u"var"_s).toObject().value(u"columns"_s).toArray();
    QCOMPARE(varColumns.at(0).toObject().value(u"name"_s).toString(), u"gene_ids"_s);
    QCOMPARE(varColumns.at(0).toObject().value(u"dtype"_s).toString(), u"str"_s);

    const CliRun sparse
        = run({u"inspect"_s, QFINDTESTDATA("../fixtures/h5ad/sparse_csr_int.h5ad"), u"--json"_s});
    QVERIFY2(sparse.exitCode == 0, sparse.describe().constData());
    const QJsonObject sparseX = sparse.json().object().value(u"x"_s).toObject();
    QCOMPARE(sparseX.value(u"dtype"_s).toString(), u"int"_s);
    QCOMPARE(sparseX.value(u"sparse"_s).toBool(), true);

    const CliRun text = run({u"inspect"_s, path});
    QVERIFY2(text.exitCode == 0, text.describe().constData());
    QVERIFY2(text.out.contains("6 obs x 5 vars"), text.describe().constData());
    QVERIFY2(text.out.contains("cell_type  cat (categorical)  missing 1, distinct 3"),
             text.describe().constData());

    // A file HDF5 cannot decode: exit 1, the file and the filter named, no HDF5 error stack.
    const QString lzf = QFINDTESTDATA("../fixtures/h5ad/lzf.h5ad");
    const CliRun refused = run({u"inspect"_s, lzf, u"--json"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.errText().contains(lzf) && refused.errText().contains(u"LZF"_s),
             refused.describe().constData());
    QVERIFY2(!refused.err.contains("HDF5-DIAG"), refused.describe().constData());
    QVERIFY2(refused.json().object().value(u"error"_s).toString().contains(u"LZF"_s),
             refused.describe().constData());
}

void TestCliFiles::setsCreateFromFiles()
{
    QVERIFY(initRegistry());
    const QJsonObject cellType = addFeature(
        {QStringLiteral("cell_type"), QStringLiteral("--dtype"), QStringLiteral("cat")});
    const QJsonObject dose = addFeature(
        {QStringLiteral("dose_mg"), QStringLiteral("--dtype"), QStringLiteral("float")});
    QVERIFY(!cellType.isEmpty() && !dose.isEmpty());
    const QString sheet = m_registries.tempPath(QStringLiteral("panel-%1.csv").arg(m_backend));
    {
        QFile file(sheet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("cell_type,dose_mg,Extra,gene\nT,1.5,x,TP53\nB,2.5,y,A1BG\nB,2.5,y,p53\n");
    }
    const QStringList columns {QStringLiteral("--registry"),     m_location,
                               QStringLiteral("sets"),           QStringLiteral("create"),
                               QStringLiteral("--name"),         QStringLiteral("sample sheet"),
                               QStringLiteral("--from-columns"), sheet,
                               QStringLiteral("--json")};
    const CliRun first = run(columns);
    QVERIFY2(first.exitCode == 0, first.describe().constData());
    const QJsonObject set = first.json().object();
    QCOMPARE(set.value(QStringLiteral("created")).toBool(), true);
    QCOMPARE(set.value(QStringLiteral("n")).toInt(), 2);
    QCOMPARE(set.value(QStringLiteral("registry")).toString(), QStringLiteral("core.Feature"));
    QVERIFY(set.value(QStringLiteral("dtype")).isNull());
    // The set hash is LaminDB's, of the two validated features' uids.
    QCOMPARE(set.value(QStringLiteral("hash")).toString(),
             fd::identity::hashSet({cellType.value(QStringLiteral("uid")).toString(),
                                    dose.value(QStringLiteral("uid")).toString()}));
    // Not validated names are reported, not silently dropped.
    const QJsonArray leftOut = set.value(QStringLiteral("left_out")).toArray();
    QCOMPARE(leftOut.size(), 2);
    QCOMPARE(leftOut.at(0).toString(), QStringLiteral("Extra: not_validated"));

    // The same panel again: the existing set.
    const CliRun again = run(columns);
    QVERIFY2(again.exitCode == 0, again.describe().constData());
    QCOMPARE(again.json().object().value(QStringLiteral("created")).toBool(), false);
    QCOMPARE(again.json().object().value(QStringLiteral("uid")).toString(),
             set.value(QStringLiteral("uid")).toString());

    // --strict refuses and writes nothing.
    const CliRun strict = run(QStringList(columns) << QStringLiteral("--strict"));
    QCOMPARE(strict.exitCode, 1);
    QVERIFY2(strict.err.contains("Extra"), strict.describe().constData());

    // The genes a column's values name: a gene set, dtype number by default.
    const CliRun imported
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"),
               QStringLiteral("import"), QFINDTESTDATA("../genes/data/ncbi_small.gene_info.tsv")});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    const CliRun genes = run(
        {QStringLiteral("--registry"), m_location, QStringLiteral("sets"), QStringLiteral("create"),
         QStringLiteral("--name"), QStringLiteral("panel genes"), QStringLiteral("--from-values"),
         sheet, QStringLiteral("--column"), QStringLiteral("gene"), QStringLiteral("--field"),
         QStringLiteral("gene.symbol"), QStringLiteral("--json")});
    QVERIFY2(genes.exitCode == 0, genes.describe().constData());
    const QJsonObject geneSet = genes.json().object();
    QCOMPARE(geneSet.value(QStringLiteral("registry")).toString(), QStringLiteral("bionty.Gene"));
    QCOMPARE(geneSet.value(QStringLiteral("dtype")).toString(), QStringLiteral("number"));
    QCOMPARE(geneSet.value(QStringLiteral("n")).toInt(), 2); // TP53, A1BG; p53 needs a decision
    QCOMPARE(geneSet.value(QStringLiteral("left_out")).toArray().first().toString(),
             QStringLiteral("p53: standardizable"));

    const CliRun usage = run({QStringLiteral("--registry"), m_location, QStringLiteral("sets"),
                              QStringLiteral("create"), QStringLiteral("--name"),
                              QStringLiteral("x"), QStringLiteral("--from-values"), sheet});
    QCOMPARE(usage.exitCode, 2);
}

void TestCliFiles::validateWithRecipe()
{
    QVERIFY(initRegistry());
    QVERIFY(
        !addFeature({QStringLiteral("cell_type"), QStringLiteral("--dtype"), QStringLiteral("cat")})
             .isEmpty());
    QVERIFY(!addFeature({QStringLiteral("batch"), QStringLiteral("--dtype"), QStringLiteral("str")})
                 .isEmpty());
    // Last week's review, saved as a recipe: a rename, a new feature, a synonym, an ignore, and a
    // decision for a column this week's file does not have.
    const QString recipe
        = m_registries.tempPath(QStringLiteral("weekly-%1.recipe.json").arg(m_backend));
    {
        QFile file(recipe);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"format": "featuredesk.curation-recipe", "version": 1, "field": "feature.name",
            "decisions": [{"value": "Cell_Type", "action": "rename", "name": "cell_type"},
                          {"value": "dose", "action": "add_feature", "name": "dose_mg", "dtype": "float"},
                          {"value": "batch#", "action": "add_synonym", "name": "batch"},
                          {"value": "notes", "action": "ignore"},
                          {"value": "plate", "action": "ignore"}]})");
    }
    const QString sheet = m_registries.tempPath(QStringLiteral("week48-%1.csv").arg(m_backend));
    {
        QFile file(sheet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Cell_Type,dose,batch#,notes,operator\nT cell,1.5,b1,x,ann\n");
    }
    const QStringList base {
        QStringLiteral("--registry"), m_location, QStringLiteral("validate"), sheet,
        QStringLiteral("--recipe"),   recipe,     QStringLiteral("--json")};
    const CliRun dry = run(base);
    QVERIFY2(dry.exitCode == 0, dry.describe().constData());
    QJsonObject report = dry.json().object();
    QJsonObject taken = report.value(QStringLiteral("recipe")).toObject();
    QCOMPARE(taken.value(QStringLiteral("decisions")).toInt(), 4);
    QCOMPARE(taken.value(QStringLiteral("not_in_file")).toInt(), 1);
    QCOMPARE(taken.value(QStringLiteral("open")).toInt(), 1); // operator: reviewed as usual
    QJsonArray items = report.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.at(1)
                 .toObject()
                 .value(QStringLiteral("decision"))
                 .toObject()
                 .value(QStringLiteral("action"))
                 .toString(),
             QStringLiteral("add_feature"));
    QVERIFY(!items.at(4).toObject().contains(QStringLiteral("decision")));
    // Without --apply nothing is written.
    const CliRun info = run({QStringLiteral("--registry"), m_location, QStringLiteral("info"),
                             QStringLiteral("--json")});
    QCOMPARE(info.json().object().value(QStringLiteral("features")).toInt(), 2);

    // --apply writes the new feature and the synonym in one run, then validates again.
    const CliRun applied = run(base + QStringList {QStringLiteral("--apply")});
    QVERIFY2(applied.exitCode == 0, applied.describe().constData());
    report = applied.json().object();
    taken = report.value(QStringLiteral("recipe")).toObject();
    const QJsonObject written = taken.value(QStringLiteral("applied")).toObject();
    QCOMPARE(written.value(QStringLiteral("features_added")).toArray().first().toString(),
             QStringLiteral("dose_mg"));
    QCOMPARE(written.value(QStringLiteral("synonyms_added")).toArray().size(), 1);
    items = report.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("standardizable"));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("standard")).toString(),
             QStringLiteral("dose_mg"));
    QCOMPARE(items.at(2).toObject().value(QStringLiteral("standard")).toString(),
             QStringLiteral("batch"));
    QCOMPARE(taken.value(QStringLiteral("open")).toInt(), 1);
    const CliRun after = run({QStringLiteral("--registry"), m_location, QStringLiteral("info"),
                              QStringLiteral("--json")});
    QCOMPARE(after.json().object().value(QStringLiteral("features")).toInt(), 3);

    // A recipe for another field is a usage error; a broken one an error naming the file.
    const CliRun wrongField
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("validate"), sheet,
               QStringLiteral("--values"), QStringLiteral("dose"), QStringLiteral("--field"),
               QStringLiteral("gene.symbol"), QStringLiteral("--recipe"), recipe});
    QCOMPARE(wrongField.exitCode, 2);
    QVERIFY(wrongField.err.contains("feature.name"));
    const CliRun applyAlone = run({QStringLiteral("--registry"), m_location,
                                   QStringLiteral("validate"), sheet, QStringLiteral("--apply")});
    QCOMPARE(applyAlone.exitCode, 2);
    const CliRun missing
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("validate"), sheet,
               QStringLiteral("--recipe"), m_registries.tempPath(QStringLiteral("none.json"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("none.json"));
}

void TestCliFiles::validateColumnsAndValues()
{
    QVERIFY(initRegistry());
    QVERIFY(
        !addFeature({QStringLiteral("dose_mg"), QStringLiteral("--dtype"), QStringLiteral("float"),
                     QStringLiteral("--synonyms"), QStringLiteral("dose")})
             .isEmpty());
    QVERIFY(
        !addFeature({QStringLiteral("cell_type"), QStringLiteral("--dtype"), QStringLiteral("cat")})
             .isEmpty());
    const QString sheet = m_registries.tempPath(QStringLiteral("sheet-%1.csv").arg(m_backend));
    {
        QFile file(sheet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Cell_Type,dose,gene,celltyp\nT cell,1.5,TP53,x\nB cell,2,p53,y\n");
    }
    const CliRun columns = run({QStringLiteral("--registry"), m_location,
                                QStringLiteral("validate"), sheet, QStringLiteral("--json")});
    QVERIFY2(columns.exitCode == 0, columns.describe().constData());
    const QJsonObject report = columns.json().object();
    QCOMPARE(report.value(QStringLiteral("field")).toString(), QStringLiteral("feature.name"));
    const QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("standardizable")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("not_validated")).toInt(), 2);
    const QJsonArray items = report.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("standard")).toString(),
             QStringLiteral("cell_type"));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("standard")).toString(),
             QStringLiteral("dose_mg"));
    QCOMPARE(
        items.at(3).toObject().value(QStringLiteral("suggestions")).toArray().first().toString(),
        QStringLiteral("cell_type"));

    // Validating writes nothing.
    const CliRun info = run({QStringLiteral("--registry"), m_location, QStringLiteral("info"),
                             QStringLiteral("--json")});
    QCOMPARE(info.json().object().value(QStringLiteral("features")).toInt(), 2);

    // Values as gene symbols, once genes are there.
    const CliRun imported
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"),
               QStringLiteral("import"), QFINDTESTDATA("../genes/data/ncbi_small.gene_info.tsv")});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    const CliRun genes
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("validate"), sheet,
               QStringLiteral("--values"), QStringLiteral("gene"), QStringLiteral("--field"),
               QStringLiteral("gene.symbol"), QStringLiteral("--json")});
    QVERIFY2(genes.exitCode == 0, genes.describe().constData());
    const QJsonObject geneReport = genes.json().object();
    QCOMPARE(geneReport.value(QStringLiteral("organism")).toString(), QStringLiteral("human"));
    const QJsonArray geneItems = geneReport.value(QStringLiteral("items")).toArray();
    QCOMPARE(geneItems.size(), 2);
    QCOMPARE(geneItems.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("validated"));
    QCOMPARE(geneItems.at(1).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("standardizable"));
    QCOMPARE(geneItems.at(1).toObject().value(QStringLiteral("standard")).toString(),
             QStringLiteral("TP53"));

    // TP53 by its Ensembl and NCBI ids among symbols: each says which field it fits and which
    // gene it is, in JSON and in the text.
    const QString ids = m_registries.tempPath(QStringLiteral("ids-%1.csv").arg(m_backend));
    {
        QFile file(ids);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("gene\nTP53\nENSG00000141510\n7157\n");
    }
    const QStringList hinted {QStringLiteral("--registry"), m_location,
                              QStringLiteral("validate"),   ids,
                              QStringLiteral("--values"),   QStringLiteral("gene"),
                              QStringLiteral("--field"),    QStringLiteral("gene.symbol")};
    const CliRun hints = run(hinted + QStringList {QStringLiteral("--json")});
    QVERIFY2(hints.exitCode == 0, hints.describe().constData());
    const QJsonArray hintItems = hints.json().object().value(QStringLiteral("items")).toArray();
    QCOMPARE(hintItems.size(), 3);
    const QString tp53 = hintItems.at(0).toObject().value(QStringLiteral("uid")).toString();
    QVERIFY(!tp53.isEmpty());
    for (const auto &[at, field] :
         {std::pair(1, "gene.ensembl_gene_id"), std::pair(2, "gene.ncbi_gene_id")}) {
        const QJsonObject item = hintItems.at(at).toObject();
        QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("not_validated"));
        const QJsonObject hint = item.value(QStringLiteral("hint")).toObject();
        QCOMPARE(hint.value(QStringLiteral("field")).toString(), QLatin1StringView(field));
        QCOMPARE(hint.value(QStringLiteral("standard")).toString(), QStringLiteral("TP53"));
        QCOMPARE(hint.value(QStringLiteral("uid")).toString(), tp53);
        QCOMPARE(hint.value(QStringLiteral("type")).toString(), QStringLiteral("protein-coding"));
    }
    const CliRun hintText = run(hinted);
    QVERIFY2(hintText.exitCode == 0, hintText.describe().constData());
    QVERIFY2(QString::fromUtf8(hintText.out).contains(QStringLiteral("ENSG00000141510 is TP53")),
             hintText.describe().constData());
    QVERIFY2(QString::fromUtf8(hintText.out).contains(QStringLiteral("7157 is TP53")),
             hintText.describe().constData());

    // Usage: --values needs a gene field; a column that is not there is an error naming it.
    QCOMPARE(run({QStringLiteral("--registry"), m_location, QStringLiteral("validate"), sheet,
                  QStringLiteral("--values"), QStringLiteral("gene")})
                 .exitCode,
             2);
    const CliRun noColumn = run(
        {QStringLiteral("--registry"), m_location, QStringLiteral("validate"), sheet,
         QStringLiteral("--values"), QStringLiteral("nope"), QStringLiteral("--field"),
         QStringLiteral("gene.symbol"), QStringLiteral("--organism"), QStringLiteral("human")});
    QCOMPARE(noColumn.exitCode, 1);
    QVERIFY(noColumn.errText().contains(QLatin1StringView("nope")));
}

// A table with a gene per column, against the human genes of ../shared/data: validate
// --columns-as and sets create --from-columns --field.
void TestCliFiles::validateColumnsAsGenes()
{
    QVERIFY(initRegistry());
    const QString source = fd::test::sharedData(QStringLiteral("genes/Homo_sapiens.gene_info.tsv"));
    if (!QFile::exists(source))
        QSKIP("../shared/data/genes is not there");
    const CliRun imported = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"),
                                 QStringLiteral("import"), source, QStringLiteral("--json")});
    QVERIFY2(imported.exitCode == 0, imported.describe().left(2000).constData());
    const QString table = m_registries.tempPath(QStringLiteral("expr-%1.csv").arg(m_backend));
    {
        QFile file(table);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("TP53,BRCA1,egfr,A1BG,NOTAGENE\n1,2,3,4,5\n6,7,8,9,10\n");
    }
    const QStringList validate {QStringLiteral("--registry"),   m_location,
                                QStringLiteral("validate"),     table,
                                QStringLiteral("--columns-as"), QStringLiteral("gene.symbol"),
                                QStringLiteral("--json")};
    const CliRun checked = run(validate);
    QVERIFY2(checked.exitCode == 0, checked.describe().constData());
    const QJsonObject report = checked.json().object();
    QCOMPARE(report.value(QStringLiteral("field")).toString(), QStringLiteral("gene.symbol"));
    QCOMPARE(report.value(QStringLiteral("organism")).toString(), QStringLiteral("human"));
    const QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("validated")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("standardizable")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("not_validated")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("dtype_mismatch")).toInt(), 0);
    const QJsonArray items = report.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 5);
    QCOMPARE(items.at(2).toObject().value(QStringLiteral("standard")).toString(),
             QStringLiteral("EGFR"));
    // Genes have no dtype: none is inferred or compared.
    for (const QJsonValue &item : items)
        QVERIFY(!item.toObject().contains(QStringLiteral("dtype")));

    // The organism named: the same; another organism has none of these symbols.
    const CliRun human
        = run(QStringList(validate) << QStringLiteral("--organism") << QStringLiteral("human"));
    QVERIFY2(human.exitCode == 0, human.describe().constData());
    QCOMPARE(human.json().object().value(QStringLiteral("summary")).toObject(), summary);
    const CliRun mouse
        = run(QStringList(validate) << QStringLiteral("--organism") << QStringLiteral("mouse"));
    QVERIFY(mouse.exitCode != 0);

    // The header's genes as a set: bionty.Gene, dtype number; what needs a decision is left out.
    const CliRun saved = run(
        {QStringLiteral("--registry"), m_location, QStringLiteral("sets"), QStringLiteral("create"),
         QStringLiteral("--name"), QStringLiteral("panel"), QStringLiteral("--from-columns"), table,
         QStringLiteral("--field"), QStringLiteral("gene.symbol"), QStringLiteral("--json")});
    QVERIFY2(saved.exitCode == 0, saved.describe().constData());
    const QJsonObject set = saved.json().object();
    QCOMPARE(set.value(QStringLiteral("registry")).toString(), QStringLiteral("bionty.Gene"));
    QCOMPARE(set.value(QStringLiteral("dtype")).toString(), QStringLiteral("number"));
    QCOMPARE(set.value(QStringLiteral("n")).toInt(), 3);
    QCOMPARE(set.value(QStringLiteral("left_out")).toArray().size(), 2);
    const CliRun members = run({QStringLiteral("--registry"), m_location, QStringLiteral("sets"),
                                QStringLiteral("show"), set.value(QStringLiteral("uid")).toString(),
                                QStringLiteral("--json")});
    QVERIFY2(members.exitCode == 0, members.describe().constData());
    QStringList symbols;
    for (const QJsonValue &member :
         members.json().object().value(QStringLiteral("members")).toArray())
        symbols.append(member.toObject().value(QStringLiteral("name")).toString());
    symbols.sort();
    QCOMPARE(symbols, (QStringList {u"A1BG"_s, u"BRCA1"_s, u"TP53"_s}));

    // Registered with its header's genes in one step: the same set, attached under var.
    const CliRun registered
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("artifacts"),
               QStringLiteral("register"), table, QStringLiteral("--columns-set"),
               QStringLiteral("--field"), QStringLiteral("gene.symbol"), QStringLiteral("--json")});
    QVERIFY2(registered.exitCode == 0, registered.describe().constData());
    const QJsonObject artifact = registered.json().array().at(0).toObject();
    QCOMPARE(artifact.value(QStringLiteral("members")).toInt(), 3);
    QCOMPARE(artifact.value(QStringLiteral("columns_set")).toString(),
             set.value(QStringLiteral("uid")).toString());
    QCOMPARE(artifact.value(QStringLiteral("slots")).toObject().value(QStringLiteral("var")),
             set.value(QStringLiteral("uid")));
    QCOMPARE(artifact.value(QStringLiteral("left_out")).toArray().size(), 2);
    QCOMPARE(run({QStringLiteral("--registry"), m_location, QStringLiteral("artifacts"),
                  QStringLiteral("register"), table, QStringLiteral("--columns-set"),
                  QStringLiteral("--field"), QStringLiteral("feature.name")})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("--registry"), m_location, QStringLiteral("artifacts"),
                  QStringLiteral("register"), table, QStringLiteral("--columns-set"),
                  QStringLiteral("--organism"), QStringLiteral("human")})
                 .exitCode,
             2);
}

void TestCliFiles::standardizeValues()
{
    QVERIFY(initRegistry());
    const CliRun imported
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("genes"),
               QStringLiteral("import"), QFINDTESTDATA("../genes/data/ncbi_small.gene_info.tsv")});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    // Synonyms (p53 twice, a1b), a symbol three genes share, an unknown value, an empty cell, and
    // quoted fields that must survive the copy.
    const QString sheet = m_registries.tempPath(QStringLiteral("genes-%1.csv").arg(m_backend));
    const QByteArray input = "sample,gene,note\r\n"
                             "S1,TP53,\"a, b\"\r\n"
                             "S2,p53,\"two\r\nlines\"\r\n"
                             "S3,a1b,\"say \"\"hi\"\"\"\r\n"
                             "S4,TRNAE-UUC,x\r\n"
                             "S5,NOPE,y\r\n"
                             "S6,,z\r\n"
                             "S7,p53,w\r\n";
    {
        QFile file(sheet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(input);
    }
    const QString out = m_registries.tempPath(QStringLiteral("genes-%1.out.csv").arg(m_backend));
    const CliRun standardized = run(
        {QStringLiteral("--registry"), m_location, QStringLiteral("standardize"), sheet,
         QStringLiteral("--values"), QStringLiteral("gene"), QStringLiteral("--field"),
         QStringLiteral("gene.symbol"), QStringLiteral("--out"), out, QStringLiteral("--json")});
    QVERIFY2(standardized.exitCode == 0, standardized.describe().constData());
    const QJsonObject report = standardized.json().object();
    QCOMPARE(report.value(QStringLiteral("out")).toString(), out);
    QCOMPARE(report.value(QStringLiteral("organism")).toString(), QStringLiteral("human"));
    QCOMPARE(report.value(QStringLiteral("replaced_values")).toObject(),
             (QJsonObject {{QStringLiteral("p53"), QStringLiteral("TP53")},
                           {QStringLiteral("a1b"), QStringLiteral("A1BG")}}));
    QCOMPARE(report.value(QStringLiteral("cells_replaced")).toInteger(), 3);
    QCOMPARE(report.value(QStringLiteral("rows")).toInteger(), 7);
    const QJsonObject left = report.value(QStringLiteral("left")).toObject();
    QCOMPARE(left.value(QStringLiteral("ambiguous")).toArray(),
             QJsonArray {QStringLiteral("TRNAE-UUC")});
    QCOMPARE(left.value(QStringLiteral("not_validated")).toArray(),
             QJsonArray {QStringLiteral("NOPE")});

    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(),
             QByteArray("sample,gene,note\r\n"
                        "S1,TP53,\"a, b\"\r\n"
                        "S2,TP53,\"two\r\nlines\"\r\n"
                        "S3,A1BG,\"say \"\"hi\"\"\"\r\n"
                        "S4,TRNAE-UUC,x\r\n"
                        "S5,NOPE,y\r\n"
                        "S6,,z\r\n"
                        "S7,TP53,w\r\n"));
    written.close();
    QFile original(sheet);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), input);

    // The human text names what was replaced and what was left.
    const CliRun text
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("standardize"), sheet,
               QStringLiteral("--values"), QStringLiteral("gene"), QStringLiteral("--field"),
               QStringLiteral("gene.symbol"), QStringLiteral("--organism"), QStringLiteral("human"),
               QStringLiteral("--out"), out});
    QVERIFY2(text.exitCode == 0, text.describe().constData());
    QVERIFY2(text.out.contains("replaced\tp53 -> TP53\n"), text.describe().constData());
    QVERIFY2(text.out.contains("left not_validated\tNOPE\n"), text.describe().constData());

    // Writing over FILE is refused and leaves it as it was; a missing column names it.
    const CliRun same
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("standardize"), sheet,
               QStringLiteral("--values"), QStringLiteral("gene"), QStringLiteral("--field"),
               QStringLiteral("gene.symbol"), QStringLiteral("--out"), sheet});
    QCOMPARE(same.exitCode, 1);
    QVERIFY(original.seek(0));
    QCOMPARE(original.readAll(), input);
    const CliRun noColumn
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("standardize"), sheet,
               QStringLiteral("--values"), QStringLiteral("nope"), QStringLiteral("--field"),
               QStringLiteral("gene.symbol"), QStringLiteral("--organism"), QStringLiteral("human"),
               QStringLiteral("--out"), out + QStringLiteral(".2")});
    QCOMPARE(noColumn.exitCode, 1);
    QVERIFY2(noColumn.errText().contains(QLatin1StringView("'nope'")),
             noColumn.describe().constData());
    QVERIFY(!QFile::exists(out + QStringLiteral(".2")));
}

void TestCliFiles::standardizeColumnNames()
{
    QVERIFY(initRegistry());
    QVERIFY(
        !addFeature({QStringLiteral("dose_mg"), QStringLiteral("--dtype"), QStringLiteral("float"),
                     QStringLiteral("--synonyms"), QStringLiteral("dose")})
             .isEmpty());
    QVERIFY(
        !addFeature({QStringLiteral("cell_type"), QStringLiteral("--dtype"), QStringLiteral("cat")})
             .isEmpty());
    const QString sheet = m_registries.tempPath(QStringLiteral("names-%1.tsv").arg(m_backend));
    {
        QFile file(sheet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Cell_Type\tdose\tgene\tcelltyp\nT cell\t1.5\tTP53\tx\nB cell\t2\tp53\ty\n");
    }
    const QString out = m_registries.tempPath(QStringLiteral("names-%1.out.tsv").arg(m_backend));
    const CliRun standardized
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("standardize"), sheet,
               QStringLiteral("--out"), out, QStringLiteral("--json")});
    QVERIFY2(standardized.exitCode == 0, standardized.describe().constData());
    const QJsonObject report = standardized.json().object();
    QCOMPARE(report.value(QStringLiteral("replaced_values")).toObject(),
             (QJsonObject {{QStringLiteral("Cell_Type"), QStringLiteral("cell_type")},
                           {QStringLiteral("dose"), QStringLiteral("dose_mg")}}));
    QCOMPARE(report.value(QStringLiteral("cells_replaced")).toInteger(), 2);
    QCOMPARE(report.value(QStringLiteral("rows")).toInteger(), 2);
    const QJsonObject left = report.value(QStringLiteral("left")).toObject();
    QCOMPARE(left.value(QStringLiteral("ambiguous")).toArray(), QJsonArray());
    QCOMPARE(left.value(QStringLiteral("not_validated")).toArray(),
             (QJsonArray {QStringLiteral("gene"), QStringLiteral("celltyp")}));

    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(
        written.readAll(),
        QByteArray("cell_type\tdose_mg\tgene\tcelltyp\nT cell\t1.5\tTP53\tx\nB cell\t2\tp53\ty\n"));

    // Standardizing writes nothing to the registry.
    const CliRun info = run({QStringLiteral("--registry"), m_location, QStringLiteral("info"),
                             QStringLiteral("--json")});
    QCOMPARE(info.json().object().value(QStringLiteral("features")).toInt(), 2);
}

void TestCliFiles::standardizeUtf16_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("UTF-16LE with byte order mark") << QFINDTESTDATA("../csv/data/utf16le_bom.csv");
    QTest::newRow("UTF-16BE with byte order mark") << QFINDTESTDATA("../csv/data/utf16be_bom.csv");
}

void TestCliFiles::standardizeUtf16()
{
    QFETCH(QString, fixture);
    QVERIFY(!fixture.isEmpty());
    QVERIFY(initRegistry());
    QVERIFY(!addFeature({u"town"_s, u"--dtype"_s, u"str"_s, u"--synonyms"_s, u"city"_s}).isEmpty());
    QFile input(fixture);
    QVERIFY(input.open(QIODevice::ReadOnly));
    // The fixture's text, decoded by Qt (the byte order mark decides the order and is dropped).
    QStringDecoder decoder(QStringConverter::Utf16);
    const QString text = decoder.decode(input.readAll());
    QVERIFY(!decoder.hasError());
    QVERIFY2(text.startsWith(u"id,city\n"_s), qPrintable(text));

    const QString out = m_registries.tempPath(u"utf16-%1-%2.out.csv"_s.arg(
        m_backend, QString::fromLatin1(QTest::currentDataTag()).left(8)));
    const CliRun standardized = run(
        {u"--registry"_s, m_location, u"standardize"_s, fixture, u"--out"_s, out, u"--json"_s});
    QVERIFY2(standardized.exitCode == 0, standardized.describe().constData());
    QCOMPARE(standardized.json().object().value(u"cells_replaced"_s).toInteger(), 1);
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    // UTF-8 without a byte order mark or a NUL: the decoded text, the one name replaced.
    QVERIFY(!bytes.contains('\0'));
    QCOMPARE(bytes, (u"id,town"_s + text.sliced(7)).toUtf8());

    // inspect reads the copy, as UTF-8, with the fixture's rows.
    const CliRun inspected = run({u"inspect"_s, out, u"--json"_s});
    QVERIFY2(inspected.exitCode == 0, inspected.describe().constData());
    const QJsonObject inspection = inspected.json().object();
    QCOMPARE(inspection.value(u"dialect"_s).toObject().value(u"encoding"_s).toString(), u"UTF-8"_s);
    QCOMPARE(inspection.value(u"n_rows"_s).toInteger(), 3);
    QStringList names;
    for (const QJsonValue &column : inspection.value(u"columns"_s).toArray())
        names.append(column.toObject().value(u"name"_s).toString());
    QCOMPARE(names, (QStringList {u"id"_s, u"town"_s}));
}

void TestCliFiles::standardizeRefusesNul()
{
    QVERIFY(initRegistry());
    QVERIFY(!addFeature({u"town"_s, u"--dtype"_s, u"str"_s, u"--synonyms"_s, u"city"_s}).isEmpty());
    // A UTF-16 header with a NUL character (U+0000) in its first name, as padding leaves it.
    const QString sheet = m_registries.tempPath(u"nul-%1.csv"_s.arg(m_backend));
    {
        QFile file(sheet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        file.write(encoder.encode(u"id"_s + QChar(u'\0') + u",city\n1,Z\u00FCrich\n"_s));
    }
    const QString out = m_registries.tempPath(u"nul-%1.out.csv"_s.arg(m_backend));
    const CliRun standardized
        = run({u"--registry"_s, m_location, u"standardize"_s, sheet, u"--out"_s, out, u"--json"_s});
    QCOMPARE(standardized.exitCode, 1);
    QVERIFY2(standardized.errText().contains(u"line 1, field 1 holds a NUL character (U+0000)"_s),
             standardized.describe().constData());
    QVERIFY2(standardized.json().object().value(u"error"_s).toString().contains(u"NUL"_s),
             standardized.describe().constData());
    QVERIFY(!QFile::exists(out));
}

void TestCliFiles::byteOrderMarkInColumnName()
{
    QVERIFY(initRegistry());
    QVERIFY(!addFeature({u"id"_s, u"--dtype"_s, u"int"_s}).isEmpty());
    QVERIFY(!addFeature({u"city"_s, u"--dtype"_s, u"str"_s}).isEmpty());
    // The file's own mark, then one more in the first name, and one in the second name: the
    // reader takes the file's, the names keep theirs.
    const QString sheet = m_registries.tempPath(u"marks-%1.csv"_s.arg(m_backend));
    {
        QFile file(sheet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBF\xEF\xBB\xBFid,\xEF\xBB\xBF"
                   "city\n1,Z\xC3\xBCrich\n");
    }
    const CliRun validated = run({u"--registry"_s, m_location, u"validate"_s, sheet, u"--json"_s});
    QVERIFY2(validated.exitCode == 0, validated.describe().constData());
    const QJsonArray items = validated.json().object().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        // Not validated silently as "id": standardizable, the note naming the mark.
        QCOMPARE(item.value(u"status"_s).toString(), u"standardizable"_s);
        QVERIFY2(item.value(u"note"_s).toString().contains(u"byte order mark (U+FEFF)"_s),
                 validated.describe().constData());
    }
    // The values as they are, marks included (read as bytes: Qt's JSON parser drops a mark at
    // the start of a string itself).
    QVERIFY2(validated.out.contains("\"value\": \"\xEF\xBB\xBFid\""), validated.out.constData());
    QVERIFY2(validated.out.contains("\"value\": \"\xEF\xBB\xBF"
                                    "city\""),
             validated.out.constData());
    QCOMPARE(items.at(0).toObject().value(u"standard"_s).toString(), u"id"_s);
    QCOMPARE(items.at(1).toObject().value(u"standard"_s).toString(), u"city"_s);
    // The text output shows the mark it cannot print.
    const CliRun text = run({u"--registry"_s, m_location, u"validate"_s, sheet});
    QVERIFY2(text.out.contains("standardizable\t<U+FEFF>id -> id"), text.describe().constData());

    // standardize writes the names as they look, the file's own mark kept.
    const QString out = m_registries.tempPath(u"marks-%1.out.csv"_s.arg(m_backend));
    const CliRun standardized
        = run({u"--registry"_s, m_location, u"standardize"_s, sheet, u"--out"_s, out});
    QVERIFY2(standardized.exitCode == 0, standardized.describe().constData());
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), QByteArray("\xEF\xBB\xBFid,city\n1,Z\xC3\xBCrich\n"));
}

void TestCliFiles::artifactsRegisterAttachShow()
{
    QVERIFY(initRegistry());
    const QString a = m_registries.tempPath(QStringLiteral("art-a-%1.csv").arg(m_backend));
    const QString b = m_registries.tempPath(QStringLiteral("art-b-%1.csv").arg(m_backend));
    for (const QString &path : {a, b}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("cell_type,dose_mg\nT,1\n");
        file.write(path.toUtf8()); // different content per file
    }
    const QString gone = m_registries.tempPath(QStringLiteral("gone.csv"));
    const CliRun registered
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("artifacts"),
               QStringLiteral("register"), a, b, gone, QStringLiteral("--json")});
    QCOMPARE(registered.exitCode, 1); // one file missing: said, the others registered
    const QJsonArray list = registered.json().array();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("created")).toBool(), true);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("hash")).toString().size(), 22);
    QVERIFY(list.at(2)
                .toObject()
                .value(QStringLiteral("error"))
                .toString()
                .contains(QStringLiteral("gone.csv")));
    const QString uidA = list.at(0).toObject().value(QStringLiteral("uid")).toString();
    const QString uidB = list.at(1).toObject().value(QStringLiteral("uid")).toString();
    QCOMPARE(uidA.size(), 20);
    QVERIFY(uidA.endsWith(QStringLiteral("0000")));
    // Again: recognised by content.
    const CliRun again = run({QStringLiteral("--registry"), m_location, QStringLiteral("artifacts"),
                              QStringLiteral("register"), a, QStringLiteral("--json")});
    QVERIFY2(again.exitCode == 0, again.describe().constData());
    QCOMPARE(again.json().array().at(0).toObject().value(QStringLiteral("created")).toBool(),
             false);
    QCOMPARE(again.json().array().at(0).toObject().value(QStringLiteral("uid")).toString(), uidA);

    // A set from the file's columns, attached to both through an artifacts file.
    QVERIFY(
        !addFeature({QStringLiteral("cell_type"), QStringLiteral("--dtype"), QStringLiteral("cat")})
             .isEmpty());
    QVERIFY(
        !addFeature({QStringLiteral("dose_mg"), QStringLiteral("--dtype"), QStringLiteral("float")})
             .isEmpty());
    const CliRun set
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("sets"),
               QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("sheet"),
               QStringLiteral("--from-columns"), a, QStringLiteral("--json")});
    QVERIFY2(set.exitCode == 0, set.describe().constData());
    const QString setUid = set.json().object().value(QStringLiteral("uid")).toString();
    const QString uids = m_registries.tempPath(QStringLiteral("uids-%1.txt").arg(m_backend));
    {
        QFile file(uids);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((uidA + QLatin1Char('\n') + uidB + QLatin1Char('\n')).toUtf8());
    }
    const CliRun attached
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("artifacts"),
               QStringLiteral("attach"), QStringLiteral("--artifacts-file"), uids,
               QStringLiteral("--slot"), QStringLiteral("columns"), QStringLiteral("--set"), setUid,
               QStringLiteral("--json")});
    QVERIFY2(attached.exitCode == 0, attached.describe().constData());
    QCOMPARE(attached.json().object().value(QStringLiteral("attached")).toInt(), 2);
    const CliRun shown = run({QStringLiteral("--registry"), m_location, QStringLiteral("artifacts"),
                              QStringLiteral("show"), uidB, QStringLiteral("--json")});
    QVERIFY2(shown.exitCode == 0, shown.describe().constData());
    QCOMPARE(shown.json()
                 .object()
                 .value(QStringLiteral("slots"))
                 .toObject()
                 .value(QStringLiteral("columns"))
                 .toString(),
             setUid);

    // The two files share their columns set: concatenable.
    const CliRun compared = run({QStringLiteral("--registry"), m_location,
                                 QStringLiteral("compare"), uidA, uidB, QStringLiteral("--json")});
    QVERIFY2(compared.exitCode == 0, compared.describe().constData());
    const QJsonObject columns = compared.json()
                                    .object()
                                    .value(QStringLiteral("slots"))
                                    .toObject()
                                    .value(QStringLiteral("columns"))
                                    .toObject();
    QCOMPARE(columns.value(QStringLiteral("same")).toBool(), true);
    QCOMPARE(columns.value(QStringLiteral("shared")).toArray().size(), 2);
    QVERIFY(columns.value(QStringLiteral("only_a")).toArray().isEmpty());

    // A slot name with a control character, an artifact that is not there: errors, nothing written.
    const CliRun badSlot
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("artifacts"),
               QStringLiteral("attach"), uidA, QStringLiteral("--slot"), QStringLiteral("a\tb"),
               QStringLiteral("--set"), setUid});
    QCOMPARE(badSlot.exitCode, 1);
    QVERIFY(badSlot.err.contains("control"));
    const CliRun noArtifact
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("artifacts"),
               QStringLiteral("attach"), QStringLiteral("AAAAAAAAAAAAAAAA0000"),
               QStringLiteral("--slot"), QStringLiteral("obs"), QStringLiteral("--set"), setUid});
    QCOMPARE(noArtifact.exitCode, 1);
    QVERIFY(noArtifact.err.contains("AAAAAAAAAAAAAAAA0000"));
    const CliRun detached
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("artifacts"),
               QStringLiteral("detach"), uidA, QStringLiteral("--slot"), QStringLiteral("columns"),
               QStringLiteral("--json")});
    QVERIFY2(detached.exitCode == 0, detached.describe().constData());
    QVERIFY(detached.json().object().value(QStringLiteral("slots")).toObject().isEmpty());
}

// A folder: its delimited files keyed by their path inside it, each with its columns set, files
// with one header sharing one set; columns that are not features are listed.
void TestCliFiles::artifactsRegisterFolder()
{
    QVERIFY(initRegistry());
    QVERIFY(
        !addFeature({QStringLiteral("cell_type"), QStringLiteral("--dtype"), QStringLiteral("cat")})
             .isEmpty());
    QVERIFY(
        !addFeature({QStringLiteral("dose_mg"), QStringLiteral("--dtype"), QStringLiteral("float")})
             .isEmpty());
    const QString folder = m_registries.tempPath(QStringLiteral("sheets-%1").arg(m_backend));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/run2")));
    const QList<std::pair<QString, QByteArray>> files {
        {QStringLiteral("run1.csv"), "cell_type,dose_mg,note\nT,1,x\n"},
        {QStringLiteral("run2/a.csv"), "cell_type,dose_mg,note\nB,2,y\n"},
        {QStringLiteral("run2/b.tsv"),
         "dose_mg\tcell_type\n3\tNK\n"}, // same members, another order
        {QStringLiteral("readme.md"), "not a sheet\n"}};
    for (const auto &[name, content] : files) {
        QFile file(folder + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const CliRun registered = run({QStringLiteral("--registry"), m_location,
                                   QStringLiteral("artifacts"), QStringLiteral("register"), folder,
                                   QStringLiteral("--columns-set"), QStringLiteral("--json")});
    QVERIFY2(registered.exitCode == 0, registered.describe().constData());
    const QJsonArray list = registered.json().array();
    QCOMPARE(list.size(), 3);
    QStringList keys;
    QSet<QString> sets;
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        keys.append(object.value(QStringLiteral("key")).toString());
        sets.insert(object.value(QStringLiteral("columns_set")).toString());
        QCOMPARE(object.value(QStringLiteral("attached")).toBool(), true);
        QCOMPARE(object.value(QStringLiteral("members")).toInt(), 2);
    }
    keys.sort();
    QCOMPARE(keys,
             (QStringList {QStringLiteral("run1.csv"), QStringLiteral("run2/a.csv"),
                           QStringLiteral("run2/b.tsv")}));
    QCOMPARE(sets.size(), 1); // the set hash ignores member order
    const QJsonObject run1 = list.at(keys.indexOf(QStringLiteral("run1.csv"))).toObject();
    QVERIFY(run1.value(QStringLiteral("left_out"))
                .toArray()
                .at(0)
                .toString()
                .contains(QStringLiteral("note")));
    const CliRun setsListed = run({QStringLiteral("--registry"), m_location, QStringLiteral("sets"),
                                   QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(setsListed.json().array().size(), 1);
    QCOMPARE(setsListed.json().array().at(0).toObject().value(QStringLiteral("artifacts")).toInt(),
             3);
}

// The set a file gets is the set its curation resolves to: `validate --recipe --apply` keeps the
// decisions for the header, and `artifacts register --columns-set` of next week's file with that
// header uses them (a rename counts, an ignored column is left out); --recipe uses a recipe's.
void TestCliFiles::artifactsRegisterCurated()
{
    QVERIFY(initRegistry());
    QVERIFY(
        !addFeature({QStringLiteral("cell_type"), QStringLiteral("--dtype"), QStringLiteral("cat")})
             .isEmpty());
    QVERIFY(
        !addFeature({QStringLiteral("dose_mg"), QStringLiteral("--dtype"), QStringLiteral("float")})
             .isEmpty());
    const QString folder = m_registries.tempPath(QStringLiteral("curated-%1").arg(m_backend));
    QVERIFY(QDir().mkpath(folder));
    const QByteArray header = "Dose (mg),cell_type,operator\n";
    const QByteArray recipeJson
        = R"json({"format": "featuredesk.curation-recipe", "version": 1, "field": "feature.name",
                  "decisions": [{"value": "Dose (mg)", "action": "rename", "name": "dose_mg"},
                                {"value": "operator", "action": "ignore"}]})json";
    const QList<std::pair<QString, QByteArray>> files {
        {QStringLiteral("week1.csv"), header + "1.5,T,ann\n"},
        {QStringLiteral("week2.csv"), header + "2.5,B,bob\n"},
        {QStringLiteral("other.csv"), "operator,Dose (mg)\nann,1\n"},
        {QStringLiteral("recipe.json"), recipeJson}};
    for (const auto &[name, content] : files) {
        QFile file(folder + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QString recipe = folder + QStringLiteral("/recipe.json");
    const CliRun applied
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("validate"),
               folder + QStringLiteral("/week1.csv"), QStringLiteral("--recipe"), recipe,
               QStringLiteral("--apply"), QStringLiteral("--json")});
    QVERIFY2(applied.exitCode == 0, applied.describe().constData());

    const CliRun registered
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("artifacts"),
               QStringLiteral("register"), folder + QStringLiteral("/week2.csv"),
               QStringLiteral("--columns-set"), QStringLiteral("--json")});
    QVERIFY2(registered.exitCode == 0, registered.describe().constData());
    const QJsonObject week2 = registered.json().array().at(0).toObject();
    QCOMPARE(week2.value(QStringLiteral("members")).toInt(), 2);
    QCOMPARE(week2.value(QStringLiteral("attached")).toBool(), true);
    const QJsonObject decisions = week2.value(QStringLiteral("decisions")).toObject();
    QCOMPARE(decisions.value(QStringLiteral("count")).toInt(), 2);
    QCOMPARE(decisions.value(QStringLiteral("from")).toString(), QStringLiteral("week1.csv"));
    QCOMPARE(decisions.value(QStringLiteral("draft")).toBool(), false);
    const QJsonArray leftOut = week2.value(QStringLiteral("left_out")).toArray();
    QCOMPARE(leftOut.size(), 1);
    QVERIFY(leftOut.at(0).toString().startsWith(QStringLiteral("operator: ")));
    const QString setUid = week2.value(QStringLiteral("columns_set")).toString();
    const CliRun shown = run({QStringLiteral("--registry"), m_location, QStringLiteral("sets"),
                              QStringLiteral("show"), setUid, QStringLiteral("--json")});
    QVERIFY2(shown.exitCode == 0, shown.describe().constData());
    const QJsonObject set = shown.json().object();
    QCOMPARE(set.value(QStringLiteral("name")).toString(),
             QStringLiteral("columns: 2 features, ")
                 + set.value(QStringLiteral("hash")).toString());

    // Another header has no saved curation; a recipe curates it, under the slot asked for.
    const CliRun plain
        = run({QStringLiteral("--registry"), m_location, QStringLiteral("artifacts"),
               QStringLiteral("register"), folder + QStringLiteral("/other.csv"),
               QStringLiteral("--columns-set"), QStringLiteral("--recipe"), recipe,
               QStringLiteral("--slot"), QStringLiteral("obs"), QStringLiteral("--json")});
    QVERIFY2(plain.exitCode == 0, plain.describe().constData());
    const QJsonObject other = plain.json().array().at(0).toObject();
    QCOMPARE(other.value(QStringLiteral("members")).toInt(), 1);
    QCOMPARE(other.value(QStringLiteral("decisions")).toObject().value(QStringLiteral("from")),
             QJsonValue(QStringLiteral("recipe.json")));
    QVERIFY(other.value(QStringLiteral("slots")).toObject().contains(QStringLiteral("obs")));

    // Options that make no sense alone are usage errors.
    QCOMPARE(run({QStringLiteral("--registry"), m_location, QStringLiteral("artifacts"),
                  QStringLiteral("register"), folder + QStringLiteral("/other.csv"),
                  QStringLiteral("--recipe"), recipe})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("--registry"), m_location, QStringLiteral("artifacts"),
                  QStringLiteral("register"), folder + QStringLiteral("/other.csv"),
                  QStringLiteral("--columns-set"), QStringLiteral("--apply")})
                 .exitCode,
             2);
}

// An AnnData file (tests/fixtures/h5ad): validate checks its obs column names as features, or with
// --slot var its var ids as genes, in the JSON of a CSV's; artifacts register --anndata-sets
// attaches the var and obs sets they resolve to, and refuses a file that is not AnnData.
void TestCliFiles::validateAndRegisterH5ad()
{
    QVERIFY(initRegistry());
    QVERIFY(!addFeature({u"cell_type"_s, u"--dtype"_s, u"cat"_s}).isEmpty());
    QVERIFY(!addFeature({u"pct_mito"_s, u"--dtype"_s, u"int"_s}).isEmpty());
    const QString dense = QFINDTESTDATA("../fixtures/h5ad/dense_float.h5ad");
    const QStringList cli {u"--registry"_s, m_location};

    const CliRun obs = run(cli + QStringList {u"validate"_s, dense, u"--json"_s});
    QVERIFY2(obs.exitCode == 0, obs.describe().constData());
    const QJsonObject names = obs.json().object();
    QCOMPARE(names.value(u"field"_s).toString(), u"feature.name"_s);
    const QJsonArray nameItems = names.value(u"items"_s).toArray();
    QCOMPARE(nameItems.size(), 9);
    QCOMPARE(nameItems.at(0).toObject().value(u"value"_s).toString(), u"cell_type"_s);
    QCOMPARE(nameItems.at(0).toObject().value(u"status"_s).toString(), u"validated"_s);
    // pct_mito reads as float, and the feature is an int.
    QCOMPARE(nameItems.at(4).toObject().value(u"value"_s).toString(), u"pct_mito"_s);
    QCOMPARE(nameItems.at(4).toObject().value(u"status"_s).toString(), u"dtype_mismatch"_s);
    QCOMPARE(nameItems.at(4).toObject().value(u"dtype"_s).toString(), u"float"_s);
    QCOMPARE(names.value(u"summary"_s).toObject().value(u"not_validated"_s).toInt(), 7);

    const CliRun imported
        = run(cli
              + QStringList {u"genes"_s, u"import"_s,
                             QFINDTESTDATA("../genes/data/ncbi_small.gene_info.tsv")});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    const CliRun ids
        = run(cli
              + QStringList {u"validate"_s, dense, u"--slot"_s, u"var"_s, u"--column"_s,
                             u"gene_ids"_s, u"--field"_s, u"gene.ensembl_gene_id"_s, u"--json"_s});
    QVERIFY2(ids.exitCode == 0, ids.describe().constData());
    const QJsonObject idReport = ids.json().object();
    QCOMPARE(idReport.value(u"field"_s).toString(), u"gene.ensembl_gene_id"_s);
    QCOMPARE(idReport.value(u"organism"_s).toString(), u"human"_s);
    const QJsonArray idItems = idReport.value(u"items"_s).toArray();
    QCOMPARE(idItems.size(), 5);
    QCOMPARE(idItems.at(0).toObject().value(u"value"_s).toString(), u"ENSG00000141510"_s);
    QCOMPARE(idItems.at(0).toObject().value(u"status"_s).toString(), u"validated"_s);
    const QString tp53 = idItems.at(0).toObject().value(u"uid"_s).toString();
    QCOMPARE(tp53, fd::identity::geneUid(u"ENSG00000141510"_s));
    QCOMPARE(idItems.at(0).toObject().value(u"count"_s).toInt(), 1);
    QCOMPARE(idReport.value(u"summary"_s).toObject().value(u"not_validated"_s).toInt(), 4);
    // The index (symbols), the organism named.
    const CliRun symbols
        = run(cli
              + QStringList {u"validate"_s, dense, u"--slot"_s, u"var"_s, u"--field"_s,
                             u"gene.symbol"_s, u"--organism"_s, u"human"_s, u"--json"_s});
    QVERIFY2(symbols.exitCode == 0, symbols.describe().constData());
    const QJsonArray symbolItems = symbols.json().object().value(u"items"_s).toArray();
    QCOMPARE(symbolItems.at(0).toObject().value(u"value"_s).toString(), u"TP53"_s);
    QCOMPARE(symbolItems.at(0).toObject().value(u"uid"_s).toString(), tp53);

    // Usage errors: var without a gene field, an unknown slot, CSV options on an .h5ad, --slot
    // on a CSV; a file that is not AnnData is the reader's error.
    for (const QStringList &wrong :
         {QStringList {u"--slot"_s, u"var"_s}, QStringList {u"--slot"_s, u"uns"_s},
          QStringList {u"--values"_s, u"gene_ids"_s, u"--field"_s, u"gene.symbol"_s},
          QStringList {u"--column"_s, u"gene_ids"_s}, QStringList {u"--delimiter"_s, u","_s}}) {
        const CliRun refused = run(cli + QStringList {u"validate"_s, dense} + wrong);
        QVERIFY2(refused.exitCode == 2, refused.describe().constData());
    }
    const QString sheet = m_registries.tempPath(u"h5ad-sheet-%1.csv"_s.arg(m_backend));
    {
        QFile file(sheet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("cell_type\nT\n");
    }
    QCOMPARE(run(cli + QStringList {u"validate"_s, sheet, u"--slot"_s, u"var"_s}).exitCode, 2);
    const QString notHdf5 = QFINDTESTDATA("../fixtures/h5ad/not_hdf5.h5ad");
    const CliRun broken = run(cli + QStringList {u"validate"_s, notHdf5});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.errText().contains(u"not_hdf5.h5ad"_s), broken.describe().constData());

    // Registered with its sets: var the one gene of ncbi_small among its ids, obs cell_type.
    const CliRun registered
        = run(cli
              + QStringList {u"artifacts"_s, u"register"_s, dense, u"--anndata-sets"_s,
                             u"--var-column"_s, u"gene_ids"_s, u"--json"_s});
    QVERIFY2(registered.exitCode == 0, registered.describe().constData());
    const QJsonObject artifact = registered.json().array().at(0).toObject();
    QCOMPARE(artifact.value(u"suffix"_s).toString(), u".h5ad"_s);
    const QJsonObject slots = artifact.value(u"slots"_s).toObject();
    const QString varSet = slots.value(u"var"_s).toString();
    const QString obsSet = slots.value(u"obs"_s).toString();
    QVERIFY(!varSet.isEmpty() && !obsSet.isEmpty() && varSet != obsSet);
    const QJsonObject leftOut = artifact.value(u"left_out"_s).toObject();
    QCOMPARE(leftOut.value(u"var"_s).toArray().size(), 4);
    QCOMPARE(leftOut.value(u"obs"_s).toArray().size(), 8);
    QVERIFY(leftOut.value(u"obs"_s).toArray().contains(u"pct_mito: dtype_mismatch"_s));
    const CliRun shown = run(cli + QStringList {u"sets"_s, u"show"_s, varSet, u"--json"_s});
    QVERIFY2(shown.exitCode == 0, shown.describe().constData());
    const QJsonObject set = shown.json().object();
    QCOMPARE(set.value(u"registry"_s).toString(), u"bionty.Gene"_s);
    QCOMPARE(set.value(u"dtype"_s).toString(), u"float"_s);
    QCOMPARE(set.value(u"hash"_s).toString(), fd::identity::hashSet({tp53}));
    const QJsonArray members = set.value(u"members"_s).toArray();
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.at(0).toObject().value(u"name"_s).toString(), u"TP53"_s);

    // Not AnnData: the reader's error, nothing registered.
    const CliRun refused = run(
        cli
        + QStringList {u"artifacts"_s, u"register"_s, notHdf5, u"--anndata-sets"_s, u"--json"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.json()
                 .array()
                 .at(0)
                 .toObject()
                 .value(u"error"_s)
                 .toString()
                 .contains(u"not_hdf5.h5ad"_s),
             refused.describe().constData());
    const CliRun info = run(cli + QStringList {u"info"_s, u"--json"_s});
    QCOMPARE(info.json().object().value(u"artifacts"_s).toInt(), 1);
    QCOMPARE(
        run(cli
            + QStringList {u"artifacts"_s, u"register"_s, dense, u"--var-column"_s, u"gene_ids"_s})
            .exitCode,
        2);
}

// sets create reads an .h5ad as validate does: --from-columns its obs column names as features,
// --slot var (or --from-values) the genes its var ids resolve to, with X's dtype; standardize
// refuses one, since FeatureDesk does not write .h5ad files, and writes nothing.
void TestCliFiles::setsCreateAndStandardizeH5ad()
{
    QVERIFY(initRegistry());
    const QJsonObject cellType = addFeature({u"cell_type"_s, u"--dtype"_s, u"cat"_s});
    const QJsonObject donor = addFeature({u"donor"_s, u"--dtype"_s, u"cat"_s});
    QVERIFY(!addFeature({u"pct_mito"_s, u"--dtype"_s, u"int"_s}).isEmpty());
    QVERIFY(!cellType.isEmpty() && !donor.isEmpty());
    const QString dense = QFINDTESTDATA("../fixtures/h5ad/dense_float.h5ad");
    const QStringList cli {u"--registry"_s, m_location};
    const QStringList create = cli + QStringList {u"sets"_s, u"create"_s, u"--name"_s};

    // obs: cell_type and donor; pct_mito reads as float where the feature is an int.
    const CliRun obs
        = run(create + QStringList {u"obs"_s, u"--from-columns"_s, dense, u"--json"_s});
    QVERIFY2(obs.exitCode == 0, obs.describe().constData());
    const QJsonObject obsSet = obs.json().object();
    QCOMPARE(obsSet.value(u"registry"_s).toString(), u"core.Feature"_s);
    QCOMPARE(obsSet.value(u"n"_s).toInt(), 2);
    QVERIFY(obsSet.value(u"dtype"_s).isNull());
    QCOMPARE(obsSet.value(u"hash"_s).toString(),
             fd::identity::hashSet(
                 {cellType.value(u"uid"_s).toString(), donor.value(u"uid"_s).toString()}));
    const QJsonArray obsLeft = obsSet.value(u"left_out"_s).toArray();
    QCOMPARE(obsLeft.size(), 7);
    QVERIFY(obsLeft.contains(u"pct_mito: dtype_mismatch"_s));
    const CliRun strict
        = run(create + QStringList {u"obs strict"_s, u"--from-columns"_s, dense, u"--strict"_s});
    QCOMPARE(strict.exitCode, 1);
    QVERIFY2(strict.errText().contains(u"obs column names"_s), strict.describe().constData());

    // var: the one gene of ncbi_small among the ids, a gene set of X's dtype (float).
    const CliRun imported
        = run(cli
              + QStringList {u"genes"_s, u"import"_s,
                             QFINDTESTDATA("../genes/data/ncbi_small.gene_info.tsv")});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    const QString tp53 = fd::identity::geneUid(u"ENSG00000141510"_s);
    const CliRun var = run(create
                           + QStringList {u"var"_s, u"--from-columns"_s, dense, u"--slot"_s,
                                          u"var"_s, u"--column"_s, u"gene_ids"_s, u"--field"_s,
                                          u"gene.ensembl_gene_id"_s, u"--json"_s});
    QVERIFY2(var.exitCode == 0, var.describe().constData());
    const QJsonObject varSet = var.json().object();
    QCOMPARE(varSet.value(u"registry"_s).toString(), u"bionty.Gene"_s);
    QCOMPARE(varSet.value(u"dtype"_s).toString(), u"float"_s);
    QCOMPARE(varSet.value(u"n"_s).toInt(), 1);
    QCOMPARE(varSet.value(u"hash"_s).toString(), fd::identity::hashSet({tp53}));
    QCOMPARE(varSet.value(u"left_out"_s).toArray().size(), 4);
    // The index (symbols) through --from-values, var being its default: the same gene, so the
    // same set.
    const CliRun symbols
        = run(create
              + QStringList {u"symbols"_s, u"--from-values"_s, dense, u"--field"_s,
                             u"gene.symbol"_s, u"--organism"_s, u"human"_s, u"--json"_s});
    QVERIFY2(symbols.exitCode == 0, symbols.describe().constData());
    QCOMPARE(symbols.json().object().value(u"created"_s).toBool(), false);
    QCOMPARE(symbols.json().object().value(u"uid"_s).toString(), varSet.value(u"uid"_s).toString());
    // A mouse file of an int X: Trp53 of biomart_mouse, the organism told from the ids.
    const CliRun mouse = run(
        cli
        + QStringList {u"genes"_s, u"import"_s, QFINDTESTDATA("../genes/data/biomart_mouse.tsv")});
    QVERIFY2(mouse.exitCode == 0, mouse.describe().constData());
    const CliRun counts
        = run(create
              + QStringList {u"counts"_s, u"--from-values"_s,
                             QFINDTESTDATA("../fixtures/h5ad/sparse_csr_int.h5ad"), u"--column"_s,
                             u"gene_ids"_s, u"--field"_s, u"gene.ensembl_gene_id"_s, u"--json"_s});
    QVERIFY2(counts.exitCode == 0, counts.describe().constData());
    const QJsonObject countSet = counts.json().object();
    QCOMPARE(countSet.value(u"dtype"_s).toString(), u"int"_s);
    QCOMPARE(countSet.value(u"hash"_s).toString(),
             fd::identity::hashSet({fd::identity::geneUid(u"ENSMUSG00000059552"_s)}));

    // Usage errors: var without a gene field, an unknown slot, obs with --from-values, obs with
    // var's options, CSV options on an .h5ad; --slot on a CSV.
    for (const QStringList &wrong :
         {QStringList {u"--from-columns"_s, dense, u"--slot"_s, u"var"_s},
          QStringList {u"--from-columns"_s, dense, u"--slot"_s, u"uns"_s},
          QStringList {u"--from-values"_s, dense, u"--slot"_s, u"obs"_s},
          QStringList {u"--from-columns"_s, dense, u"--field"_s, u"gene.symbol"_s},
          QStringList {u"--from-columns"_s, dense, u"--delimiter"_s, u","_s}}) {
        const CliRun refused = run(create + QStringList {u"wrong"_s} + wrong);
        QVERIFY2(refused.exitCode == 2, refused.describe().constData());
    }
    const QString sheet = m_registries.tempPath(u"h5ad-sets-%1.csv"_s.arg(m_backend));
    {
        QFile file(sheet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("cell_type\nT\n");
    }
    QCOMPARE(run(create + QStringList {u"csv"_s, u"--from-columns"_s, sheet, u"--slot"_s, u"obs"_s})
                 .exitCode,
             2);
    // Not AnnData: the reader's error, naming the file; no set saved.
    const CliRun broken = run(create
                              + QStringList {u"broken"_s, u"--from-columns"_s,
                                             QFINDTESTDATA("../fixtures/h5ad/not_hdf5.h5ad")});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.errText().contains(u"not_hdf5.h5ad"_s), broken.describe().constData());
    const CliRun listed = run(cli + QStringList {u"sets"_s, u"list"_s, u"--json"_s});
    QCOMPARE(listed.json().array().size(), 3);

    // standardize: refused with what to do instead, exit 1, no file written.
    const QString out = m_registries.tempPath(u"standardized-%1.h5ad"_s.arg(m_backend));
    for (const QStringList &options :
         {QStringList {},
          QStringList {u"--values"_s, u"gene_ids"_s, u"--field"_s, u"gene.ensembl_gene_id"_s}}) {
        const CliRun refused
            = run(cli + QStringList {u"standardize"_s, dense, u"--out"_s, out} + options);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.errText().contains(u"does not write .h5ad"_s)
                     && refused.errText().contains(u"dense_float.h5ad"_s),
                 refused.describe().constData());
        QVERIFY(!QFileInfo::exists(out));
    }
}

QTEST_GUILESS_MAIN(TestCliFiles)
#include "tst_clifiles.moc"
