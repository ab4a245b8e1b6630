// PgTextArray: the text[] literal that binds a list as one parameter. Every element is quoted;
// quotes and backslashes inside are escaped (values without them are copied whole), empty text is
// NULL; and PostgreSQL reads back exactly the values that were sent.

#include "model/db/PgTextArray.h"
#include "model/db/Registry.h"
#include "tests/support/BackendTest.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace fd;

class TestPgTextArray : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;

private Q_SLOTS:
    void literal_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("literal");
        QTest::newRow("none") << QStringList {} << QStringLiteral("{}");
        QTest::newRow("uids") << QStringList {QStringLiteral("7IkHKPl0ScQR"),
                                              QStringLiteral("2MkwyRXsds9C")}
                              << QStringLiteral("{\"7IkHKPl0ScQR\",\"2MkwyRXsds9C\"}");
        QTest::newRow("empty is NULL")
            << QStringList {QStringLiteral("a"), QString()} << QStringLiteral("{\"a\",NULL}");
        QTest::newRow("quotes") << QStringList {QStringLiteral("say \"hi\"")}
                                << QStringLiteral("{\"say \\\"hi\\\"\"}");
        QTest::newRow("backslashes")
            << QStringList {QStringLiteral("C:\\data\\")} << QStringLiteral("{\"C:\\\\data\\\\\"}");
        QTest::newRow("delimiters stay as they are")
            << QStringList {QStringLiteral("{a, b}"), QStringLiteral("x")}
            << QStringLiteral("{\"{a, b}\",\"x\"}");
    }

    void literal()
    {
        QFETCH(QStringList, values);
        QFETCH(QString, literal);
        QCOMPARE(PgTextArray::of(values), literal);
    }

    void readBackAsSent()
    {
        const QString reason = m_registries.skipReason(QStringLiteral("postgresql"));
        if (!reason.isEmpty()) {
            if (qEnvironmentVariableIntValue("FEATUREDESK_TEST_PG_REQUIRED"))
                QFAIL(qPrintable(reason));
            QSKIP(qPrintable(reason));
        }
        const QString location = m_registries.freshLocation(QStringLiteral("postgresql"));
        Registry::OpenOptions options;
        options.createIfMissing = true;
        Result<std::unique_ptr<Registry>> registry
            = Registry::open(*RegistryLocation::parse(location), options);
        FD_VERIFY_OK(registry);
        const QStringList values {QStringLiteral("plain"),
                                  QStringLiteral("say \"hi\""),
                                  QStringLiteral("C:\\data\\n"),
                                  QStringLiteral("{a, b}"),
                                  QStringLiteral("NULL"),
                                  QStringLiteral("Größe – 細胞 🧬"),
                                  QString()};
        QSqlQuery query((*registry)->database());
        QVERIFY(query.prepare(QStringLiteral("SELECT j.value FROM unnest(CAST(? AS TEXT[])) "
                                             "WITH ORDINALITY AS j(value, i) ORDER BY j.i")));
        query.addBindValue(PgTextArray::of(values));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QStringList read;
        while (query.next())
            read.append(query.value(0).isNull() ? QString() : query.value(0).toString());
        QCOMPARE(read, values);
        query.finish();
    }
};

QTEST_GUILESS_MAIN(TestPgTextArray)
#include "tst_pgtextarray.moc"
