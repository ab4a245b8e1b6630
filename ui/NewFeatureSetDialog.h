#pragma once

#include "model/Records.h"
#include "model/Result.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace fd {

// Picks features from the registry for a new set, names it and shows its hash before saving, so
// the user sees which panel this is before anything is written. The features are read before
// (on a worker); reading them failed: the error is said in the dialog.
class NewFeatureSetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewFeatureSetDialog)

public:
    NewFeatureSetDialog(const Result<QList<FeatureRecord>> &features, QWidget *parent = nullptr);

    NewFeatureSet featureSet() const;
    QListWidget *memberList() const { return m_members; }
    QLineEdit *nameEdit() const { return m_name; }
    QString hashPreview() const;

private:
    void update();

    QLineEdit *m_name;
    QLineEdit *m_filter;
    QListWidget *m_members;
    QLabel *m_hash;
    QPushButton *m_save;
};

} // namespace fd
