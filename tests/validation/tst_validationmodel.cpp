// The review's models: rows, decisions kept by value across a new report, the summary per status
// (what the chart binds to), all under QAbstractItemModelTester.

#include "model/validation/ValidationModel.h"
#include "model/validation/ValidationSummaryModel.h"
#include "model/validation/Validator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fd;

namespace {

NameIndex featureIndex()
{
    return NameIndex({{QStringLiteral("f1"),
                       QStringLiteral("cell_type"),
                       {QStringLiteral("celltype")},
                       QStringLiteral("cat")},
                      {QStringLiteral("f2"),
                       QStringLiteral("dose_mg"),
                       {QStringLiteral("dose")},
                       QStringLiteral("float")},
                      {QStringLiteral("f3"),
                       QStringLiteral("batch"),
                       {QStringLiteral("run")},
                       QStringLiteral("str")},
                      {QStringLiteral("f4"),
                       QStringLiteral("run_id"),
                       {QStringLiteral("run")},
                       QStringLiteral("int")}},
                     true);
}

ValidationReport sampleReport()
{
    const NameIndex index = featureIndex();
    // validated, standardizable, ambiguous, not validated, dtype mismatch, validated
    return Validator(index, Validator::Field::FeatureName)
        .validate({QStringLiteral("cell_type"), QStringLiteral("Dose"), QStringLiteral("run"),
                   QStringLiteral("celltyp"), QStringLiteral("batch"), QStringLiteral("run_id")},
                  {QStringLiteral("cat"), QStringLiteral("float"), QStringLiteral("str"),
                   QStringLiteral("str"), QStringLiteral("date"), QStringLiteral("int")});
}

} // namespace

class TestValidationModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAndColumns()
    {
        ValidationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(sampleReport());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.headerData(ValidationModel::Value, Qt::Horizontal).toString(),
                 QStringLiteral("Column"));
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(cell(0, ValidationModel::Status).toString(), QStringLiteral("validated"));
        QCOMPARE(cell(1, ValidationModel::Status).toString(), QStringLiteral("standardizable"));
        QCOMPARE(cell(1, ValidationModel::Standard).toString(), QStringLiteral("dose_mg"));
        QCOMPARE(cell(2, ValidationModel::Status, ValidationModel::StatusKeyRole).toString(),
                 QStringLiteral("ambiguous"));
        QVERIFY(
            cell(2, ValidationModel::Options).toString().contains(QStringLiteral("batch (f3)")));
        QVERIFY(
            cell(2, ValidationModel::Options).toString().contains(QStringLiteral("run_id (f4)")));
        QCOMPARE(cell(3, ValidationModel::Status).toString(), QStringLiteral("not validated"));
        QCOMPARE(cell(3, ValidationModel::Options).toString(),
                 QStringLiteral("did you mean cell_type?"));
        QCOMPARE(cell(4, ValidationModel::Status).toString(), QStringLiteral("dtype mismatch"));
        QCOMPARE(cell(4, ValidationModel::Dtype).toString(),
                 QStringLiteral("date (registered: str)"));
        // The standard is shown only where it differs from the value.
        QCOMPARE(cell(0, ValidationModel::Standard).toString(), QString());
        QCOMPARE(cell(0, ValidationModel::Count, ValidationModel::SortRole).toLongLong(), 1);
        QVERIFY(!cell(0, ValidationModel::Status, Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.openCount(), 4);
    }

    void decisionsAreKeptByValue()
    {
        ValidationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(sampleReport());
        QSignalSpy changed(&model, &ValidationModel::decisionsChanged);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);

        model.setDecision(1, standardDecision(model.item(1)));
        QCOMPARE(model.decision(1),
                 CurationDecision::rename(QStringLiteral("dose_mg"), QStringLiteral("f2")));
        QCOMPARE(model.data(model.index(1, ValidationModel::Decision)).toString(),
                 QStringLiteral("Use dose_mg"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(dataChanged.first().at(0).value<QModelIndex>().row(), 1);
        // The same decision again changes nothing.
        model.setDecision(1, standardDecision(model.item(1)));
        QCOMPARE(changed.size(), 1);

        model.setDecision(
            3, CurationDecision::addFeature(QStringLiteral("celltyp"), QStringLiteral("str")));
        QCOMPARE(model.data(model.index(3, ValidationModel::Decision)).toString(),
                 QStringLiteral("Add feature celltyp (str)"));
        // What else Add as feature asked is said too.
        CurationDecision detailed
            = CurationDecision::addFeature(QStringLiteral("cell_type"), QStringLiteral("cat"));
        detailed.unit = QStringLiteral("none");
        detailed.synonyms = {QStringLiteral("celltyp"), QStringLiteral("ct")};
        detailed.description = QStringLiteral("Cell type");
        model.setDecision(3, detailed);
        QCOMPARE(model.data(model.index(3, ValidationModel::Decision)).toString(),
                 QStringLiteral("Add feature cell_type (cat; unit none; synonyms celltyp, ct; "
                                "“Cell type”)"));
        model.setDecision(
            3, CurationDecision::addFeature(QStringLiteral("celltyp"), QStringLiteral("str")));
        model.setDecision(2,
                          CurationDecision::rename(QStringLiteral("batch"), QStringLiteral("f3")));
        QCOMPARE(model.decidedCount(), 3);
        QCOMPARE(model.openCount(), 1); // the dtype mismatch
        const QList<ValueDecision> decisions = model.decisions();
        QCOMPARE(decisions.size(), 3);
        QCOMPARE(decisions.at(0).value, QStringLiteral("Dose")); // row order, not decision order
        QCOMPARE(decisions.at(1).value, QStringLiteral("run"));
        QCOMPARE(decisions.at(2).value, QStringLiteral("celltyp"));

        // A new report (the registry changed): decisions stay for the values still there, by value.
        ValidationReport next = sampleReport();
        next.items.removeAt(2); // "run" is gone
        next.items.swapItemsAt(0, 1);
        model.setReport(next);
        QCOMPARE(model.decidedCount(), 2);
        QCOMPARE(model.decision(model.rowOfValue(QStringLiteral("Dose"))).name,
                 QStringLiteral("dose_mg"));
        QCOMPARE(model.decision(model.rowOfValue(QStringLiteral("celltyp"))).action,
                 CurationAction::AddFeature);
        QCOMPARE(model.rowOfValue(QStringLiteral("run")), -1);

        // Undecided removes a decision.
        model.setDecision(model.rowOfValue(QStringLiteral("Dose")), {});
        QCOMPARE(model.decidedCount(), 1);
        model.clearDecisions();
        QCOMPARE(model.decidedCount(), 0);
        QCOMPARE(model.openCount(), 3);
    }

    void manyDecisionsAtOnce()
    {
        ValidationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(sampleReport());
        QSignalSpy changed(&model, &ValidationModel::decisionsChanged);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        model.setDecisions(
            {{QStringLiteral("celltyp"), CurationDecision::ignore()},
             {QStringLiteral("Dose"), CurationDecision::rename(QStringLiteral("dose_mg"))},
             {QStringLiteral("not in the file"), CurationDecision::ignore()}});
        QCOMPARE(model.decidedCount(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(dataChanged.first().at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(dataChanged.first().at(1).value<QModelIndex>().row(), 3);
        // Nothing new: no signal.
        model.setDecisions({{QStringLiteral("celltyp"), CurationDecision::ignore()}});
        QCOMPARE(changed.size(), 1);
        // Undecided entries take decisions back.
        model.setDecisions({{QStringLiteral("celltyp"), {}}, {QStringLiteral("Dose"), {}}});
        QCOMPARE(model.decidedCount(), 0);
        QCOMPARE(changed.size(), 2);
    }

    void summaryFollowsTheReport()
    {
        ValidationModel model;
        ValidationSummaryModel summary;
        QAbstractItemModelTester tester(&summary,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        summary.setSourceModel(&model);
        QCOMPARE(summary.rowCount(), 1);
        QCOMPARE(summary.columnCount(), 5);
        QCOMPARE(summary.data(summary.index(0, 0)).toInt(), 0);

        QSignalSpy changed(&summary, &QAbstractItemModel::dataChanged);
        model.setReport(sampleReport());
        QCOMPARE(changed.size(), 1);
        const QStringList expected {QStringLiteral("validated"), QStringLiteral("standardizable"),
                                    QStringLiteral("ambiguous"), QStringLiteral("not validated"),
                                    QStringLiteral("dtype mismatch")};
        const QList<int> counts {2, 1, 1, 1, 1};
        for (int column = 0; column < 5; ++column) {
            QCOMPARE(summary.headerData(column, Qt::Horizontal).toString(), expected.at(column));
            QCOMPARE(summary.data(summary.index(0, column)).toInt(), counts.at(column));
            QCOMPARE(
                summary.data(summary.index(0, column), ValidationSummaryModel::StatusRole).toInt(),
                int(ValidationSummaryModel::statusOfColumn(column)));
        }
        // Decisions do not change statuses: no recount.
        model.setDecision(3, CurationDecision::ignore());
        QCOMPARE(changed.size(), 1);
        model.setReport({});
        QCOMPARE(changed.size(), 2);
        QCOMPARE(summary.count(ValidationStatus::Validated), 0);
    }
};

QTEST_GUILESS_MAIN(TestValidationModel)
#include "tst_validationmodel.moc"
