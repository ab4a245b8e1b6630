#pragma once

#include "model/csv/CsvPreview.h"

#include <QAbstractTableModel>

namespace fd {

// The first rows of a file as the import page shows them: header names (or column numbers when
// the file has no header) and the cells as text. Short rows show empty cells; rows longer than the
// header widen the table, so nothing in the file is hidden.
class CsvPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvPreviewModel)

public:
    explicit CsvPreviewModel(QObject *parent = nullptr);

    void setPreview(const CsvPreviewData &preview);
    void clear();
    const CsvPreviewData &preview() const { return m_preview; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    CsvPreviewData m_preview;
    int m_columns = 0;
};

} // namespace fd
