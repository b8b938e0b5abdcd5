#include "ui/import/NoticeLabel.h"

#include "ui/shell/Theme.h"

#include <QApplication>
#include <QEvent>

namespace kakiyo {

NoticeLabel::NoticeLabel(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
    setObjectName(objectName);
}

void NoticeLabel::setNotice(const QString &text, bool error)
{
    m_error = error;
    recolour();
    setText(text);
    setVisible(!text.isEmpty());
}

void NoticeLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        recolour();
}

void NoticeLabel::recolour()
{
    const QColor colour = m_error
        ? Theme::danger()
        : (parentWidget() ? parentWidget()->palette() : QApplication::palette())
              .color(QPalette::WindowText);
    if (palette().color(QPalette::WindowText) == colour)
        return;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, colour);
    setPalette(p);
}

} // namespace kakiyo
