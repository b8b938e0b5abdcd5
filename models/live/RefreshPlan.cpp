#include "models/live/RefreshPlan.h"

#include "models/live/TeamRefresh.h"

#include <QCoreApplication>
#include <QMap>

namespace kakiyo {

RefreshPlan::RefreshPlan(
    const RatePolicy &policy, int intervalMinutes, bool callsCostCredits, bool inWorkspace)
    : m_policy(policy)
    , m_interval(qMax(0, intervalMinutes))
    , m_callsCostCredits(callsCostCredits)
    , m_inWorkspace(inWorkspace)
{
}

QList<RefreshPlan::Call> RefreshPlan::refreshCalls(bool inWorkspace)
{
    static_assert(TeamRefresh::TeamCalls == 4 && TeamRefresh::WorkspaceCalls == 5,
        "refreshCalls() lists TeamRefresh's calls");
    QList<Call> calls {{"GET", QStringLiteral("/agents")}, {"GET", QStringLiteral("/campaigns")},
        {"GET", QStringLiteral("/webhooks")}, {"GET", QStringLiteral("/prospects/search")}};
    if (inWorkspace)
        calls.prepend({"GET", QStringLiteral("/workspaces")});
    return calls;
}

int RefreshPlan::callsPerHour() const
{
    if (isStopped())
        return 0;
    return qRound(double(callsPerRefresh()) * 60.0 / m_interval);
}

int RefreshPlan::creditsPerDay() const
{
    // Exact, not the rounded hourly figure times 24 (a refresh every 120 min).
    if (!m_callsCostCredits || isStopped())
        return 0;
    return qRound(double(callsPerRefresh()) * 24.0 * 60.0 / m_interval);
}

QList<RefreshPlan::BucketShare> RefreshPlan::shares() const
{
    QMap<QString, BucketShare> byBucket;
    QMap<QString, int> callsPerRefresh;
    for (const Call &call : refreshCalls(m_inWorkspace)) {
        for (const RatePolicy::Limit &limit : m_policy.limitsFor(call.method, call.path)) {
            BucketShare &s = byBucket[limit.bucketId];
            s.bucketId = limit.bucketId;
            ++callsPerRefresh[limit.bucketId];
            s.capacityPerHour
                = int(qint64(limit.limit) * 3600000 / qMax<qint64>(1, limit.windowMs));
        }
    }
    QList<BucketShare> out;
    for (BucketShare s : std::as_const(byBucket)) {
        // Exact for any interval (every 120 min is half a refresh an hour, not none).
        const double perHour
            = isStopped() ? 0.0 : callsPerRefresh.value(s.bucketId) * 60.0 / m_interval;
        s.callsPerHour = qRound(perHour);
        s.share = s.capacityPerHour > 0 ? perHour / s.capacityPerHour : 1.0;
        out.append(s);
    }
    return out;
}

double RefreshPlan::largestShare() const
{
    double largest = 0;
    for (const BucketShare &s : shares())
        largest = qMax(largest, s.share);
    return largest;
}

int RefreshPlan::shortestInterval(const RatePolicy &policy, bool inWorkspace)
{
    for (int minutes : intervalChoices()) {
        if (RefreshPlan(policy, minutes, false, inWorkspace).withinBudget())
            return minutes;
    }
    return intervalChoices().constLast();
}

int RefreshPlan::defaultInterval(const RatePolicy &policy, bool callsCostCredits, bool inWorkspace)
{
    return qMax(callsCostCredits ? CreditDefaultIntervalMinutes : DefaultIntervalMinutes,
        shortestInterval(policy, inWorkspace));
}

QString RefreshPlan::summary() const
{
    if (isStopped())
        return QCoreApplication::translate("RefreshPlan", "auto-refresh off");
    return QCoreApplication::translate(
        "RefreshPlan", "auto-refresh every %1 min · %2 calls/hour · %3 credits/day")
        .arg(m_interval)
        .arg(callsPerHour())
        .arg(creditsPerDay());
}

} // namespace kakiyo
