#include "ui/agents/AgentSeverityDelegate.h"

#include "models/AgentListModel.h"
#include "ui/shell/Theme.h"

#include <QPainter>

namespace kakiyo {

void AgentSeverityDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QVariant fraction = index.data(AgentListModel::UsageFractionRole);
    if (!fraction.isValid())
        return;
    const double f = fraction.toDouble();
    const QRect track = option.rect.adjusted(6, option.rect.height() - 5, -6, -2);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(QPalette::Mid));
    painter->drawRect(track);
    QRect fill = track;
    fill.setWidth(int(track.width() * qBound(0.0, f, 1.0)));
    painter->setBrush(f >= 1.0 ? Theme::warning() : Theme::accent());
    painter->drawRect(fill);
    painter->restore();
}

void AgentSeverityDelegate::initStyleOption(
    QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString severity = index.data(AgentListModel::AlertSeverityRole).toString();
    const QString status = index.data(AgentListModel::StatusRole).toString();
    QColor c;
    if (index.column() == AgentListModel::AlertsColumn)
        c = severity == QLatin1String("error")     ? Theme::danger()
            : severity == QLatin1String("warning") ? Theme::warning()
                                                   : QColor();
    else if (index.column() == AgentListModel::StatusColumn)
        c = status == QLatin1String("running") ? Theme::success()
            : (status == QLatin1String("auth_needed") || status == QLatin1String("disabled"))
            ? Theme::danger()
            : (status == QLatin1String("paused") || status == QLatin1String("ended"))
            ? Theme::muted()
            : Theme::warning();
    if (c.isValid())
        option->palette.setColor(QPalette::Text, c);
}

} // namespace kakiyo
