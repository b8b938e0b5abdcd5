// LiveDesk: the window's side of the live desk. Owns the auto-refresh of the connected profile
// and workspace (AutoRefresh) and the alert list in a dock beside the pages (hidden until asked
// for, or until a refresh raises something new), and says which thing an alert is about when the
// user opens it; Desk navigates. Rebuilt on every connection or workspace change, since alerts
// and dismissals belong to one profile and workspace.
#pragma once

#include <QObject>
#include <QStringList>
#include <memory>

class QDockWidget;

namespace kakiyo {

class AlertNotifier;
class AlertsPanel;
class AutoRefresh;
class DeskTray;
class Connection;
class MainWindow;

class LiveDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveDesk)

public:
    explicit LiveDesk(MainWindow *window, QObject *parent = nullptr);
    ~LiveDesk() override;

    void attach(Connection *connection); // starts the auto-refresh (no call until its first tick)
    void detach(); // before the connection goes
    void markRead(const QString &chatId); // the user opened the conversation
    AutoRefresh *autoRefresh() const { return m_live.get(); }
    AlertsPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    AlertNotifier *notifier() const { return m_notifier; }
    DeskTray *tray() const { return m_tray; }
    int unreadCount() const { return m_unread; }
    QStringList unreadChats() const; // most recent reply first
    int alertCount() const { return m_alerts; }
    // How long after the previous session's last refresh a start counts as coming back: sooner,
    // no refresh at start and no "since you were away" (a restart is not an absence).
    void setMinimumAbsenceMs(qint64 ms) { m_minimumAbsenceMs = ms; }

signals:
    void openSubject(const QString &subject, const QString &id);
    void countsChanged(int unread, int alerts);
    // A refresh stored fresh answers in the cache: the open pages show what changed in place.
    void teamRefreshed();

private:
    MainWindow *m_window;
    std::unique_ptr<AutoRefresh> m_live;
    QDockWidget *m_dock; // owned by the window, which outlives this
    AlertsPanel *m_panel; // owned by the dock
    AlertNotifier *m_notifier;
    DeskTray *m_tray;
    int m_unread = 0;
    int m_alerts = 0;
    qint64 m_minimumAbsenceMs = 15 * 60 * 1000;
};

} // namespace kakiyo
