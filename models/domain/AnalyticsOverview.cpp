#include "models/domain/AnalyticsOverview.h"

#include "models/domain/JsonReader.h"

namespace kakiyo {

Decoded<ActivityWindow> ActivityWindow::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    ActivityWindow w;
    w.messages = r.optInteger("messages");
    w.responses = r.optInteger("responses");
    w.qualified = r.optInteger("qualified");
    return r.finish(w);
}

Decoded<CampaignComparison> CampaignComparison::fromJson(
    const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    CampaignComparison c;
    c.id = r.string("id");
    c.name = r.optString("name");
    c.status = r.optString("status");
    c.prospects = r.optInteger("prospects");
    c.messages = r.optInteger("messages");
    c.qualified = r.optInteger("qualified");
    c.answers = r.optInteger("answers");
    c.conversionRate = r.optRate("conversionRate");
    c.responseRate = r.optRate("responseRate");
    return r.finish(std::move(c));
}

Decoded<AnalyticsOverview> AnalyticsOverview::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    AnalyticsOverview o;
    JsonReader s = r.child("summary", JsonReader::Required);
    o.totalCampaigns = s.optInteger("totalCampaigns");
    o.activeCampaigns = s.optInteger("activeCampaigns");
    o.pausedCampaigns = s.optInteger("pausedCampaigns");
    o.completedCampaigns = s.optInteger("completedCampaigns");
    o.totalAgents = s.optInteger("totalAgents");
    o.activeAgents = s.optInteger("activeAgents");
    o.totalProspects = s.optInteger("totalProspects");
    o.totalMessages = s.optInteger("totalMessages");
    o.totalQualified = s.optInteger("totalQualified");
    o.totalAnswers = s.optInteger("totalAnswers");
    o.totalClosed = s.optInteger("totalClosed");
    JsonReader m = r.child("metrics");
    o.conversionRate = m.optRate("conversionRate");
    o.responseRate = m.optRate("responseRate");
    o.averageMessagesPerProspect = m.optRate("averageMessagesPerProspect");
    o.qualificationRate = m.optRate("qualificationRate");
    JsonReader a = r.child("activity");
    o.last24Hours = a.nested<ActivityWindow>("last24Hours", &ActivityWindow::fromJson);
    o.lastWeek = a.nested<ActivityWindow>("lastWeek", &ActivityWindow::fromJson);
    o.campaigns = r.list<CampaignComparison>("campaigns", &CampaignComparison::fromJson);
    return r.finish(std::move(o));
}

} // namespace kakiyo
