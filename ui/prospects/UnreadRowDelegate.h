// Paints a prospect row in bold while its conversation has something unread
// (ProspectSearchModel::UnreadRole), the way a mail client marks unread mail.
#pragma once

#include <QStyledItemDelegate>

namespace kakiyo {

class UnreadRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnreadRowDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Public so a test can ask how a row would be drawn.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace kakiyo
