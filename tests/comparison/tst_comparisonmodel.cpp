// The Compare view's models: a row per slot with the set on each side, the verdict in words and
// the counts (ints, for a chart's model mapper), and the members of one slot with where each one
// is, filterable by side and by text through a proxy.

#include "model/comparison/ComparisonMembersModel.h"
#include "model/comparison/ComparisonModel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace fd;

namespace {

QList<SetMember> members(const QStringList &names)
{
    QList<SetMember> list;
    for (const QString &name : names)
        list.append(SetMember {QStringLiteral("uid_") + name, name});
    return list;
}

SlotComparison make(const QString &slot, const QString &setA, const QString &setB,
                    const QStringList &shared, const QStringList &onlyA, const QStringList &onlyB)
{
    SlotComparison comparison;
    comparison.slot = slot;
    comparison.setA = setA;
    comparison.setB = setB;
    comparison.same = !setA.isEmpty() && setA == setB;
    comparison.shared = members(shared);
    comparison.onlyA = members(onlyA);
    comparison.onlyB = members(onlyB);
    return comparison;
}

const QString setX = QStringLiteral("SETXSETXSETXSETX");
const QString setY = QStringLiteral("SETYSETYSETYSETY");

} // namespace

class TestComparisonModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data()
    {
        QTest::addColumn<SlotComparison>("comparison");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("verdictText");
        QTest::addColumn<QString>("setAText");
        QTest::addColumn<QString>("setBText");
        QTest::addColumn<QList<int>>("counts"); // shared, only A, only B

        const QString a = QStringLiteral("a"), b = QStringLiteral("b"), c = QStringLiteral("c");
        SlotComparison same = make(QStringLiteral("columns"), setX, setX, {a, b, c}, {}, {});
        same.setNameA = same.setNameB = QStringLiteral("panel");
        QTest::newRow("same set") << same << int(ComparisonModel::VerdictKind::SameSet)
                                  << QStringLiteral("same set: can be concatenated")
                                  << QStringLiteral("panel") << QStringLiteral("panel")
                                  << QList<int> {3, 0, 0};
        SlotComparison overlap = make(QStringLiteral("var"), setX, setY, {b}, {a}, {c});
        overlap.setNameA = QStringLiteral("x");
        // A set without a name shows its uid.
        QTest::newRow("overlapping") << overlap << int(ComparisonModel::VerdictKind::Overlapping)
                                     << QStringLiteral("different sets") << QStringLiteral("x")
                                     << setY << QList<int> {1, 1, 1};
        QTest::newRow("disjoint") << make(QStringLiteral("var"), setX, setY, {}, {a, b}, {c})
                                  << int(ComparisonModel::VerdictKind::Disjoint)
                                  << QStringLiteral("different sets, nothing shared") << setX
                                  << setY << QList<int> {0, 2, 1};
        QTest::newRow("only A") << make(QStringLiteral("obs"), setX, QString(), {}, {a, b}, {})
                                << int(ComparisonModel::VerdictKind::OnlyInA)
                                << QStringLiteral("only A has this slot") << setX
                                << QStringLiteral("none") << QList<int> {0, 2, 0};
        QTest::newRow("only B") << make(QStringLiteral("obs"), QString(), setY, {}, {}, {c})
                                << int(ComparisonModel::VerdictKind::OnlyInB)
                                << QStringLiteral("only B has this slot") << QStringLiteral("none")
                                << setY << QList<int> {0, 0, 1};
    }

    void rows()
    {
        QFETCH(SlotComparison, comparison);
        QFETCH(int, verdict);
        QFETCH(QString, verdictText);
        QFETCH(QString, setAText);
        QFETCH(QString, setBText);
        QFETCH(QList<int>, counts);

        ComparisonModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparisons(
            {make(QStringLiteral("first"), setX, setX, {QStringLiteral("z")}, {}, {}), comparison});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ComparisonModel::ColumnCount));
        QCOMPARE(model.index(1, ComparisonModel::Slot).data().toString(), comparison.slot);
        QCOMPARE(model.index(1, ComparisonModel::SetA).data().toString(), setAText);
        QCOMPARE(model.index(1, ComparisonModel::SetB).data().toString(), setBText);
        QCOMPARE(model.index(1, ComparisonModel::Verdict).data().toString(), verdictText);
        QCOMPARE(model.index(1, 0).data(ComparisonModel::VerdictRole).toInt(), verdict);
        QVERIFY(
            !model.index(1, ComparisonModel::Verdict).data(Qt::ToolTipRole).toString().isEmpty());
        const QList<int> columns {ComparisonModel::Shared, ComparisonModel::OnlyA,
                                  ComparisonModel::OnlyB};
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QVariant count = model.index(1, columns.at(i)).data();
            // An int, not a string: a bar model mapper reads it with toReal().
            QCOMPARE(count.typeId(), QMetaType::Int);
            QCOMPARE(count.toInt(), counts.at(i));
        }
        const auto whole
            = model.index(1, 0).data(ComparisonModel::ComparisonRole).value<SlotComparison>();
        QCOMPARE(whole.slot, comparison.slot);
        QCOMPARE(whole.onlyA.size(), comparison.onlyA.size());
        QCOMPARE(model.sameCount(), 1 + (comparison.same ? 1 : 0));
    }

    void headersAndReset()
    {
        ComparisonModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const QStringList headers {QStringLiteral("Slot"),     QStringLiteral("Set A"),
                                   QStringLiteral("Set B"),    QStringLiteral("Verdict"),
                                   QStringLiteral("Shared"),   QStringLiteral("Only in A"),
                                   QStringLiteral("Only in B")};
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), headers.at(column));
        model.setComparisons(
            {make(QStringLiteral("var"), setX, setY, {}, {QStringLiteral("a")}, {})});
        QCOMPARE(model.rowCount(), 1);
        model.setComparisons({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(ComparisonModel::sideOfColumn(ComparisonModel::OnlyB), MemberSide::OnlyB);
    }

    void members_data()
    {
        QTest::addColumn<QString>("side"); // SideRole filter; empty: all
        QTest::addColumn<QString>("text"); // text filter
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all") << QString() << QString()
                             << QStringList {QStringLiteral("b"), QStringLiteral("c"),
                                             QStringLiteral("a"), QStringLiteral("d"),
                                             QStringLiteral("e")};
        QTest::newRow("shared") << QStringLiteral("shared") << QString()
                                << QStringList {QStringLiteral("b"), QStringLiteral("c")};
        QTest::newRow("only A") << QStringLiteral("only_a") << QString()
                                << QStringList {QStringLiteral("a")};
        QTest::newRow("only B") << QStringLiteral("only_b") << QString()
                                << QStringList {QStringLiteral("d"), QStringLiteral("e")};
        QTest::newRow("by name") << QString() << QStringLiteral("E")
                                 << QStringList {QStringLiteral("e")};
        QTest::newRow("by uid") << QString() << QStringLiteral("uid_c")
                                << QStringList {QStringLiteral("c")};
        // "only in A" is the Where column's text, not a member's: the filter box ignores it.
        QTest::newRow("not the side") << QString() << QStringLiteral("only") << QStringList();
        QTest::newRow("side and text")
            << QStringLiteral("only_b") << QStringLiteral("e") << QStringList {QStringLiteral("e")};
    }

    void members()
    {
        QFETCH(QString, side);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);

        ComparisonMembersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(make(QStringLiteral("var"), setX, setY,
                                 {QStringLiteral("b"), QStringLiteral("c")}, {QStringLiteral("a")},
                                 {QStringLiteral("d"), QStringLiteral("e")}));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.count(MemberSide::Shared), 2);
        QCOMPARE(model.count(MemberSide::OnlyA), 1);
        QCOMPARE(model.count(MemberSide::OnlyB), 2);
        QCOMPARE(model.index(2, ComparisonMembersModel::Where).data().toString(),
                 QStringLiteral("only in A"));
        QCOMPARE(model.index(2, ComparisonMembersModel::Name)
                     .data(ComparisonMembersModel::SideRole)
                     .toString(),
                 QStringLiteral("only_a"));
        QCOMPARE(model.side(3), MemberSide::OnlyB);
        QCOMPARE(model.member(0).uid, QStringLiteral("uid_b"));

        // The dialog's chain: by side, then by text.
        QSortFilterProxyModel bySide;
        bySide.setSourceModel(&model);
        bySide.setFilterRole(ComparisonMembersModel::SideRole);
        bySide.setFilterRegularExpression(
            side.isEmpty() ? QString()
                           : QStringLiteral("^%1$").arg(QRegularExpression::escape(side)));
        QSortFilterProxyModel byText;
        QAbstractItemModelTester proxyTester(
            &byText, QAbstractItemModelTester::FailureReportingMode::QtTest);
        byText.setSourceModel(&bySide);
        byText.setFilterRole(ComparisonMembersModel::SearchRole);
        byText.setFilterKeyColumn(-1);
        byText.setFilterCaseSensitivity(Qt::CaseInsensitive);
        byText.setFilterFixedString(text);
        QStringList shown;
        for (int row = 0; row < byText.rowCount(); ++row)
            shown.append(byText.index(row, ComparisonMembersModel::Name).data().toString());
        QCOMPARE(shown, expected);

        model.clear();
        QCOMPARE(byText.rowCount(), 0);
        QCOMPARE(model.count(MemberSide::OnlyB), 0);
    }

    void headers()
    {
        ComparisonMembersModel model;
        QCOMPARE(model.headerData(ComparisonMembersModel::Name, Qt::Horizontal).toString(),
                 QStringLiteral("Name"));
        QCOMPARE(model.headerData(ComparisonMembersModel::Uid, Qt::Horizontal).toString(),
                 QStringLiteral("UID"));
        QCOMPARE(model.headerData(ComparisonMembersModel::Where, Qt::Horizontal).toString(),
                 QStringLiteral("Where"));
    }
};

QTEST_GUILESS_MAIN(TestComparisonModel)
#include "tst_comparisonmodel.moc"
