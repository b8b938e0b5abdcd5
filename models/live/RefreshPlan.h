// How often the desk refreshes by itself, and what that costs: the calls one refresh makes
// (TeamRefresh), at an interval the user sets (or none: stopped), checked against the rate
// buckets RatePolicy assigns to those calls so that background refreshes never take more than
// MaxBucketShare of any bucket — the rest stays for what the user does, which the scheduler
// serves first anyway (refreshes go at background priority). Shown to the user as
// "auto-refresh every N min · M calls/hour · K credits/day".
//
// The default — a decision, and why. ARCHITECTURE.md says "the default is no background polling"
// for the pages' models: opening the app with a warm cache costs nothing, and that stays true
// (the first refresh waits for the first tick). The live desk is different: a sales manager
// keeps the app open beside the dashboard so that it watches for them — a reply, a restricted
// agent, credits running out — and a desk that shows nothing new until a button is pressed fails
// exactly that person. So auto-refresh is ON by default (opt-out: the interval menu has "off",
// kept per profile), at a pace the cost model makes cheap:
//  - where calls cost nothing (the current generation): every 15 min, 16 calls/hour for the
//    team (20 in a client workspace), at most about 1 % of any rate bucket;
//  - where calls cost credits (the help centre's generation, or not known yet — counted as
//    costing, like the UsageMeter): every 60 min, 96 credits/day for the team (120 in a
//    workspace), so leaving the app open never spends credits the user did not see coming; the
//    sentence shows the cost and the user can go faster, slower or off;
//  - never shorter than the shortest interval within MaxBucketShare (a server with tiny
//    buckets pushes it out).
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
    static constexpr int DefaultIntervalMinutes = 15; // where calls cost no credits
    static constexpr int CreditDefaultIntervalMinutes = 60; // where they do (or not known yet)
    // The interval a profile starts with (see the decision above).
    static int defaultInterval(const RatePolicy &policy, bool callsCostCredits, bool inWorkspace);
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

    // intervalMinutes 0 = auto-refresh stopped. inWorkspace: the connection is scoped to a
    // client workspace, whose refresh also resolves the scope (one call more).
    RefreshPlan(const RatePolicy &policy, int intervalMinutes, bool callsCostCredits,
        bool inWorkspace = false);

    // The GETs of one refresh (what TeamRefresh sends), each of which the UsageMeter counts.
    static QList<Call> refreshCalls(bool inWorkspace = false);

    int intervalMinutes() const { return m_interval; }
    bool inWorkspace() const { return m_inWorkspace; }
    int callsPerRefresh() const { return int(refreshCalls(m_inWorkspace).size()); }
    bool isStopped() const { return m_interval <= 0; }
    int callsPerHour() const;
    int creditsPerDay() const; // 1 credit per call when calls cost credits, else 0
    QList<BucketShare> shares() const; // every bucket the refresh spends from
    double largestShare() const;
    bool withinBudget() const { return largestShare() <= MaxBucketShare; }
    // The shortest offered interval that stays within MaxBucketShare of every bucket.
    static int shortestInterval(const RatePolicy &policy, bool inWorkspace = false);
    // "auto-refresh every 15 min · 16 calls/hour · 384 credits/day" or "auto-refresh off".
    QString summary() const;

private:
    RatePolicy m_policy;
    int m_interval;
    bool m_callsCostCredits;
    bool m_inWorkspace;
};

} // namespace kakiyo
