// The desk in the system tray: an icon whose tooltip says how many conversations are unread and
// how many alerts are open, and a menu (Show window, Alerts, Refresh now, Pause auto-refresh, the
// two opt-in settings, Quit). "Keep running in the tray" makes closing the window hide it, so
// the auto-refresh and the notifications go on; "Start at login" writes or removes the XDG
// autostart entry (Autostart). Both are off until the user turns them on.
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace kakiyo {

class LiveDesk;
class MainWindow;

class DeskTray final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskTray)

public:
    static constexpr const char *KeepInTrayKey = "live/keepInTray"; // QSettings, bool

    DeskTray(MainWindow *window, LiveDesk *live, QObject *parent = nullptr);
    ~DeskTray() override;

    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }
    QString toolTip() const;
    static bool keepInTray();
    void setCounts(int unread, int alerts);
    void showWindow(); // shown, restored, in front

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updatePause();
    void quit();

    MainWindow *m_window;
    LiveDesk *m_live;
    QMenu *m_menu;
    QSystemTrayIcon *m_icon;
    QAction *m_pause;
    QAction *m_keep;
    QAction *m_login;
    int m_unread = 0;
    int m_alerts = 0;
    bool m_quitting = false; // Quit closes the window for real
};

} // namespace kakiyo
