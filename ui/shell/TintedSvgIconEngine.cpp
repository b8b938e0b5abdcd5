#include "ui/shell/TintedSvgIconEngine.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

namespace kakiyo {

TintedSvgIconEngine::TintedSvgIconEngine(QByteArray svg)
    : m_svg(std::move(svg))
{
}

QPixmap TintedSvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state);
    if (size.isEmpty())
        return {};
    // Disabled is drawn from the normal pixmap the way the style greys any icon out; the other
    // modes look like the normal one (as with a plain pixmap icon).
    const bool disabled = mode == QIcon::Disabled;
    const quint64 key = (quint64(size.width()) << 33) | (quint64(size.height()) << 1) | disabled;
    if (const auto it = m_pixmaps.constFind(key); it != m_pixmaps.constEnd())
        return *it;
    QPixmap pm;
    if (disabled) {
        const QPixmap normal = pixmap(size, QIcon::Normal, state);
        QStyleOption option;
        option.palette = QApplication::palette();
        pm = QApplication::style()
            ? QApplication::style()->generatedIconPixmap(QIcon::Disabled, normal, &option)
            : normal;
    } else {
        pm = QPixmap(size);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        painter.setRenderHint(QPainter::Antialiasing);
        QSvgRenderer(m_svg).render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    m_pixmaps.insert(key, pm);
    return pm;
}

void TintedSvgIconEngine::paint(
    QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap pm = pixmap(rect.size() * dpr, mode, state);
    pm.setDevicePixelRatio(dpr);
    painter->drawPixmap(rect, pm);
}

QSize TintedSvgIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(mode);
    Q_UNUSED(state);
    return size; // square sources, drawn to whatever square they are asked for
}

QIconEngine *TintedSvgIconEngine::clone() const
{
    return new TintedSvgIconEngine(*this);
}

QString TintedSvgIconEngine::key() const
{
    return QStringLiteral("kakiyo-tinted-svg");
}

} // namespace kakiyo
