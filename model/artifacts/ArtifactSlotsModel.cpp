#include "model/artifacts/ArtifactSlotsModel.h"

#include "model/artifacts/ArtifactStore.h"
#include "model/sets/FeatureSetStore.h"

#include <QLocale>

namespace fd {

ArtifactSlotsModel::ArtifactSlotsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

Result<ArtifactSlotsModel::Slots> ArtifactSlotsModel::read(Registry &registry,
                                                           const QString &artifactUid)
{
    Result<ArtifactRecord> artifact = ArtifactStore(registry).findByUid(artifactUid);
    if (!artifact)
        return artifact.error();
    Slots slots;
    slots.artifact = std::move(artifact).value();
    FeatureSetStore sets(registry);
    for (auto it = slots.artifact.slots.cbegin(); it != slots.artifact.slots.cend(); ++it) {
        // A set deleted meanwhile, or a lost connection: said in its row, the others still shown.
        const Result<FeatureSetRecord> set = sets.findByUid(it.value());
        slots.rows.append(
            {it.key(), it.value(), set ? set->name : set.error().message, set ? set->n : -1});
    }
    return slots;
}

void ArtifactSlotsModel::setSlots(Slots slots)
{
    beginResetModel();
    m_slots = std::move(slots);
    endResetModel();
}

void ArtifactSlotsModel::clear()
{
    setSlots({});
}

QString ArtifactSlotsModel::slotAt(int row) const
{
    return row >= 0 && row < m_slots.rows.size() ? m_slots.rows.at(row).slot : QString();
}

int ArtifactSlotsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_slots.rows.size());
}

int ArtifactSlotsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArtifactSlotsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SlotRow &row = m_slots.rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Members ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Slot:
        return row.slot;
    case SetName:
        return row.setName;
    case Members:
        return row.members < 0 ? QString() : QLocale().toString(row.members);
    case SetUid:
        return row.setUid;
    default:
        return {};
    }
}

QVariant ArtifactSlotsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Slot:
        return tr("Slot");
    case SetName:
        return tr("Feature set");
    case Members:
        return tr("Members");
    case SetUid:
        return tr("Set UID");
    default:
        return {};
    }
}

} // namespace fd
