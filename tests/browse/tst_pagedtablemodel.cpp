// The registry views' model: lazy pages, SQL sort and filter, on both backends.

#include "model/artifacts/ArtifactStore.h"
#include "model/browse/PagedTableModel.h"
#include "model/browse/RegistryTables.h"
#include "model/db/Registry.h"
#include "model/features/FeatureStore.h"
#include "model/sets/FeatureSetStore.h"
#include "tests/support/BackendTest.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

using namespace fd;

// Rows and counts come from the model's worker thread: wait until it has what it asked for.
#define FD_WAIT_LOADED(model)                                                                      \
    QVERIFY2(QTest::qWaitFor([&] { return !(model).isLoading(); }, 60000),                         \
             "the model is still loading")
#define FD_FETCH_ALL(model)                                                                        \
    do {                                                                                           \
        FD_WAIT_LOADED(model);                                                                     \
        while ((model).canFetchMore({})) {                                                         \
            (model).fetchMore({});                                                                 \
            FD_WAIT_LOADED(model);                                                                 \
        }                                                                                          \
    } while (false)

class TestPagedTableModel : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<Registry> m_registry;

    // A model over the test's registry, with its first page and count loaded.
    std::unique_ptr<PagedTableModel> openModel(const TableSpec &spec)
    {
        auto model = std::make_unique<PagedTableModel>(spec);
        model->setLocation(m_registry->location());
        if (!QTest::qWaitFor([&] { return !model->isLoading(); }, 60000))
            QTest::qFail("the model is still loading", __FILE__, __LINE__);
        return model;
    }

    // n features named feature00000 ... (or namePrefix00000 ...), dtypes cycling through three.
    void addFeatures(int n, const QString &uidPrefix = QStringLiteral("F"),
                     const QString &namePrefix = QStringLiteral("feature"))
    {
        QSqlDatabase db = m_registry->database();
        QVERIFY(db.transaction());
        QSqlQuery query(db);
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO fd_feature (uid, name, dtype, "
                                             "description, created_by) VALUES (?, ?, ?, ?, ?)")));
        const QStringList dtypes {QStringLiteral("int"), QStringLiteral("float"),
                                  QStringLiteral("str")};
        for (int i = 0; i < n; ++i) {
            // Uids of digits: a random one holds "int" or "str" now and then (about 1 run in
            // 500), and the filters below would then match a row they should not.
            query.addBindValue(
                QString(uidPrefix + QStringLiteral("%1").arg(i, 11, 10, QLatin1Char('0'))));
            query.addBindValue(
                QString(namePrefix + QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0'))));
            query.addBindValue(dtypes.at(i % 3));
            query.addBindValue(i % 100 == 7 ? QStringLiteral("special 100% marker") : QString());
            query.addBindValue(m_registry->userId());
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QVERIFY(db.commit());
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void init() { FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry); }

    void cleanup() { m_registry.reset(); }

    void emptyTable()
    {
        PagedTableModel model(tables::features());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocation(m_registry->location());
        QVERIFY(model.isLoading());
        QVERIFY(model.isCounting());
        QCOMPARE(model.totalCount(), -1);
        FD_WAIT_LOADED(model);
        QVERIFY(!model.isCounting());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        QCOMPARE(model.columnCount(), tables::features().columns.size());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    }

    void noRegistry()
    {
        PagedTableModel model(tables::artifacts());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocation(std::nullopt);
        QVERIFY(!model.isLoading());
        model.refresh();
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), -1);
        QVERIFY(!model.canFetchMore({}));
    }

    void fetchesLazily()
    {
        addFeatures(1000);
        const std::unique_ptr<PagedTableModel> opened = openModel(tables::features());
        PagedTableModel &model = *opened;
        // The tester fetches by itself, so look at the lazy state first.
        QCOMPARE(model.totalCount(), 1000);
        QCOMPARE(model.rowCount(), PagedTableModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        // fetchMore returns at once; the page comes from the worker.
        QCOMPARE(model.rowCount(), PagedTableModel::PageSize);
        QVERIFY(model.isLoading());
        model.fetchMore({}); // one page at a time: the page on its way is all that comes
        FD_WAIT_LOADED(model);
        QCOMPARE(model.rowCount(), 2 * PagedTableModel::PageSize);
        QCOMPARE(inserted.size(), 1);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        FD_FETCH_ALL(model);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(inserted.size(), 3); // 256 + 256 + 256 + 232
        // Every row once, in name order.
        for (int row = 0; row < 1000; ++row)
            QCOMPARE(model.index(row, 0).data().toString(),
                     QStringLiteral("feature%1").arg(row, 5, 10, QLatin1Char('0')));
        QVERIFY(model.rowCount(model.index(0, 0)) == 0);
    }

    void sortsInSql()
    {
        addFeatures(600);
        const std::unique_ptr<PagedTableModel> opened = openModel(tables::features());
        PagedTableModel &model = *opened;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(0, Qt::DescendingOrder);
        FD_WAIT_LOADED(model);
        // The first page already holds the end of the table, not the end of the first page.
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("feature00599"));
        const int dtype = tables::features().columnIndex(QStringLiteral("dtype"));
        model.sort(dtype, Qt::AscendingOrder);
        FD_WAIT_LOADED(model);
        QCOMPARE(model.index(0, dtype).data().toString(), QStringLiteral("float"));
        FD_FETCH_ALL(model);
        QCOMPARE(model.rowCount(), 600);
        QCOMPARE(model.index(599, dtype).data().toString(), QStringLiteral("str"));
        QCOMPARE(model.sortColumn(), dtype);
    }

    void keysetPagesNeitherSkipNorRepeat_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("order");
        QTest::newRow("name ascending") << "name" << int(Qt::AscendingOrder);
        QTest::newRow("name descending") << "name" << int(Qt::DescendingOrder);
        // Every row has the same creator: the pages rest on the id tie-breaker alone.
        QTest::newRow("ties ascending") << "created_by" << int(Qt::AscendingOrder);
        QTest::newRow("ties descending") << "created_by" << int(Qt::DescendingOrder);
        QTest::newRow("nullable column") << "description" << int(Qt::DescendingOrder);
        QTest::newRow("timestamps") << "created_at" << int(Qt::AscendingOrder);
    }

    void keysetPagesNeitherSkipNorRepeat()
    {
        QFETCH(QString, column);
        QFETCH(int, order);
        addFeatures(700);
        const std::unique_ptr<PagedTableModel> opened = openModel(tables::features());
        PagedTableModel &model = *opened;
        const int sortColumn = tables::features().columnIndex(column);
        model.sort(sortColumn, Qt::SortOrder(order));
        FD_FETCH_ALL(model);
        QCOMPARE(model.rowCount(), 700);
        QSet<QString> uids;
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row) {
            uids.insert(model.index(row, 0).data(PagedTableModel::UidRole).toString());
            values.append(
                model.index(row, sortColumn).data(PagedTableModel::SortValueRole).toString());
        }
        QCOMPARE(uids.size(), 700);
        // Creation times sort in id order: never back in time.
        if (column == QLatin1StringView("created_at")) {
            for (int row = 1; row < model.rowCount(); ++row)
                QVERIFY(model.index(row - 1, sortColumn)
                            .data(PagedTableModel::SortValueRole)
                            .toDateTime()
                        <= model.index(row, sortColumn)
                               .data(PagedTableModel::SortValueRole)
                               .toDateTime());
        }
        if (column == QLatin1StringView("name")) {
            QStringList sorted = values;
            std::sort(sorted.begin(), sorted.end());
            if (order == Qt::DescendingOrder)
                std::reverse(sorted.begin(), sorted.end());
            QCOMPARE(values, sorted);
        }
    }

    void filtersInSql()
    {
        addFeatures(1000);
        const std::unique_ptr<PagedTableModel> opened = openModel(tables::features());
        PagedTableModel &model = *opened;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &PagedTableModel::totalCountChanged);
        model.setFilter(RecordFilter(QStringLiteral("100% MARKER")));
        QCOMPARE(model.totalCount(), -1); // counting
        FD_WAIT_LOADED(model);
        QCOMPARE(model.totalCount(), 10); // rows 7, 107, ... 907: beyond the first page too
        QCOMPARE(model.rowCount(), 10);
        // Once unknown while counting, once counted.
        QCOMPARE(counted.size(), 2);
        QCOMPARE(counted.at(0).at(0).toLongLong(), -1);
        QCOMPARE(model.index(9, 0).data().toString(), QStringLiteral("feature00907"));
        model.setFilter(RecordFilter(QStringLiteral("feature0099 int")));
        FD_WAIT_LOADED(model);
        QCOMPARE(model.totalCount(), 4); // 990, 993, 996, 999 are int
        model.setFilter(RecordFilter(QStringLiteral("no such thing")));
        FD_WAIT_LOADED(model);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        model.setFilter(RecordFilter());
        FD_WAIT_LOADED(model);
        QCOMPARE(model.totalCount(), 1000);
    }

    // Artifacts: the filter finds exactly the rows whose shown text holds every word, whether a
    // word lies in a key's folder, in its name, across the two, or in the user's handle (which
    // the SQL tests without joining every row).
    void filtersArtifactsAsShown()
    {
        ArtifactStore store(*m_registry);
        QList<ArtifactStore::HashedFile> files;
        for (int i = 0; i < 40; ++i) {
            ArtifactStore::HashedFile file;
            file.key = i % 8 == 0 ? QStringLiteral("sample-%1.csv").arg(i)
                                  : QStringLiteral("runs/plate-%1/sample-%2.csv").arg(i % 3).arg(i);
            file.path = file.key;
            file.suffix = QStringLiteral(".csv");
            file.size = i;
            file.hash = {QStringLiteral("hash%1").arg(i, 18, 10, QLatin1Char('0')),
                         QStringLiteral("md5")};
            files.append(file);
        }
        FD_VERIFY_OK(store.registerHashed(files));
        const std::unique_ptr<PagedTableModel> openedAll = openModel(tables::artifacts());
        PagedTableModel &all = *openedAll;
        QList<QStringList> rows;
        for (int row = 0; row < all.rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < all.columnCount(); ++column)
                if (tables::artifacts().columns.at(column).filterable)
                    cells.append(all.index(row, column).data().toString());
            rows.append(cells);
        }
        QCOMPARE(rows.size(), 40);
        const std::unique_ptr<PagedTableModel> opened = openModel(tables::artifacts());
        PagedTableModel &model = *opened;
        const QString handle = m_registry->userHandle();
        for (const QString &text :
             QStringList {QStringLiteral("plate-1"), QStringLiteral("SAMPLE-2"),
                          QStringLiteral("1/sample-1"), QStringLiteral("runs/"),
                          QStringLiteral("s/p"), QStringLiteral("csv plate-2"), handle,
                          handle.left(2) + QStringLiteral(" sample-3"), QStringLiteral("e-1/s"),
                          QStringLiteral("nothing")}) {
            const RecordFilter filter(text);
            model.setFilter(filter);
            FD_WAIT_LOADED(model);
            QStringList expected;
            for (const QStringList &cells : std::as_const(rows))
                if (filter.matches(cells))
                    expected.append(cells.constFirst());
            QStringList found;
            for (int row = 0; row < model.rowCount(); ++row)
                found.append(model.index(row, 0).data().toString());
            QVERIFY2(found == expected,
                     qPrintable(text + QStringLiteral(": ") + found.join(QLatin1Char(' '))));
            QCOMPARE(model.totalCount(), qint64(expected.size()));
        }
    }

    void rolesAndRefresh()
    {
        FeatureStore store(*m_registry);
        const Result<FeatureRecord> added = store.add(
            {QStringLiteral("dose_mg"), QStringLiteral("float"), QStringLiteral("mg"), {}, {}});
        FD_VERIFY_OK(added);
        const std::unique_ptr<PagedTableModel> opened = openModel(tables::features());
        PagedTableModel &model = *opened;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(PagedTableModel::UidRole).toString(), added->uid);
        const QVariantMap record = model.index(0, 3).data(PagedTableModel::RecordRole).toMap();
        QCOMPARE(record.value(QStringLiteral("name")).toString(), QStringLiteral("dose_mg"));
        QCOMPARE(record.value(QStringLiteral("unit")).toString(), QStringLiteral("mg"));
        QCOMPARE(record.value(QStringLiteral("created_by")).toString(), m_registry->userHandle());
        const int createdAt = tables::features().columnIndex(QStringLiteral("created_at"));
        QVERIFY(!model.index(0, createdAt).data().toString().isEmpty());

        FD_VERIFY_OK(store.add({QStringLiteral("age"), QStringLiteral("int"), {}, {}, {}}));
        QCOMPARE(model.rowCount(), 1); // not until refreshed
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QCOMPARE(model.rowCount(), 1); // the old row until the new first page comes
        FD_WAIT_LOADED(model);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("age"));
    }

    // Jump to related: the artifacts using a set, the sets of an artifact or a feature, combined
    // with the text filter; an unknown relation key changes nothing, an empty uid lifts it.
    void relatesToOneRecord()
    {
        FeatureStore features(*m_registry);
        QStringList uids;
        for (const char *name : {"cell_type", "dose_mg", "batch"})
            uids.append(
                features.add({QString::fromLatin1(name), QStringLiteral("str"), {}, {}, {}})->uid);
        FeatureSetStore sets(*m_registry);
        const QString ab
            = sets.create({QStringLiteral("ab"), MemberRegistry::Feature, uids.mid(0, 2), {}, {}})
                  ->set.uid;
        const QString c
            = sets.create({QStringLiteral("c only"), MemberRegistry::Feature, uids.mid(2), {}, {}})
                  ->set.uid;
        ArtifactStore artifacts(*m_registry);
        QStringList artifactUids;
        for (int i = 0; i < 5; ++i) {
            const QString path = m_registries.tempPath(QStringLiteral("file%1.csv").arg(i));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("x\n") + QByteArray::number(i) + '\n');
            file.close();
            artifactUids.append(artifacts.registerFile(path)->artifact.uid);
        }
        FD_VERIFY_OK(artifacts.attach(artifactUids.mid(0, 3), QStringLiteral("columns"), ab));
        FD_VERIFY_OK(artifacts.attach(artifactUids.mid(2, 2), QStringLiteral("obs"), c));

        const std::unique_ptr<PagedTableModel> opened = openModel(tables::artifacts());
        PagedTableModel &model = *opened;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.totalCount(), 5);
        model.setRelation(QStringLiteral("feature_set"), ab);
        FD_WAIT_LOADED(model);
        QCOMPARE(model.totalCount(), 3);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.relationUid(), ab);
        model.setFilter(RecordFilter(QStringLiteral("file2")));
        FD_WAIT_LOADED(model);
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.index(0, 0).data(PagedTableModel::UidRole).toString(), artifactUids.at(2));
        model.setFilter(RecordFilter());
        model.setRelation(QStringLiteral("feature_set"), c);
        FD_WAIT_LOADED(model);
        QCOMPARE(model.totalCount(), 2);
        model.setRelation(QStringLiteral("no such relation"), ab);
        QVERIFY(!model.isLoading()); // nothing to ask again
        QCOMPARE(model.totalCount(), 2);
        model.setRelation(QString(), QString());
        FD_WAIT_LOADED(model);
        QCOMPARE(model.totalCount(), 5);
        QVERIFY(model.relationKey().isEmpty());

        const std::unique_ptr<PagedTableModel> openedSets = openModel(tables::featureSets());
        PagedTableModel &setsModel = *openedSets;
        setsModel.setRelation(QStringLiteral("artifact"), artifactUids.at(2));
        FD_WAIT_LOADED(setsModel);
        QCOMPARE(setsModel.totalCount(), 2);
        setsModel.setRelation(QStringLiteral("artifact"), artifactUids.at(4));
        FD_WAIT_LOADED(setsModel);
        QCOMPARE(setsModel.totalCount(), 0);
        setsModel.setRelation(QStringLiteral("feature"), uids.at(0));
        FD_WAIT_LOADED(setsModel);
        QCOMPARE(setsModel.totalCount(), 1);
        QCOMPARE(setsModel.index(0, 0).data().toString(), QStringLiteral("ab"));
        // A uid is bound, never spliced into the SQL.
        setsModel.setRelation(QStringLiteral("feature"), QStringLiteral("x' OR '1'='1"));
        FD_WAIT_LOADED(setsModel);
        QVERIFY2(setsModel.lastError().isEmpty(), qPrintable(setsModel.lastError()));
        QCOMPARE(setsModel.totalCount(), 0);
    }

    // A set more than RelationSpec::FewRows artifacts use is listed by walking the artifacts in
    // sort order (the other plan gathers the links and sorts them): every page in order, none
    // skipped or repeated, in both directions, and the artifacts of a smaller set are not mixed in.
    void relationWithManyRowsPagesInOrder()
    {
        FeatureStore features(*m_registry);
        const QString feature
            = features.add({QStringLiteral("x"), QStringLiteral("int"), {}, {}, {}})->uid;
        FeatureSetStore sets(*m_registry);
        const QString big
            = sets.create({QStringLiteral("big"), MemberRegistry::Feature, {feature}, {}, {}})
                  ->set.uid;
        constexpr int Many = int(RelationSpec::FewRows) + 700;
        QList<ArtifactStore::HashedFile> files;
        for (int i = 0; i < Many + 50; ++i) {
            const QString key = QStringLiteral("plate/%1.csv")
                                    .arg((i * 7919) % (Many + 50), 6, 10, QLatin1Char('0'));
            files.append(
                {key,
                 key,
                 QStringLiteral(".csv"),
                 i,
                 {QStringLiteral("h%1").arg(i, 21, 10, QLatin1Char('0')), QStringLiteral("md5")}});
        }
        ArtifactStore artifacts(*m_registry);
        const Result<QList<ArtifactStore::Registered>> registered = artifacts.registerHashed(files);
        FD_VERIFY_OK(registered);
        QStringList linked;
        QSet<QString> unlinked;
        for (int i = 0; i < registered->size(); ++i) {
            const QString uid = registered->at(i).artifact.uid;
            if (i % 50 == 7 && unlinked.size() < 50)
                unlinked.insert(uid);
            else
                linked.append(uid);
        }
        QCOMPARE(linked.size(), Many);
        FD_VERIFY_OK(artifacts.attach(linked, QStringLiteral("columns"), big));

        const std::unique_ptr<PagedTableModel> opened = openModel(tables::artifacts());
        PagedTableModel &model = *opened;
        const int keyColumn = tables::artifacts().columnIndex(QStringLiteral("key"));
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(keyColumn, order);
            model.setRelation(QStringLiteral("feature_set"), big);
            FD_WAIT_LOADED(model);
            QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
            QCOMPARE(model.totalCount(), qint64(Many));
            FD_FETCH_ALL(model);
            QCOMPARE(model.rowCount(), Many);
            QSet<QString> seen;
            QStringList keys;
            for (int row = 0; row < model.rowCount(); ++row) {
                const QString uid = model.index(row, 0).data(PagedTableModel::UidRole).toString();
                QVERIFY2(!unlinked.contains(uid), qPrintable(uid));
                seen.insert(uid);
                keys.append(
                    model.index(row, keyColumn).data(PagedTableModel::SortValueRole).toString());
            }
            QCOMPARE(seen.size(), Many);
            QStringList sorted = keys;
            std::sort(sorted.begin(), sorted.end());
            if (order == Qt::DescendingOrder)
                std::reverse(sorted.begin(), sorted.end());
            QVERIFY(keys == sorted);
            model.setRelation(QString(), QString());
            FD_WAIT_LOADED(model);
        }
    }

    // Filters typed faster than the worker answers: only the last one's rows ever show, and the
    // model keeps its contract meanwhile.
    void onlyTheLastRequestShows()
    {
        addFeatures(1000);
        const std::unique_ptr<PagedTableModel> opened = openModel(tables::features());
        PagedTableModel &model = *opened;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QStringList shownByOthers; // rows a signal carried that the last filter does not match
        const auto check = [&] {
            for (int row = 0; row < model.rowCount(); ++row) {
                const QString name = model.index(row, 0).data().toString();
                if (!name.startsWith(QLatin1StringView("feature004")))
                    shownByOthers.append(name);
            }
        };
        QList<qint64> counts;
        connect(&model, &QAbstractItemModel::modelReset, this, check);
        connect(&model, &QAbstractItemModel::rowsInserted, this, check);
        connect(&model, &PagedTableModel::totalCountChanged, this,
                [&counts](qint64 count) { counts.append(count); });
        for (int i = 0; i < 5; ++i)
            model.setFilter(RecordFilter(QStringLiteral("feature00%1").arg(i)));
        // The old rows stay meanwhile; the count is unknown.
        QCOMPARE(model.rowCount(), PagedTableModel::PageSize);
        QCOMPARE(model.totalCount(), -1);
        QVERIFY(model.isCounting());
        FD_WAIT_LOADED(model);
        QCOMPARE(model.totalCount(), 100);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("feature00400"));
        QCOMPARE(model.index(99, 0).data().toString(), QStringLiteral("feature00499"));
        QVERIFY2(shownByOthers.isEmpty(), qPrintable(shownByOthers.join(QLatin1Char(' '))));
        QCOMPARE(counts, (QList<qint64> {-1, 100}));
    }

    // A slow query is stopped by a newer request, whose rows come long before the slow one could
    // have finished; the slow one's rows never show and it is not an error.
    void newerRequestInterruptsSlowQuery()
    {
        FeatureStore store(*m_registry);
        for (const char *name : {"slow", "fast"})
            FD_VERIFY_OK(store.add({QString::fromLatin1(name), QStringLiteral("str"), {}, {}, {}}));
        TableSpec spec = tables::features();
        // About a minute of work for the row named slow, none for the others.
        const QString slow = m_registry->dialect().isPostgres()
            ? QStringLiteral("(SELECT 1 FROM pg_sleep(60))")
            : QStringLiteral("(WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                             "WHERE x < 1000000000) SELECT count(*) FROM c)");
        ColumnSpec delay {QStringLiteral("delay"), "Delay",
                          QStringLiteral("CASE WHEN t.name = 'slow' THEN ") + slow
                              + QStringLiteral(" ELSE 0 END")};
        delay.filterable = false;
        spec.columns.append(delay);
        PagedTableModel model(spec);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QStringList shown;
        connect(&model, &QAbstractItemModel::modelReset, this, [&] {
            for (int row = 0; row < model.rowCount(); ++row)
                shown.append(model.index(row, 0).data().toString());
        });
        QSignalSpy failed(&model, &PagedTableModel::loadFailed);
        model.setLocation(m_registry->location());
        QTRY_VERIFY(model.isQueryRunning());
        QTest::qWait(300); // past opening the connection: the slow statement runs
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QElapsedTimer timer;
        timer.start();
        model.setFilter(RecordFilter(QStringLiteral("fast")));
        FD_WAIT_LOADED(model);
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(shown, QStringList {QStringLiteral("fast")});
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.interruptedQueries(), 1);
        QCOMPARE(failed.size(), 0);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    }

    // A query that fails (its table dropped by another connection) says so; the next refresh
    // over a table that is there again works.
    void failedQueryThenRefresh()
    {
        QSqlQuery sql(m_registry->database());
        const auto run = [&sql](const char *statement) {
            if (!sql.exec(QString::fromLatin1(statement)))
                qWarning("%s: %s", statement, qPrintable(sql.lastError().text()));
        };
        run("CREATE TABLE tst_probe (id INTEGER PRIMARY KEY, uid TEXT NOT NULL, name TEXT)");
        run("INSERT INTO tst_probe (id, uid, name) VALUES (1, 'P1', 'one'), (2, 'P2', 'two')");
        const TableSpec spec {RegistryTable::Features,
                              "Probe",
                              QStringLiteral("tst_probe p"),
                              QStringLiteral("tst_probe p"),
                              QStringLiteral("p.id"),
                              {{QStringLiteral("name"), "Name", QStringLiteral("p.name")},
                               {QStringLiteral("uid"), "UID", QStringLiteral("p.uid")}},
                              0};
        const std::unique_ptr<PagedTableModel> opened = openModel(spec);
        PagedTableModel &model = *opened;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), 2);
        run("DROP TABLE tst_probe");
        QSignalSpy failed(&model, &PagedTableModel::loadFailed);
        model.refresh();
        FD_WAIT_LOADED(model);
        QVERIFY(failed.size() >= 1);
        QVERIFY(!model.lastError().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), -1);
        run("CREATE TABLE tst_probe (id INTEGER PRIMARY KEY, uid TEXT NOT NULL, name TEXT)");
        run("INSERT INTO tst_probe (id, uid, name) VALUES (3, 'P3', 'three')");
        model.refresh();
        FD_WAIT_LOADED(model);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("three"));
        run("DROP TABLE tst_probe");
    }

    // The uids of rows no view loaded, by position in the model's order, as SQL gives them.
    void uidsInRowsMatchSql()
    {
        addFeatures(1000);
        const std::unique_ptr<PagedTableModel> opened = openModel(tables::features());
        PagedTableModel &model = *opened;
        model.setColumnFilter(QStringLiteral("dtype"), QStringLiteral("int"));
        model.sort(0, Qt::DescendingOrder);
        FD_WAIT_LOADED(model);
        QCOMPARE(model.totalCount(), 334);
        QSqlQuery query(m_registry->database());
        QVERIFY2(query.exec(QStringLiteral(
                     "SELECT uid FROM fd_feature WHERE dtype = 'int' ORDER BY name DESC, id DESC")),
                 qPrintable(query.lastError().text()));
        QStringList all;
        while (query.next())
            all.append(query.value(0).toString());
        QCOMPARE(all.size(), 334);
        const QList<std::pair<int, int>> ranges {{0, 2}, {10, 10}, {250, 300}, {330, 333}};
        QStringList expected;
        for (const auto &[first, last] : ranges)
            expected += all.mid(first, last - first + 1);
        const Result<QStringList> uids
            = PagedTableModel::uidsInRows(*m_registry, model.currentQuery(), ranges);
        FD_VERIFY_OK(uids);
        QCOMPARE(*uids, expected);
        const Result<qint64> counted
            = PagedTableModel::countRows(*m_registry, model.currentQuery());
        FD_VERIFY_OK(counted);
        QCOMPARE(*counted, 334);
    }

    // A view is told of a million placeholder rows a step at a time, each step in a turn of the
    // event loop of its own, so that taking them in never holds the window up in one go; the
    // model says it is loading until they are all there, and a newer query stops the growing.
    void placeholdersGrowInSteps()
    {
        addFeatures(5000);
        PagedTableModel model(tables::features());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPlaceholderRows(true);
        model.setGrowStep(1000);
        QList<int> inserted;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&inserted](const QModelIndex &, int first, int last) {
                    inserted.append(last - first + 1);
                });
        int turnsSeen = 0;
        QList<int> rowsPerTurn;
        QTimer turns;
        turns.setInterval(0);
        connect(&turns, &QTimer::timeout, this, [&] {
            ++turnsSeen;
            rowsPerTurn.append(model.rowCount());
        });
        turns.start();
        model.setLocation(m_registry->location());
        FD_WAIT_LOADED(model);
        turns.stop();
        QCOMPARE(model.totalCount(), 5000);
        QCOMPARE(model.rowCount(), 5000);
        QVERIFY(!inserted.isEmpty());
        for (int rows : std::as_const(inserted))
            QVERIFY2(rows <= 1000, qPrintable(QString::number(rows)));
        // Five steps (the first page, then up to 1,000 more each), not one.
        QVERIFY2(inserted.size() >= 5, qPrintable(QString::number(inserted.size())));
        // The event loop ran between the steps: some turn saw a count between the first page and
        // the total.
        QVERIFY(std::any_of(rowsPerTurn.cbegin(), rowsPerTurn.cend(), [](int rows) {
            return rows > PagedTableModel::PageSize && rows < 5000;
        }));
        QVERIFY(model.isRowLoaded(0));
        QVERIFY(!model.isRowLoaded(4999));

        // A new filter while growing: the old generation's growing stops, the new one's rows come.
        model.setGrowStep(100);
        model.refresh();
        model.setFilter(RecordFilter(QStringLiteral("feature04")));
        FD_WAIT_LOADED(model);
        QCOMPARE(model.totalCount(), 1000);
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(!model.isLoading());
    }

    // Placeholder rows: with the count known every row is there, those not fetched as "…"
    // until their page comes; pages near the end are read backwards, in the right order.
    void placeholdersFillIn()
    {
        addFeatures(5000);
        PagedTableModel model(tables::features());
        model.setPlaceholderRows(true);
        model.setLocation(m_registry->location());
        FD_WAIT_LOADED(model);
        QCOMPARE(model.totalCount(), 5000);
        QCOMPARE(model.rowCount(), 5000);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.isRowLoaded(PagedTableModel::PageSize - 1));
        QVERIFY(!model.isRowLoaded(4990));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.index(4990, 0).data().toString(), QStringLiteral("…"));
        QCOMPARE(model.index(4990, 1).data().toString(), QString());
        QVERIFY(model.index(4990, 0).data(PagedTableModel::UidRole).toString().isEmpty());
        QTRY_VERIFY(model.isRowLoaded(4990));
        QVERIFY(!changed.isEmpty());
        const int endPage = 4990 / PagedTableModel::PageSize * PagedTableModel::PageSize;
        QCOMPARE(model.loadedRowRanges(),
                 (QList<std::pair<int, int>> {
                     {0, PagedTableModel::PageSize - 1},
                     {endPage, std::min(endPage + PagedTableModel::PageSize, 5000) - 1}}));
        QSqlQuery query(m_registry->database());
        QVERIFY2(query.exec(QStringLiteral(
                     "SELECT uid, name FROM fd_feature ORDER BY name, id LIMIT 1 OFFSET 4990")),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(model.index(4990, 0).data(PagedTableModel::UidRole).toString(),
                 query.value(0).toString());
        QCOMPARE(model.index(4990, 0).data().toString(), query.value(1).toString());
        QCOMPARE(model.index(4990, 0).data().toString(), QStringLiteral("feature04990"));
        // Under the tester, scrolled through every row.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        for (int row = 0; row < model.rowCount(); row += PagedTableModel::PageSize)
            QTRY_VERIFY(model.index(row, 0).data().toString()
                        == QStringLiteral("feature%1").arg(row, 5, 10, QLatin1Char('0')));
    }

    // A refresh (after a write) with placeholder rows keeps the rows, no reset: the contents are
    // read again, and only what the count gained or lost is inserted or removed. A filter is a
    // new query: that one resets.
    void refreshKeepsPlaceholderRows()
    {
        addFeatures(5000);
        PagedTableModel model(tables::features());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPlaceholderRows(true);
        model.setLocation(m_registry->location());
        FD_WAIT_LOADED(model);
        QCOMPARE(model.rowCount(), 5000);
        model.index(3000, 0).data();
        QTRY_VERIFY(model.isRowLoaded(3000));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const auto rename = [this](const QString &from, const QString &to) {
            QSqlQuery query(m_registry->database());
            QVERIFY(query.prepare(QStringLiteral("UPDATE fd_feature SET name = ? WHERE name = ?")));
            query.addBindValue(to);
            query.addBindValue(from);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QCOMPARE(query.numRowsAffected(), 1);
        };

        // The same count: the rows stay, their contents change.
        rename(QStringLiteral("feature00001"), QStringLiteral("feature00001-renamed"));
        rename(QStringLiteral("feature03000"), QStringLiteral("feature03000-renamed"));
        model.refresh();
        FD_WAIT_LOADED(model);
        QCOMPARE(model.totalCount(), 5000);
        QCOMPARE(model.rowCount(), 5000);
        QVERIFY(resets.isEmpty() && inserted.isEmpty() && removed.isEmpty());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("feature00001-renamed"));
        QTRY_COMPARE(model.index(3000, 0).data().toString(),
                     QStringLiteral("feature03000-renamed"));

        // Fewer rows: the last ones are removed; more: inserted at the end.
        {
            QSqlQuery query(m_registry->database());
            QVERIFY2(
                query.exec(QStringLiteral("DELETE FROM fd_feature WHERE name >= 'feature049'")),
                qPrintable(query.lastError().text()));
        }
        model.refresh();
        FD_WAIT_LOADED(model);
        QCOMPARE(model.totalCount(), 4900);
        QCOMPARE(model.rowCount(), 4900);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.constFirst().at(1).toInt(), 4900);
        QCOMPARE(removed.constFirst().at(2).toInt(), 4999);
        model.index(4899, 0).data();
        QTRY_COMPARE(model.index(4899, 0).data().toString(), QStringLiteral("feature04899"));
        addFeatures(200, QStringLiteral("G"), QStringLiteral("later")); // after all, by name
        model.refresh();
        FD_WAIT_LOADED(model);
        QCOMPARE(model.rowCount(), 5100);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.constFirst().at(1).toInt(), 4900);
        QVERIFY(resets.isEmpty());
        model.index(5099, 0).data();
        QTRY_COMPARE(model.index(5099, 0).data().toString(), QStringLiteral("later00199"));

        // A filter is another query: a reset.
        model.setFilter(RecordFilter(QStringLiteral("feature04")));
        FD_WAIT_LOADED(model);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 900);
    }

    void endPagesInOrder()
    {
        addFeatures(5000);
        const TableSpec spec = tables::features();
        for (int column = 0; column < spec.columns.size(); ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString what = spec.columns.at(column).key
                    + (order == Qt::AscendingOrder ? QStringLiteral(" ascending")
                                                   : QStringLiteral(" descending"));
                const std::unique_ptr<PagedTableModel> forward = openModel(spec);
                forward->sort(column, order);
                FD_FETCH_ALL(*forward);
                QCOMPARE(forward->rowCount(), 5000);
                PagedTableModel model(spec);
                model.setPlaceholderRows(true);
                model.setLocation(m_registry->location());
                model.sort(column, order);
                FD_WAIT_LOADED(model);
                QCOMPARE(model.rowCount(), 5000);
                for (const int row : {4999, 4744, 4743, 2600, 2400}) {
                    model.index(row, 0).data(); // asks for its page
                    QTRY_VERIFY2(model.isRowLoaded(row), qPrintable(what));
                }
                for (const int first : {4744, 2560, 2304}) {
                    for (int row = first; row < first + PagedTableModel::PageSize; ++row) {
                        QVERIFY2(model.isRowLoaded(row), qPrintable(what));
                        QVERIFY2(model.index(row, 0).data(PagedTableModel::UidRole)
                                     == forward->index(row, 0).data(PagedTableModel::UidRole),
                                 qPrintable(what + QStringLiteral(" row %1").arg(row)));
                    }
                }
            }
        }
    }

    void everyTableLoads_data()
    {
        QTest::addColumn<int>("table");
        for (int i = 0; i < tables::all().size(); ++i)
            QTest::newRow(qPrintable(registryTableKey(tables::all().at(i).id))) << i;
    }

    void everyTableLoads()
    {
        QFETCH(int, table);
        PagedTableModel model(tables::all().at(table));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocation(m_registry->location());
        FD_WAIT_LOADED(model);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.totalCount(), 0);
        model.setFilter(RecordFilter(QStringLiteral("x")));
        FD_WAIT_LOADED(model);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        for (int column = 0; column < model.columnCount(); ++column) {
            model.sort(column, Qt::DescendingOrder);
            FD_WAIT_LOADED(model);
            QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        }
    }
};

QTEST_GUILESS_MAIN(TestPagedTableModel)
#include "tst_pagedtablemodel.moc"
