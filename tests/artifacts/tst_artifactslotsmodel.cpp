// The slots of one artifact as the details beside the artifacts view show them: read from a real
// registry (SQLite and PostgreSQL), in slot order, with each set's name and size; an artifact that
// is not there is an error, not an empty list.

#include "model/artifacts/ArtifactSlotsModel.h"
#include "model/artifacts/ArtifactStore.h"
#include "model/db/Registry.h"
#include "model/features/FeatureStore.h"
#include "model/sets/FeatureSetStore.h"
#include "tests/support/BackendTest.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>

using namespace fd;

class TestArtifactSlotsModel : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<Registry> m_registry;

    QString registerFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_registries.tempPath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        file.close();
        const Result<ArtifactStore::Registered> registered
            = ArtifactStore(*m_registry).registerFile(path);
        return registered ? registered->artifact.uid : QString();
    }

    QString makeSet(const QString &name, const QStringList &featureNames)
    {
        QStringList uids;
        for (const QString &feature : featureNames) {
            const Result<FeatureRecord> added
                = FeatureStore(*m_registry).add({feature, QStringLiteral("str"), {}, {}, {}});
            if (!added)
                return {};
            uids.append(added->uid);
        }
        const Result<FeatureSetStore::Created> created
            = FeatureSetStore(*m_registry).create({name, MemberRegistry::Feature, uids, {}, {}});
        return created ? created->set.uid : QString();
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void init() { FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry); }

    void cleanup() { m_registry.reset(); }

    void readsSlotsInOrder()
    {
        const QString artifact = registerFile(QStringLiteral("samples.csv"), "a,b\n1,2\n");
        QVERIFY(!artifact.isEmpty());
        const QString columns = makeSet(QStringLiteral("sheet"),
                                        {QStringLiteral("cell_type"), QStringLiteral("dose_mg")});
        const QString obs = makeSet(QStringLiteral("donors"), {QStringLiteral("donor")});
        QVERIFY(!columns.isEmpty() && !obs.isEmpty());
        ArtifactStore store(*m_registry);
        FD_VERIFY_OK(store.attach({artifact}, QStringLiteral("obs"), obs));
        FD_VERIFY_OK(store.attach({artifact}, QStringLiteral("columns"), columns));

        const Result<ArtifactSlotsModel::Slots> slots
            = ArtifactSlotsModel::read(*m_registry, artifact);
        FD_VERIFY_OK(slots);
        QCOMPARE(slots->artifact.uid, artifact);
        QCOMPARE(slots->artifact.key, QStringLiteral("samples.csv"));
        QCOMPARE(slots->rows.size(), 2);

        ArtifactSlotsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSlots(*slots);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ArtifactSlotsModel::ColumnCount));
        // Slots in their order, whatever order they were attached in.
        QCOMPARE(model.slotAt(0), QStringLiteral("columns"));
        QCOMPARE(model.slotAt(1), QStringLiteral("obs"));
        QCOMPARE(model.slotAt(2), QString());
        QCOMPARE(model.index(0, ArtifactSlotsModel::SetName).data().toString(),
                 QStringLiteral("sheet"));
        QCOMPARE(model.index(0, ArtifactSlotsModel::Members).data().toString(),
                 QStringLiteral("2"));
        QCOMPARE(model.index(0, ArtifactSlotsModel::SetUid).data().toString(), columns);
        QCOMPARE(model.index(1, ArtifactSlotsModel::SetName).data().toString(),
                 QStringLiteral("donors"));
        QCOMPARE(model.index(1, ArtifactSlotsModel::Members).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.headerData(ArtifactSlotsModel::SetUid, Qt::Horizontal).toString(),
                 QStringLiteral("Set UID"));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.artifact().uid.isEmpty());
    }

    void artifactWithoutSlots()
    {
        const QString artifact = registerFile(QStringLiteral("empty.tsv"), "x\n");
        QVERIFY(!artifact.isEmpty());
        const Result<ArtifactSlotsModel::Slots> slots
            = ArtifactSlotsModel::read(*m_registry, artifact);
        FD_VERIFY_OK(slots);
        QVERIFY(slots->rows.isEmpty());
    }

    void unknownArtifactIsAnError()
    {
        const Result<ArtifactSlotsModel::Slots> slots
            = ArtifactSlotsModel::read(*m_registry, QStringLiteral("0123456789abcdef0000"));
        QVERIFY(!slots);
        QCOMPARE(slots.error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestArtifactSlotsModel)
#include "tst_artifactslotsmodel.moc"
