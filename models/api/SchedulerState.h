#pragma once
// SchedulerState: a snapshot of the request queue for the status bar — how much is waiting, how
// much is on the wire, until when the server told us to hold off, and the budget left per bucket.

#include <QList>
#include <QMetaType>
#include <QString>

namespace kakiyo {

struct SchedulerState
{
    struct Bucket
    {
        QString id; // e.g. "tier:low", "endpoint:GET /prospects/search", "dnc:write"
        int limit = 0; // calls allowed per window
        qint64 windowMs = 0;
        int remaining = 0; // calls that may leave now
        qint64 blockedUntilMs = 0; // server hint: nothing leaves before this (0 = not blocked)
        friend bool operator==(const Bucket &, const Bucket &) = default;
    };

    int queued = 0; // waiting to be sent (coalesced GETs count once)
    int inFlight = 0;
    qint64 nowMs = 0; // scheduler clock at the snapshot
    qint64 waitingUntilMs = 0; // earliest time a queued call may leave, 0 = not waiting
    bool outOfCredits = false;
    QList<Bucket> buckets; // only buckets that were used

    friend bool operator==(const SchedulerState &, const SchedulerState &) = default;
};

} // namespace kakiyo

Q_DECLARE_METATYPE(kakiyo::SchedulerState)
