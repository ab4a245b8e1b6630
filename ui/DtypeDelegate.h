#pragma once

#include <QStyledItemDelegate>

namespace fd {

// Edits a column's dtype with a list of LaminDB's dtypes, and marks a dtype the user chose in bold,
// so a choice stands out without relying on colour.
class DtypeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DtypeDelegate)

public:
    DtypeDelegate(QStringList choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QStringList m_choices;
    int m_overriddenRole;
};

} // namespace fd
