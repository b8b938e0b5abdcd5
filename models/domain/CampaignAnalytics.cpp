#include "models/domain/CampaignAnalytics.h"

#include "models/domain/JsonReader.h"

#include <algorithm>

namespace kakiyo {

Decoded<DailyActivity> DailyActivity::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    DailyActivity d;
    d.date = r.date("date", JsonReader::Required);
    d.messages = r.optInteger("messages");
    d.responses = r.optInteger("responses");
    d.qualified = r.optInteger("qualified");
    return r.finish(d);
}

QList<DailyActivity> CampaignAnalytics::dailyAscending() const
{
    QList<DailyActivity> out = dailyBreakdown;
    std::stable_sort(out.begin(), out.end(),
        [](const DailyActivity &a, const DailyActivity &b) { return a.date < b.date; });
    return out;
}

Decoded<CampaignAnalytics> CampaignAnalytics::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    CampaignAnalytics a;
    JsonReader c = r.child("campaign");
    a.campaignId = c.optString("id");
    a.campaignName = c.optString("name");
    a.campaignStatus = c.optString("status");
    a.campaignCreatedAt = c.dateTime("createdAt");
    a.agent = c.optString("agent");
    a.product = c.optString("product");
    JsonReader m = r.child("metrics", JsonReader::Required);
    a.totalProspects = m.optInteger("totalProspects");
    a.totalMessages = m.optInteger("totalMessages");
    a.totalQualified = m.optInteger("totalQualified");
    a.totalAnswers = m.optInteger("totalAnswers");
    a.totalClosed = m.optInteger("totalClosed");
    a.conversionRate = m.optRate("conversionRate");
    a.responseRate = m.optRate("responseRate");
    a.qualificationRate = m.optRate("qualificationRate");
    a.averageMessagesPerProspect = m.optRate("averageMessagesPerProspect");
    JsonReader act = r.child("activity");
    a.dailyBreakdown = act.list<DailyActivity>("dailyBreakdown", &DailyActivity::fromJson);
    a.last7Days = act.nested<ActivityWindow>("last7Days", &ActivityWindow::fromJson);
    a.statusDistribution = r.countMap("statusDistribution");
    a.qualificationBreakdown = r.countMap("qualificationBreakdown");
    return r.finish(std::move(a));
}

} // namespace kakiyo
