// CampaignAnalytics: the figures of one campaign (GET /analytics/campaigns/{id}) — metrics, the
// daily breakdown (newest first as sent; `dailyAscending()` for charts), the last 7 days, and the
// status / qualification distributions keyed by the analytics vocabulary.
#pragma once

#include "models/domain/AnalyticsOverview.h"
#include "models/domain/Decoded.h"

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

namespace kakiyo {

struct DailyActivity
{
    QDate date;
    qint64 messages = 0;
    qint64 responses = 0;
    qint64 qualified = 0;

    static Decoded<DailyActivity> fromJson(const QJsonValue &value, const QString &path = {});
};

struct CampaignAnalytics
{
    QString campaignId;
    QString campaignName;
    QString campaignStatus;
    QDateTime campaignCreatedAt;
    QString agent; // id (or name)
    QString product; // the example holds a product name, not an id
    qint64 totalProspects = 0;
    qint64 totalMessages = 0;
    qint64 totalQualified = 0;
    qint64 totalAnswers = 0;
    qint64 totalClosed = 0;
    double conversionRate = 0;
    double responseRate = 0;
    double qualificationRate = 0;
    double averageMessagesPerProspect = 0;
    QList<DailyActivity> dailyBreakdown;
    ActivityWindow last7Days;
    QMap<QString, qint64> statusDistribution; // pending, contacted, responded, qualified, closed
    QMap<QString, qint64> qualificationBreakdown; // pending, qualified, disqualified

    QList<DailyActivity> dailyAscending() const;
    static Decoded<CampaignAnalytics> fromJson(const QJsonValue &value, const QString &path = {});
};

} // namespace kakiyo
