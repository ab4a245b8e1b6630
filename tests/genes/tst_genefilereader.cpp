#include "model/genes/GeneFileReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fd;

class TestGeneFileReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    static const GeneInput *bySymbol(const GeneFile &file, const QString &symbol)
    {
        for (const GeneInput &gene : file.genes)
            if (gene.symbol == symbol)
                return &gene;
        return nullptr;
    }

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<GeneFileFormat>("format");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("genes");
        QTest::addColumn<QList<qint64>>("taxa");
        QTest::newRow("ncbi") << "data/ncbi_small.gene_info.tsv" << GeneFileFormat::Ncbi << 10 << 10 << QList<qint64>{9606};
        QTest::newRow("ncbi gzip") << "data/ncbi_small.gene_info.tsv.gz" << GeneFileFormat::Ncbi << 10 << 10 << QList<qint64>{9606};
        QTest::newRow("ncbi two organisms") << "data/ncbi_two_organisms.tsv" << GeneFileFormat::Ncbi << 6 << 6 << QList<qint64>{9606, 10090};
        // One row per gene–synonym pair (and per NCBI id), merged by Ensembl id.
        QTest::newRow("biomart human") << "data/biomart_human.tsv" << GeneFileFormat::BioMart << 12 << 5 << QList<qint64>{9606};
        QTest::newRow("biomart mouse") << "data/biomart_mouse.tsv" << GeneFileFormat::BioMart << 4 << 2 << QList<qint64>{10090};
        QTest::newRow("biomart unknown prefix") << "data/biomart_unknown.tsv" << GeneFileFormat::BioMart << 1 << 1 << QList<qint64>{0};
        // The withdrawn entry is a row but no gene.
        QTest::newRow("hgnc") << "data/hgnc_small.tsv" << GeneFileFormat::Hgnc << 5 << 4 << QList<qint64>{9606};
    }

    void formats()
    {
        QFETCH(QString, file);
        QFETCH(GeneFileFormat, format);
        QFETCH(int, rows);
        QFETCH(int, genes);
        QFETCH(QList<qint64>, taxa);
        const Result<GeneFile> read = GeneFileReader::read(QFINDTESTDATA(file));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->format, format);
        QCOMPARE(read->rows, rows);
        QCOMPARE(read->genes.size(), genes);
        QCOMPARE(read->taxa, taxa);
        QVERIFY(read->complete);
    }

    void ncbiFields()
    {
        const Result<GeneFile> read = GeneFileReader::read(QFINDTESTDATA("data/ncbi_small.gene_info.tsv"));
        QVERIFY(read.ok());
        const GeneInput *a1bg = bySymbol(*read, QStringLiteral("A1BG"));
        QVERIFY(a1bg);
        QCOMPARE(a1bg->ncbiGeneId, QStringLiteral("1"));
        QCOMPARE(a1bg->ensemblGeneIds, QStringList{QStringLiteral("ENSG00000121410")}); // MIM and HGNC xrefs left out
        QCOMPARE(a1bg->synonyms, (QStringList{QStringLiteral("A1B"), QStringLiteral("ABG"), QStringLiteral("GAB"), QStringLiteral("HYST2477")}));
        QCOMPARE(a1bg->biotype, QStringLiteral("protein-coding"));
        QCOMPARE(a1bg->description, QStringLiteral("alpha-1-B glycoprotein"));
        QCOMPARE(a1bg->taxonId, 9606);
        QCOMPARE(a1bg->line, 2);
        // Synonyms deduplicated, trimmed, the symbol itself left out.
        QCOMPARE(bySymbol(*read, QStringLiteral("A2M"))->synonyms,
                 (QStringList{QStringLiteral("A2MD"), QStringLiteral("CPAMD5"), QStringLiteral("FWP007")}));
        // Several Ensembl ids, in the file's order.
        QCOMPARE(bySymbol(*read, QStringLiteral("C4A"))->ensemblGeneIds,
                 (QStringList{QStringLiteral("ENSG00000206340"), QStringLiteral("ENSG00000227746"), QStringLiteral("ENSG00000244731")}));
        // "-" is empty.
        const GeneInput *loc = bySymbol(*read, QStringLiteral("LOC126807226"));
        QVERIFY(loc->synonyms.isEmpty());
        QVERIFY(loc->ensemblGeneIds.isEmpty());
        // A version suffix is taken off.
        QCOMPARE(bySymbol(*read, QStringLiteral("SOX14"))->ensemblGeneIds, QStringList{QStringLiteral("ENSG00000168875")});
    }

    void biomartFields()
    {
        const Result<GeneFile> read = GeneFileReader::read(QFINDTESTDATA("data/biomart_human.tsv"));
        QVERIFY(read.ok());
        const GeneInput &a1bg = read->genes.at(0);
        QCOMPARE(a1bg.symbol, QStringLiteral("A1BG"));
        QCOMPARE(a1bg.ensemblGeneIds, QStringList{QStringLiteral("ENSG00000121410")});
        QCOMPARE(a1bg.synonyms, (QStringList{QStringLiteral("A1B"), QStringLiteral("ABG"), QStringLiteral("GAB"), QStringLiteral("HYST2477")}));
        QCOMPARE(a1bg.description, QStringLiteral("alpha-1-B glycoprotein")); // [Source:…] taken off
        QCOMPARE(a1bg.biotype, QStringLiteral("protein_coding"));
        QCOMPARE(read->genes.at(1).synonyms, (QStringList{QStringLiteral("A2MD"), QStringLiteral("CPAMD5")}));
        // A gene without a name keeps its Ensembl id; one with two NCBI ids keeps the first.
        QVERIFY(read->genes.at(3).symbol.isEmpty());
        QCOMPARE(read->genes.at(4).ncbiGeneId, QStringLiteral("100132987"));
    }

    void hgncFields()
    {
        const Result<GeneFile> read = GeneFileReader::read(QFINDTESTDATA("data/hgnc_small.tsv"));
        QVERIFY(read.ok());
        const GeneInput &a2m = read->genes.at(1);
        QCOMPARE(a2m.symbol, QStringLiteral("A2M"));
        // Quoted lists unquoted; previous symbols are synonyms too.
        QCOMPARE(a2m.synonyms, (QStringList{QStringLiteral("FWP007"), QStringLiteral("S863-7"), QStringLiteral("CPAMD5"), QStringLiteral("A2MD")}));
        QCOMPARE(a2m.ncbiGeneId, QStringLiteral("2"));
        QCOMPARE(a2m.ensemblGeneIds, QStringList{QStringLiteral("ENSG00000175899")});
        QCOMPARE(a2m.description, QStringLiteral("alpha-2-macroglobulin"));
        QCOMPARE(a2m.biotype, QStringLiteral("gene with protein product"));
        QCOMPARE(read->skips.size(), 1);
        QCOMPARE(read->skips.constFirst().line, 5);
        QVERIFY(read->skips.constFirst().reason.contains(QLatin1StringView("withdrawn")));
    }

    void crlfAndNoFinalNewline()
    {
        QFile source(QFINDTESTDATA("data/ncbi_small.gene_info.tsv"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        bytes.replace("\n", "\r\n");
        bytes.chop(2);
        const Result<GeneFile> read = GeneFileReader::read(write(QStringLiteral("crlf.tsv"), bytes));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->genes.size(), 10);
        QCOMPARE(read->genes.constLast().symbol, QStringLiteral("SOX14"));
        QCOMPARE(read->genes.constLast().biotype, QStringLiteral("protein-coding"));
        QCOMPARE(read->warnings.size(), 1); // no line break at the end: maybe cut short
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("not a gene table") << QFINDTESTDATA("data/not_genes.csv") << QStringList{QStringLiteral("not_genes.csv"), QStringLiteral("line 1"), QStringLiteral("NCBI gene_info")};
        QTest::newRow("empty") << QFINDTESTDATA("data/empty.tsv") << QStringList{QStringLiteral("empty")};
        QTest::newRow("header only") << QFINDTESTDATA("data/header_only.tsv") << QStringList{QStringLiteral("no genes")};
        QTest::newRow("truncated") << QFINDTESTDATA("data/ncbi_truncated.tsv") << QStringList{QStringLiteral("line 5"), QStringLiteral("truncated")};
        QTest::newRow("wrong columns") << QFINDTESTDATA("data/wrong_columns.tsv") << QStringList{QStringLiteral("line 3"), QStringLiteral("3 tab-separated fields"), QStringLiteral("16")};
        QTest::newRow("duplicate GeneID") << QFINDTESTDATA("data/ncbi_duplicate_ids.tsv") << QStringList{QStringLiteral("line 5"), QStringLiteral("GeneID 2"), QStringLiteral("first on line 3")};
        QTest::newRow("biomart conflict") << QFINDTESTDATA("data/biomart_conflict.tsv") << QStringList{QStringLiteral("line 4"), QStringLiteral("ENSG00000121410"), QStringLiteral("A1BGX")};
        QTest::newRow("missing") << QStringLiteral("/nonexistent/genes.tsv") << QStringList{QStringLiteral("genes.tsv")};
    }

    void badFiles()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, mentions);
        const Result<GeneFile> read = GeneFileReader::read(file);
        QVERIFY(!read.ok());
        for (const QString &mention : mentions)
            QVERIFY2(read.error().message.contains(mention), qPrintable(read.error().message));
    }

    void binaryAndGarbage()
    {
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 37) % 256);
        const Result<GeneFile> read = GeneFileReader::read(write(QStringLiteral("blob.bin"), binary));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, Error::Code::Invalid);
        // A gzip stream cut short.
        QFile gz(QFINDTESTDATA("data/ncbi_small.gene_info.tsv.gz"));
        QVERIFY(gz.open(QIODevice::ReadOnly));
        const QByteArray cut = gz.readAll().first(300);
        const Result<GeneFile> broken = GeneFileReader::read(write(QStringLiteral("cut.tsv.gz"), cut));
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().message.contains(QLatin1StringView("cut.tsv.gz")), qPrintable(broken.error().message));
    }

    void sniffReadsTheStart()
    {
        const Result<GeneFile> read = GeneFileReader::sniff(QFINDTESTDATA("data/ncbi_small.gene_info.tsv"), 3);
        QVERIFY(read.ok());
        QCOMPARE(read->format, GeneFileFormat::Ncbi);
        QCOMPARE(read->genes.size(), 3);
        QVERIFY(!read->complete);
    }

    void cancel()
    {
        const Result<GeneFile> read = GeneFileReader::read(QFINDTESTDATA("data/ncbi_small.gene_info.tsv"),
                                                           [](qint64, qint64) { return false; });
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, Error::Code::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestGeneFileReader)
#include "tst_genefilereader.moc"
