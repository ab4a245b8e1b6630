// "Did you mean" and how it orders names equally close to a value: a swap of two neighbouring
// letters before a substitution, protein-coding genes before other types, then the name; on
// made-up names and on the human genes of ../shared/data.

#include "model/validation/IndexLoader.h"
#include "model/validation/Similarity.h"
#include "model/validation/Validator.h"
#include "tests/support/TestRegistry.h"

#include <QFile>
#include <QTest>

using namespace fd;

namespace {

QStringList namesOf(const QList<Similarity::Suggestion> &suggestions)
{
    QStringList names;
    for (const Similarity::Suggestion &suggestion : suggestions)
        names.append(suggestion.name);
    return names;
}

// The human gene table as the registry would index its symbols: each symbol, ranked by its
// gene's type (the table's last column).
QList<IndexEntry> humanSymbols()
{
    QFile file(test::sharedData(QStringLiteral("genes/Homo_sapiens.gene_info.tsv")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QList<IndexEntry> entries;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() < 8)
            continue;
        IndexEntry entry {fields.at(1), fields.at(2), {}, {}};
        entry.suggestionRank = IndexLoader::isProteinCoding(fields.at(7)) ? 0 : 1;
        entries.append(std::move(entry));
    }
    return entries;
}

} // namespace

class TestSimilarity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weightedDistance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("same") << "brca1"
                              << "brca1" << 0;
        QTest::newRow("swap of neighbours") << "brac1"
                                            << "brca1" << 1;
        QTest::newRow("substitution") << "brac1"
                                      << "brat1" << 2;
        QTest::newRow("deletion") << "brca1"
                                  << "brc1" << 2;
        QTest::newRow("swap and substitution") << "tp35"
                                               << "tq53" << 3;
        QTest::newRow("from nothing") << ""
                                      << "abc" << 6;
    }

    void weightedDistance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(Similarity::weightedDistance(a, b), expected);
        QCOMPARE(Similarity::weightedDistance(b, a), expected);
    }

    void aSwapBeatsASubstitution()
    {
        // Both one edit from BRAC1, so equally close by score; alphabetically BRAT1 would come
        // first, but a swap of neighbours is the likelier typing error.
        Similarity similarity;
        for (const char *name : {"BRAT1", "BRCA1", "BRAC2X"})
            similarity.add(QString::fromLatin1(name));
        similarity.build();
        const QList<Similarity::Suggestion> suggestions
            = similarity.suggest(QStringLiteral("BRAC1"));
        QCOMPARE(namesOf(suggestions).mid(0, 2),
                 (QStringList {QStringLiteral("BRCA1"), QStringLiteral("BRAT1")}));
        QCOMPARE(suggestions.at(0).score, suggestions.at(1).score);
    }

    void proteinCodingBeforeOtherTypes()
    {
        // Three names one substitution from ABC1: the protein-coding one first, then the others
        // by name. A name two genes share (one of each type) is given once.
        Similarity similarity;
        similarity.add(QStringLiteral("ABC2"), u"abc2", 1); // a pseudogene
        similarity.add(QStringLiteral("ABC3"), u"abc3", 1);
        similarity.add(QStringLiteral("ABC9"), u"abc9", 0); // protein-coding
        similarity.add(QStringLiteral("ABC3"), u"abc3", 0);
        similarity.build();
        QCOMPARE(
            namesOf(similarity.suggest(QStringLiteral("ABC1"), 3)),
            (QStringList {QStringLiteral("ABC3"), QStringLiteral("ABC9"), QStringLiteral("ABC2")}));
        // The swap still comes before the type.
        Similarity swapped;
        swapped.add(QStringLiteral("ACB1"), u"acb1", 1);
        swapped.add(QStringLiteral("ABC2"), u"abc2", 0);
        swapped.build();
        QCOMPARE(namesOf(swapped.suggest(QStringLiteral("ABC1"), 2)),
                 (QStringList {QStringLiteral("ACB1"), QStringLiteral("ABC2")}));
    }

    void brac1MeansBrca1AmongHumanGenes()
    {
        const QList<IndexEntry> entries = humanSymbols();
        if (entries.isEmpty())
            QSKIP("The shared gene file is not there (FEATUREDESK_SHARED_DATA).");
        QVERIFY(entries.size() > 70000);
        const NameIndex index(entries, false);
        const QStringList names = namesOf(index.similarity().suggest(QStringLiteral("BRAC1")));
        QCOMPARE(names.value(0), QStringLiteral("BRCA1"));
        QVERIFY(names.contains(QStringLiteral("BRAT1")));
        const ValidationItem item = Validator(index, Validator::Field::GeneSymbol)
                                        .validate({QStringLiteral("BRAC1")})
                                        .items.first();
        QCOMPARE(item.status, ValidationStatus::NotValidated);
        QCOMPARE(item.suggestions.value(0), QStringLiteral("BRCA1"));
        // Lower case too.
        QCOMPARE(index.similarity().suggest(QStringLiteral("brac1")).value(0).name,
                 QStringLiteral("BRCA1"));
    }
};

QTEST_GUILESS_MAIN(TestSimilarity)
#include "tst_similarity.moc"
