#pragma once

#include "model/anndata/H5adSummary.h"

#include <QAbstractTableModel>

namespace fd {

// One row per column of an AnnData dataframe (obs or var) as the reader summarised it: name,
// dtype in FeatureDesk's words, missing and distinct counts, and why a column was not read. The
// index is not a row: frame().index names it. Read-only: an .h5ad file's dtypes are what anndata
// wrote, not a guess to correct.
class H5adColumnsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(H5adColumnsModel)

public:
    enum Column { Name, Dtype, Missing, Distinct, Note, ColumnCount };
    enum Role {
        ColumnRole = Qt::UserRole, // the whole H5adColumn
    };

    explicit H5adColumnsModel(QObject *parent = nullptr);

    void setFrame(const H5adFrame &frame);
    void clear();

    const H5adFrame &frame() const { return m_frame; }
    QStringList names() const;
    QStringList dtypes() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    H5adFrame m_frame;
};

} // namespace fd

Q_DECLARE_METATYPE(fd::H5adColumn)
