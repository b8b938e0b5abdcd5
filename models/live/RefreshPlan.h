// How often the desk refreshes by itself, and what that costs: the calls one refresh makes
// (TeamRefresh), at an interval the user sets (or none: stopped), checked against the rate
// buckets RatePolicy assigns to those calls so that background refreshes never take more than
// MaxBucketShare of any bucket — the rest stays for what the user does, which the scheduler
// serves first anyway (refreshes go at background priority). Shown to the user as
// "auto-refresh every N min · M calls/hour · K credits/day".
#pragma once

#include "models/api/RatePolicy.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kakiyo {

class RefreshPlan
{
public:
    static constexpr double MaxBucketShare = 0.10; // of any bucket's hourly capacity
    static constexpr int DefaultIntervalMinutes = 15;
    // The intervals offered to the user, shortest first.
    static QList<int> intervalChoices() { return {5, 10, 15, 30, 60, 120}; }

    struct Call
    {
        QByteArray method;
        QString path;
    };
    struct BucketShare
    {
        QString bucketId;
        int callsPerHour = 0;
        int capacityPerHour = 0;
        double share = 0; // callsPerHour / capacityPerHour
    };

    // intervalMinutes 0 = auto-refresh stopped.
    RefreshPlan(const RatePolicy &policy, int intervalMinutes, bool callsCostCredits);

    // The GETs of one refresh (what TeamRefresh sends).
    static QList<Call> refreshCalls();

    int intervalMinutes() const { return m_interval; }
    bool isStopped() const { return m_interval <= 0; }
    int callsPerHour() const;
    int creditsPerDay() const; // 1 credit per call when calls cost credits, else 0
    QList<BucketShare> shares() const; // every bucket the refresh spends from
    double largestShare() const;
    bool withinBudget() const { return largestShare() <= MaxBucketShare; }
    // The shortest offered interval that stays within MaxBucketShare of every bucket.
    static int shortestInterval(const RatePolicy &policy);
    // "auto-refresh every 15 min · 16 calls/hour · 384 credits/day" or "auto-refresh off".
    QString summary() const;

private:
    RatePolicy m_policy;
    int m_interval;
    bool m_callsCostCredits;
};

} // namespace kakiyo
