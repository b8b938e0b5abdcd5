// Desktop notifications for new alerts, through the freedesktop Notifications D-Bus interface
// (org.freedesktop.Notifications.Notify on the session bus). Coalesced: at most one notification
// per minimum interval (a minute by default). The first alert after a quiet interval is shown at
// once, with its own title and detail; alerts raised while the interval runs wait and leave
// together when it ends, as one summary ("3 new alerts" and their titles). No bus or no
// notification service is not an error: the alert list in the window stays the reference.
#pragma once

#include "models/live/Alert.h"

#include <QDBusConnection>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

namespace kakiyo {

class AlertNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertNotifier)

public:
    static constexpr int DefaultIntervalMs = 60 * 1000;
    static constexpr int SummaryLines = 4; // alert titles listed in a summary's body

    explicit AlertNotifier(
        const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);

    void setMinimumInterval(int milliseconds); // tests shorten the minute
    int minimumInterval() const { return m_intervalMs; }

    // New alerts (already filtered: not dismissed, not raised before). Empty does nothing.
    void notify(const QList<Alert> &alerts);
    int pendingCount() const { return int(m_pending.size()); } // waiting for the interval
    int sentCount() const { return m_sent; } // Notify calls made

signals:
    // The user clicked a notification (its "default" action): the window should come forward.
    void activated();
    // After activated(), when the notification was about one alert: what it is about opens.
    void alertActivated(const kakiyo::Alert &alert);

private slots:
    // Connected by name (QDBusConnection::connect takes a slot signature).
    void actionInvoked(uint id, const QString &action);

private:
    void flush();
    void send(const QString &summary, const QString &body, bool urgent, const Alert &only = {});

    QDBusConnection m_bus;
    int m_intervalMs = DefaultIntervalMs;
    QElapsedTimer m_sinceLast; // invalid = nothing sent yet
    QTimer m_wait;
    QList<Alert> m_pending;
    QList<uint> m_ids; // notifications this object showed (their clicks are ours)
    QHash<uint, Alert> m_about; // the notifications about one alert: which one
    int m_sent = 0;
};

} // namespace kakiyo
