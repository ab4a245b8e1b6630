#include "model/Identity.h"
#include "model/db/Registry.h"
#include "model/features/FeatureStore.h"
#include "tests/support/BackendTest.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace fd;
using namespace Qt::StringLiterals;

class TestFeatureStore : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<Registry> m_registry;

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void init() { FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry); }

    void cleanup() { m_registry.reset(); }

    void addAndFind()
    {
        FeatureStore store(*m_registry);
        QSignalSpy changed(m_registry.get(), &Registry::recordsChanged);
        const Result<FeatureRecord> added = store.add({QStringLiteral("dose_mg"),
                                                       QStringLiteral("float"),
                                                       QStringLiteral("mg"),
                                                       QStringLiteral("Dose per kg"),
                                                       {QStringLiteral("dose|Dose | dose_mg|")}});
        FD_VERIFY_OK(added);
        QCOMPARE(added->name, QStringLiteral("dose_mg"));
        QCOMPARE(added->dtype, QStringLiteral("float"));
        QCOMPARE(added->unit, QStringLiteral("mg"));
        QCOMPARE(added->description, QStringLiteral("Dose per kg"));
        // Trimmed, deduplicated, the name itself not repeated.
        QCOMPARE(added->synonyms, (QStringList {QStringLiteral("dose"), QStringLiteral("Dose")}));
        QVERIFY(identity::isBase62(added->uid, 12));
        QCOMPARE(added->createdBy, m_registry->userHandle());
        QVERIFY(added->createdAt.isValid());
        QVERIFY(qAbs(added->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<RegistryTable>(), RegistryTable::Features);

        const Result<FeatureRecord> byName = store.findByName(QStringLiteral("dose_mg"));
        FD_VERIFY_OK(byName);
        QCOMPARE(byName->uid, added->uid);
        const Result<FeatureRecord> byUid = store.findByUid(added->uid);
        FD_VERIFY_OK(byUid);
        QCOMPARE(byUid->name, QStringLiteral("dose_mg"));
        QCOMPARE(store.findByName(QStringLiteral("Dose_mg")).error().code, Error::Code::NotFound);
    }

    void recordsItsRun()
    {
        FeatureStore store(*m_registry);
        FD_VERIFY_OK(store.add({QStringLiteral("cell_type"), QStringLiteral("cat"), {}, {}, {}}));
        QSqlQuery query(m_registry->database());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT r.kind, r.finished_at, r.created_by, f.created_by FROM fd_feature f "
            "JOIN fd_run r ON r.id = f.run_id")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("features.add"));
        QVERIFY(!query.value(1).isNull());
        QCOMPARE(query.value(2).toLongLong(), m_registry->userId());
        QCOMPARE(query.value(3).toLongLong(), m_registry->userId());
    }

    void duplicateNameIsRefused()
    {
        FeatureStore store(*m_registry);
        const Result<FeatureRecord> first
            = store.add({QStringLiteral("batch"), QStringLiteral("str"), {}, {}, {}});
        FD_VERIFY_OK(first);
        const Result<FeatureRecord> second
            = store.add({QStringLiteral("batch"), QStringLiteral("int"), {}, {}, {}});
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, Error::Code::Conflict);
        QVERIFY(second.error().message.contains(first->uid));
        const Result<QList<FeatureRecord>> all = store.list();
        FD_VERIFY_OK(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().dtype, QStringLiteral("str"));
        // The failed add left no run behind.
        QSqlQuery query(m_registry->database());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM fd_run")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void invalidInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("dtype");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << ""
                               << "str"
                               << "needs a name";
        QTest::newRow("blank") << "   "
                               << "str"
                               << "needs a name";
        QTest::newRow("padded") << " dose "
                                << "str"
                                << "white space";
        QTest::newRow("tab") << "a\tb"
                             << "str"
                             << "control characters";
        QTest::newRow("newline") << "a\nb"
                                 << "str"
                                 << "control characters";
        // Invisible characters are refused, not removed: the message names them and the clean name.
        // (u""_s: QString::fromUtf16 would drop a leading byte order mark itself.)
        QTest::newRow("leading BOM") << u"\uFEFFCD4"_s << "str"
                                     << "starts with a byte order mark (U+FEFF)";
        QTest::newRow("BOM suggests the clean name") << u"\uFEFFCD4"_s << "str"
                                                     << "use 'CD4'";
        QTest::newRow("zero-width space") << u"CD\u200B4"_s << "str"
                                          << "zero-width space (U+200B) at character 3";
        QTest::newRow("right-to-left override") << u"a\u202Eb"_s << "str"
                                                << "bidirectional control (U+202E)";
        QTest::newRow("joiner between ASCII letters") << u"CD\u200D4"_s << "str"
                                                      << "zero-width joiner (U+200D)";
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b") << "str"
                             << "NUL character (U+0000)";
        QTest::newRow("bad dtype") << "dose"
                                   << "double"
                                   << "not a dtype";
        QTest::newRow("bad cat") << "dose"
                                 << "cat["
                                 << "not a dtype";
    }

    void invalidInput()
    {
        QFETCH(QString, name);
        QFETCH(QString, dtype);
        QFETCH(QString, says);
        FeatureStore store(*m_registry);
        const Result<FeatureRecord> added = store.add({name, dtype, {}, {}, {}});
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, Error::Code::Invalid);
        QVERIFY2(added.error().message.contains(says), qPrintable(added.error().message));
        QCOMPARE(store.list()->size(), 0);
    }

    void dtypes_data()
    {
        QTest::addColumn<QString>("dtype");
        for (const char *dtype :
             {"number", "int", "float", "bool", "str", "cat", "date", "datetime", "object",
              "cat[ULabel]", "cat[bionty.CellType]", "cat[bionty.CellType|bionty.Tissue]"})
            QTest::newRow(dtype) << QString::fromLatin1(dtype);
    }

    void dtypes()
    {
        QFETCH(QString, dtype);
        FeatureStore store(*m_registry);
        const Result<FeatureRecord> added = store.add({QStringLiteral("f"), dtype, {}, {}, {}});
        FD_VERIFY_OK(added);
        QCOMPARE(added->dtype, dtype);
    }

    void textIsStoredVerbatim_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("quote injection") << "x'); DROP TABLE fd_feature;--";
        QTest::newRow("double quotes") << "\"; DELETE FROM fd_user; --";
        QTest::newRow("percent") << "100%_done\\";
        QTest::newRow("unicode") << "Zellzahl_µL_ß_細胞";
        // Format characters that text needs are kept as they are.
        QTest::newRow("emoji joined by a zero-width joiner")
            << u"\U0001F469\u200D\U0001F52C_count"_s;
        QTest::newRow("emoji with a variation selector") << u"\u2764\uFE0F"_s;
        QTest::newRow("Persian with a zero-width non-joiner")
            << u"\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"_s;
    }

    void textIsStoredVerbatim()
    {
        QFETCH(QString, name);
        FeatureStore store(*m_registry);
        const Result<FeatureRecord> added
            = store.add({name, QStringLiteral("str"), name, name, {name + QStringLiteral("2")}});
        FD_VERIFY_OK(added);
        const Result<FeatureRecord> found = store.findByName(name);
        FD_VERIFY_OK(found);
        QCOMPARE(found->name, name);
        QCOMPARE(found->unit, name);
        QCOMPARE(found->description, name);
        QCOMPARE(found->synonyms, QStringList {name + QStringLiteral("2")});
        QVERIFY(m_registry->database().tables().contains(QStringLiteral("fd_feature")));
        QCOMPARE(store.list()->size(), 1);
    }

    void listIsOrderedByName()
    {
        FeatureStore store(*m_registry);
        for (const char *name : {"zeta", "alpha", "Mid"})
            FD_VERIFY_OK(store.add({QString::fromLatin1(name), QStringLiteral("str"), {}, {}, {}}));
        const Result<QList<FeatureRecord>> all = store.list();
        FD_VERIFY_OK(all);
        QStringList names;
        for (const FeatureRecord &feature : *all)
            names.append(feature.name);
        QCOMPARE(names.size(), 3);
        QStringList sorted = names;
        std::sort(sorted.begin(),
                  sorted.end()); // byte order on SQLite; PostgreSQL's C collation here
        QCOMPARE(names, sorted);
    }
};

QTEST_GUILESS_MAIN(TestFeatureStore)
#include "tst_featurestore.moc"
