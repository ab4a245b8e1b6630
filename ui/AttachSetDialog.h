#pragma once

#include "model/Records.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace fd {

// Artifacts ▸ Attach feature set…: which set, under which slot (columns, var, obs, or a name the
// user types), for the artifacts selected. The slot name is checked as it is typed.
class AttachSetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachSetDialog)

public:
    AttachSetDialog(const QList<FeatureSetRecord> &sets, int artifactCount,
                    QWidget *parent = nullptr);

    QString setUid() const;
    QString slot() const;
    void setSlot(const QString &slot);
    void selectSet(const QString &uid);

    QComboBox *setBox() const { return m_sets; }
    QComboBox *slotBox() const { return m_slot; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void check();

    QComboBox *m_sets;
    QComboBox *m_slot;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace fd
