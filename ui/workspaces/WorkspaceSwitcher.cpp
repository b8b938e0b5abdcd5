#include "ui/workspaces/WorkspaceSwitcher.h"

#include "models/store/CurrentWorkspace.h"
#include "ui/shell/Theme.h"
#include "ui/workspaces/WorkspaceMarker.h"

#include <QEvent>
#include <QPainter>
#include <QPixmap>

namespace kakiyo {

namespace {

QIcon dotIcon(const QColor &color, const QColor &outline)
{
    QPixmap pm(24, 24);
    pm.setDevicePixelRatio(2.0);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    if (color.isValid()) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
    } else {
        p.setPen(QPen(outline, 1.5));
        p.setBrush(Qt::NoBrush);
    }
    p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pm);
}

} // namespace

WorkspaceSwitcher::WorkspaceSwitcher(CurrentWorkspace *current, QWidget *parent)
    : QComboBox(parent)
    , m_current(current)
{
    setObjectName(QStringLiteral("workspaceSwitcher"));
    setAccessibleName(tr("Current workspace"));
    setToolTip(tr("Switch workspace: cached answers are kept apart per workspace"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    connect(current, &CurrentWorkspace::choicesChanged, this, &WorkspaceSwitcher::rebuild);
    connect(current, &CurrentWorkspace::changed, this, &WorkspaceSwitcher::showCurrent);
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (m_current && !m_rebuilding)
            m_current->select(itemData(index).toString());
    });
    rebuild();
}

void WorkspaceSwitcher::showPopup()
{
    if (m_current)
        m_current->requestChoices();
    QComboBox::showPopup();
}

void WorkspaceSwitcher::rebuild()
{
    if (!m_current)
        return;
    m_rebuilding = true;
    clear();
    const bool dark = Theme::isDark();
    const QColor outline = palette().color(QPalette::PlaceholderText);
    addItem(dotIcon({}, outline), CurrentWorkspace::teamName(), QString());
    for (const auto &c : m_current->choices())
        addItem(dotIcon(WorkspaceMarker::colorFor(c.id, dark), outline), c.name, c.id);
    m_rebuilding = false;
    showCurrent();
}

void WorkspaceSwitcher::showCurrent()
{
    if (!m_current)
        return;
    const int index = findData(m_current->id());
    if (index >= 0 && index != currentIndex()) {
        m_rebuilding = true;
        setCurrentIndex(index);
        m_rebuilding = false;
    }
}

void WorkspaceSwitcher::changeEvent(QEvent *event)
{
    QComboBox::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

} // namespace kakiyo
