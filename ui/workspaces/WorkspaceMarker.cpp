#include "ui/workspaces/WorkspaceMarker.h"

#include "models/store/CurrentWorkspace.h"
#include "ui/shell/Theme.h"

#include <QCryptographicHash>
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
    return WorkspaceMarker::colorFor(m_id, Theme::isDark());
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

QColor WorkspaceMarker::colorFor(const QString &workspaceId, bool dark)
{
    if (workspaceId.isEmpty())
        return {};
    // A hash, not qHash: qHash is seeded per process and would change the colour every run.
    const QByteArray digest
        = QCryptographicHash::hash(workspaceId.toUtf8(), QCryptographicHash::Sha1);
    const int hue = ((uchar(digest.at(0)) << 8) | uchar(digest.at(1))) % 360;
    // Lightness chosen per palette: the marker sits next to text on the window background.
    return QColor::fromHsl(hue, dark ? 170 : 200, dark ? 150 : 95);
}

} // namespace kakiyo
