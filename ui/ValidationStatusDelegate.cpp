#include "ui/ValidationStatusDelegate.h"

#include "model/validation/ValidationModel.h"
#include "ui/StatusStyle.h"

namespace fd {

void ValidationStatusDelegate::initStyleOption(QStyleOptionViewItem *option,
                                               const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant statusValue = index.data(ValidationModel::StatusRole);
    if (!statusValue.isValid())
        return;
    const auto status = ValidationStatus(statusValue.toInt());
    if (!(option->state & QStyle::State_Selected))
        option->backgroundBrush = statusStyle::tint(status, option->palette);
    if (index.column() == ValidationModel::Status) {
        option->icon = statusStyle::icon(status);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
    }
    if (index.column() == ValidationModel::Decision)
        option->font.setItalic(true);
}

} // namespace fd
