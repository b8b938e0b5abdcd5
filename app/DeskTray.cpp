#include "app/DeskTray.h"

#include "app/LiveDesk.h"
#include "models/live/AutoRefresh.h"
#include "models/live/Autostart.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Theme.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>

namespace kakiyo {

DeskTray::DeskTray(MainWindow *window, LiveDesk *live, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_live(live)
    , m_menu(new QMenu)
    , m_icon(new QSystemTrayIcon(Theme::icon(QStringLiteral("app"), QColor()), this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *show = m_menu->addAction(tr("Show window"), this, &DeskTray::showWindow);
    show->setObjectName(QStringLiteral("trayShow"));
    QAction *alerts = m_menu->addAction(tr("Alerts"), this, [this] {
        showWindow();
        m_live->dock()->show();
        m_live->dock()->raise();
    });
    alerts->setObjectName(QStringLiteral("trayAlerts"));
    QAction *refresh = m_menu->addAction(tr("Refresh now"), this, [this] {
        if (AutoRefresh *a = m_live->autoRefresh())
            a->refreshNow();
    });
    refresh->setObjectName(QStringLiteral("trayRefresh"));
    m_pause = m_menu->addAction(tr("Pause auto-refresh"));
    m_pause->setObjectName(QStringLiteral("trayPause"));
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::triggered, this, [this](bool paused) {
        // The interval stays saved: resuming (even after a restart) gives it back.
        AutoRefresh *a = m_live->autoRefresh();
        if (!a)
            return;
        if (!paused && a->intervalMinutes() == 0) // it was off: resuming turns it on
            a->setIntervalMinutes(a->defaultIntervalMinutes());
        a->setPaused(paused);
    });
    m_menu->addSeparator();
    m_keep = m_menu->addAction(tr("Keep running in the tray when the window is closed"));
    m_keep->setObjectName(QStringLiteral("trayKeep"));
    m_keep->setCheckable(true);
    m_keep->setChecked(keepInTray());
    connect(m_keep, &QAction::toggled, this,
        [](bool on) { QSettings().setValue(QString::fromLatin1(KeepInTrayKey), on); });
    m_login = m_menu->addAction(tr("Start at login"));
    m_login->setObjectName(QStringLiteral("trayLogin"));
    m_login->setCheckable(true);
    m_login->setChecked(Autostart::isEnabled());
    connect(m_login, &QAction::toggled, this, [this](bool on) {
        QString error;
        if (!Autostart::setEnabled(on, QCoreApplication::applicationFilePath(), &error)) {
            const QSignalBlocker block(m_login);
            m_login->setChecked(Autostart::isEnabled());
            m_icon->showMessage(tr("Start at login"), error, QSystemTrayIcon::Warning);
        }
    });
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit"), this, &DeskTray::quit);
    quit->setObjectName(QStringLiteral("trayQuit"));
    connect(m_menu, &QMenu::aboutToShow, this, &DeskTray::updatePause);

    m_icon->setContextMenu(m_menu);
    m_icon->setToolTip(toolTip());
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(m_live, &LiveDesk::countsChanged, this, &DeskTray::setCounts);
    m_window->installEventFilter(this);
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_icon->show();
}

DeskTray::~DeskTray()
{
    delete m_menu; // a QMenu with no parent widget
}

bool DeskTray::keepInTray()
{
    return QSettings().value(QString::fromLatin1(KeepInTrayKey), false).toBool();
}

QString DeskTray::toolTip() const
{
    QStringList parts {tr("Kakiyo Desk")};
    if (m_unread > 0)
        parts << tr("%n unread", nullptr, m_unread);
    if (m_alerts > 0)
        parts << tr("%n alert(s)", nullptr, m_alerts);
    return parts.join(QStringLiteral(" · "));
}

void DeskTray::setCounts(int unread, int alerts)
{
    m_unread = unread;
    m_alerts = alerts;
    m_icon->setToolTip(toolTip());
}

void DeskTray::showWindow()
{
    QApplication::setQuitOnLastWindowClosed(true);
    m_window->show();
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->raise();
    m_window->activateWindow();
}

void DeskTray::quit()
{
    // Through close(), so a page holding unsaved work can still ask.
    m_quitting = true;
    const bool closed = m_window->close();
    m_quitting = false;
    if (closed)
        QCoreApplication::quit();
}

void DeskTray::updatePause()
{
    const AutoRefresh *a = m_live->autoRefresh();
    m_pause->setEnabled(a != nullptr);
    m_pause->setChecked(a && (a->isPaused() || a->intervalMinutes() == 0));
}

bool DeskTray::eventFilter(QObject *watched, QEvent *event)
{
    // Closing the window hides it while the tray keeps the desk running (when the user chose so
    // and there is a tray to come back from).
    if (watched == m_window && event->type() == QEvent::Close && !m_quitting && keepInTray()
        && m_icon->isVisible()) {
        m_window->saveState();
        // Hidden is not closed: the desk goes on until Quit.
        QApplication::setQuitOnLastWindowClosed(false);
        m_window->hide();
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kakiyo
