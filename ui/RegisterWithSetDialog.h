#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLineEdit;

namespace fd {

// Asks how a reviewed file is registered with its set: the slot (columns for a sheet's columns,
// var for a gene panel, or another) and the set's name (empty: a neutral one), showing how many
// members the set gets and what is left out, in the review's words.
class RegisterWithSetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterWithSetDialog)

public:
    RegisterWithSetDialog(const QString &fileName, bool genes, int members,
                          const QStringList &leftOut, QWidget *parent = nullptr);

    QString slot() const;
    QString setName() const;

private:
    QComboBox *m_slot;
    QLineEdit *m_name;
};

} // namespace fd
