// The live desk's heartbeat for one connection: refreshes the team at the refresh plan's pace
// (the interval the user chose, per profile; by default on, RefreshPlan::defaultInterval: 15 min,
// 60 where calls cost credits; 0 = stopped), keeps each refresh's
// snapshot (the alert inbox for the comparison, TeamHistory for history: a point per refresh), and
// announces the alerts each refresh raised. Refreshes go at background priority, so whatever
// the user does is served first. refreshNow() is the user's "refresh" and does not wait.
#pragma once

#include "models/live/AlertInbox.h"
#include "models/live/AwaySummary.h"
#include "models/live/RefreshPlan.h"
#include "models/live/TeamHistory.h"
#include "models/live/UnreadTracker.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace kakiyo {

class Connection;
class TeamRefresh;

class AutoRefresh final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoRefresh)

public:
    static constexpr const char *SnapshotKey = TeamHistory::CacheKey; // cache snapshot key

    // inboxDirectory empty = the default (AlertInbox).
    explicit AutoRefresh(
        Connection *connection, const QString &inboxDirectory = {}, QObject *parent = nullptr);
    ~AutoRefresh() override;

    // The interval saved for this profile, else the default (minutes; 0 = stopped).
    int intervalMinutes() const;
    // What a profile starts with, and what resuming a stopped refresh turns on (RefreshPlan).
    int defaultIntervalMinutes() const;
    // The same for any connection (its server's generation and rate rules, its workspace): what
    // `watch` keeps to without --interval.
    static int defaultIntervalFor(const Connection &connection);
    // Saved per profile; once started, restarts the timer (the new interval counts from now),
    // nothing else. Choosing an interval resumes a paused refresh.
    void setIntervalMinutes(int minutes);
    RefreshPlan plan() const; // a paused refresh plans nothing
    // Paused (the tray's "Pause auto-refresh"): no timed refresh, while the interval the user
    // chose stays saved and comes back on resume. Saved per profile.
    bool isPaused() const;
    void setPaused(bool paused);
    // Removes what is kept in the settings for a profile (it was deleted): its interval, its
    // pause and the credit balance the user stated (CreditBalance), all under "live/<id>".
    static void forget(const QString &profileId);

    void start(); // loads the inbox and starts the timer (no call until the first tick)
    void refreshNow();
    // start() found the snapshot of an earlier session: the first refresh after it reports
    // what changed meanwhile (awaySummary).
    bool hasPreviousSession() const { return m_awaySince.isValid(); }
    QDateTime previousSessionAt() const { return m_awaySince; } // its last snapshot (UTC)
    // No "since you were away" for this session (it started too soon after the last one).
    void forgetPreviousSession() { m_awaySince = {}; }
    bool isRefreshing() const;

    AlertInbox &inbox() { return *m_inbox; }
    void dismiss(const QString &alertId); // persisted at once

    // Conversations with a prospect message the user has not seen (loaded by start()).
    const UnreadTracker &unread() const { return *m_unread; }
    int unreadCount() const { return m_unread->unreadCount(); }
    void markRead(const QString &chatId); // persisted at once

signals:
    void refreshed(const QList<kakiyo::Alert> &raised);
    // Alerts raised between refreshes (an import finished), announced like a refresh's.
    void raised(const QList<kakiyo::Alert> &raised);
    void alertsChanged();
    void refreshFailed(const QString &message);
    void planChanged(const QString &summary);
    void unreadChanged(int count);
    // Once per start with a previous session, after the first refresh (empty when nothing of
    // note changed).
    void awaySummary(const kakiyo::AwaySummary &summary);

private:
    void finished(const TeamSnapshot &snapshot);
    void restartTimer();
    QString settingsKey() const;
    QString pausedKey() const;
    static bool callsCostCredits(const Connection &connection);
    static bool inWorkspace(const Connection &connection);

    Connection *m_connection;
    std::unique_ptr<AlertInbox> m_inbox;
    std::unique_ptr<UnreadTracker> m_unread;
    std::unique_ptr<TeamHistory> m_history; // made with the first refresh that has a cache
    TeamRefresh *m_refresh;
    QTimer m_timer;
    QDateTime m_awaySince; // the previous session's last snapshot, until the first refresh
    bool m_started = false; // start() ran: the timer follows the interval
};

} // namespace kakiyo
