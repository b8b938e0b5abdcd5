#include "ui/analytics/ResponsiveRow.h"

#include <QBoxLayout>
#include <QResizeEvent>

namespace kakiyo {

ResponsiveRow::ResponsiveRow(int sideBySideWidth, QWidget *parent)
    : QWidget(parent)
    , m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this))
    , m_sideBySideWidth(sideBySideWidth)
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void ResponsiveRow::addWidget(QWidget *widget, int stretch)
{
    m_layout->addWidget(widget, stretch);
    arrange(width());
}

bool ResponsiveRow::isStacked() const
{
    return m_layout->direction() == QBoxLayout::TopToBottom;
}

QSize ResponsiveRow::minimumSizeHint() const
{
    // Stacked is always possible, so the widest widget bounds the row's width; the height is
    // what the current arrangement needs.
    int width = 0;
    for (int i = 0; i < m_layout->count(); ++i)
        if (QWidget *w = m_layout->itemAt(i)->widget())
            width = std::max(width, w->minimumSizeHint().expandedTo(w->minimumSize()).width());
    return {width, m_layout->minimumSize().height()};
}

void ResponsiveRow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(event->size().width());
}

void ResponsiveRow::arrange(int width)
{
    int needed = 0;
    int shown = 0;
    for (int i = 0; i < m_layout->count(); ++i) {
        if (QWidget *w = m_layout->itemAt(i)->widget()) {
            needed += w->minimumSizeHint().expandedTo(w->minimumSize()).width();
            ++shown;
        }
    }
    needed += std::max(0, shown - 1) * m_layout->spacing();
    const auto direction = width >= std::max(m_sideBySideWidth, needed) ? QBoxLayout::LeftToRight
                                                                        : QBoxLayout::TopToBottom;
    if (direction != m_layout->direction()) {
        m_layout->setDirection(direction);
        updateGeometry(); // the height needed changes with the arrangement
    }
}

} // namespace kakiyo
