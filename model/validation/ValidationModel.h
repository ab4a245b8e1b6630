#pragma once

#include "model/validation/Curation.h"
#include "model/validation/Validation.h"

#include <QAbstractTableModel>
#include <QHash>

namespace fd {

// The curation review: one row per checked value (a column name, or a distinct value of a column)
// with its status, the registry's standard spelling, candidates or "did you mean" suggestions, and
// the user's decision. Decisions are kept by value, so they survive a re-validation (after the
// registry changed) for every value that is still there.
class ValidationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidationModel)

public:
    enum Column { Value, Status, Standard, Options, Count, Dtype, Decision, Note, ColumnCount };
    enum Role {
        ItemRole = Qt::UserRole, // the whole ValidationItem
        StatusRole, // int(ValidationStatus)
        StatusKeyRole, // "validated", "not_validated", ...
        DecisionRole, // CurationDecision
        SearchTextRole, // what the search box matches: value, standard, candidates, ...
        SortRole, // a sortable key for each column (numbers as numbers)
    };

    explicit ValidationModel(QObject *parent = nullptr);
    ~ValidationModel() override;

    void setReport(const ValidationReport &report);
    const ValidationReport &report() const { return m_report; }
    ValidationField field() const { return m_report.field; }
    const ValidationItem &item(int row) const { return m_report.items.at(row); }
    int rowOfValue(const QString &value) const { return m_rows.value(value, -1); }
    // The value folded to lower case once, so that sorting 60,000 rows compares plain strings.
    const QString &sortKey(int row) const { return m_sortKeys.at(row); }

    CurationDecision decision(int row) const;
    void setDecision(int row, const CurationDecision &decision);
    // Many at once (a multi-selection, a recipe): one change signal, not one per row.
    void setDecisions(const QList<ValueDecision> &decisions);
    // All decisions made, in row order.
    QList<ValueDecision> decisions() const;
    int decidedCount() const { return int(m_decisions.size()); }
    void clearDecisions();
    // Decisions restored from the file's saved curation (from: where and when they were made):
    // the Decision column says "restored" for each until it is changed.
    void markRestored(const QList<ValueDecision> &restored, const QString &from);
    bool isRestored(int row) const;

    // Rows per status, as checked (decisions do not change a status).
    QMap<ValidationStatus, int> statusCounts() const { return m_counts; }
    // Rows that still need a decision: not validated, ambiguous, or a dtype mismatch, undecided.
    int openCount() const;
    static bool needsDecision(ValidationStatus status);

    static QString statusLabel(ValidationStatus status); // "validated", "not validated", ...
    static QString statusExplanation(ValidationStatus status); // the legend's plain words

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void decisionsChanged();

private:
    QString optionsText(const ValidationItem &item) const;
    static QString optionsDescribed(const ValidationItem &item); // the Options column's tooltip
    QString dtypeText(const ValidationItem &item) const;
    void releaseRows();

    ValidationReport m_report;
    QHash<QString, int> m_rows; // value -> row
    QStringList m_sortKeys; // per row: the value, case-folded
    QHash<QString, CurationDecision> m_decisions; // value -> decision
    QHash<QString, CurationDecision> m_restored; // value -> the decision restored for it
    QString m_restoredFrom;
    QMap<ValidationStatus, int> m_counts;
};

} // namespace fd
