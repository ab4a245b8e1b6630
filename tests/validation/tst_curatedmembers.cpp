// What a curated review resolves to: validated values and decided names become members, once
// each; ignored, undecided and not yet applied values are left out and say why.

#include "model/validation/CuratedMembers.h"
#include "model/validation/Validator.h"

#include <QTest>

using namespace fd;

class TestCuratedMembers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolves()
    {
        const NameIndex index(
            {{QStringLiteral("g1"), QStringLiteral("TP53"), {QStringLiteral("P53")}, {}},
             {QStringLiteral("g2"), QStringLiteral("CD4"), {}, {}},
             {QStringLiteral("g3"), QStringLiteral("A1BG"), {QStringLiteral("GAB")}, {}},
             {QStringLiteral("g4"), QStringLiteral("A2M"), {QStringLiteral("GAB")}, {}}},
            true);
        const ValidationReport report
            = Validator(index, Validator::Field::GeneSymbol)
                  .validate({QStringLiteral("CD4"), QStringLiteral("p53"), QStringLiteral("TP53"),
                             QStringLiteral("GAB"), QStringLiteral("TP35"), QStringLiteral("xyz"),
                             QStringLiteral("cd4"), QStringLiteral("A2M")});
        const QList<ValueDecision> decisions
            = {{QStringLiteral("p53"),
                CurationDecision::rename(QStringLiteral("TP53"), QStringLiteral("g1"))},
               {QStringLiteral("GAB"),
                CurationDecision::rename(QStringLiteral("A1BG"), QStringLiteral("g3"))},
               {QStringLiteral("TP35"), CurationDecision::rename(QStringLiteral("TP53"))},
               {QStringLiteral("xyz"), CurationDecision::ignore()},
               {QStringLiteral("A2M"), CurationDecision::rename(QStringLiteral("NOPE"))}};
        const CuratedMembers members = CuratedMembers::resolve(report, decisions, index);
        // CD4; p53 -> TP53 (TP53 and TP35 again: once); GAB -> A1BG.
        QCOMPARE(members.uids,
                 (QStringList {QStringLiteral("g2"), QStringLiteral("g1"), QStringLiteral("g3")}));
        QCOMPARE(
            members.names,
            (QStringList {QStringLiteral("CD4"), QStringLiteral("TP53"), QStringLiteral("A1BG")}));
        QCOMPARE(
            members.leftOut,
            (QStringList {QStringLiteral("xyz: ignored"), QStringLiteral("cd4: standardizable"),
                          QStringLiteral("A2M: NOPE is not in the registry")}));
        // For people, the statuses as the review names them; the rest reads the same.
        QCOMPARE(
            members.leftOutInWords,
            (QStringList {QStringLiteral("xyz: ignored"), QStringLiteral("cd4: standardizable"),
                          QStringLiteral("A2M: NOPE is not in the registry")}));
    }

    void leftOutInWordsNamesStatusesAsTheReviewDoes()
    {
        const NameIndex index(
            {{QStringLiteral("f1"), QStringLiteral("cell_type"), {}, QStringLiteral("cat")}}, true);
        const ValidationReport report
            = Validator(index, Validator::Field::FeatureName)
                  .validate({QStringLiteral("cell_type"), QStringLiteral("operator")});
        const CuratedMembers members = CuratedMembers::resolve(report, {}, index);
        QCOMPARE(members.leftOut, QStringList {QStringLiteral("operator: not_validated")});
        QCOMPARE(members.leftOutInWords, QStringList {QStringLiteral("operator: not validated")});
    }

    void pendingWritesAreLeftOut()
    {
        const NameIndex index(
            {{QStringLiteral("f1"), QStringLiteral("cell_type"), {}, QStringLiteral("cat")}}, true);
        const ValidationReport report
            = Validator(index, Validator::Field::FeatureName)
                  .validate({QStringLiteral("cell_type"), QStringLiteral("dose")});
        const CuratedMembers members = CuratedMembers::resolve(
            report,
            {{QStringLiteral("dose"),
              CurationDecision::addFeature(QStringLiteral("dose"), QStringLiteral("float"))}},
            index);
        QCOMPARE(members.uids, QStringList {QStringLiteral("f1")});
        QCOMPARE(members.leftOut, QStringList {QStringLiteral("dose: not applied yet")});
    }

    // A recipe replayed after its new feature and synonym were written: the values now validate
    // (or are the synonym), and the decisions to add them give those records, not "not applied".
    void writtenDecisionsGiveTheirRecords()
    {
        const NameIndex index(
            {{QStringLiteral("f1"), QStringLiteral("cell_type"), {}, QStringLiteral("cat")},
             {QStringLiteral("f2"), QStringLiteral("dose"), {}, QStringLiteral("float")},
             {QStringLiteral("f3"),
              QStringLiteral("dose_mg"),
              {QStringLiteral("Dose (mg)")},
              QStringLiteral("float")}},
            true);
        const ValidationReport report
            = Validator(index, Validator::Field::FeatureName)
                  .validate({QStringLiteral("cell_type"), QStringLiteral("dose"),
                             QStringLiteral("Dose (mg)")});
        const CuratedMembers members = CuratedMembers::resolve(
            report,
            {{QStringLiteral("dose"),
              CurationDecision::addFeature(QStringLiteral("dose"), QStringLiteral("float"))},
             {QStringLiteral("Dose (mg)"),
              CurationDecision::addSynonym(QStringLiteral("dose_mg"))}},
            index);
        QCOMPARE(members.uids,
                 (QStringList {QStringLiteral("f1"), QStringLiteral("f2"), QStringLiteral("f3")}));
        QVERIFY(members.leftOut.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCuratedMembers)
#include "tst_curatedmembers.moc"
