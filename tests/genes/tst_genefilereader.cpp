#include "model/genes/GeneFileReader.h"
#include "tests/support/TestRegistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>

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

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static bool hasControlOrInvisible(const QString &text)
    {
        return std::any_of(text.begin(), text.end(), [](QChar c) {
            return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
        });
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
        QTest::newRow("ncbi") << "data/ncbi_small.gene_info.tsv" << GeneFileFormat::Ncbi << 10 << 10
                              << QList<qint64> {9606};
        QTest::newRow("ncbi gzip") << "data/ncbi_small.gene_info.tsv.gz" << GeneFileFormat::Ncbi
                                   << 10 << 10 << QList<qint64> {9606};
        QTest::newRow("ncbi two organisms") << "data/ncbi_two_organisms.tsv" << GeneFileFormat::Ncbi
                                            << 6 << 6 << QList<qint64> {9606, 10090};
        // One row per gene–synonym pair (and per NCBI id), merged by Ensembl id.
        QTest::newRow("biomart human") << "data/biomart_human.tsv" << GeneFileFormat::BioMart << 12
                                       << 5 << QList<qint64> {9606};
        QTest::newRow("biomart mouse") << "data/biomart_mouse.tsv" << GeneFileFormat::BioMart << 4
                                       << 2 << QList<qint64> {10090};
        QTest::newRow("biomart unknown prefix")
            << "data/biomart_unknown.tsv" << GeneFileFormat::BioMart << 1 << 1 << QList<qint64> {0};
        // The withdrawn entry is a row but no gene.
        QTest::newRow("hgnc") << "data/hgnc_small.tsv" << GeneFileFormat::Hgnc << 5 << 4
                              << QList<qint64> {9606};
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
        const Result<GeneFile> read
            = GeneFileReader::read(QFINDTESTDATA("data/ncbi_small.gene_info.tsv"));
        QVERIFY(read.ok());
        const GeneInput *a1bg = bySymbol(*read, QStringLiteral("A1BG"));
        QVERIFY(a1bg);
        QCOMPARE(a1bg->ncbiGeneId, QStringLiteral("1"));
        QCOMPARE(a1bg->ensemblGeneIds,
                 QStringList {QStringLiteral("ENSG00000121410")}); // MIM and HGNC xrefs left out
        QCOMPARE(a1bg->synonyms,
                 (QStringList {QStringLiteral("A1B"), QStringLiteral("ABG"), QStringLiteral("GAB"),
                               QStringLiteral("HYST2477")}));
        QCOMPARE(a1bg->biotype, QStringLiteral("protein-coding"));
        QCOMPARE(a1bg->description, QStringLiteral("alpha-1-B glycoprotein"));
        QCOMPARE(a1bg->taxonId, 9606);
        QCOMPARE(a1bg->line, 2);
        // Synonyms deduplicated, trimmed, the symbol itself left out.
        QCOMPARE(bySymbol(*read, QStringLiteral("A2M"))->synonyms,
                 (QStringList {QStringLiteral("A2MD"), QStringLiteral("CPAMD5"),
                               QStringLiteral("FWP007")}));
        // Several Ensembl ids, in the file's order.
        QCOMPARE(bySymbol(*read, QStringLiteral("C4A"))->ensemblGeneIds,
                 (QStringList {QStringLiteral("ENSG00000206340"), QStringLiteral("ENSG00000227746"),
                               QStringLiteral("ENSG00000244731")}));
        // "-" is empty.
        const GeneInput *loc = bySymbol(*read, QStringLiteral("LOC126807226"));
        QVERIFY(loc->synonyms.isEmpty());
        QVERIFY(loc->ensemblGeneIds.isEmpty());
        // A version suffix is taken off.
        QCOMPARE(bySymbol(*read, QStringLiteral("SOX14"))->ensemblGeneIds,
                 QStringList {QStringLiteral("ENSG00000168875")});
    }

    void biomartFields()
    {
        const Result<GeneFile> read = GeneFileReader::read(QFINDTESTDATA("data/biomart_human.tsv"));
        QVERIFY(read.ok());
        const GeneInput &a1bg = read->genes.at(0);
        QCOMPARE(a1bg.symbol, QStringLiteral("A1BG"));
        QCOMPARE(a1bg.ensemblGeneIds, QStringList {QStringLiteral("ENSG00000121410")});
        QCOMPARE(a1bg.synonyms,
                 (QStringList {QStringLiteral("A1B"), QStringLiteral("ABG"), QStringLiteral("GAB"),
                               QStringLiteral("HYST2477")}));
        QCOMPARE(a1bg.description,
                 QStringLiteral("alpha-1-B glycoprotein")); // [Source:…] taken off
        QCOMPARE(a1bg.biotype, QStringLiteral("protein_coding"));
        QCOMPARE(read->genes.at(1).synonyms,
                 (QStringList {QStringLiteral("A2MD"), QStringLiteral("CPAMD5")}));
        // A gene without a name keeps its Ensembl id; one with two NCBI ids keeps the first.
        QVERIFY(read->genes.at(3).symbol.isEmpty());
        QCOMPARE(read->genes.at(4).ncbiGeneId, QStringLiteral("100132987"));
    }

    // BioMart gives FlyBase and WormBase ids a version too ("Gene stable ID version"): an export
    // of that column alone stores the ids without it, as Ensembl's.
    void biomartVersionedOtherIds()
    {
        const QString path = m_dir.filePath(QStringLiteral("biomart_versioned.tsv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Gene stable ID version\tGene name\tGene type\n"
                   "FBgn0038189.1\tArt6\tprotein_coding\n"
                   "FBti0060911.1\ttransib2{}2850\ttransposable_element\n");
        file.close();
        const Result<GeneFile> read = GeneFileReader::read(path);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read->genes.size(), 2);
        QCOMPARE(bySymbol(*read, QStringLiteral("Art6"))->ensemblGeneIds,
                 QStringList {QStringLiteral("FBgn0038189")});
        QCOMPARE(bySymbol(*read, QStringLiteral("transib2{}2850"))->ensemblGeneIds,
                 QStringList {QStringLiteral("FBti0060911")});
        // The one function the reader strips with: every prefix alike.
        QCOMPARE(GeneColumns::stripEnsemblVersion(QStringLiteral("WBGene00000003.1")),
                 QStringLiteral("WBGene00000003"));
        QCOMPARE(GeneColumns::stripEnsemblVersion(QStringLiteral("ERCC-00002.1")),
                 QStringLiteral("ERCC-00002"));
        QCOMPARE(GeneColumns::stripEnsemblVersion(QStringLiteral("ENSG00000121410.12")),
                 QStringLiteral("ENSG00000121410"));
        QCOMPARE(GeneColumns::stripEnsemblVersion(QStringLiteral("TP53.1")),
                 QStringLiteral("TP53.1"));
    }

    void hgncFields()
    {
        const Result<GeneFile> read = GeneFileReader::read(QFINDTESTDATA("data/hgnc_small.tsv"));
        QVERIFY(read.ok());
        const GeneInput &a2m = read->genes.at(1);
        QCOMPARE(a2m.symbol, QStringLiteral("A2M"));
        // Quoted lists unquoted; previous symbols are synonyms too.
        QCOMPARE(a2m.synonyms,
                 (QStringList {QStringLiteral("FWP007"), QStringLiteral("S863-7"),
                               QStringLiteral("CPAMD5"), QStringLiteral("A2MD")}));
        QCOMPARE(a2m.ncbiGeneId, QStringLiteral("2"));
        QCOMPARE(a2m.ensemblGeneIds, QStringList {QStringLiteral("ENSG00000175899")});
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
        const Result<GeneFile> read
            = GeneFileReader::read(write(QStringLiteral("crlf.tsv"), bytes));
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
        QTest::newRow("not a gene table")
            << QFINDTESTDATA("data/not_genes.csv")
            << QStringList {QStringLiteral("not_genes.csv"), QStringLiteral("line 1"),
                            QStringLiteral("NCBI gene_info")};
        QTest::newRow("empty") << QFINDTESTDATA("data/empty.tsv")
                               << QStringList {QStringLiteral("empty")};
        QTest::newRow("header only")
            << QFINDTESTDATA("data/header_only.tsv") << QStringList {QStringLiteral("no genes")};
        QTest::newRow("truncated")
            << QFINDTESTDATA("data/ncbi_truncated.tsv")
            << QStringList {QStringLiteral("line 5"), QStringLiteral("truncated")};
        QTest::newRow("wrong columns")
            << QFINDTESTDATA("data/wrong_columns.tsv")
            << QStringList {QStringLiteral("line 3"), QStringLiteral("3 tab-separated fields"),
                            QStringLiteral("16")};
        QTest::newRow("duplicate GeneID")
            << QFINDTESTDATA("data/ncbi_duplicate_ids.tsv")
            << QStringList {QStringLiteral("line 5"), QStringLiteral("GeneID 2"),
                            QStringLiteral("first on line 3")};
        QTest::newRow("biomart conflict")
            << QFINDTESTDATA("data/biomart_conflict.tsv")
            << QStringList {QStringLiteral("line 4"), QStringLiteral("ENSG00000121410"),
                            QStringLiteral("A1BGX")};
        QTest::newRow("missing") << QStringLiteral("/nonexistent/genes.tsv")
                                 << QStringList {QStringLiteral("genes.tsv")};
        // Structurally wrong: refused whole, naming the first bad line and column.
        QTest::newRow("GeneID and Symbol swapped throughout")
            << QFINDTESTDATA("data/ncbi_swapped_columns.tsv")
            << QStringList {QStringLiteral("ncbi_swapped_columns.tsv, line 2"),
                            QStringLiteral("the GeneID (column 2) is 'A1BG', not an NCBI gene id"),
                            QStringLiteral("swapped"), QStringLiteral("4 of the 4 rows"),
                            QStringLiteral("nothing was imported")};
        QTest::newRow("Gene stable ID and Gene name swapped throughout")
            << QFINDTESTDATA("data/biomart_swapped_columns.tsv")
            << QStringList {
                   QStringLiteral("line 2"),
                   QStringLiteral(
                       "the Gene name (column 3) is 'ENSG00000121410', an Ensembl gene id"),
                   QStringLiteral("swapped"), QStringLiteral("6 of the 6 rows")};
        QTest::newRow("tax_id not a number")
            << QFINDTESTDATA("data/ncbi_bad_taxon.tsv")
            << QStringList {
                   QStringLiteral("ncbi_bad_taxon.tsv, line 3"),
                   QStringLiteral("the tax_id (column 1) is 'human', not an NCBI taxon id"),
                   QStringLiteral("nothing was imported")};
        QTest::newRow("second header of another layout")
            << QFINDTESTDATA("data/ncbi_second_header.tsv")
            << QStringList {QStringLiteral("line 4"), QStringLiteral("second header"),
                            QStringLiteral("16 columns"), QStringLiteral("one by one")};
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
        const Result<GeneFile> read
            = GeneFileReader::read(write(QStringLiteral("blob.bin"), binary));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, Error::Code::Invalid);
        // A gzip stream cut short.
        QFile gz(QFINDTESTDATA("data/ncbi_small.gene_info.tsv.gz"));
        QVERIFY(gz.open(QIODevice::ReadOnly));
        const QByteArray cut = gz.readAll().first(300);
        const Result<GeneFile> broken
            = GeneFileReader::read(write(QStringLiteral("cut.tsv.gz"), cut));
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().message.contains(QLatin1StringView("cut.tsv.gz")),
                 qPrintable(broken.error().message));
    }

    // Isolated bad rows are skipped and listed (line, column, what is wrong); the others are read.
    void badRowsAreSkipped_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QStringList>("symbols");
        QTest::addColumn<QList<qint64>>("skipLines");
        QTest::addColumn<QStringList>("skipReasons");
        QTest::newRow("control characters")
            << "data/ncbi_control_characters.tsv" << 12
            << QStringList {QStringLiteral("A1BG"),     QStringLiteral("A2M"),
                            QStringLiteral("NAT1"),     QStringLiteral("NAT2"),
                            QStringLiteral("SERPINA3"), QStringLiteral("TP53"),
                            QStringLiteral("ABCA1")}
            << QList<qint64> {3, 5, 7, 9, 11}
            << QStringList {
                   QStringLiteral(
                       "the Symbol (column 3) holds the control character U+0000 at character 4"),
                   QStringLiteral(
                       "the Synonyms (column 4) holds the control character U+0001 at character 1"),
                   QStringLiteral("the description (column 7) holds the control character U+001B"),
                   QStringLiteral("the Symbol (column 3) holds the invisible character U+200B"),
                   QStringLiteral(
                       "the description (column 7) holds bytes that are not UTF-8 text")};
        QTest::newRow("header repeated")
            << "data/ncbi_repeated_header.tsv" << 6
            << QStringList {QStringLiteral("A1BG"),     QStringLiteral("A2M"),
                            QStringLiteral("NAT1"),     QStringLiteral("NAT2"),
                            QStringLiteral("SERPINA3"), QStringLiteral("TP53")}
            << QList<qint64> {5}
            << QStringList {QStringLiteral("the header again (first on line 1)")};
        QTest::newRow("GeneID and Symbol swapped in one row")
            << "data/ncbi_swapped_row.tsv" << 6
            << QStringList {QStringLiteral("A1BG"), QStringLiteral("A2M"), QStringLiteral("NAT2"),
                            QStringLiteral("SERPINA3"), QStringLiteral("TP53")}
            << QList<qint64> {4}
            << QStringList {QStringLiteral(
                   "the GeneID (column 2) is 'NAT1', not an NCBI gene id (a positive whole "
                   "number); the Symbol (column 3) is '9': the two columns look swapped")};
        QTest::newRow("biomart ids")
            << "data/biomart_bad_rows.tsv" << 8
            << QStringList {QStringLiteral("A1BG"), QStringLiteral("A2M"), QStringLiteral("TP53"),
                            QStringLiteral("NAT1")}
            << QList<qint64> {4, 7}
            << QStringList {
                   QStringLiteral(
                       "the Gene stable ID (column 1) is 'ENSG0000015600', not a stable gene id"),
                   QStringLiteral("the NCBI gene (formerly Entrezgene) ID (column 4) is 'AACT', "
                                  "not an NCBI gene id")};
        QTest::newRow("hgnc ids")
            << "data/hgnc_bad_ids.tsv" << 7
            << QStringList {QStringLiteral("A1BG"), QStringLiteral("TP53"),
                            QStringLiteral("A1BG-AS1")}
            << QList<qint64> {3, 5, 7, 8}
            << QStringList {
                   QStringLiteral(
                       "the hgnc_id (column 1) is 'A2M', not an HGNC id (HGNC: and a number, e.g. "
                       "HGNC:5); the symbol (column 2) is 'HGNC:7': the two columns look swapped"),
                   QStringLiteral("withdrawn"),
                   QStringLiteral("the ensembl_gene_id (column 20) is 'ENSG0000256069', not an "
                                  "Ensembl gene id"),
                   QStringLiteral("the entrez_id (column 19) is 'NAT-1', not an NCBI gene id")};
        // Other databases' stable ids, as BioMart lists them for flies and worms, are ids too.
        QTest::newRow("biomart fly ids")
            << "data/biomart_fly.tsv" << 2
            << QStringList {QStringLiteral("Art6"), QStringLiteral("Veneno")} << QList<qint64> {}
            << QStringList {};
    }

    void badRowsAreSkipped()
    {
        QFETCH(QString, file);
        QFETCH(int, rows);
        QFETCH(QStringList, symbols);
        QFETCH(QList<qint64>, skipLines);
        QFETCH(QStringList, skipReasons);
        const Result<GeneFile> read = GeneFileReader::read(QFINDTESTDATA(file));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->rows, rows);
        QStringList readSymbols;
        for (const GeneInput &gene : read->genes) {
            readSymbols.append(gene.symbol);
            QVERIFY2(!hasControlOrInvisible(gene.symbol), qPrintable(gene.symbol));
            QVERIFY(!hasControlOrInvisible(gene.synonyms.join(QLatin1Char('|'))));
            QVERIFY(!gene.description.contains(QChar(0xFFFD)));
        }
        QCOMPARE(readSymbols, symbols);
        QList<qint64> lines;
        for (const GeneSkip &skip : read->skips)
            lines.append(skip.line);
        QCOMPARE(lines, skipLines);
        for (qsizetype i = 0; i < skipReasons.size(); ++i) {
            const GeneSkip &skip = read->skips.at(i);
            QVERIFY2(skip.reason.contains(skipReasons.at(i)), qPrintable(skip.reason));
            QVERIFY2(!hasControlOrInvisible(skip.symbol), qPrintable(skip.symbol));
        }
    }

    void skippedSymbolsArePrintable()
    {
        const Result<GeneFile> read
            = GeneFileReader::read(QFINDTESTDATA("data/ncbi_control_characters.tsv"));
        QVERIFY(read.ok());
        QCOMPARE(read->skips.at(0).symbol, QStringLiteral("AAD\\u0000AC"));
        QCOMPARE(read->skips.at(3).symbol, QStringLiteral("AA\\u200BRS1"));
        // A description may hold a soft hyphen (a format character); a symbol may not.
        QCOMPARE(bySymbol(*read, QStringLiteral("ABCA1"))->description,
                 QStringLiteral("ATP binding cas\u00ADsette subfamily A member 1"));
    }

    // "\r" alone ends lines as "\n" and "\r\n" do; the first line break decides for the file.
    void lineEndings_data()
    {
        QTest::addColumn<QByteArray>("lineBreak");
        QTest::addColumn<bool>("finalBreak");
        QTest::newRow("LF") << QByteArray("\n") << true;
        QTest::newRow("CRLF") << QByteArray("\r\n") << true;
        QTest::newRow("CR") << QByteArray("\r") << true;
        QTest::newRow("CR, no final break") << QByteArray("\r") << false;
    }

    void lineEndings()
    {
        QFETCH(QByteArray, lineBreak);
        QFETCH(bool, finalBreak);
        const QByteArray cr = readAll(QFINDTESTDATA("data/ncbi_cr_only.tsv"));
        QVERIFY(cr.count('\r') == 7 && !cr.contains('\n'));
        QByteArray bytes = cr;
        bytes.replace("\r", lineBreak);
        if (!finalBreak)
            bytes.chop(lineBreak.size());
        const Result<GeneFile> read
            = GeneFileReader::read(write(QStringLiteral("endings.tsv"), bytes));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->rows, 6);
        QCOMPARE(read->genes.size(), 6);
        QVERIFY(read->skips.isEmpty());
        QCOMPARE(read->warnings.size(), finalBreak ? 0 : 1);
        QCOMPARE(read->genes.at(0).symbol, QStringLiteral("A1BG"));
        QCOMPARE(read->genes.at(0).line, 2);
        QCOMPARE(read->genes.at(5).symbol, QStringLiteral("TP53"));
        QCOMPARE(read->genes.at(5).line, 7);
        QCOMPARE(read->genes.at(5).biotype,
                 QStringLiteral("protein-coding")); // nothing left at the end
        QCOMPARE(read->genes.at(5).synonyms,
                 (QStringList {QStringLiteral("BCC7"), QStringLiteral("LFS1"),
                               QStringLiteral("P53"), QStringLiteral("TRP53")}));
    }

    // Lines that cross the reader's 1 MiB chunks, with each kind of line break.
    void lineEndingsAcrossChunks_data()
    {
        QTest::addColumn<QByteArray>("lineBreak");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CRLF") << QByteArray("\r\n");
        QTest::newRow("CR") << QByteArray("\r");
    }

    void lineEndingsAcrossChunks()
    {
        QFETCH(QByteArray, lineBreak);
        constexpr int Genes = 40'000; // about 3 MiB
        QByteArray bytes
            = "#tax_id\tGeneID\tSymbol\tSynonyms\tdbXrefs\tchromosome\tdescription\ttype_of_gene"
            + lineBreak;
        for (int i = 1; i <= Genes; ++i)
            bytes += "9606\t" + QByteArray::number(i) + "\tG" + QByteArray::number(i) + "\tS"
                + QByteArray::number(i) + "\t-\t1\ta gene of the chunk test\tprotein-coding"
                + lineBreak;
        const Result<GeneFile> read
            = GeneFileReader::read(write(QStringLiteral("chunks.tsv"), bytes));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->genes.size(), Genes);
        QVERIFY(read->skips.isEmpty());
        for (int i = 0; i < Genes; ++i) {
            const GeneInput &gene = read->genes.at(i);
            QCOMPARE(gene.ncbiGeneId, QString::number(i + 1));
            QCOMPARE(gene.biotype, QStringLiteral("protein-coding"));
            QCOMPARE(gene.line, i + 2);
        }
    }

    void strayCarriageReturnIsAControlCharacter()
    {
        QByteArray bytes = readAll(QFINDTESTDATA("data/ncbi_repeated_header.tsv"));
        bytes.replace("\tA2M\t", "\tA2\rM\t");
        const Result<GeneFile> read
            = GeneFileReader::read(write(QStringLiteral("stray.tsv"), bytes));
        QVERIFY(read.ok());
        QCOMPARE(read->genes.size(), 5);
        QCOMPARE(read->skips.at(0).line, 3);
        QVERIFY2(read->skips.at(0).reason.contains(QLatin1StringView("U+000D")),
                 qPrintable(read->skips.at(0).reason));
    }

    // A UTF-8 byte order mark before the header is no part of its first name.
    void byteOrderMark()
    {
        const QByteArray bytes
            = "\xEF\xBB\xBF" + readAll(QFINDTESTDATA("data/ncbi_small.gene_info.tsv"));
        const Result<GeneFile> read = GeneFileReader::read(write(QStringLiteral("bom.tsv"), bytes));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->genes.size(), 10);
    }

    // One gene with 100,000 synonyms (each listed twice, and the symbol among them): every synonym
    // kept once, in the order of first mention. Reading it is linear (measured by hand, not here).
    void manySynonyms()
    {
        constexpr int Count = 100'000;
        QByteArray synonyms;
        for (int pass = 0; pass < 2; ++pass)
            for (int i = 0; i < Count; ++i)
                synonyms += "SYN" + QByteArray::number(pass == 0 ? i : Count - 1 - i)
                    + (i % 1000 == 0 ? "| A1BG |" : "|");
        QByteArray bytes
            = "#tax_id\tGeneID\tSymbol\tSynonyms\tdbXrefs\tchromosome\tdescription\ttype_of_gene\n"
              "9606\t1\tA1BG\t"
            + synonyms + "\t-\t19\talpha-1-B glycoprotein\tprotein-coding\n";
        const Result<GeneFile> read
            = GeneFileReader::read(write(QStringLiteral("synonyms.tsv"), bytes));
        QVERIFY(read.ok());
        const QStringList &kept = read->genes.constFirst().synonyms;
        QCOMPARE(kept.size(), Count);
        for (int i = 0; i < Count; ++i)
            QCOMPARE(kept.at(i), QStringLiteral("SYN%1").arg(i));

        // BioMart: one row per synonym, each gene's rows merged into one list the same way.
        QByteArray biomart = "Gene stable ID\tGene name\tGene Synonym\n";
        for (int pass = 0; pass < 2; ++pass)
            for (int i = 0; i < Count / 4; ++i)
                biomart += "ENSG00000121410\tA1BG\tSYN" + QByteArray::number(i) + "\n";
        const Result<GeneFile> merged
            = GeneFileReader::read(write(QStringLiteral("biomart_synonyms.tsv"), biomart));
        QVERIFY(merged.ok());
        QCOMPARE(merged->genes.size(), 1);
        QCOMPARE(merged->genes.constFirst().synonyms.size(), Count / 4);
        QCOMPARE(merged->genes.constFirst().synonyms.constLast(),
                 QStringLiteral("SYN%1").arg(Count / 4 - 1));
    }

    void idShapes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("ensembl");
        QTest::newRow("human") << "ENSG00000121410" << true;
        QTest::newRow("mouse") << "ENSMUSG00000059552" << true;
        QTest::newRow("chicken") << "ENSGALG00000000001" << true;
        QTest::newRow("SARS-CoV-2") << "ENSSASG00005000002" << true;
        QTest::newRow("one digit short") << "ENSG0000012141" << false;
        QTest::newRow("version left on") << "ENSG00000121410.7" << false;
        QTest::newRow("transcript") << "ENST00000263100" << false;
        QTest::newRow("lower case") << "ensg00000121410" << false;
        QTest::newRow("symbol") << "A1BG" << false;
        QTest::newRow("fly") << "FBgn0038189" << false;
    }

    void idShapes()
    {
        QFETCH(QString, id);
        QFETCH(bool, ensembl);
        QCOMPARE(GeneColumns::isEnsemblGeneId(id), ensembl);
    }

    void sniffReadsTheStart()
    {
        const Result<GeneFile> read
            = GeneFileReader::sniff(QFINDTESTDATA("data/ncbi_small.gene_info.tsv"), 3);
        QVERIFY(read.ok());
        QCOMPARE(read->format, GeneFileFormat::Ncbi);
        QCOMPARE(read->genes.size(), 3);
        QVERIFY(!read->complete);
    }

    void cancel()
    {
        const Result<GeneFile> read = GeneFileReader::read(
            QFINDTESTDATA("data/ncbi_small.gene_info.tsv"), [](qint64, qint64) { return false; });
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, Error::Code::Cancelled);
    }

    // The 16 lists CELLxGENE checks gene ids against, as the shared data's README counts them.
    void gencodeLists_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("taxon");
        QTest::addColumn<int>("rows");
        const std::tuple<const char *, qint64, int> lists[] = {
            {"homo_sapiens", 9606, 78894},
            {"mus_musculus", 10090, 78317},
            {"rattus_norvegicus", 10116, 43360},
            {"danio_rerio", 7955, 32520},
            {"drosophila_melanogaster", 7227, 24254},
            {"caenorhabditis_elegans", 6239, 46926},
            {"macaca_mulatta", 9544, 35432},
            {"macaca_fascicularis", 9541, 38550},
            {"callithrix_jacchus", 9483, 40188},
            {"gorilla_gorilla", 9595, 30084},
            {"pan_troglodytes", 9598, 33729},
            {"sus_scrofa", 9823, 35682},
            {"oryctolagus_cuniculus", 9986, 29587},
            {"microcebus_murinus", 30608, 26798},
            {"sars_cov_2", 2697049, 12},
            {"ercc", 32630, 92},
        };
        for (const auto &[name, taxon, rows] : lists)
            QTest::newRow(name)
                << QStringLiteral("genes/gencode/genes_%1.csv.gz").arg(QLatin1StringView(name))
                << taxon << rows;
    }

    void gencodeLists()
    {
        QFETCH(QString, file);
        QFETCH(qint64, taxon);
        QFETCH(int, rows);
        const QString path = test::sharedData(file);
        if (!QFile::exists(path))
            QSKIP("The shared gene lists are not there (FEATUREDESK_SHARED_DATA).");
        const Result<GeneFile> read = GeneFileReader::read(path);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->format, GeneFileFormat::Gencode);
        QCOMPARE(read->rows, rows);
        QCOMPARE(read->genes.size(), rows); // one row per gene, none skipped
        QVERIFY2(read->skips.isEmpty(), qPrintable(read->skips.value(0).reason));
        QCOMPARE(read->taxa, QList<qint64> {taxon});
        // The organism comes from the ids, not the file's name: a copy named otherwise reads alike.
        const QString renamed = m_dir.filePath(QStringLiteral("list.csv.gz"));
        QFile::remove(renamed);
        QVERIFY(QFile::copy(path, renamed));
        const Result<GeneFile> copy = GeneFileReader::read(renamed);
        QVERIFY(copy.ok());
        QCOMPARE(copy->taxa, QList<qint64> {taxon});
        for (const GeneInput &gene : copy->genes) {
            QCOMPARE(gene.taxonId, taxon);
            QCOMPARE(gene.ensemblGeneIds.size(), 1);
            QVERIFY(!gene.biotype.isEmpty());
            QVERIFY(gene.symbol != gene.ensemblGeneIds.constFirst());
        }
    }

    void gencodeRows()
    {
        const QString path = write(QStringLiteral("genes_rattus_norvegicus.csv"),
                                   "ENSG00000290825,DDX11L16,2,1396,lncRNA\r\n"
                                   "ENSG00000223972,DDX11L1,6,632,transcribed_unprocessed_"
                                   "pseudogene\r\n"
                                   "ENSG00000310526,ENSG00000310526,,1226,lncRNA\r\n");
        const Result<GeneFile> read = GeneFileReader::read(path);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->format, GeneFileFormat::Gencode);
        QCOMPARE(read->genes.size(), 3);
        const GeneInput &first = read->genes.at(0);
        QCOMPARE(first.symbol, QStringLiteral("DDX11L16"));
        QCOMPARE(first.ensemblGeneIds, QStringList {QStringLiteral("ENSG00000290825")});
        QCOMPARE(first.biotype, QStringLiteral("lncRNA"));
        QCOMPARE(first.line, 1);
        QCOMPARE(first.taxonId, 9606); // the ids say human, whatever the name says
        // A gene without a name: the list gives its id again, which is no symbol.
        QCOMPARE(read->genes.at(2).symbol, QString());
        QCOMPARE(geneFileFormatName(read->format), QStringLiteral("gencode"));
    }

    void gencodeWithNames()
    {
        const QString path = write(QStringLiteral("named.csv"),
                                   "gene_id,gene_name,gene_version,gene_length,gene_type\n"
                                   "ENSMUSG00000102693,4933401J01Rik,2,1070,TEC\n");
        const Result<GeneFile> read = GeneFileReader::read(path);
        QVERIFY(read.ok());
        QCOMPARE(read->format, GeneFileFormat::Gencode);
        QCOMPARE(read->rows, 1);
        QCOMPARE(read->taxa, QList<qint64> {10090});
    }

    // Ids of no known prefix: the organism is the file name's, else nobody's (the import asks).
    void gencodeOrganismFromName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QList<qint64>>("taxa");
        QTest::newRow("mouse") << "genes_mus_musculus.csv" << QList<qint64> {10090};
        QTest::newRow("zebrafish") << "Danio_rerio.genes.csv" << QList<qint64> {7955};
        QTest::newRow("no name") << "genes.csv" << QList<qint64> {0};
        QTest::newRow("part of a name") << "genes_mus_musculusx.csv" << QList<qint64> {0};
    }

    void gencodeOrganismFromName()
    {
        QFETCH(QString, name);
        QFETCH(QList<qint64>, taxa);
        const QString path = write(name,
                                   "XYZ0000001,Abc1,,100,protein_coding\n"
                                   "XYZ0000002,Abc2,1,200,lncRNA\n");
        const Result<GeneFile> read = GeneFileReader::read(path);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->format, GeneFileFormat::Gencode);
        QCOMPARE(read->taxa, taxa);
        for (const GeneInput &gene : read->genes)
            QCOMPARE(gene.taxonId, taxa.constFirst());
    }

    // Ids of one organism beside ids of no known prefix (FlyBase's FBtr…): all the organism's.
    void gencodeUnknownPrefixesJoinTheKnown()
    {
        const QString path = write(QStringLiteral("fly.csv"),
                                   "FBgn0031208,CG11023,,1300,protein_coding\n"
                                   "FBti0060911,transib2{}2850,,41,transposable_element\n"
                                   "FBtr0304413_df_nrg,FBtr0304413_df_nrg,,21,ncRNA\n");
        const Result<GeneFile> read = GeneFileReader::read(path);
        QVERIFY(read.ok());
        QCOMPARE(read->taxa, QList<qint64> {7227});
        QCOMPARE(read->genes.size(), 3);
        for (const GeneInput &gene : read->genes)
            QCOMPARE(gene.taxonId, 7227);
    }

    void gencodeBadRows_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("says");
        QTest::newRow("versioned id")
            << QByteArray("ENSG00000141510.17,TP53,17,2512,protein_coding") << "without version";
        QTest::newRow("version not a number")
            << QByteArray("ENSG00000141510,TP53,v17,2512,protein_coding") << "gene_version";
        QTest::newRow("length not a number")
            << QByteArray("ENSG00000141510,TP53,17,long,protein_coding") << "gene_length";
        QTest::newRow("id a number") << QByteArray("7157,TP53,17,2512,protein_coding") << "gene_id";
    }

    // A bad row among good ones is skipped and says why; the others are read.
    void gencodeBadRows()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, says);
        const QString path = write(QStringLiteral("bad.csv"),
                                   "ENSG00000290825,DDX11L16,2,1396,lncRNA\n"
                                   "ENSG00000223972,DDX11L1,6,632,lncRNA\n"
                                       + bad + "\n");
        const Result<GeneFile> read = GeneFileReader::read(path);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->genes.size(), 2);
        QCOMPARE(read->skips.size(), 1);
        QCOMPARE(read->skips.constFirst().line, 3);
        QVERIFY2(read->skips.constFirst().reason.contains(says),
                 qPrintable(read->skips.constFirst().reason));
    }

    void gencodeRefusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("repeated id") << QByteArray("ENSG00000290825,A,2,1396,lncRNA\n"
                                                   "ENSG00000290825,B,2,1396,lncRNA\n")
                                     << "gene_id ENSG00000290825 appears again";
        QTest::newRow("a field missing") << QByteArray("ENSG00000290825,A,2,1396,lncRNA\n"
                                                       "ENSG00000223972,B,2,1396\n")
                                         << "4 comma-separated fields";
        QTest::newRow("not a list") << QByteArray("a,b,c\n1,2,3\n") << "not one of a gene table";
    }

    void gencodeRefusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const Result<GeneFile> read = GeneFileReader::read(write(QStringLiteral("r.csv"), bytes));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(says), qPrintable(read.error().message));
    }
};

QTEST_GUILESS_MAIN(TestGeneFileReader)
#include "tst_genefilereader.moc"
