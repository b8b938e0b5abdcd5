#include "ui/shell/SystemThemeWatcher.h"

#include "ui/shell/Theme.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>

namespace kakiyo {

SystemThemeWatcher::SystemThemeWatcher(QApplication *app)
    : QObject(app)
    , m_app(app)
{
    m_themeChanged.setSingleShot(true);
    m_themeChanged.setInterval(0);
    connect(&m_themeChanged, &QTimer::timeout, this, &SystemThemeWatcher::readPlatform);
    app->installEventFilter(this);
}

bool SystemThemeWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (Theme::current() != Theme::Scheme::System || Theme::isApplying() || m_reading)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ThemeChange) {
        m_themeChanged.start();
    } else if (event->type() == QEvent::ApplicationPaletteChange && watched == m_app) {
        const QPalette now = QApplication::palette();
        if (!Theme::isOwnPalette(now))
            follow(now);
    }
    return QObject::eventFilter(watched, event);
}

void SystemThemeWatcher::readPlatform()
{
    if (Theme::current() != Theme::Scheme::System)
        return;
    // An application palette with no colour of its own resolves to the platform theme's: that
    // is the system's palette now (Qt 6.4 has no public call that reads it otherwise).
    m_reading = true;
    QApplication::setPalette(QPalette());
    m_reading = false;
    follow(QApplication::palette());
}

void SystemThemeWatcher::follow(const QPalette &system)
{
    ++m_followed;
    Theme::setSystemPalette(m_app, system);
}

} // namespace kakiyo
