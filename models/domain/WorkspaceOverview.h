// WorkspaceOverview: the figures of GET /analytics/overview for one client workspace. The
// endpoint is team-wide, so a workspace's tiles and charts are recomputed from its agents, its
// campaigns and their per-campaign analytics (GET /analytics/campaigns/{id}) with the server's
// own formulas: conversion = qualified / prospects, response = answers / prospects,
// qualification = qualified / answers (percent), messages per prospect = messages / prospects.
// toJson() writes the overview's shape, so a workspace's daily snapshot reads back like the team's.
#pragma once

#include "models/domain/Agent.h"
#include "models/domain/AnalyticsOverview.h"
#include "models/domain/Campaign.h"
#include "models/domain/CampaignAnalytics.h"

#include <QDate>
#include <QJsonObject>

namespace kakiyo {

struct WorkspaceOverview
{
    // `analytics` are the workspace's campaigns' (one per campaign; a missing one counts as
    // zero). `today` bounds the last-24-hours window taken from the daily breakdowns.
    static AnalyticsOverview compose(const QList<Agent> &agents, const QList<Campaign> &campaigns,
        const QList<CampaignAnalytics> &analytics, QDate today = QDate::currentDate());
    static QJsonObject toJson(const AnalyticsOverview &overview);
};

} // namespace kakiyo
