// The Compare view offscreen, on both backends: three registered files with sets attached, the
// slots table and the chart reading the same model, the members of a slot filtered by side and
// text, another artifact as B, two sets compared directly, a failed comparison, and the export;
// the comparisons run on a worker: "comparing" until the answer, an answer for an older B dropped.

#include "model/artifacts/ArtifactStore.h"
#include "model/comparison/ArtifactComparison.h"
#include "model/comparison/ComparisonMembersModel.h"
#include "model/comparison/ComparisonModel.h"
#include "model/features/FeatureStore.h"
#include "model/sets/FeatureSetStore.h"
#include "tests/support/BackendTest.h"
#include "ui/ComparisonDialog.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPushButton>
#include <QSemaphore>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace fd;

namespace {

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

QAbstractBarSeries *seriesOf(const ComparisonDialog &dialog)
{
    return qobject_cast<QAbstractBarSeries *>(dialog.chartView()->chart()->series().value(0));
}

// Every bar of every set is the model's count in that set's column and the slot's row.
bool chartMatchesModel(const ComparisonDialog &dialog, QString *why)
{
    const ComparisonModel *model = dialog.comparisonModel();
    QAbstractBarSeries *series = seriesOf(dialog);
    if (!series) {
        *why = QStringLiteral("no bar series");
        return false;
    }
    const int expectedSets = model->rowCount() > 0 ? 3 : 0;
    if (series->barSets().size() != expectedSets) {
        *why = QStringLiteral("%1 bar sets").arg(series->barSets().size());
        return false;
    }
    for (int i = 0; i < expectedSets; ++i) {
        QBarSet *set = series->barSets().at(i);
        const int column = ComparisonModel::Shared + i;
        if (set->label() != model->headerData(column, Qt::Horizontal).toString()) {
            *why = QStringLiteral("set %1 is labelled %2").arg(i).arg(set->label());
            return false;
        }
        if (set->count() != model->rowCount()) {
            *why = QStringLiteral("set %1 has %2 bars").arg(i).arg(set->count());
            return false;
        }
        // The chart draws the first slot at the top, that is, last.
        for (int row = 0; row < model->rowCount(); ++row)
            if (set->at(model->rowCount() - 1 - row)
                != model->index(row, column).data().toDouble()) {
                *why = QStringLiteral("set %1 row %2: %3")
                           .arg(i)
                           .arg(row)
                           .arg(set->at(model->rowCount() - 1 - row));
                return false;
            }
    }
    return true;
}

} // namespace

