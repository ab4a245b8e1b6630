// The bound lists of BoundUidList.h, each a table expression "j" bound as one parameter (or, for
// pairs on PostgreSQL, two), run in real statements on SQLite and PostgreSQL: an empty list, one
// element, many, repeats; text that needs escaping; pairs inserted into a table in order; the rows
// of a table whose uid is listed; and a staged uid list inside a transaction.

#include "model/db/BoundUidList.h"
#include "model/db/Registry.h"
#include "model/db/Transaction.h"
#include "tests/support/BackendTest.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <vector>

using namespace fd;

namespace {

// Uids as FeatureDesk makes them: 16 base62 characters, distinct for distinct i.
QString uid(int i)
{
    return QStringLiteral("Uid%1abcXYZ").arg(i, 6, 10, QLatin1Char('0')).left(16);
}

QStringList manyUids(int count)
{
    QStringList uids;
    for (int i = 0; i < count; ++i)
        uids.append(uid(i));
    return uids;
}

// A column's values as text, NULL as "<null>", so that NULL and empty text differ.
QString shown(const QVariant &value)
{
    return value.isNull() ? QStringLiteral("<null>") : value.toString();
}

} // namespace

class TestBoundUidList : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<Registry> m_registry;

    const SqlDialect &dialect() const { return m_registry->dialect(); }

    // The rows of "SELECT <columns> FROM <source>", each row's columns joined by '|'.
    QStringList rows(const QString &columns, const QString &source,
                     const std::function<void(QSqlQuery &)> &bind)
    {
        QSqlQuery query(m_registry->database());
        query.setForwardOnly(true);
        const QString sql = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + source;
        if (!query.prepare(sql)) {
            qWarning() << query.lastError().text();
            return {QStringLiteral("<prepare failed>")};
        }
        bind(query);
        if (!query.exec()) {
            qWarning() << query.lastError().text();
            return {QStringLiteral("<exec failed>")};
        }
        QStringList read;
        const int count = query.record().count();
        while (query.next()) {
            QStringList values;
            for (int c = 0; c < count; ++c)
                values.append(shown(query.value(c)));
            read.append(values.join(QLatin1Char('|')));
        }
        return read;
    }

    bool exec(const QString &sql)
    {
        QSqlQuery query(m_registry->database());
        if (query.exec(sql))
            return true;
        qWarning() << sql << query.lastError().text();
        return false;
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry); }
    void cleanup() { m_registry.reset(); }

    void uidList_data()
    {
        QTest::addColumn<QStringList>("uids");
        QTest::newRow("empty") << QStringList();
        QTest::newRow("one") << QStringList {uid(7)};
        QTest::newRow("many") << manyUids(2500);
        QTest::newRow("repeats") << QStringList {uid(1), uid(2), uid(1), uid(1)};
    }

    void uidList()
    {
        QFETCH(QStringList, uids);
        const BoundUidList list(dialect(), uids);
        QVERIFY(!list.staged);
        QCOMPARE(rows(QStringLiteral("j.value"), list.source,
                      [&](QSqlQuery &query) { list.bindTo(query); }),
                 uids);
    }

    void stagedUidList_data() { uidList_data(); }

    // stage() copies a long list into a table on PostgreSQL, inside a transaction; what a statement
    // reads from it is the same list, staged or not.
    void stagedUidList()
    {
        QFETCH(QStringList, uids);
        Transaction transaction(m_registry->database());
        FD_VERIFY_OK(transaction.begin(QStringLiteral("stage uids")));
        const Result<BoundUidList> list = BoundUidList::stage(m_registry->database(), dialect(),
                                                              uids, QStringLiteral("stage uids"));
        FD_VERIFY_OK(list);
        QCOMPARE(list->staged, dialect().hasCopy() && uids.size() >= BoundUidList::StageFrom);
        QStringList read = rows(QStringLiteral("j.value"), list->source,
                                [&](QSqlQuery &query) { list->bindTo(query); });
        QStringList expected = uids;
        read.sort();
        expected.sort();
        QCOMPARE(read, expected);
    }

    void idList_data()
    {
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("empty") << QList<qint64>();
        QTest::newRow("one") << QList<qint64> {42};
        QList<qint64> many;
        for (qint64 i = 0; i < 3000; ++i)
            many.append(i * 7919 % 3001 + (qint64(1) << 40)); // not sorted, past 32 bits
        QTest::newRow("many") << many;
        QTest::newRow("repeats") << QList<qint64> {5, 3, 5, 5, -1};
    }

    void idList()
    {
        QFETCH(QList<qint64>, ids);
        const BoundIdList list(dialect(), std::vector<qint64>(ids.cbegin(), ids.cend()));
        QStringList expected;
        for (const qint64 id : std::as_const(ids))
            expected.append(QString::number(id));
        QCOMPARE(rows(QStringLiteral("j.value"), list.source,
                      [&](QSqlQuery &query) { query.addBindValue(list.bound); }),
                 expected);
    }

    void textList_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QStringList() << QStringList();
        QTest::newRow("one") << QStringList {QStringLiteral("data/")}
                             << QStringList {QStringLiteral("data/")};
        const QStringList awkward {
            QStringLiteral("say \"hi\"/"), QStringLiteral("C:\\data\\"),
            QStringLiteral("{a, b}/[c]"),  QStringLiteral("NULL"),
            QStringLiteral("tab\there/"),  QStringLiteral("Größe – 細胞 🧬/")};
        QTest::newRow("escaped") << awkward << awkward;
        QTest::newRow("empty text is NULL")
            << QStringList {QStringLiteral("a/"), QString(), QStringLiteral("b/")}
            << QStringList {QStringLiteral("a/"), QStringLiteral("<null>"), QStringLiteral("b/")};
        QTest::newRow("repeats") << QStringList {QStringLiteral("x/"), QStringLiteral("y/"),
                                                 QStringLiteral("x/")}
                                 << QStringList {QStringLiteral("x/"), QStringLiteral("y/"),
                                                 QStringLiteral("x/")};
        const QStringList many = manyUids(2000);
        QTest::newRow("many") << many << many;
    }

    void textList()
    {
        QFETCH(QStringList, values);
        QFETCH(QStringList, expected);
        const BoundTextList list(dialect(), values);
        QCOMPARE(rows(QStringLiteral("j.value"), list.source,
                      [&](QSqlQuery &query) { list.bindTo(query); }),
                 expected);
    }

    void textPairs_data()
    {
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<QStringList>("second");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QStringList() << QStringList() << QStringList();
        QTest::newRow("one") << QStringList {QStringLiteral("a1")}
                             << QStringList {QStringLiteral("data/")}
                             << QStringList {QStringLiteral("a1|data/")};
        QTest::newRow("escaped and NULL")
            << QStringList {QStringLiteral("a1"), QStringLiteral("a2"), QString()}
            << QStringList {QStringLiteral("say \"hi\"/"), QStringLiteral("C:\\d\\ 🧬/"),
                            QStringLiteral("x")}
            << QStringList {QStringLiteral("a1|say \"hi\"/"), QStringLiteral("a2|C:\\d\\ 🧬/"),
                            QStringLiteral("<null>|x")};
        QTest::newRow("repeats") << QStringList {QStringLiteral("a"), QStringLiteral("a")}
                                 << QStringList {QStringLiteral("b"), QStringLiteral("b")}
                                 << QStringList {QStringLiteral("a|b"), QStringLiteral("a|b")};
        QStringList first, second, expected;
        for (int i = 0; i < 2000; ++i) {
            first.append(QStringLiteral("o%1").arg(i));
            second.append(uid(i) + QLatin1Char('/'));
            expected.append(first.constLast() + QLatin1Char('|') + second.constLast());
        }
        QTest::newRow("many") << first << second << expected;
    }

    // Read as they are, and inserted into a table in the lists' order.
    void textPairs()
    {
        QFETCH(QStringList, first);
        QFETCH(QStringList, second);
        QFETCH(QStringList, expected);
        const BoundTextPairs pairs(dialect(), first, second);
        const auto bind = [&](QSqlQuery &query) { pairs.bindTo(query); };
        QCOMPARE(rows(QStringLiteral("j.first, j.second"), pairs.source, bind), expected);

        QVERIFY(exec(dialect().expand(
            QStringLiteral("CREATE TEMPORARY TABLE t_pairs (id ${PK}, a TEXT, b TEXT)"))));
        QSqlQuery insert(m_registry->database());
        QVERIFY2(insert.prepare(QStringLiteral("INSERT INTO t_pairs (a, b) "
                                               "SELECT j.first, j.second FROM ")
                                + pairs.source),
                 qPrintable(insert.lastError().text()));
        pairs.bindTo(insert);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        QCOMPARE(insert.numRowsAffected(), expected.size());
        QCOMPARE(
            rows(QStringLiteral("a, b"), QStringLiteral("t_pairs ORDER BY id"), [](QSqlQuery &) {}),
            expected);
    }

    void uidRows_data()
    {
        QTest::addColumn<QStringList>("uids");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("none") << QStringList() << QList<qint64>();
        QTest::newRow("one") << QStringList {uid(3)} << QList<qint64> {103};
        QTest::newRow("some unknown")
            << QStringList {uid(1), QStringLiteral("NoSuchUid0000000"), uid(4)}
            << QList<qint64> {101, 104};
        QStringList all = manyUids(1200);
        QList<qint64> allIds;
        for (qint64 i = 0; i < 1200; ++i)
            allIds.append(100 + i);
        QTest::newRow("many") << all << allIds;
    }

    // The rows of a table whose uid is listed (the list distinct and joined by ':' as
    // identity::setMembers joins it), each once.
    void uidRows()
    {
        QFETCH(QStringList, uids);
        QFETCH(QList<qint64>, ids);
        QVERIFY(exec(QStringLiteral("CREATE TEMPORARY TABLE t_uids (id BIGINT, uid TEXT)")));
        QStringList tableIds; // uid(i) has the id 100 + i
        for (int i = 0; i < 1500; ++i)
            tableIds.append(QString::number(100 + i));
        const BoundTextPairs table(dialect(), tableIds, manyUids(1500));
        QSqlQuery fill(m_registry->database());
        QVERIFY(fill.prepare(QStringLiteral("INSERT INTO t_uids (id, uid) "
                                            "SELECT CAST(j.first AS BIGINT), j.second FROM ")
                             + table.source));
        table.bindTo(fill);
        QVERIFY2(fill.exec(), qPrintable(fill.lastError().text()));

        const QByteArray joined = uids.join(QLatin1Char(':')).toLatin1();
        const BoundUidRows rowsOf(dialect(), QStringLiteral("t_uids"), joined);
        QStringList expected;
        for (const qint64 id : std::as_const(ids))
            expected.append(QString::number(id));
        QCOMPARE(rows(QStringLiteral("m.id"), rowsOf.rows + QStringLiteral(" ORDER BY m.id"),
                      [&](QSqlQuery &query) { rowsOf.bindTo(query); }),
                 expected);
    }
};

QTEST_GUILESS_MAIN(TestBoundUidList)
#include "tst_bounduidlist.moc"
