#pragma once

#include "model/validation/Validation.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace fd {

class ValidationModel;

// The counts per status of a ValidationModel as one row with a column per status (validated,
// standardizable, ambiguous, not validated, dtype mismatch), so that a chart binds to it through a
// QVBarModelMapper (a bar set per column) and a summary strip reads the same numbers.
class ValidationSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidationSummaryModel)

public:
    enum Role { StatusRole = Qt::UserRole }; // int(ValidationStatus) of a column

    explicit ValidationSummaryModel(QObject *parent = nullptr);

    void setSourceModel(ValidationModel *source);
    static ValidationStatus statusOfColumn(int column);
    int count(ValidationStatus status) const { return m_counts.value(status); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void recount();

    QPointer<ValidationModel> m_source;
    QMap<ValidationStatus, int> m_counts;
};

} // namespace fd
