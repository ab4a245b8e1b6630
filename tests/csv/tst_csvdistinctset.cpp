#include "model/csv/CsvDistinctSet.h"

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

QTEST_GUILESS_MAIN(TestCsvDistinctSet)
#include "tst_csvdistinctset.moc"
