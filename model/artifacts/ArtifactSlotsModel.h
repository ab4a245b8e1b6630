#pragma once

#include "model/Records.h"
#include "model/Result.h"

#include <QAbstractTableModel>

namespace fd {

class Registry;

// The slots of one artifact, each with the feature set it holds (name, members, uid), for the
// artifacts view's details beside it. read() gathers them from the registry (on any thread, over
// that thread's connection); the model only shows them.
class ArtifactSlotsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactSlotsModel)

public:
    enum Column { Slot, SetName, Members, SetUid, ColumnCount };

    struct SlotRow
    {
        QString slot;
        QString setUid;
        QString setName; // or why the set could not be read
        qint64 members = -1; // -1: not known
    };
    struct Slots
    {
        ArtifactRecord artifact;
        QList<SlotRow> rows; // in slot order
    };

    explicit ArtifactSlotsModel(QObject *parent = nullptr);

    static Result<Slots> read(Registry &registry, const QString &artifactUid);

    void setSlots(Slots slots);
    void clear();
    const ArtifactRecord &artifact() const { return m_slots.artifact; }
    QString slotAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Slots m_slots;
};

} // namespace fd
