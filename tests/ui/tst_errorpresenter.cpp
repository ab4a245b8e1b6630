// ErrorPresenter on errors the model really makes (a damaged registry file, a registry that is not
// there), in German and in English: the model's sentence and the window's words for the remedy
// both follow the language, so a German window shows no English error. A store's SQL failure too:
// its frame ("Could not %1: %2") and the phrase naming what it was doing are translated.

#include "model/Records.h"
#include "model/db/Registry.h"
#include "model/db/RegistryLocation.h"
#include "model/features/FeatureStore.h"
#include "ui/ErrorPresenter.h"
#include "ui/Translations.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;

class TestErrorPresenter : public QObject
{
    Q_OBJECT

private:
    static void useLanguage(QLocale::Language language)
    {
        QLocale::setDefault(QLocale(language));
        translations::install();
    }

    static Error openError(const QString &path)
    {
        const Result<RegistryLocation> location = RegistryLocation::parse(path);
        if (!location)
            return location.error();
        Result<std::unique_ptr<Registry>> registry = Registry::open(*location);
        return registry ? Error() : registry.error();
    }

    // An SQLite header whose page size (offset 16) is not a power of two.
    static bool writeDamagedRegistry(const QString &path)
    {
        QByteArray header("SQLite format 3\0", 16);
        header.append(char(0));
        header.append(char(3));
        header.append(QByteArray(100 - header.size(), '\0'));
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(header) == header.size();
    }

    static QList<Error::Remedy> remedies()
    {
        return {Error::Remedy::CreateRegistry, Error::Remedy::NameOrganism,
                Error::Remedy::SetUpDatabase,  Error::Remedy::UpdateSchema,
                Error::Remedy::ImportGenes,    Error::Remedy::SetUpRoles};
    }

private Q_SLOTS:
    void cleanupTestCase() { useLanguage(QLocale::English); }

