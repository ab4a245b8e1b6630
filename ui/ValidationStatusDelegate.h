#pragma once

#include <QStyledItemDelegate>

namespace fd {

// Shows review rows (ValidationModel) by status: the status cell with its icon and word, every
// cell on a palette-derived tint of the status colour, and a decided row's decision in italics.
class ValidationStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidationStatusDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace fd