class TestComparisonDialog : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    std::unique_ptr<Registry> m_registry;
    QList<ComparisonDialog::Candidate> m_artifacts; // first, second, third
    QHash<QString, QString> m_sets; // name -> uid

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
        if (!registered)
            qWarning() << registered.error().message;
        return registered ? registered->artifact.uid : QString();
    }

    // Where the comparisons run: a connection of the dialog's worker to the test's registry.
    ComparisonDialog::Location location() const
    {
        return [location = m_registry->location()] {
            return std::optional<RegistryLocation>(location);
        };
    }

    static ComparisonDialog::CompareArtifacts compareArtifacts()
    {
        return [](Registry &registry, const QString &a, const QString &b) {
            return ArtifactComparison::compare(registry, a, b);
        };
    }

    // The dialog compares on a worker: its answer, once it is in.
    static bool compared(const ComparisonDialog &dialog)
    {
        return QTest::qWaitFor([&dialog] { return !dialog.isComparing(); }, 15000);
    }

    void grab(QWidget &widget, const QString &name)
    {
        // FEATUREDESK_GRAB_DIR=/tmp/cmp keeps pictures of the dialog for a look.
        const QString dir = qEnvironmentVariable("FEATUREDESK_GRAB_DIR");
        if (dir.isEmpty())
            return;
        QFETCH_GLOBAL(QString, backend);
        QDir().mkpath(dir);
        widget.grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, backend)));
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void init()
    {
        FD_BACKEND_INIT_REGISTRY(m_registries, m_location, m_registry);
        FeatureStore features(*m_registry);
        QHash<QString, QString> uid;
        for (const char *name : {"alpha", "beta", "gamma", "delta", "epsilon"}) {
            const Result<FeatureRecord> added
                = features.add({QString::fromLatin1(name), QStringLiteral("str"), {}, {}, {}});
            FD_VERIFY_OK(added);
            uid.insert(added->name, added->uid);
        }
        FeatureSetStore sets(*m_registry);
        const auto make = [&](const QString &name, const QStringList &members) {
            QStringList uids;
            for (const QString &member : members)
                uids.append(uid.value(member));
            const Result<FeatureSetStore::Created> created
                = sets.create({name, MemberRegistry::Feature, uids, {}, {}});
            if (!created)
                qWarning() << created.error().message;
            m_sets.insert(name, created ? created->set.uid : QString());
        };
        make(QStringLiteral("abc"),
             {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")});
        make(QStringLiteral("bcd"),
             {QStringLiteral("beta"), QStringLiteral("gamma"), QStringLiteral("delta")});
        make(QStringLiteral("de"), {QStringLiteral("delta"), QStringLiteral("epsilon")});
        make(QStringLiteral("ab"), {QStringLiteral("alpha"), QStringLiteral("beta")});
        m_artifacts.clear();
        for (const char *name : {"first.csv", "second.csv", "third.csv"})
            m_artifacts.append(
                {registerFile(QString::fromLatin1(name)), QString::fromLatin1(name)});
        for (const ComparisonDialog::Candidate &artifact : std::as_const(m_artifacts))
            QVERIFY(!artifact.uid.isEmpty());
        QVERIFY(!m_sets.value(QStringLiteral("abc")).isEmpty()
                && !m_sets.value(QStringLiteral("bcd")).isEmpty());
        const QString first = m_artifacts.at(0).uid, second = m_artifacts.at(1).uid,
                      third = m_artifacts.at(2).uid;
        ArtifactStore artifacts(*m_registry);
        // A set goes under one slot of an artifact at most (as in LaminDB).
        FD_VERIFY_OK(artifacts.attach({first, second}, QStringLiteral("columns"),
                                      m_sets.value(QStringLiteral("ab"))));
        FD_VERIFY_OK(artifacts.attach({third}, QStringLiteral("columns"),
                                      m_sets.value(QStringLiteral("bcd"))));
        FD_VERIFY_OK(artifacts.attach({first, third}, QStringLiteral("var"),
                                      m_sets.value(QStringLiteral("abc"))));
        FD_VERIFY_OK(
            artifacts.attach({second}, QStringLiteral("var"), m_sets.value(QStringLiteral("bcd"))));
        FD_VERIFY_OK(
            artifacts.attach({first}, QStringLiteral("obs"), m_sets.value(QStringLiteral("de"))));
    }

    void cleanup()
    {
        m_registry.reset();
        m_sets.clear();
    }

    void slotsChartAndMembers()
    {
        ComparisonDialog dialog(m_artifacts, location(), compareArtifacts());
        QAbstractItemModelTester slotsTester(
            dialog.comparisonModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester membersTester(
            dialog.membersProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.subject(), ComparisonDialog::Subject::Artifacts);
        QVERIFY(compared(dialog));

        // first vs second: columns the same set, obs only in first, var abc against bcd.
        const ComparisonModel *model = dialog.comparisonModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(column(model, ComparisonModel::Slot),
                 (QStringList {QStringLiteral("columns"), QStringLiteral("obs"),
                               QStringLiteral("var")}));
        QCOMPARE(column(model, ComparisonModel::Verdict),
                 (QStringList {QStringLiteral("same set: can be concatenated"),
                               QStringLiteral("only A has this slot"),
                               QStringLiteral("different sets")}));
        QCOMPARE(column(model, ComparisonModel::SetA),
                 (QStringList {QStringLiteral("ab"), QStringLiteral("de"), QStringLiteral("abc")}));
        QCOMPARE(
            column(model, ComparisonModel::SetB),
            (QStringList {QStringLiteral("ab"), QStringLiteral("none"), QStringLiteral("bcd")}));
        QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("Different in 2 of 3 slot")),
                 qPrintable(dialog.summaryLabel()->text()));
        QString why;
        QVERIFY2(chartMatchesModel(dialog, &why), qPrintable(why));
        auto *categories = qobject_cast<QBarCategoryAxis *>(
            dialog.chartView()->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(categories);
        QStringList bottomUp = column(model, ComparisonModel::Slot);
        std::reverse(bottomUp.begin(), bottomUp.end());
        QCOMPARE(categories->categories(), bottomUp);
        // With three artifacts, B is chosen from the other two.
        QVERIFY(dialog.candidateBBox()->isVisibleTo(&dialog));
        QCOMPARE(dialog.candidateBBox()->count(), 2);

        // The first slot that differs is selected: obs, all only in A.
        QCOMPARE(dialog.slotsView()->currentIndex().row(), 1);
        QCOMPARE(dialog.membersProxy()->rowCount(), 2);
        dialog.slotsView()->setCurrentIndex(model->index(2, ComparisonModel::Slot));
        QCOMPARE(dialog.membersProxy()->rowCount(), 4);
        QCOMPARE(column(dialog.membersProxy(), ComparisonMembersModel::Where),
                 (QStringList {QStringLiteral("shared"), QStringLiteral("shared"),
                               QStringLiteral("only in A"), QStringLiteral("only in B")}));
        QCOMPARE(dialog.sideBox()->itemText(1), QStringLiteral("only in A (1)"));

        // Show: only in B, then only in A; the filter box on top of it.
        dialog.sideBox()->setCurrentIndex(2);
        QCOMPARE(column(dialog.membersProxy(), ComparisonMembersModel::Name),
                 QStringList {QStringLiteral("delta")});
        dialog.sideBox()->setCurrentIndex(1);
        QCOMPARE(column(dialog.membersProxy(), ComparisonMembersModel::Name),
                 QStringList {QStringLiteral("alpha")});
        dialog.sideBox()->setCurrentIndex(0);
        QTest::keyClicks(dialog.filterEdit(), QStringLiteral("GAM"));
        QCOMPARE(column(dialog.membersProxy(), ComparisonMembersModel::Name),
                 QStringList {QStringLiteral("gamma")});
        dialog.sideBox()->setCurrentIndex(3); // shared: gamma still
        QCOMPARE(dialog.membersProxy()->rowCount(), 1);
        dialog.sideBox()->setCurrentIndex(1); // only in A: not gamma
        QCOMPARE(dialog.membersProxy()->rowCount(), 0);
        dialog.filterEdit()->clear();
        dialog.sideBox()->setCurrentIndex(0);
        QCOMPARE(dialog.membersProxy()->rowCount(), 4);
        grab(dialog, QStringLiteral("compare"));

        // Every control says what it is to a screen reader.
        for (QWidget *widget :
             {static_cast<QWidget *>(dialog.candidateBBox()),
              static_cast<QWidget *>(dialog.slotsView()),
              static_cast<QWidget *>(dialog.chartView()),
              static_cast<QWidget *>(dialog.membersView()),
              static_cast<QWidget *>(dialog.filterEdit()), static_cast<QWidget *>(dialog.sideBox()),
              static_cast<QWidget *>(dialog.exportButton())})
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    }

    void anotherB()
    {
        ComparisonDialog dialog(m_artifacts, location(), compareArtifacts());
        dialog.show();
        QCOMPARE(dialog.candidateB(), 1);
        QVERIFY(compared(dialog));
        // The box chooses the third as B: columns now differ, var is the same set.
        Q_EMIT dialog.candidateBBox()->activated(1);
        QCOMPARE(dialog.candidateB(), 2);
        QVERIFY(compared(dialog));
        QCOMPARE(dialog.candidateBBox()->currentIndex(), 1);
        const ComparisonModel *model = dialog.comparisonModel();
        QCOMPARE(
            column(model, ComparisonModel::Verdict),
            (QStringList {QStringLiteral("different sets"), QStringLiteral("only A has this slot"),
                          QStringLiteral("same set: can be concatenated")}));
        QCOMPARE(
            column(model, ComparisonModel::SetB),
            (QStringList {QStringLiteral("bcd"), QStringLiteral("none"), QStringLiteral("abc")}));
        QString why;
        QVERIFY2(chartMatchesModel(dialog, &why), qPrintable(why));
        QCOMPARE(dialog.slotsView()->currentIndex().row(), 0); // columns differ now: ab against bcd
        QCOMPARE(dialog.membersModel()->count(MemberSide::OnlyB), 2);
        // Back to the second.
        dialog.setCandidateB(1);
        QCOMPARE(dialog.candidateBBox()->currentIndex(), 0);
        QVERIFY(compared(dialog));
        QCOMPARE(model->index(0, ComparisonModel::Verdict).data().toString(),
                 QStringLiteral("same set: can be concatenated"));
        QVERIFY2(chartMatchesModel(dialog, &why), qPrintable(why));
    }

    void twoArtifactsNoChoice()
    {
        ComparisonDialog dialog(m_artifacts.mid(0, 2), location(), compareArtifacts());
        dialog.show();
        QVERIFY(!dialog.candidateBBox()->isVisibleTo(&dialog));
        QVERIFY(compared(dialog));
        QCOMPARE(dialog.comparisonModel()->rowCount(), 3);
        // first vs first: every slot the same.
        ComparisonDialog same({m_artifacts.at(0), m_artifacts.at(0)}, location(),
                              compareArtifacts());
        QVERIFY(compared(same));
        QVERIFY2(same.summaryLabel()->text().contains(QStringLiteral("can be concatenated")),
                 qPrintable(same.summaryLabel()->text()));
    }

    void twoSets()
    {
        const QList<ComparisonDialog::Candidate> sets {
            {m_sets.value(QStringLiteral("abc")), QStringLiteral("abc")},
            {m_sets.value(QStringLiteral("bcd")), QStringLiteral("bcd")}};
        ComparisonDialog dialog(sets, location(),
                                [](Registry &registry, const QString &a, const QString &b) {
                                    return ArtifactComparison::compareSets(registry, a, b);
                                });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.subject(), ComparisonDialog::Subject::FeatureSets);
        QVERIFY(compared(dialog));
        QCOMPARE(dialog.comparisonModel()->rowCount(), 1);
        QVERIFY(dialog.slotsView()->isColumnHidden(ComparisonModel::Slot));
        QCOMPARE(dialog.comparisonModel()->index(0, ComparisonModel::Verdict).data().toString(),
                 QStringLiteral("different sets"));
        QString why;
        QVERIFY2(chartMatchesModel(dialog, &why), qPrintable(why));
        QCOMPARE(dialog.membersProxy()->rowCount(), 4);
        grab(dialog, QStringLiteral("compare-sets"));
    }

    void failedComparison()
    {
        ComparisonDialog dialog(
            {m_artifacts.at(0), {QStringLiteral("nope"), QStringLiteral("gone.csv")}}, location(),
            compareArtifacts());
        dialog.show();
        QVERIFY(compared(dialog));
        QCOMPARE(dialog.comparisonModel()->rowCount(), 0);
        QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("nope")),
                 qPrintable(dialog.summaryLabel()->text()));
        QVERIFY(!dialog.exportButton()->isEnabled());
        QCOMPARE(dialog.membersProxy()->rowCount(), 0);
        QString why;
        QVERIFY2(chartMatchesModel(dialog, &why), qPrintable(why));
        // Fewer than two: nothing compared, nothing called.
        bool called = false;
        ComparisonDialog lonely({m_artifacts.at(0)}, location(),
                                ComparisonDialog::CompareArtifacts(
                                    [&called](Registry &, const QString &,
                                              const QString &) -> Result<QList<SlotComparison>> {
                                        called = true;
                                        return QList<SlotComparison>();
                                    }));
        QVERIFY(!lonely.isComparing());
        QTest::qWait(50);
        QVERIFY(!called);
        QVERIFY(!lonely.exportButton()->isEnabled());
    }

    void comparingUntilTheAnswerAndOnlyTheLastB()
    {
        // A comparison that waits to be let go: the dialog says so meanwhile; and B changed
        // twice at once: only the last B's comparison is ever shown.
        QSemaphore gate;
        QStringList asked;
        QMutex askedLock;
        ComparisonDialog dialog(
            m_artifacts, location(),
            [&gate, &asked, &askedLock](Registry &registry, const QString &a, const QString &b) {
                gate.acquire();
                {
                    const QMutexLocker locker(&askedLock);
                    asked.append(b);
                }
                return ArtifactComparison::compare(registry, a, b);
            });
        QList<QStringList> shown; // the B of every comparison the slots table showed
        connect(dialog.comparisonModel(), &QAbstractItemModel::modelReset, this, [&dialog, &shown] {
            if (dialog.comparisonModel()->rowCount() > 0)
                shown.append(column(dialog.comparisonModel(), ComparisonModel::SetB));
        });
        dialog.show();
        QVERIFY(dialog.isComparing());
        QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("Comparing")),
                 qPrintable(dialog.summaryLabel()->text()));
        QCOMPARE(dialog.comparisonModel()->rowCount(), 0);
        QVERIFY(!dialog.exportButton()->isEnabled());
        dialog.setCandidateB(2); // third
        dialog.setCandidateB(1); // second again, asked last
        QVERIFY(dialog.isComparing());
        gate.release(3);
        QVERIFY(compared(dialog));
        QTRY_COMPARE(asked.size(), 3); // every one ran; only the last one counts
        QTest::qWait(100);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(
            shown.constFirst(),
            (QStringList {QStringLiteral("ab"), QStringLiteral("none"), QStringLiteral("bcd")}));
        QCOMPARE(dialog.candidateB(), 1);
        QVERIFY(dialog.exportButton()->isEnabled());
        QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("Different in 2 of 3 slot")),
                 qPrintable(dialog.summaryLabel()->text()));
    }

    void exports()
    {
        ComparisonDialog dialog(m_artifacts, location(), compareArtifacts());
        // Nothing to export until the comparison is in.
        QVERIFY(dialog.isComparing());
        QVERIFY(!dialog.exportButton()->isEnabled());
        QVERIFY(!dialog.exportTo(m_registries.tempPath(QStringLiteral("early.tsv"))));
        QVERIFY(!QFile::exists(m_registries.tempPath(QStringLiteral("early.tsv"))));
        QVERIFY(compared(dialog));
        const QString tsv = m_registries.tempPath(QStringLiteral("differences.tsv"));
        FD_VERIFY_OK(dialog.exportTo(tsv));
        QFile file(tsv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList lines
            = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("slot\twhere\tuid\tname"));
        // obs: delta, epsilon only in A; var: alpha only in A, delta only in B. Nothing shared.
        QCOMPARE(lines.size(), 5);
        QStringList names;
        for (const QString &line : lines.mid(1)) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            names.append(fields.value(0) + QLatin1Char(':') + fields.value(1) + QLatin1Char(':')
                         + fields.value(3));
        }
        QCOMPARE(
            names,
            (QStringList {QStringLiteral("obs:only_a:delta"), QStringLiteral("obs:only_a:epsilon"),
                          QStringLiteral("var:only_a:alpha"), QStringLiteral("var:only_b:delta")}));
        file.close();

        dialog.includeSharedBox()->setChecked(true);
        const QString csv = m_registries.tempPath(QStringLiteral("differences.csv"));
        FD_VERIFY_OK(dialog.exportTo(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        lines = QString::fromUtf8(csvFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("slot,where,uid,name"));
        QCOMPARE(lines.size(), 1 + 2 + 4 + 2); // columns 2 shared (ab); obs 2; var 2 + 2 shared
        QVERIFY(lines.value(1).startsWith(QStringLiteral("columns,shared,")));

        const QString unwritable
            = m_registries.tempPath(QStringLiteral("no/such/folder/differences.tsv"));
        const Status failed = dialog.exportTo(unwritable);
        QVERIFY(!failed);
        QVERIFY(failed.error().message.contains(unwritable));
        QVERIFY(!QFile::exists(unwritable));
    }
};

QTEST_MAIN(TestComparisonDialog)
#include "tst_comparisondialog.moc"
