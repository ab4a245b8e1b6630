// fd::translations::install() in German and back in English, checked on text that model and ui
// code make at run time, so that a context the code asks for and the one lupdate wrote into the
// .ts files cannot drift apart unseen (they did: the validator's notes, the CSV engine's messages,
// the columns model's headers and the error titles stayed English in a German window).

#include "model/anndata/H5adReader.h"
#include "model/csv/CsvError.h"
#include "model/csv/CsvInspector.h"
#include "model/import/CsvColumnsModel.h"
#include "model/validation/NameIndex.h"
#include "model/validation/Validator.h"
#include "ui/ErrorPresenter.h"
#include "ui/Translations.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    static void useLanguage(QLocale::Language language)
    {
        QLocale::setDefault(QLocale(language));
        translations::install();
    }

    static QString synonymNote()
    {
        const NameIndex index({{QStringLiteral("f1"),
                                QStringLiteral("cell_type"),
                                {QStringLiteral("celltype")},
                                QStringLiteral("cat")}},
                              true);
        const ValidationReport report = Validator(index, Validator::Field::FeatureName)
                                            .validate({QStringLiteral("celltype")});
        return report.items.value(0).note;
    }

    static QString malformedReason(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("short.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("a,b,c\n1,2,3\n4,5\n");
        file.close();
        const Result<CsvInspection> inspected = CsvInspector().inspect(path);
        return inspected && !inspected->malformedRows.isEmpty()
            ? inspected->malformedRows.first().reason
            : QString();
    }

    // What the AnnData reader says of a file that is no HDF5 file.
    static QString notHdf5Message(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("cells.h5ad"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write("not HDF5 at all\n") < 0)
            return QStringLiteral("cannot write ") + path;
        file.close();
        const Result<H5adSummary> summary = H5adReader(path).summary();
        return summary ? QStringLiteral("read as AnnData") : summary.error().message;
    }

private Q_SLOTS:
    void cleanupTestCase() { useLanguage(QLocale::English); }

    void runTimeTextFollowsTheLanguage_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("German") << int(QLocale::German)
                                << QStringList {QStringLiteral("Ein Synonym."),
                                                QStringLiteral("Spalte"),
                                                QStringLiteral("Datentyp"),
                                                QStringLiteral("3 Felder erwartet, 2 gefunden"),
                                                QStringLiteral("Die Datei existiert nicht"),
                                                QStringLiteral("Nicht gefunden"),
                                                QStringLiteral("keine HDF5-Datei")};
        QTest::newRow("English") << int(QLocale::English)
                                 << QStringList {QStringLiteral("A synonym."),
                                                 QStringLiteral("Column"),
                                                 QStringLiteral("Dtype"),
                                                 QStringLiteral("expected 3 fields, found 2"),
                                                 QStringLiteral("the file does not exist"),
                                                 QStringLiteral("Not found"),
                                                 QStringLiteral("not an HDF5 file")};
    }

    void runTimeTextFollowsTheLanguage()
    {
        QFETCH(int, language);
        QFETCH(QStringList, expected);
        useLanguage(QLocale::Language(language));
        QTemporaryDir dir;
        const CsvColumnsModel columns;
        const QStringList made = {
            synonymNote(), // Validator
            columns.headerData(CsvColumnsModel::Name, Qt::Horizontal).toString(), // CsvColumnsModel
            columns.headerData(CsvColumnsModel::Dtype, Qt::Horizontal).toString(),
            malformedReason(dir), // CsvRowTally
            CsvError::make(CsvStatus::FileNotFound, QStringLiteral("/no/such.csv"))
                .message(), // CsvError
            ErrorPresenter::title(Error::make(Error::Code::NotFound, QString())), // ErrorPresenter
            notHdf5Message(dir), // H5adReader
        };
        QCOMPARE(made.size(), expected.size());
        for (qsizetype i = 0; i < made.size(); ++i)
            QVERIFY2(made.at(i).contains(expected.at(i)),
                     qPrintable(made.at(i) + QStringLiteral(" ≠ ") + expected.at(i)));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
