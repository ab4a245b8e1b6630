// The proxy that views talk to: in memory over a plain model, in SQL over a paged registry table.

#include "model/browse/PagedTableModel.h"
#include "model/browse/RecordFilterProxyModel.h"
#include "model/db/Registry.h"
#include "model/features/FeatureStore.h"
#include "tests/support/BackendTest.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStringListModel>

using namespace fd;

class TestRecordFilterProxyModel : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        if (QByteArray(QTest::currentTestFunction()).startsWith("inMemory")) {
            if (backend != QLatin1StringView("sqlite"))
                QSKIP("no registry involved: once is enough");
            return;
        }
        FD_BACKEND_INIT(m_registries, m_location);
    }

    void inMemoryFilter()
    {
        QStringListModel source({QStringLiteral("dose_mg"), QStringLiteral("cell_type"),
                                 QStringLiteral("Dose_total"), QStringLiteral("batch")});
        RecordFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&proxy, &RecordFilterProxyModel::filterTextChanged);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setFilterText(QStringLiteral("dose"));
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(changed.size(), 1);
        proxy.setFilterText(QStringLiteral("dose")); // unchanged: no signal, no work
        QCOMPARE(changed.size(), 1);
        proxy.setFilterText(QStringLiteral("dose total"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Dose_total"));
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 4);
        // The source changes: the filter keeps applying.
        proxy.setFilterText(QStringLiteral("type"));
        source.insertRows(0, 1);
        source.setData(source.index(0), QStringLiteral("sample_type"));
        QCOMPARE(proxy.rowCount(), 2);
    }

    void inMemorySort()
    {
        QStringListModel source({QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")});
        RecordFilterProxyModel proxy;
        proxy.setSortRole(Qt::DisplayRole);
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(0, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("a"));
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("c"));
    }

    void pagedSourceFiltersAndSortsTheWholeTable()
    {
        Registry::OpenOptions options;
        options.createIfMissing = true;
        Result<std::unique_ptr<Registry>> registry
            = Registry::open(*RegistryLocation::parse(m_location), options);
        FD_VERIFY_OK(registry);
        FeatureStore store(**registry);
        for (int i = 0; i < 300; ++i)
            FD_VERIFY_OK(store.add({QStringLiteral("f%1").arg(i, 3, 10, QLatin1Char('0')),
                                    QStringLiteral("int"),
                                    {},
                                    {},
                                    {}}));
        FD_VERIFY_OK(store.add({QStringLiteral("zz_last"), QStringLiteral("str"), {}, {}, {}}));

        PagedTableModel source(tables::features());
        RecordFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        source.setLocation((*registry)->location());
        QVERIFY(QTest::qWaitFor([&] { return !source.isLoading(); }, 60000));
        QCOMPARE(proxy.rowCount(), PagedTableModel::PageSize); // one page fetched so far
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A row beyond the first page is found: the filter ran in SQL, not over the fetched page.
        proxy.setFilterText(QStringLiteral("zz_"));
        QCOMPARE(source.filter().text(), QStringLiteral("zz_"));
        QVERIFY(QTest::qWaitFor([&] { return !source.isLoading(); }, 60000));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("zz_last"));
        proxy.setFilterText(QString());
        QVERIFY(QTest::qWaitFor([&] { return !source.isLoading(); }, 60000));
        // Sorting through the proxy orders the whole table.
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(source.sortOrder(), Qt::DescendingOrder);
        QVERIFY(QTest::qWaitFor([&] { return !source.isLoading(); }, 60000));
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("zz_last"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("f299"));
        // Fetching goes through the proxy, until the whole table is there.
        while (proxy.canFetchMore({})) {
            proxy.fetchMore({});
            QVERIFY(QTest::qWaitFor([&] { return !source.isLoading(); }, 60000));
        }
        QCOMPARE(proxy.rowCount(), 301);
    }
};

QTEST_GUILESS_MAIN(TestRecordFilterProxyModel)
#include "tst_recordfilterproxymodel.moc"
