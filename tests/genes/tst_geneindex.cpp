#include "model/genes/GeneIndex.h"

#include <QTest>

using namespace fd;

namespace {

GeneRecord gene(const QString &uid, const QString &symbol, const QString &ensembl,
                const QString &ncbi, const QStringList &synonyms,
                const QStringList &otherEnsembl = {})
{
    GeneRecord record;
    record.uid = uid;
    record.symbol = symbol;
    record.ensemblGeneId = ensembl;
    record.ncbiGeneId = ncbi;
    record.synonyms = synonyms;
    record.otherEnsemblGeneIds = otherEnsembl;
    return record;
}

GeneIndex sample()
{
    return GeneIndex::fromGenes({
        gene(QStringLiteral("uidTP53"), QStringLiteral("TP53"), QStringLiteral("ENSG00000141510"),
             QStringLiteral("7157"), {QStringLiteral("P53"), QStringLiteral("LFS1")}),
        gene(QStringLiteral("uidTP63"), QStringLiteral("TP63"), QStringLiteral("ENSG00000073282"),
             QStringLiteral("8626"),
             {QStringLiteral("KET"), QStringLiteral("p63"), QStringLiteral("p51")}),
        gene(QStringLiteral("uidTP73"), QStringLiteral("TP73"), QStringLiteral("ENSG00000078900"),
             QStringLiteral("7161"), {QStringLiteral("p73"), QStringLiteral("KET")}),
        gene(QStringLiteral("uidC4A"), QStringLiteral("C4A"), QStringLiteral("ENSG00000206340"),
             QStringLiteral("720"), {QStringLiteral("C4")}, {QStringLiteral("ENSG00000244731")}),
        gene(QStringLiteral("uidHBD1"), QStringLiteral("HBD"), QStringLiteral("ENSG00000223609"),
             QStringLiteral("3045"), {}),
        gene(QStringLiteral("uidHBD2"), QStringLiteral("HBD"), QString(),
             QStringLiteral("100187828"), {}),
        gene(QStringLiteral("uidMT"), QStringLiteral("MT-TP"), QString(), QStringLiteral("4571"),
             {QStringLiteral("tp")}),
    });
}

} // namespace

class TestGeneIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lookup_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<GeneIndex::Verdict>("verdict");
        QTest::addColumn<QStringList>("uids");
        QTest::addColumn<GeneIndex::MatchKind>("kind");
        using V = GeneIndex::Verdict;
        using K = GeneIndex::MatchKind;
        QTest::newRow("symbol") << "TP53" << V::Validated << QStringList {QStringLiteral("uidTP53")}
                                << K::Symbol;
        QTest::newRow("trimmed") << " TP53 " << V::Validated
                                 << QStringList {QStringLiteral("uidTP53")} << K::Symbol;
        QTest::newRow("ensembl id") << "ENSG00000141510" << V::Validated
                                    << QStringList {QStringLiteral("uidTP53")} << K::EnsemblId;
        QTest::newRow("ncbi id") << "7157" << V::Validated
                                 << QStringList {QStringLiteral("uidTP53")} << K::NcbiId;
        QTest::newRow("other ensembl id")
            << "ENSG00000244731" << V::Standardizable << QStringList {QStringLiteral("uidC4A")}
            << K::OtherEnsemblId;
        QTest::newRow("case") << "tp53" << V::Standardizable
                              << QStringList {QStringLiteral("uidTP53")}
                              << K::SymbolCaseInsensitive;
        QTest::newRow("synonym") << "P53" << V::Standardizable
                                 << QStringList {QStringLiteral("uidTP53")} << K::Synonym;
        QTest::newRow("synonym in another case")
            << "p53" << V::Standardizable << QStringList {QStringLiteral("uidTP53")}
            << K::SynonymCaseInsensitive;
        QTest::newRow("synonym of two genes")
            << "KET" << V::Ambiguous
            << QStringList {QStringLiteral("uidTP63"), QStringLiteral("uidTP73")} << K::Synonym;
        QTest::newRow("symbol of two genes")
            << "HBD" << V::Ambiguous
            << QStringList {QStringLiteral("uidHBD1"), QStringLiteral("uidHBD2")} << K::Symbol;
        // A symbol in another case beats a synonym in that case.
        QTest::newRow("case beats synonym")
            << "TP" << V::Standardizable << QStringList {QStringLiteral("uidMT")}
            << K::SynonymCaseInsensitive;
        QTest::newRow("nothing") << "BRCA1" << V::NotValidated << QStringList {} << K::Symbol;
        QTest::newRow("empty") << "" << V::NotValidated << QStringList {} << K::Symbol;
    }

    void lookup()
    {
        QFETCH(QString, text);
        QFETCH(GeneIndex::Verdict, verdict);
        QFETCH(QStringList, uids);
        QFETCH(GeneIndex::MatchKind, kind);
        const GeneIndex index = sample();
        const GeneIndex::Lookup found = index.lookup(text);
        QCOMPARE(GeneIndex::verdictName(found.verdict), GeneIndex::verdictName(verdict));
        QStringList got;
        for (const GeneIndex::Match &match : found.candidates)
            got.append(index.gene(match.gene).uid);
        got.sort();
        QCOMPARE(got, uids);
        if (!found.candidates.isEmpty())
            QCOMPARE(GeneIndex::matchKindName(found.candidates.constFirst().kind),
                     GeneIndex::matchKindName(kind));
    }

    void search_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("uids");
        // Exact symbol (any case), then exact synonym, then longer symbols, synonyms, ids.
        QTest::newRow("t") << "t" << 10
                           << QStringList {QStringLiteral("uidTP53"), QStringLiteral("uidTP63"),
                                           QStringLiteral("uidTP73"), QStringLiteral("uidMT")};
        QTest::newRow("tp") << "tp" << 10
                            << QStringList {QStringLiteral("uidMT"), QStringLiteral("uidTP53"),
                                            QStringLiteral("uidTP63"), QStringLiteral("uidTP73")};
        QTest::newRow("tp5") << "TP5" << 10 << QStringList {QStringLiteral("uidTP53")};
        // Synonyms p51 (TP63), P53, p63 (TP63 again), p73: each gene once, alphabetically.
        QTest::newRow("p") << "p" << 10
                           << QStringList {QStringLiteral("uidTP63"), QStringLiteral("uidTP53"),
                                           QStringLiteral("uidTP73")};
        QTest::newRow("limit") << "tp" << 2
                               << QStringList {QStringLiteral("uidMT"), QStringLiteral("uidTP53")};
        QTest::newRow("c4") << "C4" << 10 << QStringList {QStringLiteral("uidC4A")};
        QTest::newRow("ensg") << "ENSG0000014" << 10 << QStringList {QStringLiteral("uidTP53")};
        QTest::newRow("ncbi") << "716" << 10 << QStringList {QStringLiteral("uidTP73")};
        QTest::newRow("none") << "zz" << 10 << QStringList {};
        QTest::newRow("empty") << "  " << 10 << QStringList {};
    }

    void search()
    {
        QFETCH(QString, typed);
        QFETCH(int, limit);
        QFETCH(QStringList, uids);
        const GeneIndex index = sample();
        QStringList got;
        for (const GeneIndex::Match &match : index.search(typed, limit))
            got.append(index.gene(match.gene).uid);
        QCOMPARE(got, uids);
    }

    void searchKinds()
    {
        const GeneIndex index = sample();
        const QList<GeneIndex::Match> tp = index.search(u"tp", 10);
        QCOMPARE(tp.at(0).kind, GeneIndex::MatchKind::Synonym); // MT-TP's synonym "tp"
        QCOMPARE(index.search(u"TP", 1).at(0).kind, GeneIndex::MatchKind::SynonymCaseInsensitive);
        QCOMPARE(tp.at(1).kind, GeneIndex::MatchKind::SymbolPrefix);
        QCOMPARE(tp.at(1).matched, QStringLiteral("TP53"));
        const QList<GeneIndex::Match> p = index.search(u"P5", 10);
        QCOMPARE(p.at(0).kind, GeneIndex::MatchKind::SynonymPrefix);
        QCOMPARE(p.at(0).matched, QStringLiteral("p51")); // TP63, then TP53 by "P53"
        QCOMPARE(p.at(1).matched, QStringLiteral("P53"));
    }
};

QTEST_GUILESS_MAIN(TestGeneIndex)
#include "tst_geneindex.moc"
