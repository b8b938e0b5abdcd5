#include "ui/charts/ChartGrid.h"

#include <QChart>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace kakiyo {

namespace {
double luminance(const QColor &c)
{
    auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

ChartGrid::ChartGrid(QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_cell(Qt::darkBlue)
    , m_text(Qt::black)
    , m_empty(Qt::transparent)
{
}

void ChartGrid::setData(
    const QStringList &rowNames, const QStringList &columnNames, const QList<QList<double>> &values)
{
    m_rowNames = rowNames;
    m_columnNames = columnNames;
    m_values = values;
    m_max = 0;
    for (const auto &row : values)
        for (double v : row)
            m_max = std::max(m_max, v);
    update();
}

void ChartGrid::setColours(const QColor &cell, const QColor &text, const QColor &empty)
{
    m_cell = cell;
    m_text = text;
    m_empty = empty;
    update();
}

void ChartGrid::setRect(const QRectF &rect)
{
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

QRectF ChartGrid::boundingRect() const
{
    return m_rect;
}

double ChartGrid::nameWidth() const
{
    const QFontMetricsF metrics {QFont()};
    double width = 0;
    for (const QString &name : m_rowNames)
        width = std::max(width, metrics.horizontalAdvance(name));
    return width + metrics.height() * 0.5;
}

double ChartGrid::headerHeight() const
{
    return QFontMetricsF(QFont()).height() * 1.4;
}

QRectF ChartGrid::cellRect(int row, int column) const
{
    if (m_rowNames.isEmpty() || m_columnNames.isEmpty())
        return {};
    const QRectF cells(m_rect.left() + nameWidth(), m_rect.top() + headerHeight(),
        m_rect.width() - nameWidth(), m_rect.height() - headerHeight());
    const double w = cells.width() / m_columnNames.size();
    const double h = cells.height() / m_rowNames.size();
    return {cells.left() + column * w, cells.top() + row * h, w, h};
}

QColor ChartGrid::readableOn(const QColor &background)
{
    const double l = luminance(background);
    // Contrast ratio against white (1.0) and black (0.0).
    return (1.05 / (l + 0.05)) >= ((l + 0.05) / 0.05) ? QColor(Qt::white) : QColor(Qt::black);
}

void ChartGrid::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_rect.isEmpty() || m_rowNames.isEmpty() || m_columnNames.isEmpty())
        return;
    painter->save();
    painter->setFont(QFont());
    const QFontMetricsF metrics(painter->font());
    const double names = nameWidth();
    const double header = headerHeight();
    const QLocale locale;
    // The chart's colours as they are now (the theme may have changed since setColours).
    QColor background = m_empty;
    QColor text = m_text;
    if (const auto *chart = dynamic_cast<const QChart *>(parentItem())) {
        background = chart->backgroundBrush().color();
        text = chart->titleBrush().color();
    }
    if (!background.isValid() || background.alpha() == 0)
        background = Qt::white;
    auto over = [&background](const QColor &c) {
        const double a = c.alphaF();
        return QColor::fromRgbF(float(c.redF() * a + background.redF() * (1 - a)),
            float(c.greenF() * a + background.greenF() * (1 - a)),
            float(c.blueF() * a + background.blueF() * (1 - a)));
    };
    // An empty cell: a faint tint of the text colour, so the grid shows without a number.
    QColor emptyTint = text;
    emptyTint.setAlphaF(0.06f);
    const QColor empty = over(emptyTint);

    painter->setPen(text);
    for (int c = 0; c < m_columnNames.size(); ++c) {
        const QRectF top = cellRect(0, c);
        painter->drawText(QRectF(top.left(), m_rect.top(), top.width(), header), Qt::AlignCenter,
            m_columnNames[c]);
    }
    for (int r = 0; r < m_rowNames.size(); ++r) {
        painter->setPen(text);
        const QRectF first = cellRect(r, 0);
        painter->drawText(QRectF(m_rect.left(), first.top(), names, first.height()),
            Qt::AlignLeft | Qt::AlignVCenter, m_rowNames[r]);
        for (int c = 0; c < m_columnNames.size(); ++c) {
            const double v = r < m_values.size() && c < m_values[r].size() ? m_values[r][c] : 0;
            const QRectF cell = cellRect(r, c);
            const double w = cell.width();
            QColor shown = empty;
            if (v > 0 && m_max > 0) {
                // The faintest shade still shows against an empty cell.
                QColor fill = m_cell;
                fill.setAlphaF(float(0.18 + 0.82 * v / m_max));
                shown = over(fill);
            }
            painter->fillRect(cell.adjusted(1, 1, -1, -1), shown);
            if (v <= 0 || metrics.horizontalAdvance(locale.toString(v)) > w - 2)
                continue;
            // The shade as it shows decides the number's colour.
            painter->setPen(readableOn(shown));
            painter->drawText(cell, Qt::AlignCenter, locale.toString(v));
        }
    }
    painter->restore();
}

} // namespace kakiyo
