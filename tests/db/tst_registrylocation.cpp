#include "model/db/RegistryLocation.h"

#include <QDir>
#include <QTest>

using namespace fd;

class TestRegistryLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("display");

        QTest::newRow("absolute file")
            << "/tmp/lab/registry.sqlite" << true << false << "" << 5432 << ""
            << ""
            << "/tmp/lab/registry.sqlite";
        QTest::newRow("full url") << "postgresql://alice@db.lab:6543/features" << true << true
                                  << "db.lab" << 6543 << "alice"
                                  << "features"
                                  << "postgresql://alice@db.lab:6543/features";
        QTest::newRow("default port")
            << "postgresql://bob@127.0.0.1/reg" << true << true << "127.0.0.1" << 5432 << "bob"
            << "reg"
            << "postgresql://bob@127.0.0.1:5432/reg";
        QTest::newRow("password hidden")
            << "postgresql://carol:secret@h:1/d" << true << true << "h" << 1 << "carol"
            << "d"
            << "postgresql://carol@h:1/d";
        QTest::newRow("postgres scheme") << "postgres://u@h:2/d" << true << true << "h" << 2 << "u"
                                         << "d"
                                         << "postgresql://u@h:2/d";
        QTest::newRow("no database") << "postgresql://u@h:2/" << false << true << "" << 0 << ""
                                     << ""
                                     << "";
        QTest::newRow("no host") << "postgresql:///d" << false << true << "" << 0 << ""
                                 << ""
                                 << "";
        QTest::newRow("other scheme") << "mysql://u@h/d" << false << false << "" << 0 << ""
                                      << ""
                                      << "";
        QTest::newRow("empty") << "   " << false << false << "" << 0 << ""
                               << ""
                               << "";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(bool, postgres);
        const Result<RegistryLocation> location = RegistryLocation::parse(text);
        QCOMPARE(location.ok(), ok);
        if (!ok) {
            QVERIFY(!location.error().message.isEmpty());
            QVERIFY(!location.error().message.contains(QLatin1StringView("secret")));
            return;
        }
        QCOMPARE(location->isPostgres(), postgres);
        QTEST(location->displayText(), "display");
        if (postgres) {
            QTEST(location->host(), "host");
            QTEST(location->port(), "port");
            QTEST(location->user(), "user");
            QTEST(location->database(), "database");
        }
    }

    void relativePathBecomesAbsolute()
    {
        const Result<RegistryLocation> location
            = RegistryLocation::parse(QStringLiteral("reg.sqlite"));
        QVERIFY(location.ok());
        QCOMPARE(location->filePath(),
                 QDir::current().absoluteFilePath(QStringLiteral("reg.sqlite")));
    }

    void defaultLocation()
    {
        qunsetenv("FEATUREDESK_REGISTRY");
        const QString fallback = RegistryLocation::defaultLocationText();
        QVERIFY(fallback.endsWith(QLatin1StringView("/FeatureDesk/registry.sqlite")));
        qputenv("FEATUREDESK_REGISTRY", "postgresql://x@y:3/z");
        QCOMPARE(RegistryLocation::defaultLocationText(), QStringLiteral("postgresql://x@y:3/z"));
        qunsetenv("FEATUREDESK_REGISTRY");
        QCOMPARE(RegistryLocation::defaultLocationText(), fallback);
    }
};

QTEST_GUILESS_MAIN(TestRegistryLocation)
#include "tst_registrylocation.moc"
