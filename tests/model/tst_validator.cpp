// The validator on in-memory indexes: every status, data-driven, and the bad inputs of the issue.

#include "model/validation/Validator.h"

#include <QTest>

using namespace fd;

namespace {

NameIndex featureIndex()
{
    return NameIndex({{QStringLiteral("f1"), QStringLiteral("cell_type"), {QStringLiteral("celltype"), QStringLiteral("CT")}, QStringLiteral("cat")},
                      {QStringLiteral("f2"), QStringLiteral("dose_mg"), {QStringLiteral("dose")}, QStringLiteral("float")},
                      {QStringLiteral("f3"), QStringLiteral("batch"), {QStringLiteral("run")}, QStringLiteral("str")},
                      {QStringLiteral("f4"), QStringLiteral("run_id"), {QStringLiteral("run")}, QStringLiteral("int")},
                      {QStringLiteral("f5"), QStringLiteral("Zellzahl_µl"), {}, QStringLiteral("int")},
                      {QStringLiteral("f6"), QStringLiteral("café"), {}, QStringLiteral("str")}},
                     true);
}

NameIndex symbolIndex()
{
    return NameIndex({{QStringLiteral("7T55jpxdMIG1"), QStringLiteral("A1BG"), {QStringLiteral("A1B"), QStringLiteral("ABG"), QStringLiteral("GAB")}, {}},
                      {QStringLiteral("g2"), QStringLiteral("A2M"), {QStringLiteral("A2MD"), QStringLiteral("GAB")}, {}},
                      {QStringLiteral("g3"), QStringLiteral("TP53"), {QStringLiteral("P53"), QStringLiteral("1234")}, {}},
                      {QStringLiteral("g4"), QStringLiteral("CD4"), {}, {}}},
                     true);
}

NameIndex ensemblIndex()
{
    return NameIndex({{QStringLiteral("7IkHKPl0ScQR"), QStringLiteral("ENSG00000081059"), {}, {}}}, false);
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
        QTest::newRow("exact") << "cell_type" << "cat" << "validated" << "cell_type" << "";
        QTest::newRow("exact, dtype fits") << "dose_mg" << "int" << "validated" << "dose_mg" << "";
        QTest::newRow("case") << "Cell_Type" << "cat" << "standardizable" << "cell_type" << "letter case";
        QTest::newRow("synonym") << "dose" << "float" << "standardizable" << "dose_mg" << "synonym";
        QTest::newRow("synonym in other case") << "ct" << "str" << "standardizable" << "cell_type" << "synonym";
        QTest::newRow("padded") << " batch " << "str" << "standardizable" << "batch" << "Padded";
        QTest::newRow("tab padded") << "batch\t" << "str" << "standardizable" << "batch" << "Padded";
        // "café" with a combining accent (NFD) is the registry's "café" (NFC).
        QTest::newRow("other unicode form") << QStringLiteral("cafe\u0301") << "str" << "standardizable" << "café" << "Unicode";
        QTest::newRow("ambiguous synonym") << "run" << "str" << "ambiguous" << "" << "2 records";
        QTest::newRow("not validated") << "dose_mgs" << "float" << "not_validated" << "" << "";
        QTest::newRow("dtype mismatch") << "dose_mg" << "str" << "dtype_mismatch" << "dose_mg" << "registered as float";
        QTest::newRow("dtype mismatch via synonym") << "dose" << "date" << "dtype_mismatch" << "dose_mg" << "registered as float";
        QTest::newRow("unknown dtype is no mismatch") << "batch" << "" << "validated" << "batch" << "";
    }

    void columnNames()
    {
        QFETCH(QString, value);
        QFETCH(QString, dtype);
        QFETCH(QString, status);
        QFETCH(QString, standard);
        QFETCH(QString, note);
        const NameIndex index = featureIndex();
        const ValidationReport report = Validator(index, Validator::Field::FeatureName).validate({value}, {dtype});
        QCOMPARE(report.field, QStringLiteral("feature.name"));
        QCOMPARE(report.items.size(), 1);
        const ValidationItem &item = report.items.first();
        QCOMPARE(item.value, value);
        QCOMPARE(validationStatusKey(item.status), status);
        QCOMPARE(item.standard, standard);
        QVERIFY2(item.note.contains(note, Qt::CaseInsensitive), qPrintable(item.note));
        if (status == QLatin1StringView("ambiguous")) {
            QCOMPARE(item.candidateUids, (QStringList{QStringLiteral("f3"), QStringLiteral("f4")}));
            QCOMPARE(item.candidates.size(), 2);
        }
        if (!standard.isEmpty())
            QVERIFY(!item.uid.isEmpty());
    }

    void suggestions()
    {
        const NameIndex index = featureIndex();
        const ValidationReport report = Validator(index, Validator::Field::FeatureName)
                                            .validate({QStringLiteral("dose_mgs"), QStringLiteral("cel_type"), QStringLiteral("zzzzzz")});
        QCOMPARE(report.items.at(0).suggestions.value(0), QStringLiteral("dose_mg"));
        QCOMPARE(report.items.at(1).suggestions.value(0), QStringLiteral("cell_type"));
        QVERIFY(report.items.at(2).suggestions.isEmpty()); // nothing alike: no guesses
        for (const ValidationItem &item : report.items)
            QVERIFY(item.suggestions.size() <= 3);
    }

