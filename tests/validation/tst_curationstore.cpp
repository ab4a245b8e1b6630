#include "model/db/Registry.h"
#include "model/validation/CurationStore.h"
#include "tests/support/BackendTest.h"

#include <QSqlQuery>

using namespace fd;
using namespace Qt::StringLiterals;

// The curation history kept per header: drafts saved as decisions are made, what was applied,
// found again by the same header (another file, another connection), never by another one.
class TestCurationStore : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<Registry> m_registry;

    static QStringList header() { return {u"sample"_s, u"Dose (mg)"_s, u"celltype"_s}; }
    static QList<ValueDecision> someDecisions()
    {
        CurationDecision added = CurationDecision::addFeature(u"celltype"_s, u"cat"_s);
        added.unit = u"none"_s;
        added.description = u"The cell type"_s;
        added.synonyms = {u"ct"_s, u"cell type"_s};
        return {{u"Dose (mg)"_s, CurationDecision::rename(u"dose_mg"_s, u"abcdefghijkl"_s)},
                {u"celltype"_s, added},
                {u"sample"_s, CurationDecision::ignore()}};
    }

    qint64 rows(const QString &table) const
    {
        QSqlQuery query(m_registry->database());
        if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry); }
    void cleanup() { m_registry.reset(); }

    void headerKeyIsTheNamesInOrder()
    {
        const QString key = CurationStore::headerKey(header());
        QCOMPARE(key.size(), 32);
        QCOMPARE(CurationStore::headerKey(header()), key);
        QStringList reordered = header();
        reordered.swapItemsAt(0, 1);
        QVERIFY(CurationStore::headerKey(reordered) != key);
        // Names are joined, not concatenated: a split in another place is another header.
        QVERIFY(CurationStore::headerKey({u"ab"_s, u"c"_s})
                != CurationStore::headerKey({u"a"_s, u"bc"_s}));
    }

    void nothingSavedIsNothing()
    {
        CurationStore store(*m_registry);
        const auto loaded = store.load(CurationStore::Key::forColumnNames(header()));
        FD_VERIFY_OK(loaded);
        QVERIFY(!loaded->has_value());
    }

    void draftRoundTrip()
    {
        CurationStore store(*m_registry);
        const CurationStore::Key key = CurationStore::Key::forColumnNames(header());
        FD_VERIFY_OK(store.saveDraft(key, someDecisions(), u"samples.csv"_s));
        const auto loaded = store.load(key);
        FD_VERIFY_OK(loaded);
        QVERIFY(loaded->has_value());
        const CurationStore::Saved &saved = **loaded;
        QVERIFY(saved.draft);
        QCOMPARE(saved.fileName, u"samples.csv"_s);
        QCOMPARE(saved.updatedBy, m_registry->userHandle());
        QVERIFY(saved.updatedAt.isValid());
        QCOMPARE(saved.appliedRunId, 0);
        QCOMPARE(saved.decisions.size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            QCOMPARE(saved.decisions.at(i).value, someDecisions().at(i).value);
            QCOMPARE(saved.decisions.at(i).decision, someDecisions().at(i).decision);
        }

        // Saving again replaces the draft; undecided entries are not kept.
        QList<ValueDecision> fewer
            = {{u"sample"_s, CurationDecision::ignore()}, {u"celltype"_s, CurationDecision()}};
        FD_VERIFY_OK(store.saveDraft(key, fewer, u"samples_week2.csv"_s));
        const auto again = store.load(key);
        FD_VERIFY_OK(again);
        QCOMPARE((*again)->decisions.size(), 1);
        QCOMPARE((*again)->decisions.at(0).value, u"sample"_s);
        QCOMPARE((*again)->fileName, u"samples_week2.csv"_s);
        QCOMPARE(rows(u"fd_curation"_s), 1);
    }

    void keysDoNotMix()
    {
        CurationStore store(*m_registry);
        const auto names = CurationStore::Key::forColumnNames(header());
        const auto asGenes
            = CurationStore::Key::forColumnNames(header(), ValidationField::GeneSymbol);
        const auto values
            = CurationStore::Key::forValues(header(), u"celltype"_s, ValidationField::GeneSymbol);
        FD_VERIFY_OK(store.saveDraft(names, someDecisions(), u"a.csv"_s));
        for (const auto &other :
             {asGenes, values, CurationStore::Key::forColumnNames({u"sample"_s, u"dose"_s})}) {
            const auto loaded = store.load(other);
            FD_VERIFY_OK(loaded);
            QVERIFY(!loaded->has_value());
        }
    }

    void appliedAndDraft()
    {
        CurationStore store(*m_registry);
        const CurationStore::Key key = CurationStore::Key::forColumnNames(header());
        const Result<qint64> run = m_registry->startRun(u"curation.apply"_s, u"test"_s);
        FD_VERIFY_OK(run);
        const QList<ValueDecision> applied
            = {{u"Dose (mg)"_s, CurationDecision::rename(u"dose_mg"_s)}};
        FD_VERIFY_OK(store.saveDraft(key, someDecisions(), u"a.csv"_s));
        FD_VERIFY_OK(store.saveApplied(key, applied, u"a.csv"_s, *run));
        auto loaded = store.load(key);
        FD_VERIFY_OK(loaded);
        QVERIFY(!(*loaded)->draft);
        QCOMPARE((*loaded)->appliedRunId, *run);
        QCOMPARE((*loaded)->decisions.size(), 1);

        // A draft after Apply is what the review stands at; discarding it goes back to the
        // applied decisions, which stay.
        FD_VERIFY_OK(store.saveDraft(key, someDecisions(), u"a.csv"_s));
        loaded = store.load(key);
        FD_VERIFY_OK(loaded);
        QVERIFY((*loaded)->draft);
        QCOMPARE((*loaded)->decisions.size(), 3);
        FD_VERIFY_OK(store.discardDraft(key));
        loaded = store.load(key);
        FD_VERIFY_OK(loaded);
        QVERIFY(!(*loaded)->draft);
        QCOMPARE((*loaded)->decisions.size(), 1);
        QCOMPARE((*loaded)->decisions.at(0).decision.name, u"dose_mg"_s);

        // A draft never applied is gone with its curation.
        const auto other = CurationStore::Key::forColumnNames({u"x"_s});
        FD_VERIFY_OK(store.saveDraft(other, someDecisions(), u"b.csv"_s));
        FD_VERIFY_OK(store.discardDraft(other));
        const auto gone = store.load(other);
        FD_VERIFY_OK(gone);
        QVERIFY(!gone->has_value());
        QCOMPARE(rows(u"fd_curation"_s), 1);
        QCOMPARE(rows(u"fd_curation_decision"_s), 1);
    }

    void anotherConnectionFindsIt()
    {
        {
            CurationStore store(*m_registry);
            FD_VERIFY_OK(store.saveDraft(CurationStore::Key::forColumnNames(header()),
                                         someDecisions(), u"a.csv"_s));
        }
        const Result<std::unique_ptr<Registry>> other = m_registry->openAnother(u"other"_s);
        FD_VERIFY_OK(other);
        const auto loaded
            = CurationStore(**other).load(CurationStore::Key::forColumnNames(header()));
        FD_VERIFY_OK(loaded);
        QVERIFY(loaded->has_value());
        QCOMPARE((*loaded)->decisions.size(), 3);
    }

    // A review of a large panel: more decisions than one statement writes, all kept, in order.
    void manyDecisionsKeepTheirOrder()
    {
        QList<ValueDecision> many;
        for (int i = 0; i < 1234; ++i)
            many.append({u"GENE%1"_s.arg(i),
                         i % 3 == 0
                             ? CurationDecision::ignore()
                             : CurationDecision::rename(u"G%1"_s.arg(i), u"uid%1"_s.arg(i))});
        CurationStore store(*m_registry);
        const auto key
            = CurationStore::Key::forValues(header(), u"celltype"_s, ValidationField::GeneSymbol);
        FD_VERIFY_OK(store.saveDraft(key, many, u"panel.csv"_s));
        const auto loaded = store.load(key);
        FD_VERIFY_OK(loaded);
        QCOMPARE((*loaded)->decisions, many);
        QCOMPARE(rows(u"fd_curation_decision"_s), 1234);
    }
};

QTEST_GUILESS_MAIN(TestCurationStore)
#include "tst_curationstore.moc"
