#pragma once

#include "model/csv/CsvInspection.h"

#include <QAbstractTableModel>
#include <QHash>

namespace fd {

// One row per column of an inspected file: name, dtype (inferred, or the user's choice), missing
// and distinct counts, examples and the note that explains an unexpected dtype. The dtype column is
// editable; an override is kept until the user resets it, also across a re-scan.
class CsvColumnsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvColumnsModel)

public:
    enum Column { Name, Dtype, Missing, Distinct, Examples, Note, ColumnCount };
    enum Role {
        SummaryRole = Qt::UserRole, // the whole CsvColumnSummary (dtype as inferred)
        InferredDtypeRole,
        OverriddenRole, // bool: the user chose the dtype
    };

    explicit CsvColumnsModel(QObject *parent = nullptr);

    // Names only, while the scan runs: the dtype and counts say "scanning".
    void setColumnNames(const QStringList &names);
    void setInspection(const CsvInspection &inspection);
    void clear();

    bool isScanned() const { return m_scanned; }
    QString dtype(int column) const; // the override if any, else the inferred dtype
    QHash<QString, QString> overrides() const { return m_overrides; }
    void resetOverride(int column);
    static QStringList dtypeChoices();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void dtypeOverridden(const QString &column, const QString &dtype);

private:
    QList<CsvColumnSummary> m_columns;
    QHash<QString, QString> m_overrides; // by column name, so they survive a re-scan
    bool m_scanned = false;
};

} // namespace fd

Q_DECLARE_METATYPE(fd::CsvColumnSummary)
