// The one validation pipeline on SQLite and PostgreSQL: what it reads of a file (an inspection with
// dtypes, the header only, or names given), how it tells the genes' organism and says when it
// cannot, how it keeps an index, how it is cancelled, and the set a checked file resolves to;
// column names checked as genes (a table with a gene per column) on the human genes of
// ../shared/data; an AnnData .h5ad's obs column names as features and its var ids as genes, on the
// files anndata wrote (tests/fixtures/h5ad).

#include "model/Identity.h"
#include "model/csv/CsvProgress.h"
#include "model/db/Registry.h"
#include "model/features/FeatureStore.h"
#include "model/genes/GeneStore.h"
#include "model/validation/FileValidator.h"
#include "tests/support/BackendTest.h"

#include <QFile>
#include <QSet>

#include <tuple>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

// Cancels once the read has reported this many times.
class CancelAfter final : public CsvProgress
{
public:
    explicit CancelAfter(int updates)
        : m_left(updates)
    {
    }
    bool update(qint64, qint64) override { return --m_left > 0; }
    bool isCancelled() const override { return m_left <= 0; }

private:
    int m_left;
};

const ValidationItem *itemOf(const ValidationReport &report, const QString &value)
{
    for (const ValidationItem &item : report.items)
        if (item.value == value)
            return &item;
    return nullptr;
}

} // namespace

