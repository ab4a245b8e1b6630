#include "model/csv/CsvHeader.h"

#include <QTest>

using namespace fd;
using namespace Qt::StringLiterals;

class TestCsvHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uniqueNames_data();
    void uniqueNames();
};

void TestCsvHeader::uniqueNames_data()
{
    // Expected names as pandas 1.5's read_csv gives them.
    QTest::addColumn<QStringList>("raw");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("warnings");
    QTest::newRow("distinct") << QStringList {u"a"_s, u"b"_s} << QStringList {u"a"_s, u"b"_s} << 0;
    QTest::newRow("duplicates") << QStringList {u"a"_s, u"a"_s, u"a"_s}
                                << QStringList {u"a"_s, u"a.1"_s, u"a.2"_s} << 2;
    QTest::newRow("existing a.1") << QStringList {u"a"_s, u"a"_s, QString(), u"b"_s, u"a.1"_s}
                                  << QStringList {u"a"_s, u"a.2"_s, u"Unnamed: 2"_s, u"b"_s,
                                                  u"a.1"_s}
                                  << 2;
    QTest::newRow("empty names") << QStringList {QString(), u"x"_s, QString()}
                                 << QStringList {u"Unnamed: 0"_s, u"x"_s, u"Unnamed: 2"_s} << 2;
}

void TestCsvHeader::uniqueNames()
{
    QFETCH(QStringList, raw);
    QFETCH(QStringList, names);
    QFETCH(int, warnings);
    QStringList messages;
    QCOMPARE(CsvHeader::uniqueNames(raw, &messages), names);
    QCOMPARE(messages.size(), warnings);
}

QTEST_GUILESS_MAIN(TestCsvHeader)
#include "tst_csvheader.moc"
