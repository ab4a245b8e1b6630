#include "model/import/ImportFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;

class TestImportFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString touch(const QString &relative)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write("a,b\n1,2\n");
        return path;
    }

private Q_SLOTS:
    void delimitedNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("delimited");
        QTest::newRow("csv") << "a.csv" << true;
        QTest::newRow("upper") << "A.CSV" << true;
        QTest::newRow("tsv") << "b.tsv" << true;
        QTest::newRow("txt") << "c.txt" << true;
        QTest::newRow("tab") << "d.tab" << true;
        QTest::newRow("gz") << "e.tsv.gz" << true;
        QTest::newRow("xlsx") << "f.xlsx" << false;
        QTest::newRow("bare gz") << "g.gz" << false;
        QTest::newRow("h5ad") << "h.h5ad" << false;
    }

    void delimitedNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, delimited);
        QCOMPARE(ImportFiles::isDelimitedName(name), delimited);
    }

    void annDataNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("anndata");
        QTest::newRow("h5ad") << "pbmc.h5ad" << true;
        QTest::newRow("upper") << "PBMC.H5AD" << true;
        QTest::newRow("csv") << "a.csv" << false;
        QTest::newRow("h5") << "b.h5" << false;
        QTest::newRow("h5ad inside") << "c.h5ad.csv" << false;
    }

    void annDataNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, anndata);
        QCOMPARE(ImportFiles::isAnnDataName(name), anndata);
    }

    void foldersBringTheirAnnDataFiles()
    {
        const QString cells = touch(QStringLiteral("cells/pbmc.h5ad"));
        const QString table = touch(QStringLiteral("cells/obs.csv"));
        touch(QStringLiteral("cells/pbmc.h5"));
        const ImportFiles files = ImportFiles::collect({m_dir.filePath(QStringLiteral("cells"))});
        QCOMPARE(files.files, (QStringList {table, cells}));
        QVERIFY(files.skipped.isEmpty());
    }

    void foldersBringTheirDelimitedFiles()
    {
        const QString a = touch(QStringLiteral("run/b.csv"));
        const QString b = touch(QStringLiteral("run/a.tsv.gz"));
        const QString nested = touch(QStringLiteral("run/sub/c.txt"));
        touch(QStringLiteral("run/image.png"));
        touch(QStringLiteral("run/sub/readme.md"));
        const QString single = touch(QStringLiteral("other/data.dat"));

        const ImportFiles files
            = ImportFiles::collect({m_dir.filePath(QStringLiteral("run")), single, a,
                                    m_dir.filePath(QStringLiteral("missing.csv"))});
        // The folder's files sorted, then the single file (whatever its name), the repeat dropped.
        QCOMPARE(files.files, (QStringList {b, a, nested, single}));
        QCOMPARE(files.skipped.size(), 1);
        QVERIFY(files.skipped.first().contains(QLatin1StringView("missing.csv")));
    }

    void emptyFolderIsReported()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("empty")));
        touch(QStringLiteral("empty/notes.docx"));
        const ImportFiles files = ImportFiles::collect({m_dir.filePath(QStringLiteral("empty"))});
        QVERIFY(files.files.isEmpty());
        QCOMPARE(files.skipped.size(), 1);
        QVERIFY(files.skipped.first().contains(QLatin1StringView("no .csv")));
    }
};

QTEST_GUILESS_MAIN(TestImportFiles)
#include "tst_importfiles.moc"
