#pragma once
// ChartGrid: a grid of shaded cells drawn inside a QChart (the reply heatmap: weekdays down,
// hours across), for ChartAdapter's Grid shape. It is an item of the chart's scene, so the PNG,
// SVG and PDF exports and the report draw the same grid the card shows. A cell's shade grows
// with its value; its number is written in it in black or white, whichever reads on the shade.

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QStringList>

namespace kakiyo {

class ChartGrid final : public QGraphicsItem
{
public:
    explicit ChartGrid(QGraphicsItem *parent = nullptr);

    // values[row][column]; rowNames down the left, columnNames across the top.
    void setData(const QStringList &rowNames, const QStringList &columnNames,
        const QList<QList<double>> &values);
    void setColours(const QColor &cell, const QColor &text, const QColor &empty);
    void setRect(const QRectF &rect);

    // Where a cell is drawn (item coordinates = the chart's), for tests and hit testing.
    QRectF cellRect(int row, int column) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
        QWidget *widget = nullptr) override;

    // Black or white, whichever contrasts more with `background` (WCAG relative luminance).
    static QColor readableOn(const QColor &background);

private:
    double nameWidth() const;
    double headerHeight() const;

    QRectF m_rect;
    QStringList m_rowNames;
    QStringList m_columnNames;
    QList<QList<double>> m_values;
    double m_max = 0;
    QColor m_cell;
    QColor m_text;
    QColor m_empty;
};

} // namespace kakiyo
