#pragma once
// AgentSeverityDelegate: colours the agents table's alerts and status columns by severity so
// problems stand out in a long list, and draws a thin bar under the usage columns (today's count
// against the daily maximum).

#include <QStyledItemDelegate>

namespace kakiyo {

class AgentSeverityDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace kakiyo
