#include "ui/prospects/UnreadRowDelegate.h"

#include "models/ProspectSearchModel.h"

namespace kakiyo {

void UnreadRowDelegate::initStyleOption(
    QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(ProspectSearchModel::UnreadRole).toBool())
        option->font.setBold(true);
}

} // namespace kakiyo
