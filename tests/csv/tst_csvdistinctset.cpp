#include "model/csv/CsvDistinctSet.h"

#include <QTest>

using namespace fd;

class TestCsvDistinctSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data();
    void counts();
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

QTEST_GUILESS_MAIN(TestCsvDistinctSet)
#include "tst_csvdistinctset.moc"
