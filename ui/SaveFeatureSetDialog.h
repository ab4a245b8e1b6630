#pragma once

#include "model/Records.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fd {

class Registry;

// Names the feature set a reviewed file measures and shows, before anything is written, its
// members, its hash, what was left out, and whether the registry already holds a set with exactly
// these members (then that set is offered instead of a duplicate).
class SaveFeatureSetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveFeatureSetDialog)

public:
    SaveFeatureSetDialog(Registry &registry, MemberRegistry members, const QStringList &uids,
                         const QStringList &names, const QStringList &leftOut,
                         const QString &suggestedName, QWidget *parent = nullptr);

    NewFeatureSet featureSet() const;
    QString hash() const { return m_hash; }
    // The set with these members, when the registry has one; empty otherwise.
    QString existingUid() const { return m_existing.uid; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *dtypeBox() const { return m_dtype; }
    QLabel *existingLabel() const { return m_existingLabel; }

private:
    void update();

    MemberRegistry m_registry;
    QStringList m_uids;
    QString m_hash;
    FeatureSetRecord m_existing;
    QLineEdit *m_name;
    QComboBox *m_dtype;
    QLabel *m_existingLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace fd
