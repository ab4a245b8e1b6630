#include "model/Identity.h"
#include "model/genes/GeneImporter.h"

#include <QTest>

using namespace fd;

namespace {

GeneInput gene(const QString &symbol, const QStringList &ensembl, const QString &ncbi, qint64 line,
               const QStringList &synonyms = {})
{
    GeneInput input;
    input.symbol = symbol;
    input.ensemblGeneIds = ensembl;
    input.ncbiGeneId = ncbi;
    input.synonyms = synonyms;
    input.biotype = QStringLiteral("protein-coding");
    input.taxonId = 9606;
    input.line = line;
    return input;
}

GeneRecord stored(qint64 id, const QString &uid, const QString &symbol, const QString &ensembl,
                  const QString &ncbi, qint64 organismId = 1)
{
    GeneRecord record;
    record.id = id;
    record.uid = uid;
    record.symbol = symbol;
    record.ensemblGeneId = ensembl;
    record.ncbiGeneId = ncbi;
    record.biotype = QStringLiteral("protein-coding");
    record.organismId = organismId;
    return record;
}

} // namespace

class TestGeneImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uidRule_data()
    {
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<QStringList>("ensembl");
        QTest::addColumn<QString>("uid");
        QTest::newRow("ensembl id")
            << "TP53" << QStringList {QStringLiteral("ENSG00000081059")} << "7IkHKPl0ScQR";
        QTest::newRow("symbol without ensembl") << "A1BG" << QStringList {} << "7T55jpxdMIG1";
        QTest::newRow("first of several")
            << "C4A"
            << QStringList {QStringLiteral("ENSG00000081059"), QStringLiteral("ENSG00000227746")}
            << "7IkHKPl0ScQR";
        // Digests that start with zero bytes: LaminDB's uids
        // (../shared/data/identity/vectors.json).
        QTest::newRow("ensembl id, MD5 00..")
            << "DNM1L" << QStringList {QStringLiteral("ENSG00000087470")} << "01m9E5Rc2hGl";
        QTest::newRow("ensembl id, MD5 00 00..")
            << "Slc50a1" << QStringList {QStringLiteral("ENSMUSG00000027953")} << "02RwZiVkS1DV";
        QTest::newRow("symbol, MD5 00..") << "FRA10D" << QStringList {} << "013OGqX6iaqa";
    }

    void uidRule()
    {
        QFETCH(QString, symbol);
        QFETCH(QStringList, ensembl);
        QFETCH(QString, uid);
        GeneImporter importer(QStringLiteral("human"), 1);
        const GeneImportPlan plan = importer.plan({gene(symbol, ensembl, QStringLiteral("1"), 2)});
        QCOMPARE(plan.inserts.size(), 1);
        QCOMPARE(plan.inserts.constFirst().uid, uid);
        QCOMPARE(plan.inserts.constFirst().ensemblGeneId, ensembl.value(0));
        QCOMPARE(plan.inserts.constFirst().otherEnsemblGeneIds, ensembl.mid(1));
        QVERIFY(plan.collisions.isEmpty());
    }

    void sharedEnsemblIdKeysTheLaterGeneBySymbolAndOrganism()
    {
        GeneImporter importer(QStringLiteral("human"), 1);
        const QString shared = QStringLiteral("ENSG00000206340");
        const GeneImportPlan plan = importer.plan({
            gene(QStringLiteral("C4A"), {shared, QStringLiteral("ENSG00000227746")},
                 QStringLiteral("720"), 2),
            gene(QStringLiteral("LOC110384692"), {shared}, QStringLiteral("110384692"), 3),
        });
        QCOMPARE(plan.inserts.size(), 2);
        const GeneRecord &first = plan.inserts.at(0);
        const GeneRecord &later = plan.inserts.at(1);
        QCOMPARE(first.uid, identity::geneUid(shared));
        QCOMPARE(first.ensemblGeneId, shared);
        // One gene per Ensembl id: the later one records it beside, keyed by symbol + organism.
        QVERIFY(later.ensemblGeneId.isEmpty());
        QCOMPARE(later.otherEnsemblGeneIds, QStringList {shared});
        QCOMPARE(later.uid, identity::geneUid(QStringLiteral("LOC110384692human")));
        QCOMPARE(plan.collisions.size(), 1);
        const GeneCollision &collision = plan.collisions.constFirst();
        QCOMPARE(collision.symbol, QStringLiteral("LOC110384692"));
        QCOMPARE(collision.rawUid, first.uid);
        QCOMPARE(collision.heldBy, QStringLiteral("C4A"));
        QCOMPARE(collision.uid, later.uid);
        QCOMPARE(collision.keyedBy, QStringLiteral("symbol+organism"));
        QCOMPARE(collision.line, 3);
        QCOMPARE(plan.extraEnsemblIds, 2);
    }

    void sharedSymbolFallsBackToNcbiId()
    {
        GeneImporter importer(QStringLiteral("human"), 1);
        const QString symbol = QStringLiteral("TRNAE-UUC");
        const GeneImportPlan plan
            = importer.plan({gene(symbol, {}, QStringLiteral("107987368"), 2),
                             gene(symbol, {}, QStringLiteral("124905580"), 3),
                             gene(symbol, {}, QStringLiteral("124905583"), 4)});
        QCOMPARE(plan.inserts.size(), 3);
        QCOMPARE(plan.inserts.at(0).uid, identity::geneUid(symbol));
        QCOMPARE(plan.inserts.at(1).uid, identity::geneUid(QStringLiteral("TRNAE-UUChuman")));
        QCOMPARE(plan.inserts.at(2).uid, identity::geneUid(QStringLiteral("124905583")));
        QCOMPARE(plan.collisions.size(), 2);
        QCOMPARE(plan.collisions.at(1).keyedBy, QStringLiteral("ncbi_gene_id"));
        QCOMPARE(plan.warnings.size(), 1);
        QVERIFY(plan.warnings.constFirst().contains(
            QLatin1StringView("'TRNAE-UUC' names 3 genes (lines 2, 3, 4)")));
    }

    void everyKeyTakenSkipsTheGene()
    {
        GeneImporter importer(QStringLiteral("human"), 1);
        const GeneImportPlan plan
            = importer.plan({gene(QStringLiteral("X"), {}, QStringLiteral("9"), 2),
                             gene(QStringLiteral("X"), {}, QStringLiteral("9"), 3),
                             gene(QStringLiteral("X"), {}, QStringLiteral("9"), 4),
                             gene(QStringLiteral("X"), {}, QStringLiteral("9"), 5)});
        QCOMPARE(plan.inserts.size(), 3);
        QCOMPARE(plan.skips.size(), 1);
        QCOMPARE(plan.skips.constFirst().line, 5);
        QVERIFY(plan.collisions.constLast().uid.isEmpty());
    }

    void storedUidCollidesToo()
    {
        // A stored gene of another source has the uid the rule gives: the new gene is keyed
        // otherwise.
        GeneImporter importer(QStringLiteral("human"), 1);
        importer.setExisting(
            {stored(7, identity::geneUid(QStringLiteral("A1BG")), QStringLiteral("A1BG"), {}, {})});
        const GeneImportPlan plan
            = importer.plan({gene(QStringLiteral("A1BG"), {}, QStringLiteral("1"), 2)});
        // Matched? No: the stored gene has no NCBI id and no Ensembl id to match by.
        QCOMPARE(plan.inserts.size(), 1);
        QCOMPARE(plan.inserts.constFirst().uid, identity::geneUid(QStringLiteral("A1BGhuman")));
        QCOMPARE(plan.collisions.size(), 1);
    }

    void storedLaminUidWithZeroBytesCollides()
    {
        // A stored gene (of another source) holds DNM1L's uid with its "01" prefix: a new DNM1L is
        // keyed by symbol + organism, as for any uid taken.
        GeneImporter importer(QStringLiteral("human"), 1);
        importer.setExisting(
            {stored(7, QStringLiteral("01m9E5Rc2hGl"), QStringLiteral("DNM1L-OLD"), {}, {})});
        const GeneImportPlan plan
            = importer.plan({gene(QStringLiteral("DNM1L"), {QStringLiteral("ENSG00000087470")},
                                  QStringLiteral("10059"), 2)});
        QCOMPARE(plan.inserts.size(), 1);
        QCOMPARE(plan.inserts.constFirst().uid, identity::geneUid(QStringLiteral("DNM1Lhuman")));
        QCOMPARE(plan.collisions.size(), 1);
        QCOMPARE(plan.collisions.constFirst().rawUid, QStringLiteral("01m9E5Rc2hGl"));
        QCOMPARE(plan.collisions.constFirst().heldBy, QStringLiteral("DNM1L-OLD"));
    }

    void updatesInPlaceKeepingUids()
    {
        GeneImporter importer(QStringLiteral("human"), 1);
        importer.setExisting({stored(1, QStringLiteral("uidA1BG00000"), QStringLiteral("A1BG"),
                                     QStringLiteral("ENSG00000121410"), QStringLiteral("1")),
                              stored(2, QStringLiteral("uidLOC000000"), QStringLiteral("LOC1"), {},
                                     QStringLiteral("500")),
                              stored(3, QStringLiteral("uidTP5300000"), QStringLiteral("TP53"),
                                     QStringLiteral("ENSG00000141510"), QStringLiteral("7157"))});
        GeneInput renamed = gene(QStringLiteral("A1BG-NEW"), {QStringLiteral("ENSG00000121410")},
                                 QStringLiteral("1"), 2, {QStringLiteral("A1B")});
        // Matched by NCBI id, and gains an Ensembl id.
        GeneInput byNcbi = gene(QStringLiteral("LOC1"), {QStringLiteral("ENSG00000999999")},
                                QStringLiteral("500"), 3);
        GeneInput same = gene(QStringLiteral("TP53"), {QStringLiteral("ENSG00000141510")},
                              QStringLiteral("7157"), 4);
        const GeneImportPlan plan = importer.plan({renamed, byNcbi, same});
        QCOMPARE(plan.inserts.size(), 0);
        QCOMPARE(plan.updates.size(), 2);
        QCOMPARE(plan.unchanged, 1);
        QCOMPARE(plan.updates.at(0).uid, QStringLiteral("uidA1BG00000"));
        QCOMPARE(plan.updates.at(0).symbol, QStringLiteral("A1BG-NEW"));
        QCOMPARE(plan.updates.at(0).synonyms, QStringList {QStringLiteral("A1B")});
        QCOMPARE(plan.updates.at(1).uid, QStringLiteral("uidLOC000000"));
        QCOMPARE(plan.updates.at(1).ensemblGeneId, QStringLiteral("ENSG00000999999"));
        QVERIFY(plan.releasedEnsemblIds.isEmpty());
    }

    void ensemblIdMovesBetweenGenes()
    {
        // A newer release moves ENSG…A from gene 1 to gene 2 and gives gene 1 ENSG…B.
        GeneImporter importer(QStringLiteral("human"), 1);
        importer.setExisting({stored(1, QStringLiteral("uidONE000000"), QStringLiteral("ONE"),
                                     QStringLiteral("ENSG0000000000A"), QStringLiteral("11")),
                              stored(2, QStringLiteral("uidTWO000000"), QStringLiteral("TWO"),
                                     QStringLiteral("ENSG0000000000B"), QStringLiteral("22"))});
        const GeneImportPlan plan
            = importer.plan({gene(QStringLiteral("ONE"), {QStringLiteral("ENSG0000000000B")},
                                  QStringLiteral("11"), 2),
                             gene(QStringLiteral("TWO"), {QStringLiteral("ENSG0000000000A")},
                                  QStringLiteral("22"), 3)});
        QCOMPARE(plan.inserts.size(), 0);
        QCOMPARE(plan.updates.size(), 2);
        // Matched by NCBI id where the Ensembl id's holder has another NCBI id.
        QCOMPARE(plan.updates.at(0).uid, QStringLiteral("uidONE000000"));
        QCOMPARE(plan.updates.at(0).ensemblGeneId, QStringLiteral("ENSG0000000000B"));
        QCOMPARE(plan.updates.at(1).uid, QStringLiteral("uidTWO000000"));
        QCOMPARE(plan.updates.at(1).ensemblGeneId, QStringLiteral("ENSG0000000000A"));
        QCOMPARE(plan.releasedEnsemblIds, (QList<qint64> {1, 2}));
    }

    void otherOrganismsGenesAreNotMatched()
    {
        GeneImporter importer(QStringLiteral("human"), 1);
        importer.setExisting(
            {stored(1, QStringLiteral("uidMOUSE0000"), QStringLiteral("Trp53"),
                    QStringLiteral("ENSMUSG00000059552"), QStringLiteral("7157"), 2)});
        const GeneImportPlan plan
            = importer.plan({gene(QStringLiteral("TP53"), {QStringLiteral("ENSG00000141510")},
                                  QStringLiteral("7157"), 2)});
        QCOMPARE(plan.inserts.size(), 1);
        QCOMPARE(plan.updates.size(), 0);
    }

    void genesWithoutSymbolOrIdAreSkipped()
    {
        GeneImporter importer(QStringLiteral("human"), 1);
        const GeneImportPlan plan = importer.plan({gene(QString(), {}, QStringLiteral("5"), 7)});
        QCOMPARE(plan.inserts.size(), 0);
        QCOMPARE(plan.skips.size(), 1);
        QCOMPARE(plan.skips.constFirst().line, 7);
    }

    // A GENCODE list gives ids, symbols and biotypes: what it does not give stays as stored.
    void idsAndNamesOnlyKeepWhatTheFileLacks_data()
    {
        QTest::addColumn<bool>("only");
        QTest::newRow("gencode list") << true;
        QTest::newRow("full file") << false;
    }

    void idsAndNamesOnlyKeepWhatTheFileLacks()
    {
        QFETCH(bool, only);
        GeneRecord tp53 = stored(1, QStringLiteral("7IkHKPl0ScQR"), QStringLiteral("TP53"),
                                 QStringLiteral("ENSG00000141510"), QStringLiteral("7157"));
        tp53.synonyms = {QStringLiteral("P53"), QStringLiteral("LFS1")};
        tp53.description = QStringLiteral("tumor protein p53");
        GeneRecord c4a = stored(2, QStringLiteral("uidOfC4A0000"), QStringLiteral("C4A"),
                                QStringLiteral("ENSG00000206340"), QStringLiteral("720"));
        c4a.synonyms = {QStringLiteral("C4A1")};
        GeneImporter importer(QStringLiteral("human"), 1);
        importer.setIdsAndNamesOnly(only);
        importer.setExisting({tp53, c4a});
        GeneInput listedTp53
            = gene(QStringLiteral("TP53"), {QStringLiteral("ENSG00000141510")}, QString(), 1);
        listedTp53.biotype = QStringLiteral("protein_coding");
        const GeneInput renamed
            = gene(QStringLiteral("C4A1"), {QStringLiteral("ENSG00000206340")}, QString(), 2);
        const GeneImportPlan plan = importer.plan({listedTp53, renamed});
        QCOMPARE(plan.inserts.size(), 0);
        QCOMPARE(plan.updates.size(), 2);
        const GeneRecord &p53 = plan.updates.at(0);
        QCOMPARE(p53.uid, tp53.uid);
        QCOMPARE(p53.ncbiGeneId, QStringLiteral("7157"));
        QCOMPARE(p53.biotype, QStringLiteral("protein_coding"));
        QCOMPARE(p53.synonyms, only ? tp53.synonyms : QStringList());
        QCOMPARE(p53.description, only ? tp53.description : QString());
        // The list's new name; the old one a synonym (the new one no longer).
        const GeneRecord &c4 = plan.updates.at(1);
        QCOMPARE(c4.symbol, QStringLiteral("C4A1"));
        QCOMPARE(c4.synonyms, only ? QStringList {QStringLiteral("C4A")} : QStringList());
        QCOMPARE(c4.uid, c4a.uid);

        // A gene the list names by its id only (no symbol) keeps the stored symbol.
        GeneImporter again(QStringLiteral("human"), 1);
        again.setIdsAndNamesOnly(true);
        again.setExisting({tp53});
        const GeneImportPlan unnamed
            = again.plan({gene(QString(), {QStringLiteral("ENSG00000141510")}, QString(), 1)});
        QCOMPARE(unnamed.updates.size(), 0);
        QCOMPARE(unnamed.unchanged, 1);
    }
};

QTEST_GUILESS_MAIN(TestGeneImporter)
#include "tst_geneimporter.moc"
