#include "models/import/ImportPlan.h"

#include "models/api/RatePolicy.h"

#include <algorithm>

namespace kakiyo {

namespace {

int strictest(const QList<RatePolicy::Limit> &limits, int fallback)
{
    int best = 0;
    for (const RatePolicy::Limit &limit : limits) {
        if (limit.limit > 0 && (best == 0 || limit.limit < best))
            best = limit.limit;
    }
    return best > 0 ? best : fallback;
}

} // namespace

ImportPlan::Limits ImportPlan::Limits::fromPolicy(const RatePolicy &policy, bool roundRobin)
{
    Limits limits;
    const QString batchPath = roundRobin ? QStringLiteral("/prospects/batch/round-robin")
                                         : QStringLiteral("/prospects/batch");
    limits.batchCallsPerWindow = strictest(policy.limitsFor("POST", batchPath), 60);
    limits.statusCallsPerWindow
        = strictest(policy.limitsFor("GET", QStringLiteral("/prospects/imports/x")), 60);
    return limits;
}

ImportPlan ImportPlan::make(const ImportTarget &target, int validRows, int batchSize)
{
    ImportPlan plan;
    plan.target = target;
    plan.rowCount = std::max(validRows, 0);
    plan.batchSize = std::clamp(batchSize, 1, MaxBatchSize);
    for (int first = 0, n = 0; first < plan.rowCount; first += plan.batchSize, ++n)
        plan.batches.append({n, first, std::min(plan.batchSize, plan.rowCount - first)});
    return plan;
}

qint64 ImportPlan::floorMs(int calls, int limit, qint64 windowMs)
{
    if (calls <= 0 || limit <= 0)
        return 0;
    return qint64((calls - 1) / limit) * windowMs;
}

ImportPlan::Preview ImportPlan::preview() const
{
    return preview(Limits());
}

ImportPlan::Preview ImportPlan::preview(const Limits &limits) const
{
    Preview preview;
    preview.batchCalls = int(batches.size());
    const int campaigns
        = target.kind == ImportTarget::Kind::RoundRobin ? int(target.campaignIds.size()) : 1;
    for (const Batch &batch : batches)
        preview.lists += std::min(campaigns, batch.rowCount);
    preview.statusPolls = preview.lists * std::max(limits.pollsPerList, 1);
    preview.totalCalls = preview.batchCalls + preview.statusPolls;
    preview.credits = qint64(preview.totalCalls) * limits.creditsPerCall;
    if (limits.sharedBucket) {
        preview.minimumMs = floorMs(preview.totalCalls,
            std::min(limits.batchCallsPerWindow, limits.statusCallsPerWindow), limits.windowMs);
    } else {
        preview.minimumMs
            = std::max(floorMs(preview.batchCalls, limits.batchCallsPerWindow, limits.windowMs),
                floorMs(preview.statusPolls, limits.statusCallsPerWindow, limits.windowMs));
    }
    return preview;
}

} // namespace kakiyo
