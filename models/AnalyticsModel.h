#pragma once
// AnalyticsModel: everything the Analytics page, the report and `kakiyo-desk export` draw, as item
// models filled from the decoded API answers (AnalyticsOverview, CampaignAnalytics) and from the
// dated snapshots kept in the cache. Charts and tables read the same models, so a chart and its
// table (and its CSV) always show the same numbers. A date range filters the daily series and the
// history, and picks the snapshot the KPI changes compare against — no extra API calls.

#include "models/AnalyticsKpiModel.h"
#include "models/AnalyticsTableModel.h"
#include "models/OutreachTables.h"
#include "models/domain/AnalyticsOverview.h"
#include "models/domain/CampaignAnalytics.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <optional>

namespace kakiyo {

struct CacheSnapshot;

class AnalyticsModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsModel)

public:
    // One stored overview answer and the day it describes.
    struct OverviewSnapshot
    {
        QDate day;
        AnalyticsOverview overview;
    };

    explicit AnalyticsModel(QObject *parent = nullptr);

    AnalyticsKpiModel *kpis() { return &m_kpis; }
    AnalyticsTableModel *campaigns() { return &m_campaigns; } // overview.campaigns
    AnalyticsTableModel *activity() { return &m_activity; } // last 24 h / last week
    AnalyticsTableModel *history() { return &m_history; } // one row per snapshot day
    AnalyticsTableModel *daily() { return &m_daily; } // campaign days, oldest first
    AnalyticsTableModel *funnel() { return &m_funnel; } // stage, reached, now, conversion
    AnalyticsTableModel *qualification() { return &m_qualification; } // qualification breakdown
    AnalyticsTableModel *last7Days() { return &m_last7Days; }
    // Senders, acceptance, pace and reply heatmap (OutreachLoader fills them).
    OutreachTables *outreach() { return &m_outreach; }
    // Every table by its name() ("campaigns", "daily", ...), for export by name.
    QList<AnalyticsTableModel *> tables();
    AnalyticsTableModel *table(const QString &name);

    // The latest overview, describing `day` (today when fetched now). It also joins the history.
    void setOverview(const AnalyticsOverview &overview, QDate day = QDate::currentDate());
    // Earlier overviews from the cache; bodies that do not decode are skipped and counted.
    void setOverviewHistory(const QList<OverviewSnapshot> &snapshots);
    int setOverviewHistory(const QList<CacheSnapshot> &snapshots); // returns how many were skipped
    void setCampaign(const CampaignAnalytics &campaign);
    void clearCampaign();

    // Inclusive; a null date leaves that side open.
    void setRange(QDate from, QDate to);
    QDate rangeFrom() const { return m_from; }
    QDate rangeTo() const { return m_to; }

    bool hasOverview() const { return m_overview.has_value(); }
    bool hasCampaign() const { return m_campaign.has_value(); }
    std::optional<AnalyticsOverview> overview() const { return m_overview; }
    std::optional<CampaignAnalytics> campaign() const { return m_campaign; }
    QDate overviewDay() const { return m_overviewDay; }
    // The snapshot day the KPI changes are measured from (null when there is none).
    QDate comparedWith() const { return m_comparedWith; }
    // A period is chosen but no snapshot of its first day (or the day before) is stored: there
    // is no data for the previous period, and no change is shown rather than a wrong one.
    bool previousPeriodMissing() const { return m_previousPeriodMissing; }
    int periodDays() const
    {
        return m_from.isValid() && m_to.isValid() ? int(m_from.daysTo(m_to)) + 1 : 0;
    }
    QList<OverviewSnapshot> snapshots() const { return m_snapshots; }

    static AnalyticsKpiModel::Values kpiValues(const AnalyticsOverview &overview);
    // The status funnel, in the contract's order: pending, contacted, responded, qualified,
    // closed. The API's statusDistribution buckets are disjoint (the status each prospect is in
    // now); a stage's "reached" count is its bucket plus every later bucket, and the conversion
    // from the stage before is reached ÷ reached-before, so it is never above 100 %.
    // (The contract's example, pending 85 / contacted 45 / responded 35 / qualified 12 /
    // closed 8, gives 185 / 100 / 55 / 20 / 8 reached and 54.05 / 55 / 36.36 / 40 %. Its buckets
    // add up to 185 while its totalProspects is 150: the funnel shows the buckets as sent.)
    static QStringList funnelStages();
    static QString funnelReachedFormula();
    static QString funnelConversionFormula();

signals:
    void changed(); // any table changed

private:
    void rebuildOverview();
    void rebuildCampaign();
    bool inRange(QDate day) const;

    AnalyticsKpiModel m_kpis;
    AnalyticsTableModel m_campaigns;
    AnalyticsTableModel m_activity;
    AnalyticsTableModel m_history;
    AnalyticsTableModel m_daily;
    AnalyticsTableModel m_funnel;
    AnalyticsTableModel m_qualification;
    AnalyticsTableModel m_last7Days;
    OutreachTables m_outreach;

    std::optional<AnalyticsOverview> m_overview;
    QDate m_overviewDay;
    QList<OverviewSnapshot> m_snapshots; // oldest first, one per day
    std::optional<CampaignAnalytics> m_campaign;
    QDate m_from;
    QDate m_to;
    QDate m_comparedWith;
    bool m_previousPeriodMissing = false;
};

} // namespace kakiyo
