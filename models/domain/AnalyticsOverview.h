// AnalyticsOverview: the team-wide figures of GET /analytics/overview — summary counts, rate
// metrics (percent numbers), recent activity and a per-campaign comparison. Only a few keys are in
// the OpenAPI; the rest (MDX) default to 0 when absent.
#pragma once

#include "models/domain/Decoded.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace kakiyo {

struct ActivityWindow
{
    qint64 messages = 0;
    qint64 responses = 0;
    qint64 qualified = 0;

    static Decoded<ActivityWindow> fromJson(const QJsonValue &value, const QString &path = {});
};

struct CampaignComparison
{
    QString id;
    QString name;
    QString status;
    qint64 prospects = 0;
    qint64 messages = 0;
    qint64 qualified = 0;
    qint64 answers = 0;
    double conversionRate = 0;
    double responseRate = 0;

    static Decoded<CampaignComparison> fromJson(const QJsonValue &value, const QString &path = {});
};

struct AnalyticsOverview
{
    qint64 totalCampaigns = 0;
    qint64 activeCampaigns = 0;
    qint64 pausedCampaigns = 0;
    qint64 completedCampaigns = 0;
    qint64 totalAgents = 0;
    qint64 activeAgents = 0;
    qint64 totalProspects = 0;
    qint64 totalMessages = 0;
    qint64 totalQualified = 0;
    qint64 totalAnswers = 0;
    qint64 totalClosed = 0;
    double conversionRate = 0; // qualified / prospects, percent
    double responseRate = 0; // responders / prospects
    double averageMessagesPerProspect = 0;
    double qualificationRate = 0; // qualified / responders
    ActivityWindow last24Hours;
    ActivityWindow lastWeek;
    QList<CampaignComparison> campaigns;

    static Decoded<AnalyticsOverview> fromJson(const QJsonValue &value, const QString &path = {});
};

} // namespace kakiyo
