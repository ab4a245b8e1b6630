// Comparing two artifacts slot by slot, on SQLite and PostgreSQL: the same set (concatenable), two
// overlapping sets (shared, only in A, only in B), and a slot only one of them has.

#include "model/ArtifactComparison.h"
#include "model/ArtifactStore.h"
#include "model/FeatureSetStore.h"
#include "model/FeatureStore.h"
#include "model/Registry.h"
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
        const Result<ArtifactStore::Registered> registered = ArtifactStore(*m_registry).registerFile(path);
        return registered ? registered->artifact.uid : QString();
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry); }
    void cleanup() { m_registry.reset(); }

    void slotBySlot()
    {
        FeatureStore features(*m_registry);
        QHash<QString, QString> uid;
        for (const char *name : {"a", "b", "c", "d"}) {
            const Result<FeatureRecord> added = features.add({QString::fromLatin1(name), QStringLiteral("str"), {}, {}, {}});
            FD_VERIFY_OK(added);
            uid.insert(added->name, added->uid);
        }
        FeatureSetStore sets(*m_registry);
        const auto make = [&](const QString &name, const QStringList &members) {
            QStringList uids;
            for (const QString &member : members)
                uids.append(uid.value(member));
            const Result<FeatureSetStore::Created> created = sets.create({name, MemberRegistry::Feature, uids, {}, {}});
            return created ? created->set.uid : QString();
        };
        const QString abc = make(QStringLiteral("abc"), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        const QString bcd = make(QStringLiteral("bcd"), {QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
        const QString first = registerFile(QStringLiteral("first.csv"));
        const QString second = registerFile(QStringLiteral("second.csv"));
        QVERIFY(!abc.isEmpty() && !bcd.isEmpty() && !first.isEmpty() && !second.isEmpty());
        ArtifactStore artifacts(*m_registry);
        FD_VERIFY_OK(artifacts.attach({first, second}, QStringLiteral("columns"), abc));
        FD_VERIFY_OK(artifacts.attach({first}, QStringLiteral("var"), abc));
        FD_VERIFY_OK(artifacts.attach({second}, QStringLiteral("var"), bcd));
        FD_VERIFY_OK(artifacts.attach({first}, QStringLiteral("obs"), bcd));

        const Result<QList<SlotComparison>> compared = ArtifactComparison::compare(*m_registry, first, second);
        FD_VERIFY_OK(compared);
        QCOMPARE(compared->size(), 3); // columns, obs, var
        const SlotComparison &columns = compared->at(0);
        QCOMPARE(columns.slot, QStringLiteral("columns"));
        QVERIFY(columns.same);
        QCOMPARE(names(columns.shared), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QVERIFY(columns.onlyA.isEmpty() && columns.onlyB.isEmpty());
        const SlotComparison &obs = compared->at(1);
        QCOMPARE(obs.setB, QString());
        QVERIFY(!obs.same);
        QCOMPARE(obs.onlyA.size(), 3);
        const SlotComparison &var = compared->at(2);
        QVERIFY(!var.same);
        QCOMPARE(names(var.shared), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(names(var.onlyA), QStringList{QStringLiteral("a")});
        QCOMPARE(names(var.onlyB), QStringList{QStringLiteral("d")});

        const Result<QList<SlotComparison>> missing = ArtifactComparison::compare(*m_registry, first, QStringLiteral("nope"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestArtifactComparison)
#include "tst_artifactcomparison.moc"
