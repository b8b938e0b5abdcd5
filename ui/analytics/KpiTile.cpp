#include "ui/analytics/KpiTile.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace kakiyo {

KpiTile::KpiTile(const QString &name, QWidget *parent)
    : QFrame(parent)
    , m_name(new QLabel(name))
    , m_value(new QLabel(tr("—")))
    , m_change(new QLabel)
{
    setProperty("card", true);
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(150);
    m_name->setObjectName(QStringLiteral("kpiName"));
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_change->setObjectName(QStringLiteral("kpiChange"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_name->setEnabled(false); // muted caption
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_name);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
}

void KpiTile::setValue(
    const QString &value, const QString &change, double changeValue, const QString &toolTip)
{
    m_value->setText(value);
    m_change->setText(change.isEmpty() ? tr("no earlier snapshot") : change);
    m_changeSign = change.isEmpty() ? 0 : (changeValue > 0) - (changeValue < 0);
    applyChangeColour();
    setToolTip(toolTip);
}

void KpiTile::applyChangeColour()
{
    // Up green, down red, otherwise the muted text colour of the current palette. A style
    // sheet, not the label's palette: the shell's style sheet is re-applied on a theme switch
    // and would drop a palette colour, and each scheme has its own green and red.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QColor colour = palette().color(QPalette::Disabled, QPalette::WindowText);
    if (m_changeSign > 0)
        colour = dark ? QColor(0x4c, 0xc9, 0x8f) : QColor(0x1a, 0x8a, 0x4f);
    else if (m_changeSign < 0)
        colour = dark ? QColor(0xf0, 0x70, 0x5a) : QColor(0xc2, 0x3b, 0x2e);
    m_change->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
}

void KpiTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyChangeColour();
}

QColor KpiTile::changeColour() const
{
    m_change->ensurePolished();
    return m_change->palette().color(QPalette::WindowText);
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::changeText() const
{
    return m_change->text();
}

} // namespace kakiyo
