#include "model/csv/CsvDistinctSet.h"

#include "model/csv/CsvHashArena.h"

#include <vector>

#include <QTest>

using namespace fd;

class TestCsvDistinctSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data();
    void counts();
    void merge_data();
    void merge();
    void shortValuesDiffer();
    void sharedBlock_data();
    void sharedBlock();
};

void TestCsvDistinctSet::counts_data()
{
    QTest::addColumn<int>("values");
    QTest::addColumn<int>("modulo");
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("distinct");
    QTest::addColumn<bool>("capped");
    QTest::newRow("repeats") << 1000 << 7 << 100 << 7 << false;
    QTest::newRow("exactly the cap") << 100 << 100 << 100 << 100 << false;
    QTest::newRow("over the cap") << 5000 << 5000 << 100 << 100 << true;
    QTest::newRow("large") << 200000 << 50000 << 100000 << 50000 << false;
}

void TestCsvDistinctSet::counts()
{
    QFETCH(int, values);
    QFETCH(int, modulo);
    QFETCH(int, cap);
    QFETCH(int, distinct);
    QFETCH(bool, capped);
    CsvDistinctSet set(cap);
    for (int i = 0; i < values; ++i)
        set.insert(QByteArray::number(i % modulo));
    QCOMPARE(set.count(), distinct);
    QCOMPARE(set.capped(), capped);
}

void TestCsvDistinctSet::merge_data()
{
    // Values [0, first) then [firstStart, firstStart + second): merging the second set into the
    // first must count as inserting all the values into one set.
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("secondStart");
    QTest::addColumn<int>("second");
    QTest::addColumn<int>("cap");
    QTest::newRow("overlap under the cap") << 50 << 25 << 50 << 100;
    QTest::newRow("disjoint, union over the cap") << 60 << 60 << 60 << 100;
    QTest::newRow("union exactly the cap") << 60 << 60 << 40 << 100;
    QTest::newRow("first capped") << 150 << 0 << 10 << 100;
    QTest::newRow("second capped") << 10 << 0 << 150 << 100;
    QTest::newRow("second empty") << 10 << 0 << 0 << 100;
    QTest::newRow("first empty") << 0 << 0 << 30 << 100;
}

void TestCsvDistinctSet::merge()
{
    QFETCH(int, first);
    QFETCH(int, secondStart);
    QFETCH(int, second);
    QFETCH(int, cap);
    CsvDistinctSet whole(cap);
    CsvDistinctSet a(cap);
    CsvDistinctSet b(cap);
    for (int i = 0; i < first; ++i) {
        whole.insert(QByteArray::number(i));
        a.insert(QByteArray::number(i));
    }
    for (int i = secondStart; i < secondStart + second; ++i) {
        whole.insert(QByteArray::number(i));
        b.insert(QByteArray::number(i));
    }
    a.merge(b);
    QCOMPARE(a.count(), whole.count());
    QCOMPARE(a.capped(), whole.capped());
}

void TestCsvDistinctSet::shortValuesDiffer()
{
    // Short values are hashed from overlapping loads: every length and byte position must count.
    CsvDistinctSet set(100000);
    int inserted = 0;
    for (int length = 1; length <= 17; ++length) {
        for (int position = 0; position < length; ++position) {
            QByteArray value(length, 'a');
            value[position] = 'b';
            inserted += set.insert(value) ? 1 : 0;
        }
        inserted += set.insert(QByteArray(length, 'a')) ? 1 : 0;
    }
    QCOMPARE(inserted, set.count());
    QCOMPARE(set.count(), 17 + 17 * 18 / 2);
    QVERIFY(!set.insert(QByteArray(5, 'a')));
    QVERIFY(set.contains(QByteArray(9, 'a')));
    QVERIFY(!set.contains(QByteArray(18, 'a')));
}

void TestCsvDistinctSet::sharedBlock_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("sets");
    QTest::newRow("small tables, probes wrap around") << 3 << 40;
    QTest::newRow("tables of 4002 slots, as on a 1,000-column file") << 2000 << 12;
    QTest::newRow("a block of more than 2 MiB") << 10000 << 20;
}

void TestCsvDistinctSet::sharedBlock()
{
    // Sets side by side in one zeroed block count like sets with tables of their own: each stays
    // inside its tableSlots(cap) slots and never reads a neighbour's hashes as its own.
    QFETCH(int, cap);
    QFETCH(int, sets);
    const qsizetype slots = CsvDistinctSet::tableSlots(cap);
    CsvHashArena block(slots * sets);
    std::vector<CsvDistinctSet> shared;
    std::vector<CsvDistinctSet> own;
    for (int s = 0; s < sets; ++s) {
        shared.emplace_back(cap, block.data() + s * slots);
        own.emplace_back(cap);
    }
    for (int s = 0; s < sets; ++s) {
        // Set s sees s + 1 distinct values, or more than its cap; every set the same texts.
        const int distinct = s % 3 == 0 ? cap + 5 : qMin(cap, s + 1);
        for (int i = 0; i < 3 * distinct; ++i) {
            const QByteArray value = QByteArray::number(i % distinct);
            QCOMPARE(shared[size_t(s)].insert(value), own[size_t(s)].insert(value));
        }
    }
    for (int s = 0; s < sets; ++s) {
        QCOMPARE(shared[size_t(s)].count(), own[size_t(s)].count());
        QCOMPARE(shared[size_t(s)].capped(), own[size_t(s)].capped());
        QCOMPARE(shared[size_t(s)].count(), s % 3 == 0 ? cap : qMin(cap, s + 1));
        QVERIFY(shared[size_t(s)].contains("0"));
        QVERIFY(!shared[size_t(s)].contains("x"));
    }
}

QTEST_GUILESS_MAIN(TestCsvDistinctSet)
#include "tst_csvdistinctset.moc"
