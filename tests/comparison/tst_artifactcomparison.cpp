// Comparing two artifacts slot by slot, on SQLite and PostgreSQL: the same set (concatenable), two
// overlapping sets (shared, only in A, only in B), and a slot only one of them has; and two sets
// compared directly.

#include "model/artifacts/ArtifactStore.h"
#include "model/comparison/ArtifactComparison.h"
#include "model/db/Registry.h"
#include "model/features/FeatureStore.h"
#include "model/sets/FeatureSetStore.h"
#include "tests/support/BackendTest.h"

#include <QFile>

using namespace fd;

namespace {

QStringList names(const QList<SetMember> &members)
{
    QStringList list;
    for (const SetMember &member : members)
        list.append(member.name);
    return list;
}

} // namespace

class TestArtifactComparison : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<Registry> m_registry;

    QString registerFile(const QString &name)
    {
        const QString path = m_registries.tempPath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(name.toUtf8());
        file.close();
        const Result<ArtifactStore::Registered> registered
            = ArtifactStore(*m_registry).registerFile(path);
        return registered ? registered->artifact.uid : QString();
    }

    // Features a, b, c, d and the sets abc and bcd; their uids by name.
    QHash<QString, QString> makeSets()
    {
        FeatureStore features(*m_registry);
        QHash<QString, QString> uid;
        for (const char *name : {"a", "b", "c", "d"}) {
            const Result<FeatureRecord> added
                = features.add({QString::fromLatin1(name), QStringLiteral("str"), {}, {}, {}});
            if (!added) {
                qWarning() << added.error().message;
                return {};
            }
            uid.insert(added->name, added->uid);
        }
        FeatureSetStore sets(*m_registry);
        QHash<QString, QString> setUids;
        const auto make = [&](const QString &name, const QStringList &members) {
            QStringList uids;
            for (const QString &member : members)
                uids.append(uid.value(member));
            const Result<FeatureSetStore::Created> created
                = sets.create({name, MemberRegistry::Feature, uids, {}, {}});
            if (!created)
                qWarning() << created.error().message;
            setUids.insert(name, created ? created->set.uid : QString());
        };
        make(QStringLiteral("abc"),
             {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        make(QStringLiteral("bcd"),
             {QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
        make(QStringLiteral("all"),
             {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
        return setUids;
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry); }
    void cleanup() { m_registry.reset(); }

    void slotBySlot()
    {
        const QHash<QString, QString> setUids = makeSets();
        const QString abc = setUids.value(QStringLiteral("abc"));
        const QString bcd = setUids.value(QStringLiteral("bcd"));
        const QString all = setUids.value(QStringLiteral("all"));
        const QString first = registerFile(QStringLiteral("first.csv"));
        const QString second = registerFile(QStringLiteral("second.csv"));
        QVERIFY(!abc.isEmpty() && !bcd.isEmpty() && !all.isEmpty() && !first.isEmpty()
                && !second.isEmpty());
        ArtifactStore artifacts(*m_registry);
        // A set goes under one slot of an artifact at most (as in LaminDB).
        FD_VERIFY_OK(artifacts.attach({first, second}, QStringLiteral("columns"), all));
        FD_VERIFY_OK(artifacts.attach({first}, QStringLiteral("var"), abc));
        FD_VERIFY_OK(artifacts.attach({second}, QStringLiteral("var"), bcd));
        FD_VERIFY_OK(artifacts.attach({first}, QStringLiteral("obs"), bcd));

        const Result<QList<SlotComparison>> compared
            = ArtifactComparison::compare(*m_registry, first, second);
        FD_VERIFY_OK(compared);
        QCOMPARE(compared->size(), 3); // columns, obs, var
        const SlotComparison &columns = compared->at(0);
        QCOMPARE(columns.slot, QStringLiteral("columns"));
        QVERIFY(columns.same);
        QCOMPARE(columns.setNameA, QStringLiteral("all"));
        QCOMPARE(columns.setNameB, QStringLiteral("all"));
        QCOMPARE(names(columns.shared),
                 (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                               QStringLiteral("d")}));
        QVERIFY(columns.onlyA.isEmpty() && columns.onlyB.isEmpty());
        const SlotComparison &obs = compared->at(1);
        QCOMPARE(obs.setB, QString());
        QCOMPARE(obs.setNameA, QStringLiteral("bcd"));
        QCOMPARE(obs.setNameB, QString());
        QVERIFY(!obs.same);
        QCOMPARE(obs.onlyA.size(), 3);
        const SlotComparison &var = compared->at(2);
        QVERIFY(!var.same);
        QCOMPARE(var.setNameA, QStringLiteral("abc"));
        QCOMPARE(var.setNameB, QStringLiteral("bcd"));
        QCOMPARE(var.members(MemberSide::OnlyB).size(), 1);
        QCOMPARE(names(var.shared), (QStringList {QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(names(var.onlyA), QStringList {QStringLiteral("a")});
        QCOMPARE(names(var.onlyB), QStringList {QStringLiteral("d")});

        const Result<QList<SlotComparison>> missing
            = ArtifactComparison::compare(*m_registry, first, QStringLiteral("nope"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    void setToSet_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::addColumn<QStringList>("shared");
        QTest::addColumn<QStringList>("onlyA");
        QTest::addColumn<QStringList>("onlyB");
        const QString abc = QStringLiteral("abc");
        const QString bcd = QStringLiteral("bcd");
        const QString a = QStringLiteral("a"), b = QStringLiteral("b"), c = QStringLiteral("c"),
                      d = QStringLiteral("d");
        QTest::newRow("overlapping")
            << abc << bcd << false << QStringList {b, c} << QStringList {a} << QStringList {d};
        QTest::newRow("reversed") << bcd << abc << false << QStringList {b, c} << QStringList {d}
                                  << QStringList {a};
        QTest::newRow("same set") << abc << abc << true << QStringList {a, b, c} << QStringList()
                                  << QStringList();
    }

    void setToSet()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QFETCH(QStringList, shared);
        QFETCH(QStringList, onlyA);
        QFETCH(QStringList, onlyB);
        const QHash<QString, QString> setUids = makeSets();
        QVERIFY(!setUids.value(a).isEmpty() && !setUids.value(b).isEmpty());
        const Result<SlotComparison> compared
            = ArtifactComparison::compareSets(*m_registry, setUids.value(a), setUids.value(b));
        FD_VERIFY_OK(compared);
        QCOMPARE(compared->slot, QString());
        QCOMPARE(compared->setA, setUids.value(a));
        QCOMPARE(compared->setB, setUids.value(b));
        QCOMPARE(compared->setNameA, a);
        QCOMPARE(compared->setNameB, b);
        QCOMPARE(compared->same, same);
        QCOMPARE(names(compared->shared), shared);
        QCOMPARE(names(compared->onlyA), onlyA);
        QCOMPARE(names(compared->onlyB), onlyB);
    }

    void setToSetRefusals()
    {
        const QHash<QString, QString> setUids = makeSets();
        const QString abc = setUids.value(QStringLiteral("abc"));
        QVERIFY(!abc.isEmpty());
        const Result<SlotComparison> missing
            = ArtifactComparison::compareSets(*m_registry, abc, QStringLiteral("nope"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY2(missing.error().message.contains(QStringLiteral("nope")),
                 qPrintable(missing.error().message));
        const Result<SlotComparison> empty
            = ArtifactComparison::compareSets(*m_registry, QString(), abc);
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, Error::Code::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestArtifactComparison)
#include "tst_artifactcomparison.moc"
