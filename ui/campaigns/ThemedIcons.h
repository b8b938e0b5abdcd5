// Buttons whose icons are drawn in the theme's colours: set them through here once, and call
// reapply() on a palette change so they follow a light/dark switch instead of keeping the
// colours of the palette they were created under.
#pragma once

#include "ui/shell/Theme.h"

#include <QAbstractButton>
#include <QColor>
#include <QList>
#include <QPointer>
#include <QString>

namespace kakiyo {

class ThemedIcons
{
public:
    // color invalid = the theme's text colour.
    void set(QAbstractButton *button, const QString &name, const QColor &color = {})
    {
        button->setIcon(Theme::icon(name, color));
        for (Item &item : m_items) {
            if (item.button == button) {
                item.name = name;
                item.color = color;
                return;
            }
        }
        m_items.append({button, name, color});
    }

    void reapply() const
    {
        for (const Item &item : m_items) {
            if (item.button)
                item.button->setIcon(Theme::icon(item.name, item.color));
        }
    }

private:
    struct Item
    {
        QPointer<QAbstractButton> button;
        QString name;
        QColor color;
    };
    QList<Item> m_items;
};

} // namespace kakiyo
