#include "models/domain/WorkspaceOverview.h"

#include <QHash>
#include <QJsonArray>

namespace kakiyo {

namespace {

double percent(qint64 part, qint64 whole)
{
    return whole > 0 ? 100.0 * double(part) / double(whole) : 0.0;
}

QJsonObject window(const ActivityWindow &w)
{
    return {{QStringLiteral("messages"), w.messages}, {QStringLiteral("responses"), w.responses},
        {QStringLiteral("qualified"), w.qualified}};
}

} // namespace

AnalyticsOverview WorkspaceOverview::compose(const QList<Agent> &agents,
    const QList<Campaign> &campaigns, const QList<CampaignAnalytics> &analytics, QDate today)
{
    QHash<QString, CampaignAnalytics> byId;
    for (const CampaignAnalytics &a : analytics)
        byId.insert(a.campaignId, a);

    AnalyticsOverview o;
    o.totalAgents = agents.size();
    for (const Agent &a : agents)
        if (a.status == QLatin1String("running"))
            ++o.activeAgents;
    o.totalCampaigns = campaigns.size();
    for (const Campaign &c : campaigns) {
        if (c.status == QLatin1String("active"))
            ++o.activeCampaigns;
        else if (c.status == QLatin1String("paused"))
            ++o.pausedCampaigns;
        else if (c.status == QLatin1String("completed"))
            ++o.completedCampaigns;
        const CampaignAnalytics a = byId.value(c.id);
        o.totalProspects += a.totalProspects;
        o.totalMessages += a.totalMessages;
        o.totalQualified += a.totalQualified;
        o.totalAnswers += a.totalAnswers;
        o.totalClosed += a.totalClosed;
        for (const DailyActivity &d : a.dailyBreakdown) {
            if (d.date == today) {
                o.last24Hours.messages += d.messages;
                o.last24Hours.responses += d.responses;
                o.last24Hours.qualified += d.qualified;
            }
        }
        o.lastWeek.messages += a.last7Days.messages;
        o.lastWeek.responses += a.last7Days.responses;
        o.lastWeek.qualified += a.last7Days.qualified;

        CampaignComparison row;
        row.id = c.id;
        row.name = c.name;
        row.status = c.status;
        row.prospects = a.totalProspects;
        row.messages = a.totalMessages;
        row.qualified = a.totalQualified;
        row.answers = a.totalAnswers;
        row.conversionRate = percent(a.totalQualified, a.totalProspects);
        row.responseRate = percent(a.totalAnswers, a.totalProspects);
        o.campaigns << row;
    }
    o.conversionRate = percent(o.totalQualified, o.totalProspects);
    o.responseRate = percent(o.totalAnswers, o.totalProspects);
    o.qualificationRate = percent(o.totalQualified, o.totalAnswers);
    o.averageMessagesPerProspect
        = o.totalProspects > 0 ? double(o.totalMessages) / double(o.totalProspects) : 0.0;
    return o;
}

QJsonObject WorkspaceOverview::toJson(const AnalyticsOverview &o)
{
    QJsonArray campaigns;
    for (const CampaignComparison &c : o.campaigns)
        campaigns.append(QJsonObject {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name}, {QStringLiteral("status"), c.status},
            {QStringLiteral("prospects"), c.prospects}, {QStringLiteral("messages"), c.messages},
            {QStringLiteral("qualified"), c.qualified}, {QStringLiteral("answers"), c.answers},
            {QStringLiteral("conversionRate"), c.conversionRate},
            {QStringLiteral("responseRate"), c.responseRate}});
    return {{QStringLiteral("summary"),
                QJsonObject {{QStringLiteral("totalCampaigns"), o.totalCampaigns},
                    {QStringLiteral("activeCampaigns"), o.activeCampaigns},
                    {QStringLiteral("pausedCampaigns"), o.pausedCampaigns},
                    {QStringLiteral("completedCampaigns"), o.completedCampaigns},
                    {QStringLiteral("totalAgents"), o.totalAgents},
                    {QStringLiteral("activeAgents"), o.activeAgents},
                    {QStringLiteral("totalProspects"), o.totalProspects},
                    {QStringLiteral("totalMessages"), o.totalMessages},
                    {QStringLiteral("totalQualified"), o.totalQualified},
                    {QStringLiteral("totalAnswers"), o.totalAnswers},
                    {QStringLiteral("totalClosed"), o.totalClosed}}},
        {QStringLiteral("metrics"),
            QJsonObject {{QStringLiteral("conversionRate"), o.conversionRate},
                {QStringLiteral("responseRate"), o.responseRate},
                {QStringLiteral("averageMessagesPerProspect"), o.averageMessagesPerProspect},
                {QStringLiteral("qualificationRate"), o.qualificationRate}}},
        {QStringLiteral("activity"),
            QJsonObject {{QStringLiteral("last24Hours"), window(o.last24Hours)},
                {QStringLiteral("lastWeek"), window(o.lastWeek)}}},
        {QStringLiteral("campaigns"), campaigns}};
}

} // namespace kakiyo
