#pragma once
// TintedSvgIconEngine: one of our SVG icons in a given colour, rendered at the pixel size a view
// asks for, when it first asks (and kept). Start-up used to render every icon at ten sizes up
// front — a few hundred SVG renders, most of them never shown.

#include <QByteArray>
#include <QHash>
#include <QIconEngine>
#include <QPixmap>

namespace kakiyo {

class TintedSvgIconEngine final : public QIconEngine
{
public:
    // `svg` with its colours already set (currentColor replaced by the tint).
    explicit TintedSvgIconEngine(QByteArray svg);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    QByteArray m_svg;
    QHash<quint64, QPixmap> m_pixmaps; // by size and mode
};

} // namespace kakiyo
