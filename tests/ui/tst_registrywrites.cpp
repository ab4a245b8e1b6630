// The window's writes: on a worker, and a long one stopped by its progress dialog's Cancel with
// nothing of it written, on both backends.

#include "model/db/Registry.h"
#include "model/db/SqlErrors.h"
#include "model/db/Transaction.h"
#include "model/features/FeatureStore.h"
#include "tests/support/BackendTest.h"
#include "ui/RegistrySession.h"
#include "ui/RegistryWrites.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QWidget>

using namespace fd;

class TestRegistryWrites : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    QString m_backend;

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void init()
    {
        FD_BACKEND_INIT(m_registries, m_location);
        QFETCH_GLOBAL(QString, backend);
        m_backend = backend;
    }

    void cancelStopsALongWriteAndWritesNothing()
    {
        RegistrySession session;
        FD_VERIFY_OK(session.open(m_location, true));
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RegistryWrites writes(&session, &window, QStringLiteral("Test"));
        // A feature added, then a statement that would run for a minute: one transaction.
        const QString slow = m_backend == QLatin1StringView("postgresql")
            ? QStringLiteral("SELECT pg_sleep(60)")
            : QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                             "WHERE x < 400000000) SELECT count(*) FROM c");
        std::optional<Status> outcome;
        writes.write(
            QStringLiteral("Writing slowly…"), {RegistryTable::Features},
            [slow](Registry &registry) -> Status {
                Transaction transaction(registry.database());
                if (Status begun = transaction.begin(QStringLiteral("write")); !begun)
                    return begun;
                if (auto added = FeatureStore(registry).add(
                        {QStringLiteral("never_kept"), QStringLiteral("int"), {}, {}, {}});
                    !added)
                    return added.error();
                QSqlQuery query(registry.database());
                if (!query.exec(slow))
                    return sqlError(query, QStringLiteral("wait"));
                return transaction.commit();
            },
            [&outcome](const Status &status) { outcome = status; });
        QVERIFY(writes.isBusy());
        QProgressDialog *progress = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (progress = window.findChild<QProgressDialog *>()) && progress->isVisible(), 10000);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        // Stopped: it ends long before the statement would have.
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QVERIFY(!*outcome);
        QCOMPARE(outcome->error().code, Error::Code::Cancelled);
        QVERIFY2(outcome->error().message.contains(QStringLiteral("nothing")),
                 qPrintable(outcome->error().message));
        QVERIFY(!writes.isBusy());
        // Nothing of it was written, and the next write goes through.
        Result<std::unique_ptr<Registry>> own = Registry::open(*session.location());
        FD_VERIFY_OK(own);
        QVERIFY(!FeatureStore(**own).findByName(QStringLiteral("never_kept")));
        std::optional<Status> next;
        writes.write(
            QStringLiteral("Writing…"), {RegistryTable::Features},
            [](Registry &registry) -> Status {
                auto added = FeatureStore(registry).add(
                    {QStringLiteral("kept"), QStringLiteral("int"), {}, {}, {}});
                return added ? Status() : Status(added.error());
            },
            [&next](const Status &status) { next = status; });
        QTRY_VERIFY_WITH_TIMEOUT(next.has_value(), 20000);
        FD_VERIFY_OK(*next);
        QVERIFY(FeatureStore(**own).findByName(QStringLiteral("kept")));
    }
};

QTEST_MAIN(TestRegistryWrites)
#include "tst_registrywrites.moc"
