#include "ui/workspaces/WorkspaceMarker.h"

#include "ui/Theme.h"
#include "ui/workspaces/CurrentWorkspace.h"

#include <QEvent>
#include <QPainter>

namespace kakiyo {

namespace {
constexpr int kDot = 10;
constexpr int kGap = 6;
} // namespace

WorkspaceMarker::WorkspaceMarker(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("workspaceMarker"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setWorkspace({}, CurrentWorkspace::teamName());
}

void WorkspaceMarker::setWorkspace(const QString &id, const QString &name)
{
    m_id = id;
    m_name = name;
    setAccessibleName(tr("Workspace: %1").arg(name));
    setToolTip(id.isEmpty() ? tr("Showing the whole team") : tr("Workspace %1").arg(name));
    updateGeometry();
    update();
}

QColor WorkspaceMarker::color() const
{
    return CurrentWorkspace::markerColor(m_id, Theme::isDark());
}

QSize WorkspaceMarker::sizeHint() const
{
    const QFontMetrics fm(font());
    return {kDot + kGap + fm.horizontalAdvance(m_name) + 4, qMax(fm.height(), kDot) + 4};
}

QSize WorkspaceMarker::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {kDot + kGap + fm.averageCharWidth() * 6, qMax(fm.height(), kDot) + 4};
}

void WorkspaceMarker::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF dot(1.5, (height() - kDot) / 2.0, kDot - 1, kDot - 1);
    const QColor c = color();
    if (c.isValid()) {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
    } else {
        p.setPen(QPen(palette().color(QPalette::PlaceholderText), 1.5));
        p.setBrush(Qt::NoBrush);
    }
    p.drawEllipse(dot);
    p.setPen(palette().color(QPalette::WindowText));
    const QRect textRect = rect().adjusted(kDot + kGap, 0, 0, 0);
    p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
        fontMetrics().elidedText(m_name, Qt::ElideRight, textRect.width()));
}

void WorkspaceMarker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace kakiyo