class TestFileValidator : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<Registry> m_registry;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_registries.tempPath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    void importGenes(const QString &organism, const QByteArray &rows)
    {
        const QString path = write(organism + QStringLiteral(".tsv"),
                                   "Gene stable ID\tGene name\tNCBI gene (formerly Entrezgene) ID\t"
                                   "Gene Synonym\n"
                                       + rows);
        GeneStore::ImportOptions options;
        options.organism = organism;
        FD_VERIFY_OK(GeneStore(*m_registry).importFile(path, options));
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void init()
    {
        FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry);
        FeatureStore features(*m_registry);
        FD_VERIFY_OK(
            features.add({QStringLiteral("cell_type"), QStringLiteral("cat"), {}, {}, {}}));
        FD_VERIFY_OK(
            features.add({QStringLiteral("dose_mg"), QStringLiteral("float"), {}, {}, {}}));
    }

    void cleanup() { m_registry.reset(); }

    void columnNamesAreInspectedWithTheirDtypes()
    {
        // dose_mg holds words: a full inspection reads it as text and the feature is a number.
        const QString path = write(QStringLiteral("sheet.csv"),
                                   "cell_type,dose_mg,Cell_Type2,operator\n"
                                   "T,high,x,ann\nB,low,y,bob\n");
        FileValidator validator(*m_registry);
        FileValidator::Request request;
        request.path = path;
        const Result<FileValidator::Outcome> inspected = validator.validate(request);
        FD_VERIFY_OK(inspected);
        QCOMPARE(inspected->report.items.size(), 4);
        QCOMPARE(itemOf(inspected->report, QStringLiteral("cell_type"))->status,
                 ValidationStatus::Validated);
        QCOMPARE(itemOf(inspected->report, QStringLiteral("dose_mg"))->status,
                 ValidationStatus::DtypeMismatch);
        QCOMPARE(itemOf(inspected->report, QStringLiteral("operator"))->status,
                 ValidationStatus::NotValidated);

        // The header alone has no dtypes to compare: dose_mg validates by its name.
        request.names = FileValidator::Names::HeaderOnly;
        const Result<FileValidator::Outcome> header = validator.validate(request);
        FD_VERIFY_OK(header);
        QCOMPARE(itemOf(header->report, QStringLiteral("dose_mg"))->status,
                 ValidationStatus::Validated);

        // Names given by the caller are checked as given; the file is not read.
        request.names = FileValidator::Names::Given;
        request.path = m_registries.tempPath(QStringLiteral("not-there.csv"));
        request.givenNames = {QStringLiteral("dose_mg"), QStringLiteral("batch")};
        request.givenDtypes = {QStringLiteral("float"), QStringLiteral("str")};
        const Result<FileValidator::Outcome> given = validator.validate(request);
        FD_VERIFY_OK(given);
        QCOMPARE(given->report.items.size(), 2);
        QCOMPARE(given->report.items.at(0).status, ValidationStatus::Validated);
        QCOMPARE(given->report.items.at(1).status, ValidationStatus::NotValidated);
    }

    void theSetIsTheValidatedColumnsAndTheDecisions()
    {
        const QString path
            = write(QStringLiteral("sheet.csv"), "Cell_Type,dose_mg,operator\nT,1.5,ann\n");
        FileValidator::Request request;
        request.path = path;
        const Result<FileValidator::Outcome> checked = FileValidator(*m_registry).validate(request);
        FD_VERIFY_OK(checked);
        QCOMPARE(itemOf(checked->report, QStringLiteral("Cell_Type"))->status,
                 ValidationStatus::Standardizable);

        // Without decisions only dose_mg counts; accepting the standard name adds cell_type.
        const CuratedMembers undecided = checked->members();
        QCOMPARE(undecided.names, QStringList {QStringLiteral("dose_mg")});
        QCOMPARE(undecided.leftOut.size(), 2);
        CurationDecision rename;
        rename.action = CurationAction::Rename;
        rename.name = QStringLiteral("cell_type");
        const CuratedMembers decided = checked->members({{QStringLiteral("Cell_Type"), rename}});
        QCOMPARE(decided.names,
                 (QStringList {QStringLiteral("cell_type"), QStringLiteral("dose_mg")}));

        const NewFeatureSet set = checked->setNamed(QStringLiteral("sheet"), decided);
        QCOMPARE(set.name, QStringLiteral("sheet"));
        QCOMPARE(set.registry, MemberRegistry::Feature);
        QCOMPARE(set.memberUids, decided.uids);
    }

    // Ids of the organisms of CELLxGENE's gene lists tell their organism, whatever else the
    // registry holds; a version suffix is fixable and says so.
    void idsOfEachOrganismTellIt_data()
    {
        QTest::addColumn<QByteArray>("values");
        QTest::addColumn<QString>("organism");
        QTest::addColumn<QString>("versioned");
        QTest::newRow("mouse") << QByteArray("ENSMUSG00000059552\nENSMUSG00000059552.14\n")
                               << "mouse"
                               << "ENSMUSG00000059552.14";
        QTest::newRow("fly") << QByteArray("FBti0060911\nFBgn0031208\n") << "fly"
                             << "";
        QTest::newRow("ERCC spike-ins") << QByteArray("ERCC-00002\n") << "ERCC spike-ins"
                                        << "";
        QTest::newRow("human") << QByteArray("ENSG00000141510.17\n") << "human"
                               << "ENSG00000141510.17";
    }

    void idsOfEachOrganismTellIt()
    {
        QFETCH(QByteArray, values);
        QFETCH(QString, organism);
        QFETCH(QString, versioned);
        const QList<std::pair<QString, QByteArray>> lists = {
            {QStringLiteral("genes_homo_sapiens.csv"),
             "ENSG00000141510,TP53,19,2512,protein_coding\n"},
            {QStringLiteral("genes_mus_musculus.csv"),
             "ENSMUSG00000059552,Trp53,14,1797,protein_coding\n"},
            {QStringLiteral("genes_drosophila_melanogaster.csv"),
             "FBgn0031208,CG11023,,1300,protein_coding\n"
             "FBti0060911,transib2{}2850,,41,transposable_element\n"},
            {QStringLiteral("genes_ercc.csv"),
             "ERCC-00002,ERCC-00002 (spike-in control),1,1061,synthetic\n"},
        };
        for (const auto &[name, rows] : lists)
            FD_VERIFY_OK(GeneStore(*m_registry).importFile(write(name, rows), {}));
        FileValidator::Request request;
        request.path = write(QStringLiteral("ids.csv"), "gene_ids\n" + values);
        request.field = Validator::Field::GeneEnsemblId;
        request.column = QStringLiteral("gene_ids");
        const Result<FileValidator::Outcome> checked = FileValidator(*m_registry).validate(request);
        FD_VERIFY_OK(checked);
        QCOMPARE(checked->organism, organism);
        for (const ValidationItem &item : checked->report.items) {
            if (item.value == versioned) {
                QCOMPARE(item.status, ValidationStatus::Standardizable);
                QVERIFY2(item.note.contains(QLatin1StringView("version suffix")),
                         qPrintable(item.note));
            } else {
                QCOMPARE(item.status, ValidationStatus::Validated);
            }
        }
    }

    void valuesAreCountedAndTheOrganismIsTold()
    {
        importGenes(QStringLiteral("human"),
                    "ENSG00000141510\tTP53\t7157\tp53\nENSG00000012048\tBRCA1\t672\t\n");
        importGenes(QStringLiteral("mouse"), "ENSMUSG00000059552\tTrp53\t22059\tp53\n");
        const QString path = write(QStringLiteral("expr.csv"),
                                   "gene,count\nENSG00000141510,3\nENSG00000012048,1\n"
                                   "ENSG00000141510,5\n,2\nENSG00000000001,1\n");
        FileValidator::Request request;
        request.path = path;
        request.field = Validator::Field::GeneEnsemblId;
        request.column = QStringLiteral("gene");
        const Result<FileValidator::Outcome> checked = FileValidator(*m_registry).validate(request);
        FD_VERIFY_OK(checked);
        QCOMPARE(checked->organism, QStringLiteral("human"));
        QVERIFY(!checked->report.columnNames);
        QCOMPARE(checked->report.emptyCount, 1);
        QCOMPARE(checked->report.duplicateCount, 1);
        QCOMPARE(itemOf(checked->report, QStringLiteral("ENSG00000141510"))->count, 2);
        QCOMPARE(itemOf(checked->report, QStringLiteral("ENSG00000141510"))->status,
                 ValidationStatus::Validated);
        QCOMPARE(itemOf(checked->report, QStringLiteral("ENSG00000000001"))->status,
                 ValidationStatus::NotValidated);
        const NewFeatureSet set = checked->setNamed(QStringLiteral("panel"), checked->members());
        QCOMPARE(set.registry, MemberRegistry::Gene);
        QCOMPARE(set.memberUids.size(), 2);

        // Symbols of two organisms' registry: which one cannot be told, and the error says so
        // with a remedy each program words its own way.
        const QString symbols = write(QStringLiteral("symbols.csv"), "gene\nTP53\nBRCA1\n");
        request.path = symbols;
        request.field = Validator::Field::GeneSymbol;
        const Result<FileValidator::Outcome> unknown = FileValidator(*m_registry).validate(request);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, Error::Code::Invalid);
        QCOMPARE(unknown.error().remedy, Error::Remedy::NameOrganism);
        request.organism = QStringLiteral("mouse");
        const Result<FileValidator::Outcome> mouse = FileValidator(*m_registry).validate(request);
        FD_VERIFY_OK(mouse);
        QCOMPARE(mouse->organism, QStringLiteral("mouse"));
        QCOMPARE(itemOf(mouse->report, QStringLiteral("TP53"))->status,
                 ValidationStatus::NotValidated);
    }

    // An expression table whose header is a gene panel: every human gene of ../shared/data
    // with one Ensembl id of its own, after a sample column.
    void columnNamesAreCheckedAsGenes()
    {
        const QString source = test::sharedData(QStringLiteral("genes/Homo_sapiens.gene_info.tsv"));
        QFile genes(source);
        if (!genes.open(QIODevice::ReadOnly))
            QSKIP("../shared/data/genes is not there");
        QStringList ids;
        QSet<QString> seen, shared;
        while (!genes.atEnd()) {
            const QList<QByteArray> fields = genes.readLine().trimmed().split('\t');
            if (fields.size() < 5 || fields.at(0).startsWith('#'))
                continue;
            QStringList ensembl;
            for (const QByteArray &xref : fields.at(4).split('|'))
                if (xref.startsWith("Ensembl:"))
                    ensembl.append(QString::fromLatin1(xref.mid(8)));
            for (const QString &id : std::as_const(ensembl))
                if (seen.contains(id))
                    shared.insert(id);
            seen.unite(QSet<QString>(ensembl.cbegin(), ensembl.cend()));
            if (ensembl.size() == 1)
                ids.append(ensembl.constFirst());
        }
        ids.removeIf([&shared](const QString &id) { return shared.contains(id); });
        QVERIFY2(ids.size() > 15000, qPrintable(QString::number(ids.size())));
        GeneStore::ImportOptions options;
        FD_VERIFY_OK(GeneStore(*m_registry).importFile(source, options));

        // Numbers under every gene: an inspection would call each column an int, which a gene
        // has nothing to compare with.
        const QByteArray header = "sample," + ids.join(QLatin1Char(',')).toLatin1() + '\n';
        QByteArray rows;
        for (int row = 0; row < 3; ++row)
            rows += "s" + QByteArray::number(row) + QByteArray(",7").repeated(ids.size()) + '\n';
        FileValidator::Request request;
        request.path = write(QStringLiteral("panel.csv"), header + rows);
        request.field = Validator::Field::GeneEnsemblId;
        const Result<FileValidator::Outcome> checked = FileValidator(*m_registry).validate(request);
        FD_VERIFY_OK(checked);
        QCOMPARE(checked->organism, QStringLiteral("human"));
        QCOMPARE(checked->report.field, Validator::Field::GeneEnsemblId);
        QVERIFY(checked->report.columnNames);
        QCOMPARE(checked->report.items.size(), ids.size() + 1);
        QCOMPARE(checked->report.summary().value(ValidationStatus::Validated), ids.size());
        QCOMPARE(checked->report.items.at(0).value, QStringLiteral("sample"));
        QCOMPARE(checked->report.items.at(0).status, ValidationStatus::NotValidated);
        for (const ValidationItem &item : checked->report.items) {
            QVERIFY2(item.columnDtype.isEmpty(), qPrintable(item.value));
            QCOMPARE(item.count, 1);
        }
        const CuratedMembers members = checked->members();
        QCOMPARE(members.uids.size(), ids.size());
        QCOMPARE(members.leftOut, QStringList {QStringLiteral("sample: not_validated")});
        const NewFeatureSet set = checked->setNamed(QStringLiteral("panel"), members);
        QCOMPARE(set.registry, MemberRegistry::Gene);
        QVERIFY(set.dtype.isEmpty()); // the registry's default for genes: number
        QCOMPARE(set.memberUids, members.uids);

        // Symbols given with dtypes (the import's scan): the dtypes are not looked at; a
        // symbol in another case is standardizable, as it is among a column's values.
        request.field = Validator::Field::GeneSymbol;
        request.names = FileValidator::Names::Given;
        request.givenNames
            = {QStringLiteral("TP53"), QStringLiteral("brca1"), QStringLiteral("sample")};
        request.givenDtypes
            = {QStringLiteral("int"), QStringLiteral("float"), QStringLiteral("str")};
        const Result<FileValidator::Outcome> symbols = FileValidator(*m_registry).validate(request);
        FD_VERIFY_OK(symbols);
        QCOMPARE(symbols->organism, QStringLiteral("human"));
        QCOMPARE(itemOf(symbols->report, QStringLiteral("TP53"))->status,
                 ValidationStatus::Validated);
        QCOMPARE(itemOf(symbols->report, QStringLiteral("brca1"))->status,
                 ValidationStatus::Standardizable);
        QCOMPARE(itemOf(symbols->report, QStringLiteral("brca1"))->standard,
                 QStringLiteral("BRCA1"));
        QVERIFY(itemOf(symbols->report, QStringLiteral("TP53"))->columnDtype.isEmpty());

        // With a second organism's symbols, names alone do not tell which: the error says so,
        // and naming the organism answers it.
        importGenes(QStringLiteral("mouse"), "ENSMUSG00000059552\tTrp53\t22059\tp53\n");
        const Result<FileValidator::Outcome> unknown = FileValidator(*m_registry).validate(request);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().remedy, Error::Remedy::NameOrganism);
        QVERIFY2(unknown.error().message.contains(QLatin1StringView("column names")),
                 qPrintable(unknown.error().message));
        request.organism = QStringLiteral("human");
        FD_VERIFY_OK(FileValidator(*m_registry).validate(request));
    }

    void idShapedValuesNameTheirGene()
    {
        const QString genes = test::sharedData(QStringLiteral("genes/Homo_sapiens.gene_info.tsv"));
        if (!QFile::exists(genes))
            QSKIP("The shared gene file is not there (FEATUREDESK_SHARED_DATA).");
        FD_VERIFY_OK(GeneStore(*m_registry).importFile(genes, {}));
        // TP53 as its symbol, its Ensembl id and its NCBI id, among symbols; a typo of BRCA1; an
        // Ensembl id no human gene has.
        FileValidator::Request request;
        request.path = write(QStringLiteral("symbols.csv"),
                             "gene\nTP53\nENSG00000141510\n7157\nBRAC1\nENSG00000000000\n");
        request.field = Validator::Field::GeneSymbol;
        request.column = QStringLiteral("gene");
        request.organism = QStringLiteral("human");
        const Result<FileValidator::Outcome> checked = FileValidator(*m_registry).validate(request);
        FD_VERIFY_OK(checked);
        const ValidationReport &report = checked->report;
        const QString tp53 = itemOf(report, QStringLiteral("TP53"))->uid;
        QVERIFY(!tp53.isEmpty());
        for (const auto &[value, field, kind] :
             {std::tuple(QStringLiteral("ENSG00000141510"), ValidationField::GeneEnsemblId,
                         QLatin1StringView("an Ensembl gene id")),
              std::tuple(QStringLiteral("7157"), ValidationField::GeneNcbiId,
                         QLatin1StringView("an NCBI gene id"))}) {
            const ValidationItem *item = itemOf(report, value);
            QVERIFY(item);
            QCOMPARE(item->status, ValidationStatus::NotValidated);
            QVERIFY(item->hint);
            QCOMPARE(item->hint->field, field);
            QCOMPARE(item->hint->uid, tp53);
            QCOMPARE(item->hint->symbol, QStringLiteral("TP53"));
            QCOMPARE(item->hint->standard, QStringLiteral("TP53"));
            QCOMPARE(item->hint->description, QStringLiteral("tumor protein p53"));
            QCOMPARE(item->hint->type, QStringLiteral("protein-coding"));
            QVERIFY2(item->note.contains(kind), qPrintable(item->note));
            QVERIFY2(item->note.contains(value + QStringLiteral(" is TP53")),
                     qPrintable(item->note));
            QVERIFY2(item->note.contains(validationFieldKey(field)), qPrintable(item->note));
            QVERIFY2(item->note.contains(QLatin1StringView("rename the value to TP53")),
                     qPrintable(item->note));
        }
        const ValidationItem *unknown = itemOf(report, QStringLiteral("ENSG00000000000"));
        QVERIFY(unknown->hint);
        QVERIFY(unknown->hint->uid.isEmpty());
        QVERIFY2(unknown->note.contains(QLatin1StringView("no gene of human")),
                 qPrintable(unknown->note));
        // Suggestions come with what they are, the likeliest typing error first.
        const ValidationItem *typo = itemOf(report, QStringLiteral("BRAC1"));
        QCOMPARE(typo->suggestions.value(0), QStringLiteral("BRCA1"));
        QCOMPARE(typo->suggestionDescriptions.size(), typo->suggestions.size());
        QCOMPARE(typo->suggestionDescriptions.value(0),
                 QStringLiteral("BRCA1 DNA repair associated"));
        QCOMPARE(typo->suggestionTypes.value(0), QStringLiteral("protein-coding"));

        // The same number in a column of Ensembl ids: it is renamed to TP53's Ensembl id.
        request.path = write(QStringLiteral("ids.csv"), "gene\nENSG00000141510\n7157\n");
        request.field = Validator::Field::GeneEnsemblId;
        const Result<FileValidator::Outcome> ids = FileValidator(*m_registry).validate(request);
        FD_VERIFY_OK(ids);
        const ValidationItem *number = itemOf(ids->report, QStringLiteral("7157"));
        QVERIFY(number->hint);
        QCOMPARE(number->hint->field, ValidationField::GeneNcbiId);
        QCOMPARE(number->hint->standard, QStringLiteral("ENSG00000141510"));
        QCOMPARE(number->hint->uid, tp53);
    }

    void aKeptIndexIsUsedUntilAnotherIsAskedFor()
    {
        FileValidator validator(*m_registry);
        FD_VERIFY_OK(validator.loadIndex(Validator::Field::FeatureName));
        // Registered after the index was loaded: the kept index does not know it ...
        FD_VERIFY_OK(FeatureStore(*m_registry)
                         .add({QStringLiteral("batch"), QStringLiteral("str"), {}, {}, {}}));
        FileValidator::Request request;
        request.names = FileValidator::Names::Given;
        request.givenNames = {QStringLiteral("batch")};
        const Result<FileValidator::Outcome> kept = validator.validate(request);
        FD_VERIFY_OK(kept);
        QCOMPARE(kept->report.items.at(0).status, ValidationStatus::NotValidated);
        // ... a fresh validator loads one that does, and so does keeping that one.
        FileValidator fresh(*m_registry);
        const Result<FileValidator::Outcome> loaded = fresh.validate(request);
        FD_VERIFY_OK(loaded);
        QCOMPARE(loaded->report.items.at(0).status, ValidationStatus::Validated);
        validator.keepIndex(loaded->index, Validator::Field::FeatureName, {});
        const Result<FileValidator::Outcome> again = validator.validate(request);
        FD_VERIFY_OK(again);
        QCOMPARE(again->report.items.at(0).status, ValidationStatus::Validated);
        QCOMPARE(again->index.get(), loaded->index.get());
    }

    void aCancelledReadEndsAsCancelled()
    {
        QByteArray rows = "gene\n";
        for (int i = 0; i < 20000; ++i)
            rows += "ENSG000001" + QByteArray::number(10000 + i) + '\n';
        FileValidator::Request request;
        request.path = write(QStringLiteral("long.csv"), rows);
        request.options.bufferSize = 4096;
        request.field = Validator::Field::GeneEnsemblId;
        request.column = QStringLiteral("gene");
        request.organism = QStringLiteral("human");
        CancelAfter progress(3);
        const Result<FileValidator::Outcome> cancelled
            = FileValidator(*m_registry).validate(request, &progress);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
    }

    // obs's column names are checked as features, with the dtypes the reader tells: batch is an
    // int column and a categorical feature (categories may be numbers), barcode_seq a str column
    // and a float feature.
    void h5adObsColumnNamesAreFeatures()
    {
        FeatureStore features(*m_registry);
        FD_VERIFY_OK(features.add({u"batch"_s, u"cat"_s, {}, {}, {}}));
        FD_VERIFY_OK(features.add({u"pct_mito"_s, u"float"_s, {}, {}, {}}));
        FD_VERIFY_OK(features.add({u"barcode_seq"_s, u"float"_s, {}, {}, {}}));
        FileValidator::Request request;
        request.path = QFINDTESTDATA("../fixtures/h5ad/dense_float.h5ad");
        request.slot = H5adSlot::Obs;
        const Result<FileValidator::Outcome> checked = FileValidator(*m_registry).validate(request);
        FD_VERIFY_OK(checked);
        QVERIFY(checked->report.columnNames);
        QCOMPARE(checked->names,
                 (QStringList {u"cell_type"_s, u"donor"_s, u"n_genes"_s, u"total_counts"_s,
                               u"pct_mito"_s, u"is_doublet"_s, u"batch"_s, u"passed_qc"_s,
                               u"barcode_seq"_s}));
        QCOMPARE(checked->dtypes,
                 (QStringList {u"cat"_s, u"cat"_s, u"int"_s, u"int"_s, u"float"_s, u"bool"_s,
                               u"int"_s, u"bool"_s, u"str"_s}));
        QCOMPARE(itemOf(checked->report, u"cell_type"_s)->status, ValidationStatus::Validated);
        QCOMPARE(itemOf(checked->report, u"pct_mito"_s)->status, ValidationStatus::Validated);
        QCOMPARE(itemOf(checked->report, u"batch"_s)->status, ValidationStatus::Validated);
        QCOMPARE(itemOf(checked->report, u"barcode_seq"_s)->status,
                 ValidationStatus::DtypeMismatch);
        QCOMPARE(itemOf(checked->report, u"donor"_s)->status, ValidationStatus::NotValidated);
        const CuratedMembers members = checked->members();
        QCOMPARE(members.names, (QStringList {u"cell_type"_s, u"pct_mito"_s, u"batch"_s}));

        // A file that is not HDF5, or one without var: the reader's error, naming the file.
        for (const char *bad : {"not_hdf5.h5ad", "no_var.h5ad"}) {
            request.path = QFINDTESTDATA(u"../fixtures/h5ad/"_s + QLatin1StringView(bad));
            const Result<FileValidator::Outcome> refused
                = FileValidator(*m_registry).validate(request);
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(QLatin1StringView(bad)),
                     qPrintable(refused.error().message));
        }
    }

    // var's ids are checked as gene values, as a CSV column's: the index (symbols here) unless a
    // column is named (gene_ids, Ensembl ids); the organism is told from them or named.
    void h5adVarIdsAreGeneValues()
    {
        importGenes(u"human"_s,
                    "ENSG00000141510\tTP53\t7157\tp53\nENSG00000012048\tBRCA1\t672\t\n"
                    "ENSG00000146648\tEGFR\t1956\t\n");
        FileValidator::Request request;
        request.path = QFINDTESTDATA("../fixtures/h5ad/dense_float.h5ad");
        request.slot = H5adSlot::Var;
        request.field = Validator::Field::GeneSymbol;
        QVERIFY(request.checksValues());
        FileValidator validator(*m_registry);
        const Result<FileValidator::Outcome> symbols = validator.validate(request);
        FD_VERIFY_OK(symbols);
        QCOMPARE(symbols->organism, u"human"_s);
        QVERIFY(!symbols->report.columnNames);
        QCOMPARE(symbols->report.items.size(), 5);
        QCOMPARE(itemOf(symbols->report, u"TP53"_s)->status, ValidationStatus::Validated);
        QCOMPARE(itemOf(symbols->report, u"TP53"_s)->uid, identity::geneUid(u"ENSG00000141510"_s));
        QCOMPARE(itemOf(symbols->report, u"MYC"_s)->status, ValidationStatus::NotValidated);
        QCOMPARE(itemOf(symbols->report, u"GAPDH"_s)->status, ValidationStatus::NotValidated);

        request.column = u"gene_ids"_s;
        request.field = Validator::Field::GeneEnsemblId;
        const Result<FileValidator::Outcome> ids = validator.validate(request);
        FD_VERIFY_OK(ids);
        QCOMPARE(ids->members().uids,
                 (QStringList {identity::geneUid(u"ENSG00000141510"_s),
                               identity::geneUid(u"ENSG00000012048"_s),
                               identity::geneUid(u"ENSG00000146648"_s)}));

        // Missing values and repeats are counted as in a CSV column: obs's cell_type as symbols.
        request.slot = H5adSlot::Obs;
        request.column = u"cell_type"_s;
        request.field = Validator::Field::GeneSymbol;
        request.organism = u"human"_s;
        const Result<FileValidator::Outcome> counted = validator.validate(request);
        FD_VERIFY_OK(counted);
        QCOMPARE(counted->report.items.size(), 3);
        QCOMPARE(counted->report.emptyCount, 1);
        QCOMPARE(counted->report.duplicateCount, 2);
        QCOMPARE(itemOf(counted->report, u"T cell"_s)->count, 2);

        // A var column that is not there: an error naming it.
        request.slot = H5adSlot::Var;
        request.column = u"nope"_s;
        const Result<FileValidator::Outcome> missing = validator.validate(request);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY2(missing.error().message.contains(u"nope"_s), qPrintable(missing.error().message));

        // Mouse ids against the mouse genes, the organism named.
        importGenes(u"mouse"_s, "ENSMUSG00000059552\tTrp53\t22059\tp53\n");
        request.path = QFINDTESTDATA("../fixtures/h5ad/sparse_csr_int.h5ad");
        request.column = u"gene_ids"_s;
        request.field = Validator::Field::GeneEnsemblId;
        request.organism = u"mouse"_s;
        const Result<FileValidator::Outcome> mouse = FileValidator(*m_registry).validate(request);
        FD_VERIFY_OK(mouse);
        QCOMPARE(mouse->organism, u"mouse"_s);
        QCOMPARE(mouse->report.items.size(), 7);
        QCOMPARE(mouse->members().uids, QStringList {identity::geneUid(u"ENSMUSG00000059552"_s)});
    }

    // Told from the values: var's symbol index as symbols, its gene_ids as Ensembl ids (the
    // field asked for only says genes); mouse ids as well, and fly and worm ids by their prefixes.
    void h5adVarFieldToldFromTheIds()
    {
        importGenes(u"human"_s,
                    "ENSG00000141510\tTP53\t7157\tp53\nENSG00000012048\tBRCA1\t672\t\n");
        FileValidator::Request request;
        request.path = QFINDTESTDATA("../fixtures/h5ad/dense_float.h5ad");
        request.slot = H5adSlot::Var;
        request.field = Validator::Field::GeneEnsemblId;
        request.fieldFromValues = true;
        FileValidator validator(*m_registry);
        const Result<FileValidator::Outcome> symbols = validator.validate(request);
        FD_VERIFY_OK(symbols);
        QCOMPARE(symbols->field, Validator::Field::GeneSymbol);
        QCOMPARE(symbols->report.field, Validator::Field::GeneSymbol);
        QCOMPARE(itemOf(symbols->report, u"TP53"_s)->status, ValidationStatus::Validated);

        request.column = u"gene_ids"_s;
        request.field = Validator::Field::GeneSymbol;
        const Result<FileValidator::Outcome> ids = validator.validate(request);
        FD_VERIFY_OK(ids);
        QCOMPARE(ids->field, Validator::Field::GeneEnsemblId);
        QCOMPARE(ids->organism, u"human"_s);
        QCOMPARE(ids->members().uids.size(), 2);

        // Without fieldFromValues the field asked for is the one checked.
        request.fieldFromValues = false;
        const Result<FileValidator::Outcome> asked = validator.validate(request);
        FD_VERIFY_OK(asked);
        QCOMPARE(asked->field, Validator::Field::GeneSymbol);

        QCOMPARE(FileValidator::geneFieldOf({u"FBgn0000008"_s, u"FBgn0000014"_s, u"a"_s}),
                 Validator::Field::GeneEnsemblId);
        QCOMPARE(FileValidator::geneFieldOf({u"WBGene00000001"_s, u"unc-1"_s, u""_s}),
                 Validator::Field::GeneSymbol); // one of two non-empty: not most
        QCOMPARE(FileValidator::geneFieldOf(
                     {u"Trp53"_s, u"ENSMUSG00000059552"_s, u"ENSMUSG00000029580"_s}),
                 Validator::Field::GeneEnsemblId);
    }
};

QTEST_GUILESS_MAIN(TestFileValidator)
#include "tst_filevalidator.moc"
