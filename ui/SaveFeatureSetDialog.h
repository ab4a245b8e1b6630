#pragma once

#include "model/Records.h"
#include "model/sets/FeatureSetStore.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fd {

// Names the feature set a reviewed file measures and shows, before anything is written, its
// members, its hash, what was left out, and whether the registry already holds a set with exactly
// these members (then that set is offered instead of a duplicate).
class SaveFeatureSetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveFeatureSetDialog)

public:
    // What was checked: a file's column names, or one column's values (the words differ).
    enum class Checked { ColumnNames, Values };
    // leftOut: what is no member and why, in words for people (CuratedMembers::leftOutInWords).
    // existing: the registry's set with exactly these members, when it has one (looked up before,
    // on a worker: FeatureSetStore::findByHash).
    SaveFeatureSetDialog(const std::optional<FeatureSetRecord> &existing, MemberRegistry members,
                         Checked checked, const QStringList &uids, const QStringList &names,
                         const QStringList &leftOut, const QString &suggestedName,
                         QWidget *parent = nullptr);

    // What a save came to, in one sentence for a status line: saved, or the registry's own set
    // with these members used instead. The window's New feature set says the same.
    static QString outcomeText(const FeatureSetStore::Created &saved);

    NewFeatureSet featureSet() const;
    QString hash() const { return m_hash; }
    // The set with these members, when the registry has one; empty otherwise.
    QString existingUid() const { return m_existing.uid; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *dtypeBox() const { return m_dtype; }
    QLabel *existingLabel() const { return m_existingLabel; }
    QLabel *leftOutLabel() const { return m_leftOutLabel; }

private:
    void update();

    MemberRegistry m_registry;
    QStringList m_uids;
    QString m_hash;
    FeatureSetRecord m_existing;
    QLineEdit *m_name;
    QComboBox *m_dtype;
    QLabel *m_existingLabel;
    QLabel *m_leftOutLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace fd
