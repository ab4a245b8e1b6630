#include "ui/DtypeDelegate.h"

#include "model/import/CsvColumnsModel.h"

#include <QComboBox>

namespace fd {

DtypeDelegate::DtypeDelegate(QStringList choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
    , m_overriddenRole(CsvColumnsModel::OverriddenRole)
{
}

QWidget *DtypeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    auto *combo = new QComboBox(parent);
    combo->addItems(m_choices);
    combo->setAccessibleName(tr("Dtype"));
    return combo;
}

void DtypeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int at = combo->findText(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(std::max(at, 0));
}

void DtypeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                 const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentText(), Qt::EditRole);
}

void DtypeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(m_overriddenRole).toBool())
        option->font.setBold(true);
}

} // namespace fd
