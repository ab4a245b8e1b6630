// The review's filter predicate, data-driven, and the proxy that asks it (change-guarded, sorting
// numbers as numbers).

#include "model/validation/ValidationFilter.h"
#include "model/validation/ValidationFilterProxyModel.h"
#include "model/validation/ValidationModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fd;

Q_DECLARE_METATYPE(QSet<fd::ValidationStatus>)

namespace {

ValidationItem makeItem(const QString &value, ValidationStatus status, const QString &standard = {},
                        const QStringList &suggestions = {}, qint64 count = 1)
{
    ValidationItem item;
    item.value = value;
    item.status = status;
    item.standard = standard;
    item.suggestions = suggestions;
    item.count = count;
    return item;
}

} // namespace

class TestValidationFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QSet<ValidationStatus>>("statuses");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("openOnly");
        QTest::addColumn<bool>("decided");
        QTest::addColumn<bool>("expected");
        using S = ValidationStatus;
        // The item: "Tp53", standardizable to TP53, suggestion "TP63".
        QTest::newRow("empty filter") << QSet<S> {} << "" << false << false << true;
        QTest::newRow("its status") << QSet<S> {S::Standardizable} << "" << false << false << true;
        QTest::newRow("other status")
            << QSet<S> {S::Validated, S::NotValidated} << "" << false << false << false;
        QTest::newRow("text in value, other case") << QSet<S> {} << "tP5" << false << false << true;
        QTest::newRow("text in standard") << QSet<S> {} << "TP53" << false << false << true;
        QTest::newRow("text in suggestion") << QSet<S> {} << "tp63" << false << false << true;
        QTest::newRow("text in decision") << QSet<S> {} << "ignore" << false << true << true;
        QTest::newRow("text nowhere") << QSet<S> {} << "BRCA" << false << false << false;
        QTest::newRow("padded text is trimmed")
            << QSet<S> {} << "  tp53 " << false << false << true;
        QTest::newRow("open, undecided") << QSet<S> {} << "" << true << false << true;
        QTest::newRow("open, decided") << QSet<S> {} << "" << true << true << false;
        QTest::newRow("status and text")
            << QSet<S> {S::Standardizable} << "brca" << false << false << false;
    }

    void accepts()
    {
        QFETCH(QSet<ValidationStatus>, statuses);
        QFETCH(QString, text);
        QFETCH(bool, openOnly);
        QFETCH(bool, decided);
        QFETCH(bool, expected);
        ValidationFilter filter;
        filter.setStatuses(statuses);
        filter.setText(text);
        filter.setOpenOnly(openOnly);
        const ValidationItem item
            = makeItem(QStringLiteral("Tp53"), ValidationStatus::Standardizable,
                       QStringLiteral("TP53"), {QStringLiteral("TP63")});
        QCOMPARE(filter.accepts(item, decided ? CurationDecision::ignore() : CurationDecision()),
                 expected);
    }

    void validatedIsNeverOpen()
    {
        ValidationFilter filter;
        filter.setOpenOnly(true);
        QVERIFY(!filter.accepts(makeItem(QStringLiteral("TP53"), ValidationStatus::Validated), {}));
    }

    void proxyFiltersAndSorts()
    {
        ValidationModel model;
        ValidationReport report;
        report.field = ValidationField::GeneSymbol;
        report.items = {makeItem(QStringLiteral("TP53"), ValidationStatus::Validated,
                                 QStringLiteral("TP53"), {}, 9),
                        makeItem(QStringLiteral("tp53x"), ValidationStatus::NotValidated, {},
                                 {QStringLiteral("TP53")}, 10),
                        makeItem(QStringLiteral("p53"), ValidationStatus::Standardizable,
                                 QStringLiteral("TP53"), {}, 100),
                        makeItem(QStringLiteral("CD4"), ValidationStatus::Validated,
                                 QStringLiteral("CD4"), {}, 2)};
        model.setReport(report);
        ValidationFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QSignalSpy changed(&proxy, &ValidationFilterProxyModel::filterChanged);

        proxy.setStatuses({ValidationStatus::Validated});
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStatuses({ValidationStatus::Validated}); // unchanged: no new filtering
        QCOMPARE(changed.size(), 1);
        proxy.setText(QStringLiteral("cd"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.data(proxy.index(0, ValidationModel::Value)).toString(),
                 QStringLiteral("CD4"));
        proxy.setStatuses({});
        proxy.setText({});
        QCOMPARE(proxy.rowCount(), 4);

        // Counts sort as numbers (9 < 10 < 100), statuses in their natural order.
        proxy.sort(ValidationModel::Count, Qt::AscendingOrder);
        QCOMPARE(proxy.data(proxy.index(0, ValidationModel::Value)).toString(),
                 QStringLiteral("CD4"));
        QCOMPARE(proxy.data(proxy.index(1, ValidationModel::Value)).toString(),
                 QStringLiteral("TP53"));
        QCOMPARE(proxy.data(proxy.index(3, ValidationModel::Value)).toString(),
                 QStringLiteral("p53"));
        proxy.sort(ValidationModel::Status, Qt::DescendingOrder);
        QCOMPARE(proxy.data(proxy.index(0, ValidationModel::Value)).toString(),
                 QStringLiteral("tp53x"));

        // "Open only": a decision takes the row out of the list at once.
        proxy.setOpenOnly(true);
        QCOMPARE(proxy.rowCount(), 2);
        model.setDecision(model.rowOfValue(QStringLiteral("p53")),
                          CurationDecision::rename(QStringLiteral("TP53")));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.data(proxy.index(0, ValidationModel::Value)).toString(),
                 QStringLiteral("tp53x"));
    }
};

QTEST_GUILESS_MAIN(TestValidationFilter)
#include "tst_validationfilter.moc"
