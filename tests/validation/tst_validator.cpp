// The validator on in-memory indexes: every status, data-driven, and the bad inputs of the issue.

#include "model/genes/OrganismStore.h"
#include "model/validation/GeneDetails.h"
#include "model/validation/PostingTable.h"
#include "model/validation/Validator.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace fd;

namespace {

NameIndex featureIndex()
{
    return NameIndex(
        {{QStringLiteral("f1"),
          QStringLiteral("cell_type"),
          {QStringLiteral("celltype"), QStringLiteral("CT")},
          QStringLiteral("cat")},
         {QStringLiteral("f2"),
          QStringLiteral("dose_mg"),
          {QStringLiteral("dose")},
          QStringLiteral("float")},
         {QStringLiteral("f3"),
          QStringLiteral("batch"),
          {QStringLiteral("run")},
          QStringLiteral("str")},
         {QStringLiteral("f4"),
          QStringLiteral("run_id"),
          {QStringLiteral("run")},
          QStringLiteral("int")},
         {QStringLiteral("f5"), QStringLiteral("Zellzahl_µl"), {}, QStringLiteral("int")},
         {QStringLiteral("f6"), QStringLiteral("café"), {}, QStringLiteral("str")}},
        true);
}

NameIndex symbolIndex()
{
    return NameIndex({{QStringLiteral("7T55jpxdMIG1"),
                       QStringLiteral("A1BG"),
                       {QStringLiteral("A1B"), QStringLiteral("ABG"), QStringLiteral("GAB")},
                       {}},
                      {QStringLiteral("g2"),
                       QStringLiteral("A2M"),
                       {QStringLiteral("A2MD"), QStringLiteral("GAB")},
                       {}},
                      {QStringLiteral("g3"),
                       QStringLiteral("TP53"),
                       {QStringLiteral("P53"), QStringLiteral("1234")},
                       {}},
                      {QStringLiteral("g4"), QStringLiteral("CD4"), {}, {}}},
                     true);
}

// Optimal string alignment distance by the textbook table, which Similarity's must equal.
int referenceDistance(QStringView x, QStringView y)
{
    std::vector<std::vector<int>> d(size_t(x.size() + 1), std::vector<int>(size_t(y.size() + 1)));
    for (qsizetype i = 0; i <= x.size(); ++i)
        d[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= y.size(); ++j)
        d[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        for (qsizetype j = 1; j <= y.size(); ++j) {
            int &cell = d[size_t(i)][size_t(j)];
            cell = std::min({d[size_t(i - 1)][size_t(j)] + 1, d[size_t(i)][size_t(j - 1)] + 1,
                             d[size_t(i - 1)][size_t(j - 1)] + (x[i - 1] == y[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                cell = std::min(cell, d[size_t(i - 2)][size_t(j - 2)] + 1);
        }
    }
    return d[size_t(x.size())][size_t(y.size())];
}

QString randomText(QRandomGenerator &random, int length)
{
    // Few letters, so that matches and swaps are common; now and then one beyond ASCII.
    static const char16_t letters[] = {u'a', u'b', u'c', u'd', u'\u00e9', u'\u0416'};
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(QChar(letters[random.bounded(i % 7 == 3 ? 6 : 4)]));
    return text;
}

NameIndex ensemblIndex()
{
    return NameIndex({{QStringLiteral("7IkHKPl0ScQR"), QStringLiteral("ENSG00000081059"), {}, {}}},
                     false);
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnNames_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("dtype");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("standard");
        QTest::addColumn<QString>("note");
        QTest::newRow("exact") << "cell_type"
                               << "cat"
                               << "validated"
                               << "cell_type"
                               << "";
        QTest::newRow("exact, dtype fits") << "dose_mg"
                                           << "int"
                                           << "validated"
                                           << "dose_mg"
                                           << "";
        QTest::newRow("case") << "Cell_Type"
                              << "cat"
                              << "standardizable"
                              << "cell_type"
                              << "letter case";
        QTest::newRow("synonym") << "dose"
                                 << "float"
                                 << "standardizable"
                                 << "dose_mg"
                                 << "synonym";
        QTest::newRow("synonym in other case") << "ct"
                                               << "str"
                                               << "standardizable"
                                               << "cell_type"
                                               << "synonym";
        QTest::newRow("padded") << " batch "
                                << "str"
                                << "standardizable"
                                << "batch"
                                << "Padded";
        QTest::newRow("tab padded") << "batch\t"
                                    << "str"
                                    << "standardizable"
                                    << "batch"
                                    << "Padded";
        QTest::newRow("padded, other case") << " Batch "
                                            << "str"
                                            << "standardizable"
                                            << "batch"
                                            << "letter case";
        QTest::newRow("padded synonym") << " dose\t"
                                        << "float"
                                        << "standardizable"
                                        << "dose_mg"
                                        << "synonym";
        QTest::newRow("other unicode form, other case") << QStringLiteral("CAFE\u0301") << "str"
                                                        << "standardizable"
                                                        << "café"
                                                        << "letter case";
        // "café" with a combining accent (NFD) is the registry's "café" (NFC).
        QTest::newRow("other unicode form") << QStringLiteral("cafe\u0301") << "str"
                                            << "standardizable"
                                            << "café"
                                            << "Unicode";
        QTest::newRow("ambiguous synonym") << "run"
                                           << "str"
                                           << "ambiguous"
                                           << ""
                                           << "2 records";
        QTest::newRow("not validated") << "dose_mgs"
                                       << "float"
                                       << "not_validated"
                                       << ""
                                       << "";
        QTest::newRow("dtype mismatch") << "dose_mg"
                                        << "str"
                                        << "dtype_mismatch"
                                        << "dose_mg"
                                        << "registered as float";
        QTest::newRow("dtype mismatch via synonym") << "dose"
                                                    << "date"
                                                    << "dtype_mismatch"
                                                    << "dose_mg"
                                                    << "registered as float";
        QTest::newRow("unknown dtype is no mismatch") << "batch"
                                                      << ""
                                                      << "validated"
                                                      << "batch"
                                                      << "";
        // A name holding a character a name may not hold matches what it looks like, and says so.
        QTest::newRow("leading byte order mark") << QStringLiteral("\uFEFFcell_type") << "cat"
                                                 << "standardizable"
                                                 << "cell_type"
                                                 << "byte order mark (U+FEFF)";
        QTest::newRow("zero-width space inside") << QStringLiteral("cell\u200B_type") << "cat"
                                                 << "standardizable"
                                                 << "cell_type"
                                                 << "zero-width space (U+200B)";
        QTest::newRow("byte order mark, other case") << QStringLiteral("\uFEFFCell_Type") << "cat"
                                                     << "standardizable"
                                                     << "cell_type"
                                                     << "byte order mark (U+FEFF)";
        QTest::newRow("byte order mark, synonym") << QStringLiteral("\uFEFFdose") << "float"
                                                  << "standardizable"
                                                  << "dose_mg"
                                                  << "synonym";
        QTest::newRow("byte order mark, not registered")
            << QStringLiteral("\uFEFFdose_mgs") << "float"
            << "not_validated"
            << ""
            << "byte order mark (U+FEFF)";
        QTest::newRow("only a byte order mark") << QStringLiteral("\uFEFF") << "str"
                                                << "not_validated"
                                                << ""
                                                << "byte order mark";
    }

    void columnNames()
    {
        QFETCH(QString, value);
        QFETCH(QString, dtype);
        QFETCH(QString, status);
        QFETCH(QString, standard);
        QFETCH(QString, note);
        const NameIndex index = featureIndex();
        const ValidationReport report
            = Validator(index, Validator::Field::FeatureName).validate({value}, {dtype});
        QCOMPARE(report.field, ValidationField::FeatureName);
        QCOMPARE(report.items.size(), 1);
        const ValidationItem &item = report.items.first();
        QCOMPARE(item.value, value);
        QCOMPARE(validationStatusKey(item.status), status);
        QCOMPARE(item.standard, standard);
        QVERIFY2(item.note.contains(note, Qt::CaseInsensitive), qPrintable(item.note));
        if (status == QLatin1StringView("ambiguous")) {
            QCOMPARE(item.candidateUids,
                     (QStringList {QStringLiteral("f3"), QStringLiteral("f4")}));
            QCOMPARE(item.candidates.size(), 2);
        }
        if (!standard.isEmpty())
            QVERIFY(!item.uid.isEmpty());
    }

    void suggestions()
    {
        const NameIndex index = featureIndex();
        const ValidationReport report
            = Validator(index, Validator::Field::FeatureName)
                  .validate({QStringLiteral("dose_mgs"), QStringLiteral("cel_type"),
                             QStringLiteral("zzzzzz")});
        QCOMPARE(report.items.at(0).suggestions.value(0), QStringLiteral("dose_mg"));
        QCOMPARE(report.items.at(1).suggestions.value(0), QStringLiteral("cell_type"));
        QVERIFY(report.items.at(2).suggestions.isEmpty()); // nothing alike: no guesses
        for (const ValidationItem &item : report.items)
            QVERIFY(item.suggestions.size() <= 3);
    }

    void transposedLettersAreSuggested()
    {
        // "TP35" shares no rare trigram with "TP53"; the swap is one edit all the same.
        QList<IndexEntry> entries {{QStringLiteral("g1"), QStringLiteral("TP53"), {}, {}},
                                   {QStringLiteral("g2"), QStringLiteral("TEX35"), {}, {}},
                                   {QStringLiteral("g3"), QStringLiteral("USP35"), {}, {}}};
        for (int i = 0; i < 3000; ++i) // plenty of names sharing "35" to crowd the trigrams
            entries.append(
                {QStringLiteral("x%1").arg(i), QStringLiteral("GENE35%1").arg(i), {}, {}});
        const NameIndex index(entries, true);
        const ValidationItem item = Validator(index, Validator::Field::GeneSymbol)
                                        .validate({QStringLiteral("TP35")})
                                        .items.first();
        QCOMPARE(item.suggestions.value(0), QStringLiteral("TP53"));
        QCOMPARE(Similarity::ratio(u"TP35", u"TP53"), 0.75);
        QCOMPARE(Similarity::ratio(u"abc", u"abc"), 1.0);
        QCOMPARE(Similarity::ratio(u"kitten", u"sitting"), 1.0 - 3.0 / 7.0);
    }

    void ratioIsTheEditDistance()
    {
        // The bit-parallel distance for names up to 64 letters, the table beyond: both exact.
        QRandomGenerator random(7);
        for (int round = 0; round < 3000; ++round) {
            const bool longNames = round % 4 == 0;
            const QString a
                = randomText(random, longNames ? 56 + random.bounded(16) : random.bounded(12));
            const QString b
                = randomText(random, longNames ? 56 + random.bounded(16) : random.bounded(12));
            const qsizetype longer = std::max(a.size(), b.size());
            const double expected
                = longer == 0 ? 1.0 : 1.0 - double(referenceDistance(a, b)) / double(longer);
            QVERIFY2(Similarity::ratio(a, b) == expected, qPrintable(a + QLatin1Char('/') + b));
        }
    }

    void postingTable()
    {
        PostingTable table;
        QCOMPARE(table.find(1).size(), size_t(0)); // not built: nothing there
        std::vector<std::pair<quint64, qint32>> pairs;
        for (qint32 id = 0; id < 5000; ++id) {
            pairs.emplace_back(quint64(id % 97), id);
            pairs.emplace_back(quint64(id % 97), id); // given twice, counted once
            pairs.emplace_back(0xffff'0000'0000'0000ULL + quint64(id), id);
        }
        table.build(std::move(pairs));
        QCOMPARE(table.keyCount(), size_t(97 + 5000));
        const std::span<const qint32> ids = table.find(5);
        QCOMPARE(ids.size(), size_t(52)); // 5, 102, ... 4952
        QVERIFY(std::is_sorted(ids.begin(), ids.end()));
        QVERIFY(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
        QCOMPARE(ids.front(), 5);
        QCOMPARE(ids.back(), 4952);
        QCOMPARE(table.find(97).size(), size_t(0));
        const std::span<const qint32> one = table.find(0xffff'0000'0000'0000ULL + 4321);
        QCOMPARE(one.size(), size_t(1));
        QCOMPARE(one.front(), 4321);
        // Many at once: the same answers.
        const std::vector<quint64> keys {5, 97, 0xffff'0000'0000'0000ULL + 4321, 96};
        std::vector<std::span<const qint32>> found(keys.size());
        table.find(keys, found);
        for (size_t i = 0; i < keys.size(); ++i)
            QVERIFY(std::ranges::equal(found[i], table.find(keys[i])));
    }

    void indexGrowsPastItsGuess()
    {
        // More synonyms than the index reserves room for; every one is found all the same.
        QList<IndexEntry> entries;
        for (int i = 0; i < 2000; ++i) {
            QStringList synonyms;
            for (int k = 0; k < 6; ++k)
                synonyms.append(QStringLiteral("SYN%1_%2").arg(i).arg(k));
            synonyms.append(QStringLiteral("SHARED%1").arg(i / 2)); // two genes each
            entries.append({QString::number(i), QStringLiteral("GENE%1").arg(i), synonyms, {}});
        }
        const NameIndex index(entries, true);
        for (int i = 0; i < 2000; i += 37) {
            const NameIndex::Lookup synonym = index.find(QStringLiteral("syn%1_5").arg(i));
            QCOMPARE(synonym.match, NameIndex::Match::Synonym);
            QCOMPARE(synonym.entries.size(), 1);
            QCOMPARE(synonym.entries.first(), i);
            const NameIndex::Lookup shared = index.find(QStringLiteral("SHARED%1").arg(i / 2));
            QCOMPARE(shared.entries.size(), 2);
            QCOMPARE(shared.entries.first(), i / 2 * 2);
        }
        QCOMPARE(index.find(QStringLiteral("gene7")).match, NameIndex::Match::CaseInsensitive);
        QCOMPARE(index.find(QStringLiteral("GENE7")).match, NameIndex::Match::Exact);
        QCOMPARE(index.find(QStringLiteral("GENE77777")).match, NameIndex::Match::None);
    }

    void suggestionsDoNotDependOnThreads()
    {
        // Enough values that did not validate for a second thread to take some of them: each
        // value's suggestions are what Similarity gives for it alone.
        QList<IndexEntry> entries;
        for (int i = 0; i < 20000; ++i)
            entries.append(
                {QString::number(i), QStringLiteral("GN%1X").arg(i * 7919 % 100000), {}, {}});
        const NameIndex index(entries, true);
        QStringList values;
        for (int i = 0; i < 4000; ++i)
            values.append(QStringLiteral("GN%1Y").arg(i * 104729 % 100000));
        const ValidationReport report
            = Validator(index, Validator::Field::GeneSymbol).validate(values);
        QCOMPARE(report.items.size(), values.size());
        int suggested = 0;
        for (const ValidationItem &item : report.items) {
            QCOMPARE(item.status, ValidationStatus::NotValidated);
            QStringList expected;
            for (const Similarity::Suggestion &suggestion :
                 index.similarity().suggest(item.value, 3))
                expected.append(suggestion.name);
            QCOMPARE(item.suggestions, expected);
            suggested += !item.suggestions.isEmpty();
        }
        QVERIFY(suggested > 3000);
    }

    void emptiesAndDuplicatesAreCounted()
    {
        const NameIndex index = symbolIndex();
        const ValidationReport report
            = Validator(index, Validator::Field::GeneSymbol)
                  .validate({QStringLiteral("TP53"), QString(), QStringLiteral("  "),
                             QStringLiteral("TP53"), QStringLiteral("CD4"),
                             QStringLiteral("TP53")});
        QCOMPARE(report.emptyCount, 2);
        QCOMPARE(report.duplicateCount, 2);
        QCOMPARE(report.items.size(), 2);
        QCOMPARE(report.items.at(0).count, 3);
        QCOMPARE(report.summary().value(ValidationStatus::Validated), 2);
        QCOMPARE(report.summary().value(ValidationStatus::Ambiguous), 0);
    }

    void geneSymbols_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("standard");
        QTest::newRow("symbol") << "A1BG"
                                << "validated"
                                << "A1BG";
        QTest::newRow("lower case") << "tp53"
                                    << "standardizable"
                                    << "TP53";
        QTest::newRow("synonym") << "P53"
                                 << "standardizable"
                                 << "TP53";
        QTest::newRow("synonym of two genes") << "GAB"
                                              << "ambiguous"
                                              << "";
        QTest::newRow("typo") << "TP35"
                              << "not_validated"
                              << "";
        // A number that happens to be a synonym is not taken for that gene.
        QTest::newRow("number is no synonym") << "1234"
                                              << "not_validated"
                                              << "";
    }

    void geneSymbols()
    {
        QFETCH(QString, value);
        QFETCH(QString, status);
        QFETCH(QString, standard);
        const NameIndex index = symbolIndex();
        const ValidationItem item
            = Validator(index, Validator::Field::GeneSymbol).validate({value}).items.first();
        QCOMPARE(validationStatusKey(item.status), status);
        QCOMPARE(item.standard, standard);
    }

    void wrongFieldIsNamed()
    {
        const NameIndex index = symbolIndex();
        const ValidationReport ids
            = Validator(index, Validator::Field::GeneSymbol)
                  .validate({QStringLiteral("ENSG00000121410"), QStringLiteral("ENSG00000175899"),
                             QStringLiteral("TP53")});
        QCOMPARE(ids.suggestedField, std::optional(ValidationField::GeneEnsemblId));
        QVERIFY(ids.fieldWarning.contains(QLatin1StringView("2 of 3")));
        const ValidationReport numbers
            = Validator(index, Validator::Field::GeneSymbol)
                  .validate({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1234")});
        QCOMPARE(numbers.suggestedField, std::optional(ValidationField::GeneNcbiId));
        QCOMPARE(numbers.summary().value(ValidationStatus::Standardizable), 0);
        const ValidationReport symbols
            = Validator(index, Validator::Field::GeneSymbol)
                  .validate({QStringLiteral("TP53"), QStringLiteral("CD4")});
        QVERIFY(symbols.fieldWarning.isEmpty());
    }

    void idShapedValuesAreHinted()
    {
        // Among symbols, an Ensembl id and a plain number are each said to fit another field; the
        // validator does not know which gene (FileValidator asks the registry), and guesses no
        // symbols for them.
        const NameIndex index = symbolIndex();
        const ValidationReport report
            = Validator(index, Validator::Field::GeneSymbol)
                  .validate({QStringLiteral("ENSG00000141510"), QStringLiteral(" 7157"),
                             QStringLiteral("TP53"), QStringLiteral("A1BG"), QStringLiteral("CD4"),
                             QStringLiteral("TP35")});
        QVERIFY(report.fieldWarning.isEmpty()); // two of six: not most of them
        const ValidationItem &ensembl = report.items.at(0);
        QCOMPARE(ensembl.status, ValidationStatus::NotValidated);
        QVERIFY(ensembl.hint);
        QCOMPARE(ensembl.hint->field, ValidationField::GeneEnsemblId);
        QVERIFY(ensembl.hint->uid.isEmpty());
        QVERIFY2(ensembl.note.contains(QLatin1StringView("gene.ensembl_gene_id")),
                 qPrintable(ensembl.note));
        QVERIFY(ensembl.suggestions.isEmpty());
        const ValidationItem &number = report.items.at(1);
        QCOMPARE(number.status, ValidationStatus::NotValidated);
        QVERIFY(number.hint);
        QCOMPARE(number.hint->field, ValidationField::GeneNcbiId);
        QVERIFY2(number.note.contains(QLatin1StringView("gene.ncbi_gene_id")),
                 qPrintable(number.note));
        QVERIFY(!report.items.at(2).hint);
        QVERIFY(!report.items.at(5).hint); // a typo of a symbol: suggestions, no hint
        QCOMPARE(report.items.at(5).suggestions.value(0), QStringLiteral("TP53"));

        // Checked as Ensembl ids, a number fits NCBI ids; an unknown Ensembl id fits no other.
        const ValidationReport ids
            = Validator(index, Validator::Field::GeneEnsemblId)
                  .validate({QStringLiteral("7157"), QStringLiteral("ENSG00000000001")});
        QVERIFY(ids.items.at(0).hint);
        QCOMPARE(ids.items.at(0).hint->field, ValidationField::GeneNcbiId);
        QVERIFY(!ids.items.at(1).hint);
        // Column names are not genes: no hints.
        const NameIndex features = featureIndex();
        QVERIFY(!Validator(features, Validator::Field::FeatureName)
                     .validate({QStringLiteral("7157")})
                     .items.first()
                     .hint);
    }

    void ensemblIds_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("status");
        QTest::newRow("id") << "ENSG00000081059"
                            << "validated";
        QTest::newRow("versioned") << "ENSG00000081059.14"
                                   << "standardizable";
        QTest::newRow("lower case") << "ensg00000081059"
                                    << "standardizable";
        QTest::newRow("padded, versioned") << " ensg00000081059.3 "
                                           << "standardizable";
        QTest::newRow("unknown") << "ENSG00000000001"
                                 << "not_validated";
    }

    void ensemblIds()
    {
        QFETCH(QString, value);
        QFETCH(QString, status);
        const NameIndex index = ensemblIndex();
        const ValidationItem item
            = Validator(index, Validator::Field::GeneEnsemblId).validate({value}).items.first();
        QCOMPARE(validationStatusKey(item.status), status);
        if (status != QLatin1StringView("not_validated")) {
            QCOMPARE(item.standard, QStringLiteral("ENSG00000081059"));
            QCOMPARE(item.uid, QStringLiteral("7IkHKPl0ScQR"));
        }
    }

    // Other databases' stable ids that the registry keeps as Ensembl ids (FlyBase, WormBase, ERCC
    // spike-ins) are hinted as such among symbols, and most of a column of them suggests the field.
    void otherStableIdsAreHinted()
    {
        const NameIndex index = symbolIndex();
        const ValidationReport report
            = Validator(index, Validator::Field::GeneSymbol)
                  .validate({QStringLiteral("FBgn0031208"), QStringLiteral("WBGene00000001"),
                             QStringLiteral("ERCC-00002"), QStringLiteral("FBtr0304413_df_nrg")});
        QCOMPARE(report.suggestedField, std::optional(ValidationField::GeneEnsemblId));
        for (int i = 0; i < 3; ++i) {
            const ValidationItem &item = report.items.at(i);
            QCOMPARE(item.status, ValidationStatus::NotValidated);
            QVERIFY2(item.hint, qPrintable(item.value));
            QCOMPARE(item.hint->field, ValidationField::GeneEnsemblId);
        }
        QVERIFY(!report.items.at(3).hint); // a prefix that names no organism
        QVERIFY(Validator::looksLikeStableGeneId(QStringLiteral(" ENSMUSG00000059552.3 ")));
        QVERIFY(!Validator::looksLikeStableGeneId(QStringLiteral("ERCC-00002 (spike-in)")));
        QVERIFY(!Validator::looksLikeStableGeneId(QStringLiteral("TP53")));
        // The registry spells them as they are: only Ensembl ids lose case (all ids lose a version
        // suffix, otherIdsVersionSuffixSaysWhy).
        QCOMPARE(GeneDetails::keyOf(ValidationField::GeneEnsemblId, QStringLiteral(" FBgn0031208")),
                 QStringLiteral("FBgn0031208"));
        QCOMPARE(GeneDetails::keyOf(ValidationField::GeneEnsemblId,
                                    QStringLiteral("ensg00000141510.17")),
                 QStringLiteral("ENSG00000141510"));
    }

    // A version suffix is fixable, and the note says that is why; other letter case says so too.
    void ensemblVersionSuffixSaysWhy()
    {
        const NameIndex index = ensemblIndex();
        const ValidationReport report = Validator(index, Validator::Field::GeneEnsemblId)
                                            .validate({QStringLiteral("ENSG00000081059.17"),
                                                       QStringLiteral("ensg00000081059")});
        const ValidationItem &versioned = report.items.at(0);
        QCOMPARE(versioned.status, ValidationStatus::Standardizable);
        QCOMPARE(versioned.standard, QStringLiteral("ENSG00000081059"));
        QVERIFY2(versioned.note.contains(QLatin1StringView("version suffix")),
                 qPrintable(versioned.note));
        const ValidationItem &lower = report.items.at(1);
        QCOMPARE(lower.status, ValidationStatus::Standardizable);
        QVERIFY2(!lower.note.contains(QLatin1StringView("version suffix")), qPrintable(lower.note));
    }

    // Every id prefix the organism table knows takes a version suffix as Ensembl's do: BioMart
    // writes FBgn0038189.1 and WBGene00000003.1, GENCODE lists give ERCC-00002 version 1.
    void otherIdsVersionSuffixSaysWhy()
    {
        QList<IndexEntry> entries;
        QStringList versioned;
        QStringList bare;
        for (const OrganismStore::IdPrefix &known : OrganismStore::idPrefixes()) {
            const QString id = QString::fromLatin1(known.prefix) + QStringLiteral("00000042");
            entries.append({QStringLiteral("uid") + QString::number(entries.size()), id, {}, {}});
            versioned.append(id + QStringLiteral(".3"));
            bare.append(id);
        }
        const NameIndex index(entries, false);
        const ValidationReport report
            = Validator(index, Validator::Field::GeneEnsemblId).validate(versioned + bare);
        QCOMPARE(report.items.size(), 2 * bare.size());
        for (qsizetype i = 0; i < bare.size(); ++i) {
            const ValidationItem &item = report.items.at(i);
            QCOMPARE(item.status, ValidationStatus::Standardizable);
            QCOMPARE(item.standard, bare.at(i));
            QVERIFY2(item.note.contains(QLatin1StringView("version suffix")),
                     qPrintable(item.note));
            QCOMPARE(report.items.at(bare.size() + i).status, ValidationStatus::Validated);
        }
        // Among symbols, a versioned id is hinted, and its key finds the stored gene.
        const ValidationReport symbols = Validator(symbolIndex(), Validator::Field::GeneSymbol)
                                             .validate({QStringLiteral("FBgn0031208.1")});
        QVERIFY(symbols.items.at(0).hint);
        QCOMPARE(
            GeneDetails::keyOf(ValidationField::GeneEnsemblId, QStringLiteral("FBgn0031208.1")),
            QStringLiteral("FBgn0031208"));
        QCOMPARE(
            GeneDetails::keyOf(ValidationField::GeneEnsemblId, QStringLiteral("WBGene00000003.1 ")),
            QStringLiteral("WBGene00000003"));
    }

    void manyDistinctValues()
    {
        QList<IndexEntry> entries;
        QStringList values;
        for (int i = 0; i < 100000; ++i) {
            entries.append({QString::number(i), QStringLiteral("GENE%1").arg(i), {}, {}});
            values.append(QStringLiteral("GENE%1").arg(i * 2));
        }
        const NameIndex index(entries, true);
        const ValidationReport report
            = Validator(index, Validator::Field::GeneSymbol).validate(values);
        QCOMPARE(report.items.size(), 100000);
        QCOMPARE(report.summary().value(ValidationStatus::Validated), 50000);
        QCOMPARE(report.summary().value(ValidationStatus::NotValidated), 50000);
    }

    void dtypeFits_data()
    {
        QTest::addColumn<QString>("registered");
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("fits");
        QTest::newRow("number int") << "number"
                                    << "int" << true;
        QTest::newRow("number float") << "number"
                                      << "float" << true;
        QTest::newRow("number str") << "number"
                                    << "str" << false;
        QTest::newRow("float int") << "float"
                                   << "int" << true;
        QTest::newRow("int float") << "int"
                                   << "float" << false;
        QTest::newRow("cat str") << "cat"
                                 << "str" << true;
        QTest::newRow("cat[ULabel] cat") << "cat[ULabel]"
                                         << "cat" << true;
        QTest::newRow("cat float") << "cat"
                                   << "float" << false;
        QTest::newRow("str cat") << "str"
                                 << "cat" << true;
        QTest::newRow("str int") << "str"
                                 << "int" << false;
        QTest::newRow("datetime date") << "datetime"
                                       << "date" << true;
        QTest::newRow("date datetime") << "date"
                                       << "datetime" << false;
        QTest::newRow("bool bool") << "bool"
                                   << "bool" << true;
        QTest::newRow("object anything") << "object"
                                         << "float" << true;
    }

    void dtypeFits()
    {
        QFETCH(QString, registered);
        QFETCH(QString, column);
        QFETCH(bool, fits);
        QCOMPARE(Validator::dtypeFits(registered, column), fits);
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