    void transposedLettersAreSuggested()
    {
        // "TP35" shares no rare trigram with "TP53"; the swap is one edit all the same.
        QList<IndexEntry> entries{{QStringLiteral("g1"), QStringLiteral("TP53"), {}, {}},
                                  {QStringLiteral("g2"), QStringLiteral("TEX35"), {}, {}},
                                  {QStringLiteral("g3"), QStringLiteral("USP35"), {}, {}}};
        for (int i = 0; i < 3000; ++i) // plenty of names sharing "35" to crowd the trigrams
            entries.append({QStringLiteral("x%1").arg(i), QStringLiteral("GENE35%1").arg(i), {}, {}});
        const NameIndex index(entries, true);
        const ValidationItem item = Validator(index, Validator::Field::GeneSymbol).validate({QStringLiteral("TP35")}).items.first();
        QCOMPARE(item.suggestions.value(0), QStringLiteral("TP53"));
        QCOMPARE(Similarity::ratio(u"TP35", u"TP53"), 0.75);
        QCOMPARE(Similarity::ratio(u"abc", u"abc"), 1.0);
        QCOMPARE(Similarity::ratio(u"kitten", u"sitting"), 1.0 - 3.0 / 7.0);
    }

    void emptiesAndDuplicatesAreCounted()
    {
        const NameIndex index = symbolIndex();
        const ValidationReport report = Validator(index, Validator::Field::GeneSymbol)
                                            .validate({QStringLiteral("TP53"), QString(), QStringLiteral("  "), QStringLiteral("TP53"),
                                                       QStringLiteral("CD4"), QStringLiteral("TP53")});
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
        QTest::newRow("symbol") << "A1BG" << "validated" << "A1BG";
        QTest::newRow("lower case") << "tp53" << "standardizable" << "TP53";
        QTest::newRow("synonym") << "P53" << "standardizable" << "TP53";
        QTest::newRow("synonym of two genes") << "GAB" << "ambiguous" << "";
        QTest::newRow("typo") << "TP35" << "not_validated" << "";
        // A number that happens to be a synonym is not taken for that gene.
        QTest::newRow("number is no synonym") << "1234" << "not_validated" << "";
    }

    void geneSymbols()
    {
        QFETCH(QString, value);
        QFETCH(QString, status);
        QFETCH(QString, standard);
        const NameIndex index = symbolIndex();
        const ValidationItem item = Validator(index, Validator::Field::GeneSymbol).validate({value}).items.first();
        QCOMPARE(validationStatusKey(item.status), status);
        QCOMPARE(item.standard, standard);
    }

    void wrongFieldIsNamed()
    {
        const NameIndex index = symbolIndex();
        const ValidationReport ids = Validator(index, Validator::Field::GeneSymbol)
                                         .validate({QStringLiteral("ENSG00000121410"), QStringLiteral("ENSG00000175899"), QStringLiteral("TP53")});
        QCOMPARE(ids.suggestedField, QStringLiteral("gene.ensembl_gene_id"));
        QVERIFY(ids.fieldWarning.contains(QLatin1StringView("2 of 3")));
        const ValidationReport numbers = Validator(index, Validator::Field::GeneSymbol)
                                             .validate({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1234")});
        QCOMPARE(numbers.suggestedField, QStringLiteral("gene.ncbi_gene_id"));
        QCOMPARE(numbers.summary().value(ValidationStatus::Standardizable), 0);
        const ValidationReport symbols = Validator(index, Validator::Field::GeneSymbol)
                                             .validate({QStringLiteral("TP53"), QStringLiteral("CD4")});
        QVERIFY(symbols.fieldWarning.isEmpty());
    }

    void ensemblIds_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("status");
        QTest::newRow("id") << "ENSG00000081059" << "validated";
        QTest::newRow("versioned") << "ENSG00000081059.14" << "standardizable";
        QTest::newRow("lower case") << "ensg00000081059" << "standardizable";
        QTest::newRow("unknown") << "ENSG00000000001" << "not_validated";
    }

    void ensemblIds()
    {
        QFETCH(QString, value);
        QFETCH(QString, status);
        const NameIndex index = ensemblIndex();
        const ValidationItem item = Validator(index, Validator::Field::GeneEnsemblId).validate({value}).items.first();
        QCOMPARE(validationStatusKey(item.status), status);
        if (status != QLatin1StringView("not_validated")) {
            QCOMPARE(item.standard, QStringLiteral("ENSG00000081059"));
            QCOMPARE(item.uid, QStringLiteral("7IkHKPl0ScQR"));
        }
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
        const ValidationReport report = Validator(index, Validator::Field::GeneSymbol).validate(values);
        QCOMPARE(report.items.size(), 100000);
        QCOMPARE(report.summary().value(ValidationStatus::Validated), 50000);
        QCOMPARE(report.summary().value(ValidationStatus::NotValidated), 50000);
    }

    void dtypeFits_data()
    {
        QTest::addColumn<QString>("registered");
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("fits");
        QTest::newRow("number int") << "number" << "int" << true;
        QTest::newRow("number float") << "number" << "float" << true;
        QTest::newRow("number str") << "number" << "str" << false;
        QTest::newRow("float int") << "float" << "int" << true;
        QTest::newRow("int float") << "int" << "float" << false;
        QTest::newRow("cat str") << "cat" << "str" << true;
        QTest::newRow("cat[ULabel] cat") << "cat[ULabel]" << "cat" << true;
        QTest::newRow("cat float") << "cat" << "float" << false;
        QTest::newRow("str cat") << "str" << "cat" << true;
        QTest::newRow("str int") << "str" << "int" << false;
        QTest::newRow("datetime date") << "datetime" << "date" << true;
        QTest::newRow("date datetime") << "date" << "datetime" << false;
        QTest::newRow("bool bool") << "bool" << "bool" << true;
        QTest::newRow("object anything") << "object" << "float" << true;
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