    void modelErrorsFollowTheLanguage_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QStringList>("damaged"); // title, then parts of the text
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("German")
            << int(QLocale::German)
            << QStringList {QStringLiteral("Beschädigtes Register"),
                            QStringLiteral("ist beschädigt: Ihr Dateikopf ist ungültig."),
                            QStringLiteral("Die Datei ist beschädigt; stellen Sie sie aus einer "
                                           "Sicherung wieder her.")}
            << QStringList {QStringLiteral("Nicht gefunden"),
                            QStringLiteral("Hier gibt es kein Register."),
                            QStringLiteral("Datei ▸ Neues Register…")};
        QTest::newRow("English")
            << int(QLocale::English)
            << QStringList {QStringLiteral("Damaged registry"),
                            QStringLiteral("is damaged: its header is not valid."),
                            QStringLiteral("The file is damaged; restore it from a backup.")}
            << QStringList {QStringLiteral("Not found"),
                            QStringLiteral("There is no registry here."),
                            QStringLiteral("File ▸ New registry…")};
    }

    void modelErrorsFollowTheLanguage()
    {
        QFETCH(int, language);
        QFETCH(QStringList, damaged);
        QFETCH(QStringList, missing);
        useLanguage(QLocale::Language(language));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        const QString damagedPath = dir.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(writeDamagedRegistry(damagedPath));
        const Error corrupt = openError(damagedPath);
        QCOMPARE(corrupt.code, Error::Code::Corrupt);
        QCOMPARE(ErrorPresenter::title(corrupt), damaged.at(0));
        const QString corruptText = ErrorPresenter::text(corrupt);
        QVERIFY2(corruptText.contains(QDir::toNativeSeparators(damagedPath)),
                 qPrintable(corruptText));
        for (qsizetype i = 1; i < damaged.size(); ++i)
            QVERIFY2(corruptText.contains(damaged.at(i)), qPrintable(corruptText));

        const Error absent = openError(dir.filePath(QStringLiteral("absent.sqlite")));
        QCOMPARE(absent.code, Error::Code::NotFound);
        QCOMPARE(absent.remedy, Error::Remedy::CreateRegistry);
        QCOMPARE(ErrorPresenter::title(absent), missing.at(0));
        const QString absentText = ErrorPresenter::text(absent);
        for (qsizetype i = 1; i < missing.size(); ++i)
            QVERIFY2(absentText.contains(missing.at(i)), qPrintable(absentText));
    }

    void sqlFailureFollowsTheLanguage_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("reading"); // the frame with the phrase of FeatureStore::list()
        QTest::addColumn<QString>("adding"); // and of FeatureStore::add()
        QTest::addColumn<QString>("foreign"); // the other language's frame, never shown
        QTest::newRow("German") << int(QLocale::German)
                                << QStringLiteral("Es ist nicht gelungen, die Merkmale zu lesen: ")
                                << QStringLiteral("Es ist nicht gelungen, das Merkmal „cell_type“ "
                                                  "hinzuzufügen: ")
                                << QStringLiteral("Could not");
        QTest::newRow("English") << int(QLocale::English)
                                 << QStringLiteral("Could not read the features: ")
                                 << QStringLiteral("Could not add the feature 'cell_type': ")
                                 << QStringLiteral("Es ist nicht gelungen");
    }

    // A real SQLite failure through a store: the features table is gone from the registry.
    void sqlFailureFollowsTheLanguage()
    {
        QFETCH(int, language);
        QFETCH(QString, reading);
        QFETCH(QString, adding);
        QFETCH(QString, foreign);
        useLanguage(QLocale::Language(language));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Result<RegistryLocation> location
            = RegistryLocation::parse(dir.filePath(QStringLiteral("registry.sqlite")));
        QVERIFY2(location, qPrintable(location ? QString() : location.error().message));
        Registry::OpenOptions options;
        options.createIfMissing = true;
        Result<std::unique_ptr<Registry>> registry = Registry::open(*location, options);
        QVERIFY2(registry, qPrintable(registry ? QString() : registry.error().message));
        QSqlQuery drop((*registry)->database());
        QVERIFY2(drop.exec(QStringLiteral("DROP TABLE fd_feature")),
                 qPrintable(drop.lastError().text()));
        drop.finish();

        FeatureStore store(**registry);
        const Result<QList<FeatureRecord>> listed = store.list();
        QVERIFY(!listed);
        const QString readText = ErrorPresenter::text(listed.error());
        QVERIFY2(readText.startsWith(reading), qPrintable(readText));
        QVERIFY2(readText.contains(QLatin1StringView("fd_feature")), qPrintable(readText));
        QVERIFY2(!readText.contains(foreign), qPrintable(readText));

        NewFeature feature;
        feature.name = QStringLiteral("cell_type");
        const Result<FeatureRecord> added = store.add(feature);
        QVERIFY(!added);
        const QString addText = ErrorPresenter::text(added.error());
        QVERIFY2(addText.startsWith(adding), qPrintable(addText));
        QVERIFY2(addText.contains(QLatin1StringView("fd_feature")), qPrintable(addText));
        QVERIFY2(!addText.contains(foreign), qPrintable(addText));
    }

    // Each remedy has the window's words, in German too, after the model's sentence.
    void everyRemedyIsWordedInBothLanguages()
    {
        for (const Error::Remedy remedy : remedies()) {
            useLanguage(QLocale::English);
            const QString english = ErrorPresenter::remedyText(remedy);
            useLanguage(QLocale::German);
            const QString german = ErrorPresenter::remedyText(remedy);
            const QByteArray which = QByteArray::number(int(remedy));
            QVERIFY2(!english.isEmpty(), which);
            const QByteArray shown = which + ": " + german.toUtf8();
            QVERIFY2(!german.isEmpty() && german != english, shown);
            const Error error = Error::make(Error::Code::Invalid, QStringLiteral("Fact."), remedy);
            QCOMPARE(ErrorPresenter::text(error), QStringLiteral("Fact. ") + german);
            // The window names menus; command lines are the CLI's words.
            QVERIFY2(!german.contains(QLatin1StringView("--")), german.toUtf8());
        }
        QVERIFY(ErrorPresenter::remedyText(Error::Remedy::None).isEmpty());
    }
};

QTEST_MAIN(TestErrorPresenter)
#include "tst_errorpresenter.moc"
