#include "model/db/Registry.h"
#include "model/genes/OrganismStore.h"
#include "tests/support/BackendTest.h"

#include <QSet>
#include <QSqlQuery>

using namespace fd;

class TestOrganismStore : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<Registry> m_registry;

    qint64 count()
    {
        return test::scalar(m_registry->database(),
                            QStringLiteral("SELECT COUNT(*) FROM fd_organism"));
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void init() { FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry); }

    void cleanup() { m_registry.reset(); }

    void builtIn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("taxon");
        QTest::newRow("human") << "human"
                               << "human" << qint64(9606);
        QTest::newRow("Human") << "Human"
                               << "human" << qint64(9606);
        QTest::newRow("scientific") << "Mus musculus"
                                    << "mouse" << qint64(10090);
        QTest::newRow("taxon") << "10116"
                               << "rat" << qint64(10116);
        QTest::newRow("zebrafish") << "zebrafish"
                                   << "zebrafish" << qint64(7955);
        QTest::newRow("fly") << "fly"
                             << "fly" << qint64(7227);
        QTest::newRow("worm") << "6239"
                              << "worm" << qint64(6239);
        QTest::newRow("yeast") << "yeast"
                               << "yeast" << qint64(4932);
        QTest::newRow("unknown") << "hamster"
                                 << "" << qint64(0);
    }

    void builtIn()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(qint64, taxon);
        const auto known = OrganismStore::knownOrganism(text);
        QCOMPARE(known.has_value(), taxon != 0);
        if (known) {
            QCOMPARE(QLatin1StringView(known->name), name);
            QCOMPARE(known->taxonId, taxon);
        }
    }

    void ensemblPrefixes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("taxon");
        QTest::newRow("human") << "ENSG00000141510" << qint64(9606);
        QTest::newRow("mouse") << "ENSMUSG00000059552" << qint64(10090);
        QTest::newRow("rat") << "ENSRNOG00000010756" << qint64(10116);
        QTest::newRow("zebrafish") << "ENSDARG00000035559" << qint64(7955);
        QTest::newRow("chicken is not human") << "ENSGALG00000004741" << qint64(9031);
        QTest::newRow("fly") << "FBgn0000001" << qint64(7227);
        QTest::newRow("worm") << "WBGene00000001" << qint64(6239);
        QTest::newRow("unknown") << "ENSOANG00000000001" << qint64(0);
        QTest::newRow("symbol") << "TP53" << qint64(0);
        // The organisms of CELLxGENE's gene lists.
        QTest::newRow("rhesus macaque") << "ENSMMUG00000000001" << qint64(9544);
        QTest::newRow("crab-eating macaque") << "ENSMFAG00000000001" << qint64(9541);
        QTest::newRow("marmoset") << "ENSCJAG00000000001" << qint64(9483);
        QTest::newRow("gorilla is not human") << "ENSGGOG00000000001" << qint64(9595);
        QTest::newRow("chimpanzee") << "ENSPTRG00000000001" << qint64(9598);
        QTest::newRow("pig") << "ENSSSCG00000000001" << qint64(9823);
        QTest::newRow("rabbit") << "ENSOCUG00000000001" << qint64(9986);
        QTest::newRow("mouse lemur") << "ENSMICG00000000001" << qint64(30608);
        QTest::newRow("SARS-CoV-2") << "ENSSASG00005000002" << qint64(2697049);
        QTest::newRow("fly transposon") << "FBti0060911" << qint64(7227);
        QTest::newRow("ERCC spike-in") << "ERCC-00002" << qint64(32630);
        QTest::newRow("ERCC without number") << "ERCC-" << qint64(0);
        QTest::newRow("fly transcript") << "FBtr0304413_df_nrg" << qint64(0);
    }

    void organismFromFileName_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<qint64>("taxon");
        QTest::newRow("gencode list") << "/data/genes_mus_musculus.csv.gz" << qint64(10090);
        QTest::newRow("dots") << "Danio_rerio.GRCz11.genes.csv" << qint64(7955);
        QTest::newRow("any case") << "GENES_HOMO_SAPIENS.CSV" << qint64(9606);
        QTest::newRow("two words") << "genes_macaca_fascicularis.csv" << qint64(9541);
        QTest::newRow("folder is not the name") << "/mus_musculus/genes.csv" << qint64(0);
        QTest::newRow("longer word") << "genes_mus_musculusx.csv" << qint64(0);
        QTest::newRow("none") << "genes.csv" << qint64(0);
    }

    void organismFromFileName()
    {
        QFETCH(QString, path);
        QFETCH(qint64, taxon);
        QCOMPARE(OrganismStore::taxonFromFileName(path), taxon);
    }

    // Every built-in organism has a name, scientific name, taxon and prefix of its own.
    void builtInOrganismsAreDistinct()
    {
        QSet<QString> names;
        QSet<qint64> taxa;
        QSet<QString> prefixes;
        for (const OrganismStore::Known &known : OrganismStore::builtIn()) {
            QVERIFY(!names.contains(QString::fromLatin1(known.name).toLower()));
            names.insert(QString::fromLatin1(known.name).toLower());
            QVERIFY(!names.contains(QString::fromLatin1(known.scientificName).toLower()));
            names.insert(QString::fromLatin1(known.scientificName).toLower());
            QVERIFY(!taxa.contains(known.taxonId));
            taxa.insert(known.taxonId);
            const QString prefix = QString::fromLatin1(known.ensemblPrefix);
            QVERIFY(prefix.isEmpty() || !prefixes.contains(prefix));
            prefixes.insert(prefix);
        }
    }

    void ensemblPrefixes()
    {
        QFETCH(QString, id);
        QFETCH(qint64, taxon);
        QCOMPARE(OrganismStore::taxonFromEnsemblId(id), taxon);
    }

    // A version suffix comes off every known prefix's ids alike, and off nothing else.
    void versionSuffixes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("bare");
        for (const OrganismStore::IdPrefix &known : OrganismStore::idPrefixes()) {
            const QString id = QString::fromLatin1(known.prefix) + QStringLiteral("00000001");
            QVERIFY(OrganismStore::taxonFromEnsemblId(id) != 0);
            QTest::addRow("%s versioned", known.prefix) << id + QStringLiteral(".12") << id;
            QTest::addRow("%s bare", known.prefix) << id << id;
        }
        QTest::newRow("Ensembl of no built-in organism") << "ENSOANG00000000001.2"
                                                         << "ENSOANG00000000001";
        QTest::newRow("BioMart's fly version") << "FBgn0038189.1"
                                               << "FBgn0038189";
        QTest::newRow("worm") << "WBGene00000003.1"
                              << "WBGene00000003";
        QTest::newRow("ERCC") << "ERCC-00002.1"
                              << "ERCC-00002";
        QTest::newRow("symbol") << "TP53.1"
                                << "TP53.1";
        QTest::newRow("not digits") << "FBgn0038189.a"
                                    << "FBgn0038189.a";
        QTest::newRow("dot alone") << "FBgn0038189."
                                   << "FBgn0038189.";
        QTest::newRow("two suffixes") << "ENSG00000141510.17.2"
                                      << "ENSG00000141510.17.2";
        QTest::newRow("prefix alone") << "ERCC-.1"
                                      << "ERCC-.1";
        QTest::newRow("transcript") << "FBtr0304413.1"
                                    << "FBtr0304413.1";
    }

    void versionSuffixes()
    {
        QFETCH(QString, id);
        QFETCH(QString, bare);
        QCOMPARE(OrganismStore::withoutVersionSuffix(id).toString(), bare);
    }

    void resolveMakesBuiltInOrganismsOnce()
    {
        OrganismStore store(*m_registry);
        const Result<OrganismRecord> human = store.resolve({}, {9606}, -1);
        FD_VERIFY_OK(human);
        QCOMPARE(human->name, QStringLiteral("human"));
        QCOMPARE(human->scientificName, QStringLiteral("Homo sapiens"));
        QCOMPARE(human->taxonId, 9606);
        // By name, scientific name or taxon: the same record.
        for (const QString &text :
             {QStringLiteral("human"), QStringLiteral("Homo sapiens"), QStringLiteral("9606")}) {
            const Result<OrganismRecord> again = store.resolve(text, {9606}, -1);
            FD_VERIFY_OK(again);
            QCOMPARE(again->id, human->id);
        }
        QCOMPARE(count(), 1);
        const Result<std::optional<OrganismRecord>> found
            = store.find(QStringLiteral("Homo sapiens"));
        FD_VERIFY_OK(found);
        QVERIFY(found->has_value());
        QCOMPARE((*found)->id, human->id);
        QCOMPARE(store.list()->size(), 1);
    }

    void resolveRefusesWhatDoesNotFit()
    {
        OrganismStore store(*m_registry);
        // A file that does not say, with no choice.
        Result<OrganismRecord> none = store.resolve({}, {0}, -1);
        QVERIFY(!none.ok());
        // Naming it is the remedy, which the window and the CLI each word (a choice, --organism).
        QCOMPARE(none.error().remedy, Error::Remedy::NameOrganism);
        // Two organisms, with no choice.
        Result<OrganismRecord> two = store.resolve({}, {9606, 10090}, -1);
        QVERIFY(!two.ok());
        QVERIFY2(two.error().message.contains(QLatin1StringView("human (9606), mouse (10090)")),
                 qPrintable(two.error().message));
        QCOMPARE(two.error().remedy, Error::Remedy::NameOrganism);
        // The wrong organism.
        Result<OrganismRecord> wrong = store.resolve(QStringLiteral("mouse"), {9606}, -1);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().message.contains(QLatin1StringView("not of mouse")),
                 qPrintable(wrong.error().message));
        // A taxon without a name.
        Result<OrganismRecord> unnamed = store.resolve({}, {10141}, -1);
        QVERIFY(!unnamed.ok());
        QVERIFY(unnamed.error().message.contains(QLatin1StringView("10141")));
        QCOMPARE(unnamed.error().remedy, Error::Remedy::NameOrganism);
        QCOMPARE(count(), 0);
    }

    void userNamedOrganismTakesTheFileTaxon()
    {
        OrganismStore store(*m_registry);
        const Result<OrganismRecord> guineaPig
            = store.resolve(QStringLiteral("guinea pig"), {10141}, -1);
        FD_VERIFY_OK(guineaPig);
        QCOMPARE(guineaPig->name, QStringLiteral("guinea pig"));
        QCOMPARE(guineaPig->taxonId, 10141);
        // Next time the file's taxon alone finds it.
        const Result<OrganismRecord> again = store.resolve({}, {10141}, -1);
        FD_VERIFY_OK(again);
        QCOMPARE(again->id, guineaPig->id);
        // And one without any taxon.
        const Result<OrganismRecord> hamster = store.resolve(QStringLiteral("hamster"), {0}, -1);
        FD_VERIFY_OK(hamster);
        QCOMPARE(hamster->taxonId, 0);
        QCOMPARE(count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOrganismStore)
#include "tst_organismstore.moc"
