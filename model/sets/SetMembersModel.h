#pragma once

#include "model/Records.h"
#include "model/Result.h"

#include <QAbstractTableModel>

namespace fd {

// The members of one feature set (a feature's name or a gene's symbol, and the uid), for the
// feature sets view's member list; filtering is a proxy's job. Reading them is FeatureSetStore's.
class SetMembersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetMembersModel)

public:
    enum Column { Name, Uid, ColumnCount };

    explicit SetMembersModel(QObject *parent = nullptr);

    void setMembers(const FeatureSetRecord &set, QList<SetMember> members);
    void clear();
    const FeatureSetRecord &set() const { return m_set; }
    const QList<SetMember> &members() const { return m_members; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The members as a table (uid, name; a header row), tab- or comma-separated by the path's
    // suffix (.csv: commas), written atomically: a failed write leaves no half a file.
    Status exportTo(const QString &path) const;

private:
    FeatureSetRecord m_set;
    QList<SetMember> m_members;
};

} // namespace fd
