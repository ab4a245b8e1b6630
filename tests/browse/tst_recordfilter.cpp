// The filter rule, in memory and in SQL: both must say the same.

#include "model/browse/RecordFilter.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace fd;

class TestRecordFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("filter"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (a TEXT, b TEXT)")));
    }

    void matches_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<bool>("expected");
        const QStringList row {QStringLiteral("dose_mg"), QStringLiteral("Dose in mg, 100% pure")};
        QTest::newRow("empty matches all") << "" << row << true;
        QTest::newRow("blank matches all") << "   " << row << true;
        QTest::newRow("substring") << "ose" << row << true;
        QTest::newRow("ignores case") << "DOSE_MG" << row << true;
        QTest::newRow("any column") << "pure" << row << true;
        QTest::newRow("all words") << "dose pure" << row << true;
        QTest::newRow("one word missing") << "dose cell" << row << false;
        QTest::newRow("words across columns") << "mg, 100" << row << true;
        QTest::newRow("percent is literal") << "100%" << row << true;
        QTest::newRow("percent not wildcard") << "d%g" << row << false;
        QTest::newRow("underscore literal") << "e_m" << row << true;
        QTest::newRow("underscore not wildcard") << "dose_in" << row << false;
        QTest::newRow("no match") << "gene" << row << false;
        QTest::newRow("quote") << "it's" << QStringList {QStringLiteral("it's fine")} << true;
        QTest::newRow("backslash") << "a\\b" << QStringList {QStringLiteral("xa\\by")} << true;
    }

    void matches()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, cells);
        QFETCH(bool, expected);
        const RecordFilter rule(filter);
        QCOMPARE(rule.matches(cells), expected);

        // The SQL translation gives the same answer on the same row.
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("filter"));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DELETE FROM t")));
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?)")));
        query.addBindValue(cells.value(0));
        query.addBindValue(cells.value(1));
        QVERIFY(query.exec());
        const RecordFilter::SqlWhere where = rule.where({QStringLiteral("a"), QStringLiteral("b")},
                                                        SqlDialect(SqlDialect::Kind::Sqlite));
        QString sql = QStringLiteral("SELECT COUNT(*) FROM t");
        if (!where.clause.isEmpty())
            sql += QStringLiteral(" WHERE ") + where.clause;
        QVERIFY(query.prepare(sql));
        for (const QVariant &value : where.values)
            query.addBindValue(value);
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toInt() == 1, expected);
    }

    void whereBindsEveryValue()
    {
        const RecordFilter rule(QStringLiteral("x y"));
        const RecordFilter::SqlWhere where
            = rule.where({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                         SqlDialect(SqlDialect::Kind::Postgres));
        QCOMPARE(where.values.size(), 6);
        QCOMPARE(where.clause.count(QLatin1Char('?')), 6);
        QVERIFY(where.clause.contains(QLatin1StringView("ILIKE")));
        // The words travel as bound values, never inside the SQL text.
        QCOMPARE(where.values.first().toString(), QStringLiteral("%x%"));
        QVERIFY(!where.clause.contains(QLatin1StringView("%x%")));
    }

    // A column with its own condition binds the word once per %1; a word with '/' tests the
    // expression instead where the condition holds for words without one only.
    void columnConditions()
    {
        const QList<RecordFilter::Column> columns {
            {QStringLiteral("f.path || t.name"),
             QStringLiteral("(t.name%1 OR t.folder IN (SELECT o FROM f WHERE p%1))"), true},
            {QStringLiteral("u.handle"),
             QStringLiteral("t.user IN (SELECT id FROM u WHERE handle%1)")}};
        const RecordFilter::SqlWhere plain
            = RecordFilter(QStringLiteral("plate"))
                  .where(columns, SqlDialect(SqlDialect::Kind::Sqlite));
        QCOMPARE(
            plain.clause,
            QStringLiteral("((t.name LIKE ? ESCAPE '\\' OR t.folder IN (SELECT o FROM f WHERE p "
                           "LIKE ? ESCAPE '\\')) "
                           "OR t.user IN (SELECT id FROM u WHERE handle LIKE ? ESCAPE '\\'))"));
        QCOMPARE(plain.values, QVariantList(3, QStringLiteral("%plate%")));
        const RecordFilter::SqlWhere slash
            = RecordFilter(QStringLiteral("a/b"))
                  .where(columns, SqlDialect(SqlDialect::Kind::Postgres));
        QCOMPARE(
            slash.clause,
            QStringLiteral("(f.path || t.name ILIKE ? ESCAPE '\\' "
                           "OR t.user IN (SELECT id FROM u WHERE handle ILIKE ? ESCAPE '\\'))"));
        QCOMPARE(slash.values.size(), 2);
    }

    void escapeLike()
    {
        QCOMPARE(RecordFilter::escapeLike(QStringLiteral("a%b_c\\d")),
                 QStringLiteral("a\\%b\\_c\\\\d"));
    }

    void equality()
    {
        QVERIFY(RecordFilter(QStringLiteral(" a  b ")) == RecordFilter(QStringLiteral("a b")));
        QVERIFY(!(RecordFilter(QStringLiteral("a")) == RecordFilter(QStringLiteral("b"))));
    }
};

QTEST_GUILESS_MAIN(TestRecordFilter)
#include "tst_recordfilter.moc"
