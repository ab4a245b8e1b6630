#include "model/Identity.h"
#include "model/db/Registry.h"
#include "model/genes/GeneIndex.h"
#include "model/genes/GeneStore.h"
#include "model/sets/FeatureSetStore.h"
#include "tests/support/BackendTest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace fd;

class TestGeneStore : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<Registry> m_registry;

    qint64 count(const QString &sql) { return test::scalar(m_registry->database(), sql); }

    // What a failed import must leave exactly as it was.
    QList<qint64> snapshot()
    {
        return {count(QStringLiteral("SELECT COUNT(*) FROM fd_gene")),
                count(QStringLiteral("SELECT COUNT(*) FROM fd_organism")),
                count(QStringLiteral("SELECT COUNT(*) FROM fd_run")),
                count(QStringLiteral(
                    "SELECT COUNT(*) FROM fd_gene WHERE description LIKE '%updated%'"))};
    }

    Result<GeneImportReport> import(const QString &file, const QString &organism = {})
    {
        GeneStore::ImportOptions options;
        options.organism = organism;
        return GeneStore(*m_registry).importFile(file, options);
    }

    QHash<QString, QString> uidsByNcbi()
    {
        QHash<QString, QString> uids;
        QSqlQuery query(m_registry->database());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT ncbi_gene_id, uid FROM fd_gene")))
            qWarning("%s", qPrintable(query.lastError().text()));
        while (query.next())
            uids.insert(query.value(0).toString(), query.value(1).toString());
        return uids;
    }

    GeneRecord bySymbol(const QString &symbol)
    {
        const Result<QList<GeneRecord>> genes = GeneStore(*m_registry).list();
        if (genes)
            for (const GeneRecord &gene : *genes)
                if (gene.symbol == symbol)
                    return gene;
        return {};
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void init() { FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry); }

    void cleanup() { m_registry.reset(); }

    void importsEachFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("organism");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("organismName");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("skipped");
        QTest::newRow("ncbi") << "data/ncbi_small.gene_info.tsv"
                              << ""
                              << "ncbi"
                              << "human" << 10 << 0;
        QTest::newRow("ncbi gzip") << "data/ncbi_small.gene_info.tsv.gz"
                                   << ""
                                   << "ncbi"
                                   << "human" << 10 << 0;
        QTest::newRow("biomart") << "data/biomart_human.tsv"
                                 << ""
                                 << "biomart"
                                 << "human" << 5 << 0;
        QTest::newRow("biomart mouse") << "data/biomart_mouse.tsv"
                                       << ""
                                       << "biomart"
                                       << "mouse" << 2 << 0;
        QTest::newRow("biomart, organism named") << "data/biomart_unknown.tsv"
                                                 << "platypus"
                                                 << "biomart"
                                                 << "platypus" << 1 << 0;
        QTest::newRow("hgnc") << "data/hgnc_small.tsv"
                              << ""
                              << "hgnc"
                              << "human" << 4 << 1;
        QTest::newRow("ncbi, one of two organisms") << "data/ncbi_two_organisms.tsv"
                                                    << "mouse"
                                                    << "ncbi"
                                                    << "mouse" << 2 << 0;
        QTest::newRow("ncbi, unknown taxon named") << "data/ncbi_unknown_taxon.tsv"
                                                   << "guinea pig"
                                                   << "ncbi"
                                                   << "guinea pig" << 1 << 0;
    }

    void importsEachFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, organism);
        QFETCH(QString, format);
        QFETCH(QString, organismName);
        QFETCH(int, added);
        QFETCH(int, skipped);
        const Result<GeneImportReport> report = import(QFINDTESTDATA(file), organism);
        FD_VERIFY_OK(report);
        QCOMPARE(report->format, format);
        QCOMPARE(report->organism, organismName);
        QCOMPARE(report->added, added);
        QCOMPARE(report->updated, 0);
        QCOMPARE(report->skipped, skipped);
        QVERIFY(report->runId > 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_gene")), added);
        // One run, finished, holding the genes.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_run WHERE kind = 'genes.import' AND "
                                      "finished_at IS NOT NULL")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_gene WHERE run_id = %1")
                           .arg(report->runId)),
                 added);
        // Every uid follows the rule or is a reported collision.
        const Result<QList<GeneRecord>> genes = GeneStore(*m_registry).list();
        FD_VERIFY_OK(genes);
        QSet<QString> collided;
        for (const GeneCollision &collision : report->collisions)
            collided.insert(collision.uid);
        for (const GeneRecord &gene : *genes) {
            QVERIFY(identity::isBase62(gene.uid, 12));
            QCOMPARE(gene.organism, organismName);
            if (!collided.contains(gene.uid))
                QCOMPARE(gene.uid,
                         identity::geneUid(gene.ensemblGeneId.isEmpty() ? gene.symbol
                                                                        : gene.ensemblGeneId));
        }
    }

    void ncbiDetails()
    {
        const Result<GeneImportReport> report
            = import(QFINDTESTDATA("data/ncbi_small.gene_info.tsv"));
        FD_VERIFY_OK(report);
        QCOMPARE(report->taxonId, 9606);
        const GeneRecord a2m = bySymbol(QStringLiteral("A2M"));
        QCOMPARE(a2m.uid, identity::geneUid(QStringLiteral("ENSG00000175899")));
        QCOMPARE(a2m.synonyms,
                 (QStringList {QStringLiteral("A2MD"), QStringLiteral("CPAMD5"),
                               QStringLiteral("FWP007")}));
        QCOMPARE(a2m.description, QStringLiteral("alpha-2-macroglobulin"));
        QCOMPARE(a2m.biotype, QStringLiteral("protein-coding"));
        // A gene listing several Ensembl ids keeps the first and records the rest.
        const GeneRecord c4a = bySymbol(QStringLiteral("C4A"));
        QCOMPARE(c4a.ensemblGeneId, QStringLiteral("ENSG00000206340"));
        QCOMPARE(
            c4a.otherEnsemblGeneIds,
            (QStringList {QStringLiteral("ENSG00000227746"), QStringLiteral("ENSG00000244731")}));
        // The later gene with the same first Ensembl id: keyed by symbol + organism, reported.
        const GeneRecord loc = bySymbol(QStringLiteral("LOC110384692"));
        QVERIFY(loc.ensemblGeneId.isEmpty());
        QCOMPARE(loc.uid, identity::geneUid(QStringLiteral("LOC110384692human")));
        QCOMPARE(
            loc.otherEnsemblGeneIds,
            (QStringList {QStringLiteral("ENSG00000206340"), QStringLiteral("ENSG00000227746")}));
        // No Ensembl id: the symbol's uid (a vector of the shared data).
        QCOMPARE(bySymbol(QStringLiteral("LOC126807226")).uid, QStringLiteral("3unv3gWAxM4C"));
        // A symbol shared by three genes: symbol, symbol + organism, NCBI id; and a warning.
        QCOMPARE(uidsByNcbi().value(QStringLiteral("107987368")),
                 identity::geneUid(QStringLiteral("TRNAE-UUC")));
        QCOMPARE(uidsByNcbi().value(QStringLiteral("124905580")),
                 identity::geneUid(QStringLiteral("TRNAE-UUChuman")));
        QCOMPARE(uidsByNcbi().value(QStringLiteral("124905583")),
                 identity::geneUid(QStringLiteral("124905583")));
        QCOMPARE(report->collisions.size(), 3);
        QCOMPARE(report->collisions.at(0).symbol, QStringLiteral("LOC110384692"));
        QCOMPARE(report->collisions.at(0).heldBy, QStringLiteral("C4A"));
        QCOMPARE(report->collisions.at(2).keyedBy, QStringLiteral("ncbi_gene_id"));
        QVERIFY(report->warnings.join(QLatin1Char('\n'))
                    .contains(QLatin1StringView("'TRNAE-UUC' names 3 genes")));
        QCOMPARE(report->synonyms, 4 + 3 + 3 + 4 + 1);
        QCOMPARE(report->extraEnsemblIds, 2 + 2);
    }

    void reimportUpdatesInPlaceAndKeepsFeatureSets()
    {
        FD_VERIFY_OK(import(QFINDTESTDATA("data/ncbi_small.gene_info.tsv")));
        const QHash<QString, QString> before = uidsByNcbi();
        const GeneRecord a1bg = bySymbol(QStringLiteral("A1BG"));
        const GeneRecord tp53 = bySymbol(QStringLiteral("TP53"));
        const GeneRecord sox14 = bySymbol(QStringLiteral("SOX14"));
        FeatureSetStore sets(*m_registry);
        const Result<FeatureSetStore::Created> panel = sets.create({QStringLiteral("panel"),
                                                                    MemberRegistry::Gene,
                                                                    {a1bg.uid, tp53.uid, sox14.uid},
                                                                    {},
                                                                    {}});
        FD_VERIFY_OK(panel);
        const qint64 runs = count(QStringLiteral("SELECT COUNT(*) FROM fd_run"));

        const Result<GeneImportReport> report
            = import(QFINDTESTDATA("data/ncbi_small_v2.gene_info.tsv"));
        FD_VERIFY_OK(report);
        QCOMPARE(report->added, 1);
        QCOMPARE(report->updated, 2);
        QCOMPARE(report->unchanged, 7);
        QVERIFY(
            report->collisions.isEmpty()); // the stored genes keep their uids, nothing new collides
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_run")), runs + 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_gene")), 11); // SOX14 is kept
        const QHash<QString, QString> after = uidsByNcbi();
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(after.value(it.key()), it.value());
        const GeneRecord updated = bySymbol(QStringLiteral("A1BG"));
        QCOMPARE(updated.uid, a1bg.uid);
        QCOMPARE(updated.description, QStringLiteral("alpha-1-B glycoprotein (updated)"));
        QCOMPARE(
            updated.synonyms,
            (QStringList {QStringLiteral("A1B"), QStringLiteral("ABG"), QStringLiteral("GAB")}));
        // The feature set still holds the same genes, and its hash still says so.
        const Result<QList<SetMember>> members = sets.members(panel->set.uid);
        FD_VERIFY_OK(members);
        QStringList uids;
        for (const SetMember &member : *members)
            uids.append(member.uid);
        QCOMPARE(identity::hashSet(uids), panel->set.hash);
        QCOMPARE(uids.size(), 3);

        // The same file once more: nothing to write, no run left behind.
        const Result<GeneImportReport> again
            = import(QFINDTESTDATA("data/ncbi_small_v2.gene_info.tsv"));
        FD_VERIFY_OK(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->updated, 0);
        QCOMPARE(again->unchanged, 10);
        QCOMPARE(again->runId, -1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_run")), runs + 1);
    }

    void otherFormatUpdatesTheSameGenes()
    {
        FD_VERIFY_OK(import(QFINDTESTDATA("data/ncbi_small.gene_info.tsv")));
        const QString tp53 = bySymbol(QStringLiteral("TP53")).uid;
        // HGNC's A1BG, A2M, TP53 match by Ensembl id; A1BG-AS1 is new.
        const Result<GeneImportReport> report = import(QFINDTESTDATA("data/hgnc_small.tsv"));
        FD_VERIFY_OK(report);
        QCOMPARE(report->added, 1);
        QCOMPARE(report->updated + report->unchanged, 3);
        QCOMPARE(bySymbol(QStringLiteral("TP53")).uid, tp53);
        QCOMPARE(bySymbol(QStringLiteral("TP53")).biotype,
                 QStringLiteral("gene with protein product"));
    }

    // An NCBI gene and its GENCODE row are one gene, matched by Ensembl id, whichever comes first;
    // the GENCODE genes NCBI lacks are added.
    void gencodeMergesWithNcbi_data()
    {
        QTest::addColumn<bool>("ncbiFirst");
        QTest::newRow("gencode after ncbi") << true;
        QTest::newRow("ncbi after gencode") << false;
    }

    void gencodeMergesWithNcbi()
    {
        QFETCH(bool, ncbiFirst);
        const QString ncbi = QFINDTESTDATA("data/ncbi_small.gene_info.tsv");
        const QString gencode = QFINDTESTDATA("data/gencode_human_small.csv");
        const Result<GeneImportReport> first = import(ncbiFirst ? ncbi : gencode);
        FD_VERIFY_OK(first);
        const Result<GeneImportReport> second = import(ncbiFirst ? gencode : ncbi);
        FD_VERIFY_OK(second);
        QCOMPARE(first->organism, QStringLiteral("human"));
        QCOMPARE(second->organism, QStringLiteral("human"));
        QCOMPARE((ncbiFirst ? second : first)->format, QStringLiteral("gencode"));
        // 10 NCBI genes, 7 GENCODE ones, 5 of them (A1BG, A2M, C4A, TP53, SOX14) the same.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_gene")), 12);
        QCOMPARE(second->added, ncbiFirst ? 2 : 5);
        QCOMPARE(second->updated + second->unchanged, 5);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_organism")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT ensembl_gene_id) FROM fd_gene")),
                 count(QStringLiteral(
                     "SELECT COUNT(*) FROM fd_gene WHERE ensembl_gene_id IS NOT NULL")));
        // The merged gene: NCBI's id, synonyms and description, GENCODE's id, and one uid.
        const GeneRecord a1bg = bySymbol(QStringLiteral("A1BG"));
        QCOMPARE(a1bg.ensemblGeneId, QStringLiteral("ENSG00000121410"));
        QCOMPARE(a1bg.ncbiGeneId, QStringLiteral("1"));
        QCOMPARE(a1bg.uid, identity::geneUid(QStringLiteral("ENSG00000121410")));
        QCOMPARE(a1bg.synonyms,
                 (QStringList {QStringLiteral("A1B"), QStringLiteral("ABG"), QStringLiteral("GAB"),
                               QStringLiteral("HYST2477")}));
        QCOMPARE(a1bg.description, QStringLiteral("alpha-1-B glycoprotein"));
        QCOMPARE(a1bg.biotype,
                 ncbiFirst ? QStringLiteral("protein_coding") : QStringLiteral("protein-coding"));
        // SOX14's NCBI row gives a versioned id; the bare one matches.
        const GeneRecord sox14 = bySymbol(QStringLiteral("SOX14"));
        QCOMPARE(sox14.ncbiGeneId, QStringLiteral("8403"));
        QCOMPARE(sox14.ensemblGeneId, QStringLiteral("ENSG00000168875"));
        // The file imported last names C4A; the other name stays findable after a GENCODE list.
        const GeneRecord c4a = bySymbol(ncbiFirst ? QStringLiteral("C4A1") : QStringLiteral("C4A"));
        QCOMPARE(c4a.ensemblGeneId, QStringLiteral("ENSG00000206340"));
        QCOMPARE(c4a.ncbiGeneId, QStringLiteral("720"));
        if (ncbiFirst)
            QVERIFY(c4a.synonyms.contains(QStringLiteral("C4A")));
        // GENCODE's own genes: uids from their Ensembl ids; a gene without a name has no symbol.
        const GeneRecord ddx = bySymbol(QStringLiteral("DDX11L16"));
        QCOMPARE(ddx.uid, identity::geneUid(QStringLiteral("ENSG00000290825")));
        QVERIFY(ddx.ncbiGeneId.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_gene WHERE symbol IS NULL AND "
                                      "ensembl_gene_id = 'ENSG00000310526'")),
                 1);
        // The same list again changes nothing.
        const Result<GeneImportReport> again = import(gencode);
        FD_VERIFY_OK(again);
        QCOMPARE(again->added, 0);
        if (ncbiFirst) {
            QCOMPARE(again->updated, 0);
            QCOMPARE(again->unchanged, 7);
        }
    }

    // The mouse list: every gene's uid is bionty's, as LaminDB's own code computed it for the
    // shared identity vectors (the mouse genes whose digest starts with a zero byte).
    void gencodeMouseUids()
    {
        const QString file
            = test::sharedData(QStringLiteral("genes/gencode/genes_mus_musculus.csv.gz"));
        if (!QFile::exists(file))
            QSKIP("../shared/data/genes/gencode is not there");
        const Result<GeneImportReport> report = import(file);
        FD_VERIFY_OK(report);
        QCOMPARE(report->organism, QStringLiteral("mouse"));
        QCOMPARE(report->taxonId, 10090);
        QCOMPARE(report->format, QStringLiteral("gencode"));
        QCOMPARE(report->added, 78317);
        QCOMPARE(report->skipped, 0);
        QVERIFY(report->collisions.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT uid) FROM fd_gene")), 78317);

        QFile vectors(test::sharedData(QStringLiteral("identity/vectors.json")));
        QVERIFY(vectors.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(vectors.readAll())
                                     .object()
                                     .value(QStringLiteral("gene_uid_leading_zero"))
                                     .toArray();
        QHash<QString, QString> uids;
        QSqlQuery query(m_registry->database());
        QVERIFY2(query.exec(QStringLiteral("SELECT ensembl_gene_id, uid FROM fd_gene")),
                 qPrintable(query.lastError().text()));
        while (query.next())
            uids.insert(query.value(0).toString(), query.value(1).toString());
        int mouse = 0;
        for (const QJsonValue &value : cases) {
            const QJsonObject vector = value.toObject();
            if (vector.value(QStringLiteral("source")).toString()
                != QLatin1StringView("mus_musculus"))
                continue;
            ++mouse;
            const QString id = vector.value(QStringLiteral("encoded")).toString();
            QVERIFY2(uids.value(id) == vector.value(QStringLiteral("uid")).toString(),
                     qPrintable(id));
        }
        QVERIFY(mouse >= 300);
    }

    void badInputLeavesTheRegistryAsItWas_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("organism");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not a gene table") << QFINDTESTDATA("data/not_genes.csv") << ""
                                          << "not one of a gene table";
        QTest::newRow("truncated") << QFINDTESTDATA("data/ncbi_truncated.tsv") << ""
                                   << "truncated";
        QTest::newRow("duplicate ids") << QFINDTESTDATA("data/ncbi_duplicate_ids.tsv") << ""
                                       << "appears again";
        QTest::newRow("conflicting rows") << QFINDTESTDATA("data/biomart_conflict.tsv") << ""
                                          << "A1BGX";
        QTest::newRow("wrong organism")
            << QFINDTESTDATA("data/ncbi_small_v2.gene_info.tsv") << "mouse"
            << "not of mouse";
        QTest::newRow("organism unknown") << QFINDTESTDATA("data/biomart_unknown.tsv") << ""
                                          << "which organism its genes belong to";
        QTest::newRow("two organisms") << QFINDTESTDATA("data/ncbi_two_organisms.tsv") << ""
                                       << "2 organisms";
        QTest::newRow("columns swapped throughout")
            << QFINDTESTDATA("data/ncbi_swapped_columns.tsv") << ""
            << "the two columns look swapped";
        QTest::newRow("biomart columns swapped")
            << QFINDTESTDATA("data/biomart_swapped_columns.tsv") << ""
            << "the two columns look swapped";
        QTest::newRow("tax_id not a number") << QFINDTESTDATA("data/ncbi_bad_taxon.tsv") << ""
                                             << "line 3: the tax_id (column 1) is 'human'";
        QTest::newRow("tax_id not a number, organism named")
            << QFINDTESTDATA("data/ncbi_bad_taxon.tsv") << "human"
            << "line 3: the tax_id (column 1) is 'human'";
        QTest::newRow("second header") << QFINDTESTDATA("data/ncbi_second_header.tsv") << ""
                                       << "second header";
    }

    void badInputLeavesTheRegistryAsItWas()
    {
        QFETCH(QString, file);
        QFETCH(QString, organism);
        QFETCH(QString, mentions);
        FD_VERIFY_OK(import(QFINDTESTDATA("data/ncbi_small.gene_info.tsv")));
        const QList<qint64> before = snapshot();
        const QHash<QString, QString> uids = uidsByNcbi();
        const Result<GeneImportReport> report = import(file, organism);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(mentions), qPrintable(report.error().message));
        QCOMPARE(snapshot(), before);
        QCOMPARE(uidsByNcbi(), uids);
    }

    // A file that does not name its organism: what to do (name it) is the remedy, which the window
    // and the CLI each word their own way.
    void unknownOrganismAsksToNameIt()
    {
        const Result<GeneImportReport> report = import(QFINDTESTDATA("data/biomart_unknown.tsv"));
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, Error::Code::Invalid);
        QCOMPARE(report.error().remedy, Error::Remedy::NameOrganism);
    }

    // Bad rows among good ones are skipped, counted and listed; the good ones are imported, and no
    // stored gene holds a control or invisible character.
    void badRowsAreSkippedAndReported_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("added");
        QTest::addColumn<QList<qint64>>("skipLines");
        QTest::newRow("control characters")
            << "data/ncbi_control_characters.tsv" << 7 << QList<qint64> {3, 5, 7, 9, 11};
        QTest::newRow("header repeated")
            << "data/ncbi_repeated_header.tsv" << 6 << QList<qint64> {5};
        QTest::newRow("GeneID and Symbol swapped in one row")
            << "data/ncbi_swapped_row.tsv" << 5 << QList<qint64> {4};
        QTest::newRow("biomart ids") << "data/biomart_bad_rows.tsv" << 4 << QList<qint64> {4, 7};
        QTest::newRow("hgnc ids") << "data/hgnc_bad_ids.tsv" << 3 << QList<qint64> {3, 5, 7, 8};
        QTest::newRow("CR line breaks") << "data/ncbi_cr_only.tsv" << 6 << QList<qint64> {};
    }

    void badRowsAreSkippedAndReported()
    {
        QFETCH(QString, file);
        QFETCH(int, added);
        QFETCH(QList<qint64>, skipLines);
        const Result<GeneImportReport> report = import(QFINDTESTDATA(file));
        FD_VERIFY_OK(report);
        QCOMPARE(report->added, added);
        QCOMPARE(report->skipped, skipLines.size());
        QList<qint64> lines;
        for (const GeneSkip &skip : report->skips)
            lines.append(skip.line);
        QCOMPARE(lines, skipLines);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_gene")), added);
        const Result<QList<GeneRecord>> genes = GeneStore(*m_registry).list();
        FD_VERIFY_OK(genes);
        for (const GeneRecord &gene : *genes) {
            for (const QString &text : {gene.symbol, gene.synonyms.join(QLatin1Char('|')),
                                        gene.ncbiGeneId, gene.ensemblGeneId, gene.description}) {
                QVERIFY2(std::none_of(text.begin(), text.end(),
                                      [](QChar c) {
                                          return c.category() == QChar::Other_Control
                                              || c == QChar(0xFFFD);
                                      }),
                         qPrintable(text));
            }
            QVERIFY(!gene.symbol.contains(QChar(0x200B)));
            QVERIFY(gene.symbol.compare(QLatin1StringView("Symbol"), Qt::CaseInsensitive) != 0);
            QVERIFY(gene.ncbiGeneId.isEmpty() || gene.ncbiGeneId.toLongLong() > 0);
        }
        // The swapped row is not stored under its symbol's name as an id, nor the header as a gene.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_gene WHERE ncbi_gene_id IN ('NAT1', "
                                      "'GeneID') OR symbol IN ('9', 'Symbol')")),
                 0);
    }

    // 100,000 synonyms of one gene are stored once each, in the file's order.
    void manySynonymsStoredOnceEach()
    {
        constexpr int Count = 100'000;
        QByteArray synonyms;
        for (int pass = 0; pass < 2; ++pass)
            for (int i = 0; i < Count; ++i)
                synonyms += "SYN" + QByteArray::number(i) + '|';
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("synonyms.tsv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "#tax_id\tGeneID\tSymbol\tSynonyms\tdbXrefs\tchromosome\tdescription\ttype_of_gene\n"
            "9606\t1\tA1BG\t"
            + synonyms
            + "A1BG\tEnsembl:ENSG00000121410\t19\talpha-1-B glycoprotein\tprotein-coding\n");
        file.close();
        const Result<GeneImportReport> report = import(path);
        FD_VERIFY_OK(report);
        QCOMPARE(report->added, 1);
        QCOMPARE(report->synonyms, Count);
        const GeneRecord a1bg = bySymbol(QStringLiteral("A1BG"));
        QCOMPARE(a1bg.synonyms.size(), Count);
        QCOMPARE(QSet<QString>(a1bg.synonyms.cbegin(), a1bg.synonyms.cend()).size(), Count);
        QCOMPARE(a1bg.synonyms.constFirst(), QStringLiteral("SYN0"));
        QCOMPARE(a1bg.synonyms.constLast(), QStringLiteral("SYN%1").arg(Count - 1));
        QVERIFY(!a1bg.synonyms.contains(QStringLiteral("A1BG")));
    }

    void cancelLeavesNothing()
    {
        for (const GeneStore::Stage stop :
             {GeneStore::Stage::Reading, GeneStore::Stage::Matching, GeneStore::Stage::Writing}) {
            const QList<qint64> before = snapshot();
            const Result<GeneImportReport> report
                = GeneStore(*m_registry)
                      .importFile(
                          QFINDTESTDATA("data/ncbi_small.gene_info.tsv"), {},
                          [stop](GeneStore::Stage stage, qint64, qint64) { return stage != stop; });
            QVERIFY(!report.ok());
            QCOMPARE(report.error().code, Error::Code::Cancelled);
            QCOMPARE(snapshot(), before);
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_organism")), 0);
    }

    void findRanksMatches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("symbols");
        QTest::newRow("symbol, any case") << "tp53" << QStringList {QStringLiteral("TP53")};
        QTest::newRow("synonym") << "P53" << QStringList {QStringLiteral("TP53")};
        QTest::newRow("ensembl id") << "ENSG00000141510" << QStringList {QStringLiteral("TP53")};
        QTest::newRow("other ensembl id")
            << "ENSG00000244731" << QStringList {QStringLiteral("C4A")};
        QTest::newRow("ncbi id") << "7157" << QStringList {QStringLiteral("TP53")};
        // Exact symbol first, then longer symbols, then synonyms that start so.
        QTest::newRow("prefix") << "a2m" << QStringList {QStringLiteral("A2M")};
        QTest::newRow("symbol and synonym prefixes") << "c4" << QStringList {QStringLiteral("C4A")};
        QTest::newRow("like escapes") << "A_M" << QStringList {};
        QTest::newRow("nothing") << "zzz" << QStringList {};
    }

    void findRanksMatches()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, symbols);
        FD_VERIFY_OK(import(QFINDTESTDATA("data/ncbi_small.gene_info.tsv")));
        const Result<QList<GeneRecord>> found
            = GeneStore(*m_registry).find(text, QStringLiteral("human"), 5);
        FD_VERIFY_OK(found);
        QStringList got;
        for (const GeneRecord &gene : *found)
            got.append(gene.symbol);
        QCOMPARE(got, symbols);
        // Organism filter.
        FD_VERIFY_OK(import(QFINDTESTDATA("data/biomart_mouse.tsv")));
        QCOMPARE(
            GeneStore(*m_registry).find(QStringLiteral("pzp"), QStringLiteral("human"))->size(), 0);
        QCOMPARE(
            GeneStore(*m_registry).find(QStringLiteral("pzp"), QStringLiteral("mouse"))->size(), 1);
        QCOMPARE(GeneStore(*m_registry).find(QStringLiteral("p53"))->size(),
                 2); // human TP53, mouse Trp53
        QCOMPARE(
            GeneStore(*m_registry).find(QStringLiteral("x"), QStringLiteral("worm")).error().code,
            Error::Code::NotFound);
        QCOMPARE(*GeneStore(*m_registry).biotypes(QStringLiteral("mouse")),
                 QStringList {QStringLiteral("protein_coding")});
    }

    void indexBuiltFromTheRegistry()
    {
        FD_VERIFY_OK(import(QFINDTESTDATA("data/ncbi_small.gene_info.tsv")));
        const Result<GeneIndex> index = GeneIndex::build(*m_registry, QStringLiteral("human"));
        FD_VERIFY_OK(index);
        QCOMPARE(index->size(), 10);
        const GeneIndex::Lookup p53 = index->lookup(u"P53");
        QCOMPARE(p53.verdict, GeneIndex::Verdict::Standardizable);
        QCOMPARE(index->gene(p53.candidates.constFirst().gene).symbol, QStringLiteral("TP53"));
        QCOMPARE(index->lookup(u"TRNAE-UUC").verdict, GeneIndex::Verdict::Ambiguous);
        QCOMPARE(GeneIndex::build(*m_registry, QStringLiteral("mouse")).error().code,
                 Error::Code::NotFound);
    }

    // The 77,614 human genes of ../shared/data, with the identity vectors' uids.
    void sharedHumanGenes()
    {
        const QString file = test::sharedData(QStringLiteral("genes/Homo_sapiens.gene_info.tsv"));
        if (!QFile::exists(file))
            QSKIP("../shared/data/genes is not there");
        const Result<GeneImportReport> report = import(file);
        FD_VERIFY_OK(report);
        QCOMPARE(report->added, 77614);
        QCOMPARE(report->skipped, 0);
        QCOMPARE(report->organism, QStringLiteral("human"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fd_gene")), 77614);
        // One gene per Ensembl id; 223 later genes share a first Ensembl id, 18 symbols are shared.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT ensembl_gene_id) FROM fd_gene")),
                 36373);
        QVERIFY(report->collisions.size() >= 223);
        for (const GeneCollision &collision : report->collisions) {
            QVERIFY(!collision.uid.isEmpty());
            QVERIFY(!collision.heldBy.isEmpty() || collision.symbol.isEmpty());
        }
        QCOMPARE(report->warnings.size(), 18);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT uid) FROM fd_gene")), 77614);
        // PostgreSQL: the import vacuumed and analysed the genes it wrote (the visibility map,
        // which the next set's member check reads, and the planner's row count), not left to
        // autovacuum.
        if (m_registry->location().isPostgres()) {
            QVERIFY(count(QStringLiteral(
                        "SELECT relpages FROM pg_class WHERE oid = 'fd_gene'::regclass"))
                    > 0);
            QCOMPARE(count(QStringLiteral(
                         "SELECT relallvisible FROM pg_class WHERE oid = 'fd_gene'::regclass")),
                     count(QStringLiteral(
                         "SELECT relpages FROM pg_class WHERE oid = 'fd_gene'::regclass")));
            QVERIFY(count(QStringLiteral(
                        "SELECT reltuples::bigint FROM pg_class WHERE oid = 'fd_gene'::regclass"))
                    > 70000);
        }

        // The identity vectors: the rule's raw output for real human genes.
        QFile vectors(test::sharedData(QStringLiteral("identity/vectors.json")));
        QVERIFY(vectors.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(vectors.readAll())
                                     .object()
                                     .value(QStringLiteral("gene_uid"))
                                     .toArray();
        QVERIFY(cases.size() >= 100);
        const QHash<QString, QString> uids = uidsByNcbi();
        for (const QJsonValue &value : cases) {
            const QJsonObject vector = value.toObject();
            const QString ncbi = vector.value(QStringLiteral("ncbi_gene_id")).toString();
            QCOMPARE(identity::geneUid(vector.value(QStringLiteral("encoded")).toString()),
                     vector.value(QStringLiteral("uid")).toString());
            QVERIFY2(uids.value(ncbi) == vector.value(QStringLiteral("uid")).toString(),
                     qPrintable(ncbi));
        }

        // A panel of genes, then the same release again: nothing added, uids kept, panel intact.
        FeatureSetStore sets(*m_registry);
        const QStringList panelUids {uids.value(QStringLiteral("7157")),
                                     uids.value(QStringLiteral("1")),
                                     uids.value(QStringLiteral("110384692"))};
        const Result<FeatureSetStore::Created> panel
            = sets.create({QStringLiteral("panel"), MemberRegistry::Gene, panelUids, {}, {}});
        FD_VERIFY_OK(panel);
        const Result<GeneImportReport> again = import(file);
        FD_VERIFY_OK(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->updated, 0);
        QCOMPARE(again->unchanged, 77614);
        QVERIFY(again->collisions.isEmpty());
        QCOMPARE(uidsByNcbi(), uids);
        const Result<QList<SetMember>> members = sets.members(panel->set.uid);
        FD_VERIFY_OK(members);
        QCOMPARE(members->size(), 3);

        const Result<GeneIndex> index = GeneIndex::build(*m_registry, QStringLiteral("human"));
        FD_VERIFY_OK(index);
        QCOMPARE(index->size(), 77614);
        QCOMPARE(index->gene(index->search(u"TP53", 1).constFirst().gene).uid,
                 uids.value(QStringLiteral("7157")));
    }
};

QTEST_GUILESS_MAIN(TestGeneStore)
#include "tst_genestore.moc"
